package org.permanence.pipeline;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.child.ChildId;
import org.permanence.exit.Route;

/**
 * An exit planned for a child in care: the child, the planned date (the first day out of care, as
 * a DEC would be), the route and how sure it is.
 */
@Value.Immutable
public abstract class PlannedExit {

  PlannedExit() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlannedExit}; each attribute may be set once. */
  public static final class Builder extends ImmutablePlannedExit.Builder {
    Builder() {}
  }

  /**
   * Returns the child.
   *
   * @return the child's identifier
   */
  public abstract ChildId childId();

  /**
   * Returns the planned exit date: the first day out of care.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the route the child is to leave care by.
   *
   * @return the route
   */
  public abstract Route route();

  /**
   * Returns how sure the exit is.
   *
   * @return the status
   */
  public abstract PlanStatus status();

  /**
   * Returns where the plan was read from, such as {@code planned.csv line 3}, if from a file.
   *
   * @return the source
   */
  public abstract Optional<String> source();
}
