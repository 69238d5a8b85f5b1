package org.permanence.saving;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.permanence.cost.CostSegment;
import org.permanence.exit.Exit;
import org.permanence.exit.Horizon;
import org.permanence.money.Pence;
import org.threeten.extra.LocalDateRange;

/**
 * What one exit saved: by financial year, the placement cost avoided over the horizon, the
 * support paid after it, and the net saving, with every segment behind them.
 */
@Value.Immutable
public abstract class ExitSaving {

  ExitSaving() {}

  static ExitSaving of(Exit exit, Horizon horizon, LocalDateRange days, List<SavingYear> years,
      List<CostSegment> avoidedSegments, List<SupportSegment> supportSegments) {
    return ImmutableExitSaving.builder().exit(exit).horizon(horizon).days(days)
        .addAllYears(years).addAllAvoidedSegments(avoidedSegments)
        .addAllSupportSegments(supportSegments).build();
  }

  /**
   * Returns the exit.
   *
   * @return the exit
   */
  public abstract Exit exit();

  /**
   * Returns the horizon the saving is counted over.
   *
   * @return the horizon
   */
  public abstract Horizon horizon();

  /**
   * Returns the days counted: from the exit date to the horizon's end or the 18th birthday;
   * empty when none is.
   *
   * @return the half-open range of days
   */
  public abstract LocalDateRange days();

  /**
   * Returns each financial year the horizon touches, in order; the exit's year alone, with no
   * days and no amounts, when the horizon is empty.
   *
   * @return the years
   */
  public abstract List<SavingYear> years();

  /**
   * Returns the placement cost segments the avoided cost adds up: the days the child would have
   * stayed, at each rate card row.
   *
   * @return the segments, in order
   */
  public abstract List<CostSegment> avoidedSegments();

  /**
   * Returns the support segments the support cost adds up: the one-off cost, if any, then each
   * stretch of a weekly allowance at one row.
   *
   * @return the segments
   */
  public abstract List<SupportSegment> supportSegments();

  /**
   * Returns the net saving of every year as shown, added up: a total that adds up to the penny.
   *
   * @return the sum of the years' rounded net savings
   */
  public BigDecimal netSaving() {
    return Pence.sum(years().stream().map(SavingYear::netSaving)::iterator);
  }

  /**
   * Returns the present value of every year as shown, added up.
   *
   * @return the sum of the years' rounded present values
   */
  public BigDecimal presentValue() {
    return Pence.sum(years().stream().map(SavingYear::presentValue)::iterator);
  }
}
