package org.permanence.pipeline;

import org.immutables.value.Value;
import org.permanence.saving.ExitSaving;

/** A planned exit priced: what it would save, by financial year of its horizon. */
@Value.Immutable
public abstract class PipelineSaving {

  PipelineSaving() {}

  static PipelineSaving of(PlannedExit plan, ExitSaving saving) {
    return ImmutablePipelineSaving.builder().plan(plan).saving(saving).build();
  }

  /**
   * Returns the plan.
   *
   * @return the planned exit
   */
  public abstract PlannedExit plan();

  /**
   * Returns the saving, priced as an exit on the planned date from the child's current placement;
   * its exit has no reason yet.
   *
   * @return the saving
   */
  public abstract ExitSaving saving();
}
