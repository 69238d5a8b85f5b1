package org.permanence.duration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;
import org.permanence.batch.Failure;
import org.threeten.extra.LocalDateRange;

/**
 * Count, mean and median days in care of the periods of care that ended in a window: the
 * quantity behind a target such as "reduce the average duration in care by 6 weeks".
 *
 * <p>A period ended in the window when its end ({@code DEC}, the first day out of care) falls in
 * it; periods still open at the as-at date never ended and are left out. Days are counted as in
 * {@link org.permanence.care.PeriodOfCare#careRange()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CohortDurations {

  /** The mean is given to two decimal places, rounded half up. */
  public static final int MEAN_SCALE = 2;

  CohortDurations() {}

  static CohortDurations of(LocalDateRange window, List<PeriodDuration> periods, List<Failure> failures) {
    return ImmutableCohortDurations.builder()
        .window(window)
        .addAllPeriods(periods)
        .addAllFailures(failures)
        .build();
  }

  /**
   * Returns the window in which the periods ended.
   *
   * @return the half-open window
   */
  public abstract LocalDateRange window();

  /**
   * Returns the periods that ended in the window, in order of child then start.
   *
   * @return the periods and their durations
   */
  public abstract List<PeriodDuration> periods();

  /**
   * Returns the children that could not be measured.
   *
   * @return the failures, usually none
   */
  public abstract List<Failure> failures();

  /**
   * Returns the number of periods that ended in the window.
   *
   * @return the count
   */
  public int count() {
    return periods().size();
  }

  /**
   * Returns the total of the periods' days in care.
   *
   * @return the sum of days
   */
  @Value.Derived
  public long totalDays() {
    long total = 0;
    for (PeriodDuration period : periods()) {
      total += period.days();
    }
    return total;
  }

  /**
   * Returns the mean days in care: total days divided by the count, to two decimal places, half
   * up. Zero when no period ended.
   *
   * @return the mean days
   */
  public BigDecimal meanDays() {
    if (periods().isEmpty()) {
      return BigDecimal.ZERO.setScale(MEAN_SCALE);
    }
    return BigDecimal.valueOf(totalDays())
        .divide(BigDecimal.valueOf(count()), MEAN_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Returns the median days in care: the middle value, or the mean of the two middle values for
   * an even count (so it may end in {@code .5}). Zero when no period ended.
   *
   * @return the median days, exact
   */
  public BigDecimal medianDays() {
    int n = count();
    if (n == 0) {
      return BigDecimal.ZERO;
    }
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      days[i] = periods().get(i).days();
    }
    Arrays.sort(days);
    if (n % 2 == 1) {
      return BigDecimal.valueOf(days[n / 2]);
    }
    return BigDecimal.valueOf(days[n / 2 - 1] + days[n / 2]).divide(BigDecimal.valueOf(2));
  }
}
