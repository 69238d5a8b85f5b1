package org.permanence.reduction;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.permanence.batch.Failure;
import org.permanence.care.CareData;
import org.permanence.care.PeriodOfCare;
import org.permanence.cost.MissingRateException;
import org.permanence.cost.PlacementCost;
import org.permanence.cost.PlacementCostCalculator;
import org.permanence.rate.RateCard;
import org.threeten.extra.LocalDateRange;

/**
 * The duration-reduction scenario: for the periods of care that ended in a window, what would
 * have been saved had each ended some weeks sooner, and how many weeks sooner saves a target.
 *
 * <p>A period ended in the window when its DEC (the first day out of care) is in it, as at the
 * as-at date, short breaks left out: the cohort of
 * {@link org.permanence.duration.DurationCalculator#cohort}. Open periods never ended, so are
 * left out. Had a period ended {@code N} weeks sooner, it would have lost its last
 * {@code min(7N, days)} days in care (never ending before its start, and counting no day on or
 * after the 18th birthday); the saving is the actual placement cost of those days, costed on the
 * rate card as {@link PlacementCostCalculator} costs any days in care. Rates are needed only for
 * the days taken off.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DurationReductionCalculator {

  /** The calculator. */
  public static final DurationReductionCalculator DEFAULT = new DurationReductionCalculator();

  private DurationReductionCalculator() {}

  /**
   * Returns the saving had each period that ended in the window ended some weeks sooner.
   *
   * @param data the children's data
   * @param window the half-open window of period ends {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive: later episodes and ends are not yet known
   * @param rates the rate card
   * @param weeks how many weeks sooner, zero or more
   * @return the periods with their savings, and any that could not be costed
   */
  public DurationReduction reduction(CareData data, LocalDateRange window, LocalDate asAt,
      RateCard rates, int weeks) {
    requireNonNull(rates, "rates");
    if (weeks < 0) {
      throw new IllegalArgumentException("weeks cannot be negative, but were " + weeks);
    }
    return evaluate(ended(data, window, asAt), window, asAt, rates, weeks);
  }

  /**
   * Returns the scenario for the fewest whole weeks whose saving (the sum of the periods' rounded
   * costs) reaches a target.
   *
   * <p>The saving never falls as the weeks grow, and stops growing once the longest period is
   * ended at its start. If the weeks found take off a day that no rate prices, the scenario
   * returned has failures and its weeks are not an answer: the days that must be costed to
   * decide it have no rate.
   *
   * @param data the children's data
   * @param window the half-open window of period ends {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive
   * @param rates the rate card
   * @param target the saving wanted, more than zero
   * @return the scenario at the fewest weeks that save at least the target
   * @throws TargetOutOfReachException if even ending every period at its start saves less
   */
  public DurationReduction weeksFor(CareData data, LocalDateRange window, LocalDate asAt,
      RateCard rates, BigDecimal target) {
    requireNonNull(rates, "rates");
    requireNonNull(target, "target");
    if (target.signum() <= 0) {
      throw new IllegalArgumentException("a target saving is more than zero, but was "
          + target.toPlainString());
    }
    List<Ended> ended = ended(data, window, asAt);
    long longest = 0;
    for (Ended period : ended) {
      longest = Math.max(longest, period.period.daysInCare());
    }
    // enough weeks to end the longest period at its start: every day of every period is taken off
    int most = Math.toIntExact((longest + 6) / 7);
    Map<Integer, DurationReduction> tried = new HashMap<>();
    DurationReduction all = most == 0
        ? evaluate(ended, window, asAt, rates, 0)
        : tried.computeIfAbsent(most, weeks -> evaluate(ended, window, asAt, rates, weeks));
    if (!decides(all, target)) {
      throw new TargetOutOfReachException(target, all.avoidedCost(), most);
    }
    // the fewest weeks in [1, most] that save the target, or that need a day with no rate
    int low = 1;
    int high = most;
    while (low < high) {
      int middle = low + (high - low) / 2;
      DurationReduction scenario =
          tried.computeIfAbsent(middle, weeks -> evaluate(ended, window, asAt, rates, weeks));
      if (decides(scenario, target)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return tried.computeIfAbsent(low, weeks -> evaluate(ended, window, asAt, rates, weeks));
  }

  /** A scenario settles the search once it saves the target, or once it meets a missing rate. */
  private static boolean decides(DurationReduction scenario, BigDecimal target) {
    return scenario.hasFailures() || scenario.avoidedCost().compareTo(target) >= 0;
  }

  /** The last {@code min(7 * weeks, days)} days of a period's days in care. */
  static LocalDateRange lastDays(PeriodOfCare period, int weeks) {
    LocalDateRange care = period.careRange();
    long days = Math.min(7L * weeks, care.lengthInDays());
    return LocalDateRange.of(care.getEnd().minusDays(days), care.getEnd());
  }

  private static DurationReduction evaluate(List<Ended> ended, LocalDateRange window,
      LocalDate asAt, RateCard rates, int weeks) {
    List<PeriodReduction> periods = new ArrayList<>(ended.size());
    List<Failure> failures = new ArrayList<>(0);
    for (Ended period : ended) {
      LocalDateRange days = lastDays(period.period, weeks);
      try {
        PlacementCost cost = PlacementCostCalculator.DEFAULT.cost(period.data, period.index, days,
            asAt, rates);
        periods.add(PeriodReduction.of(period.period, weeks, cost));
      } catch (MissingRateException | IllegalArgumentException | DateTimeException e) {
        failures.add(Failure.of(period.period.childId(), e.getMessage()));
      }
    }
    return DurationReduction.of(window, asAt, weeks, periods, failures);
  }

  /** The periods that ended in the window, by child then end, each with its child's place in the data. */
  private static List<Ended> ended(CareData data, LocalDateRange window, LocalDate asAt) {
    requireNonNull(data, "data");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    List<Ended> ended = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      for (PeriodOfCare period : data.history(i).periodsOfCare(asAt)) {
        if (period.endExclusive().filter(window::contains).isPresent()) {
          ended.add(new Ended(data, i, period));
        }
      }
    }
    return ended;
  }

  /** A period that ended, and where its child is in the data. */
  private static final class Ended {
    final CareData data;
    final int index;
    final PeriodOfCare period;

    Ended(CareData data, int index, PeriodOfCare period) {
      this.data = data;
      this.index = index;
      this.period = period;
    }
  }
}
