package org.permanence.reduction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.permanence.batch.Failure;
import org.permanence.duration.CohortDurations;
import org.permanence.money.Pence;
import org.threeten.extra.LocalDateRange;

/**
 * The duration-reduction scenario for a cohort: the periods of care that ended in a window, each
 * ended some weeks sooner, with what that would have saved and the cohort's mean days in care
 * before and after.
 *
 * <p>The saving is the sum of the periods' rounded costs, so that it adds up to the penny. Means
 * are to two decimal places, half up, as {@link CohortDurations#meanDays()}; zero when no period
 * ended. A period shorter than the weeks is ended at its start, so the mean falls by less than
 * the weeks when some periods are short.
 */
@Value.Immutable
public abstract class DurationReduction {

  DurationReduction() {}

  static DurationReduction of(LocalDateRange window, LocalDate asAt, int weeks,
      List<PeriodReduction> periods, List<Failure> failures) {
    return ImmutableDurationReduction.builder().window(window).asAt(asAt).weeks(weeks)
        .addAllPeriods(periods).addAllFailures(failures).build();
  }

  /**
   * Returns the window the periods ended in: their DEC is in it.
   *
   * @return the half-open window
   */
  public abstract LocalDateRange window();

  /**
   * Returns the as-at date the periods are seen at.
   *
   * @return the as-at date
   */
  public abstract LocalDate asAt();

  /**
   * Returns how many weeks sooner each period ends, at most.
   *
   * @return the weeks
   */
  public abstract int weeks();

  /**
   * Returns each period that ended in the window, in order of child identifier (as text), then
   * period end.
   *
   * @return the periods
   */
  public abstract List<PeriodReduction> periods();

  /**
   * Returns the children whose periods could not be costed (a missing rate, say), each with its
   * reason; their periods are not in {@link #periods()}.
   *
   * @return the failures, empty when every period was costed
   */
  public abstract List<Failure> failures();

  /**
   * Returns whether some period could not be costed.
   *
   * @return true when there are failures
   */
  public boolean hasFailures() {
    return !failures().isEmpty();
  }

  /**
   * Returns how many periods ended in the window.
   *
   * @return the count
   */
  public int count() {
    return periods().size();
  }

  /**
   * Returns the saving: the sum of the periods' rounded avoided costs.
   *
   * @return the total, to pence
   */
  public BigDecimal avoidedCost() {
    return Pence.sum(periods().stream().map(PeriodReduction::avoidedCost)::iterator);
  }

  /**
   * Returns the periods' days in care, added up.
   *
   * @return the days before the reduction
   */
  public long totalDays() {
    return periods().stream().mapToLong(PeriodReduction::days).sum();
  }

  /**
   * Returns the days taken off the periods, added up.
   *
   * @return the reduced days
   */
  public long reducedDays() {
    return periods().stream().mapToLong(PeriodReduction::reducedDays).sum();
  }

  /**
   * Returns the mean days in care of the periods as they were.
   *
   * @return the mean, to two decimal places
   */
  public BigDecimal meanDays() {
    return mean(totalDays());
  }

  /**
   * Returns the mean days in care had each period ended sooner.
   *
   * @return the mean, to two decimal places
   */
  public BigDecimal meanDaysAfter() {
    return mean(totalDays() - reducedDays());
  }

  /**
   * Returns how many days shorter the periods are on average: the reduced days over the count.
   *
   * @return the mean reduction, to two decimal places
   */
  public BigDecimal meanDaysShorter() {
    return mean(reducedDays());
  }

  private BigDecimal mean(long days) {
    if (periods().isEmpty()) {
      return BigDecimal.ZERO.setScale(CohortDurations.MEAN_SCALE);
    }
    return BigDecimal.valueOf(days)
        .divide(BigDecimal.valueOf(count()), CohortDurations.MEAN_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Explains the scenario in a sentence or two.
   *
   * @return the explanation
   */
  public String explain() {
    LocalDate last = window().getEnd().minusDays(1);
    StringBuilder text = new StringBuilder();
    text.append(count()).append(count() == 1 ? " period" : " periods").append(" of care ended from ")
        .append(window().getStart()).append(" to ").append(last).append(", as at ").append(asAt())
        .append(", lasting ").append(meanDays().toPlainString()).append(" days on average. Had each ended ")
        .append(weeks()).append(weeks() == 1 ? " week" : " weeks")
        .append(" sooner (never before its start), they would have lasted ")
        .append(meanDaysAfter().toPlainString()).append(" days on average, ")
        .append(meanDaysShorter().toPlainString()).append(" days shorter, and their placements would have cost £")
        .append(avoidedCost().toPlainString()).append(" less.");
    if (hasFailures()) {
      text.append(' ').append(failures().size())
          .append(failures().size() == 1 ? " child's periods" : " children's periods")
          .append(" could not be costed and are left out.");
    }
    return text.toString();
  }

  @Value.Check
  void check() {
    if (weeks() < 0) {
      throw new IllegalArgumentException("weeks cannot be negative, but were " + weeks());
    }
  }
}
