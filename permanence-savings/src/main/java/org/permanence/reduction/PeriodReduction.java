package org.permanence.reduction;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.permanence.care.PeriodOfCare;
import org.permanence.child.ChildId;
import org.permanence.cost.PlacementCost;
import org.permanence.money.ExactAmount;
import org.threeten.extra.LocalDateRange;

/**
 * One period of care ended some weeks sooner: the days taken off its end and what the placement
 * cost on those days.
 *
 * <p>The days taken off are the last {@code min(7 * weeks, days)} of the period's days in care
 * (which stop at the 18th birthday), so a period never ends before it starts. Their cost is the
 * actual placement cost of those days, at the rate card's rows, exact; as shown it is rounded to
 * pence, half up.
 */
@Value.Immutable
public abstract class PeriodReduction {

  PeriodReduction() {}

  static PeriodReduction of(PeriodOfCare period, int weeks, PlacementCost cost) {
    return ImmutablePeriodReduction.builder().period(period).weeks(weeks).cost(cost).build();
  }

  /**
   * Returns the period of care.
   *
   * @return the period, ended
   */
  public abstract PeriodOfCare period();

  /**
   * Returns the weeks the period would have ended sooner, at most.
   *
   * @return the weeks
   */
  public abstract int weeks();

  /**
   * Returns the actual placement cost of the days taken off, by financial year, with its
   * segments.
   *
   * @return the cost
   */
  public abstract PlacementCost cost();

  /**
   * Returns the child.
   *
   * @return the child's identifier
   */
  public ChildId childId() {
    return period().childId();
  }

  /**
   * Returns the period's end: its DEC, the first day out of care.
   *
   * @return the end
   */
  public LocalDate periodEnd() {
    return period().endExclusive().orElseThrow();
  }

  /**
   * Returns the period's days in care, stopping at the 18th birthday.
   *
   * @return the days
   */
  public long days() {
    return period().daysInCare();
  }

  /**
   * Returns the days taken off the end: {@code min(7 * weeks, days)}.
   *
   * @return the reduced days
   */
  public long reducedDays() {
    return Math.min(7L * weeks(), days());
  }

  /**
   * Returns the days taken off, the last of the period's days in care.
   *
   * @return the half-open range, empty for no days
   */
  public LocalDateRange reducedRange() {
    return DurationReductionCalculator.lastDays(period(), weeks());
  }

  /**
   * Returns the days the period would have lasted: its days less the reduced days.
   *
   * @return the days after the reduction
   */
  public long daysAfter() {
    return days() - reducedDays();
  }

  /**
   * Returns the cost avoided, exactly.
   *
   * @return the actual placement cost of the reduced days
   */
  public ExactAmount avoided() {
    return cost().total();
  }

  /**
   * Returns the cost avoided as shown: to pence, half up.
   *
   * @return the rounded cost
   */
  public BigDecimal avoidedCost() {
    return avoided().rounded();
  }

  @Value.Check
  void check() {
    if (weeks() < 0) {
      throw new IllegalArgumentException("weeks cannot be negative, but were " + weeks());
    }
    if (period().isOpen()) {
      throw new IllegalArgumentException("an open period has not ended, so cannot end sooner");
    }
  }
}
