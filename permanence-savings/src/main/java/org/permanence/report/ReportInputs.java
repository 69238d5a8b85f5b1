package org.permanence.report;

import java.util.List;
import org.immutables.value.Value;
import org.permanence.adoption.AdoptionRecord;
import org.permanence.care.CareData;
import org.permanence.exit.RouteTable;
import org.permanence.pipeline.PlannedExit;
import org.permanence.rate.RateCard;
import org.permanence.support.SupportCard;
import org.permanence.targets.Target;

/**
 * What a progress report is made from: the care data and the reference data and plans that go
 * with it.
 *
 * <p>The care data and the rate card are required. The route table defaults to
 * {@link RouteTable#DEFAULT}, the support card to {@link SupportCard#NONE}; with no targets the
 * report shows the figures without a target, with no planned exits the pipeline holds only the
 * exits achieved, and with no adoption records adoption timeliness shows entry to moving in
 * only.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportInputs {

  ReportInputs() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the inputs; {@code data} and {@code rates} are required. */
  public static final class Builder extends ImmutableReportInputs.Builder {
    Builder() {}
  }

  /**
   * Returns the children's care histories.
   *
   * @return the care data
   */
  public abstract CareData data();

  /**
   * Returns the reasons for ceasing that are exits, and their routes.
   *
   * @return the route table
   */
  @Value.Default
  public RouteTable routes() {
    return RouteTable.DEFAULT;
  }

  /**
   * Returns the placement rate card.
   *
   * @return the rate card
   */
  public abstract RateCard rates();

  /**
   * Returns the support paid after exit.
   *
   * @return the support card
   */
  @Value.Default
  public SupportCard support() {
    return SupportCard.NONE;
  }

  /**
   * Returns the targets, in any order.
   *
   * @return the targets
   */
  public abstract List<Target> targets();

  /**
   * Returns the planned exits.
   *
   * @return the planned exits
   */
  public abstract List<PlannedExit> planned();

  /**
   * Returns the adoption records (match dates), if the council gave them.
   *
   * @return the records
   */
  public abstract List<AdoptionRecord> adoptions();
}
