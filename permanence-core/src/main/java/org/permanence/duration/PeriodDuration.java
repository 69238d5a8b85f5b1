package org.permanence.duration;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.permanence.care.PeriodOfCare;
import org.threeten.extra.LocalDateRange;

/**
 * How long one period of care lasted, in all and within a window, with the reasoning behind it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodDuration {

  PeriodDuration() {}

  static PeriodDuration of(PeriodOfCare period, LocalDateRange window) {
    return ImmutablePeriodDuration.builder().period(period).window(window).build();
  }

  /**
   * Returns the period of care.
   *
   * @return the period
   */
  public abstract PeriodOfCare period();

  /**
   * Returns the window the days are counted within.
   *
   * @return the half-open window
   */
  public abstract LocalDateRange window();

  /**
   * Returns the days counted as care: {@link PeriodOfCare#careRange()}.
   *
   * @return the days in care
   */
  @Value.Derived
  public long days() {
    return period().careRange().lengthInDays();
  }

  /**
   * Returns the days counted as care that fall in the window.
   *
   * @return the days in the window, from 0 to the window's length
   */
  @Value.Derived
  public long daysInWindow() {
    return DurationCalculator.overlap(period().careRange(), window());
  }

  /**
   * Explains the figures in words a finance officer can check by hand.
   *
   * <p>For example: {@code Child C1, period of care from 2019-03-30: ended 2019-04-10 (first day
   * out of care) with E4A; counted [2019-03-30, 2019-04-10) = 11 days; in window [2019-04-01,
   * 2020-01-01): 9 days.}
   *
   * @return the explanation
   */
  public String explain() {
    PeriodOfCare period = period();
    LocalDateRange counted = period.careRange();
    StringBuilder text = new StringBuilder(200);
    text.append("Child ").append(period.childId()).append(", period of care from ");
    text.append(period.start()).append(": ");
    if (period.isOpen()) {
      text.append("open at ").append(period.asAt()).append(", counted to that date inclusive");
    } else {
      text.append("ended ").append(period.endExclusive().get()).append(" (first day out of care) with ");
      text.append(period.reasonEnded().get().code());
    }
    LocalDate natural = period.endExclusive().orElse(period.asAt().plusDays(1));
    if (counted.getEnd().isBefore(natural)) {
      text.append("; stopped at the 18th birthday, which is not counted");
    }
    text.append("; counted ").append(counted).append(" = ").append(days()).append(" days");
    text.append("; in window ").append(window()).append(": ").append(daysInWindow()).append(" days.");
    return text.toString();
  }
}
