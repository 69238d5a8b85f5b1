package org.permanence.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target against the actual figure at an as-at date, with its status.
 *
 * <p>For the year that contains the as-at date {@code d}: a count or saving is {@code met} when
 * the actual reaches the target, otherwise {@code on track} when it reaches the pro-rata target,
 * {@code target * (days from 1 April to d, inclusive) / (days in the year)}, otherwise
 * {@code behind}; mean days are {@code met} at or below the target, otherwise {@code behind}. For
 * a year gone: {@code met} or {@code missed}. A year not yet begun has no status. The comparison
 * with the pro-rata target is exact; {@link #proRataTarget()} is rounded only for showing.
 */
@Value.Immutable
public abstract class TargetProgress {

  TargetProgress() {}

  /**
   * Returns a target's progress.
   *
   * @param target the target
   * @param actual the actual figure in the target's year at the as-at date
   * @param asAt the as-at date
   * @return the progress
   */
  public static TargetProgress of(Target target, BigDecimal actual, LocalDate asAt) {
    return ImmutableTargetProgress.builder().target(target).actual(actual).asAt(asAt).build();
  }

  /**
   * Returns the target.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns the actual figure in the target's year at the as-at date.
   *
   * @return the actual
   */
  public abstract BigDecimal actual();

  /**
   * Returns the as-at date.
   *
   * @return the as-at date
   */
  public abstract LocalDate asAt();

  /**
   * Returns the days of the target's year up to the as-at date, inclusive: all of them for a
   * year gone, none for one not begun.
   *
   * @return the days elapsed
   */
  public long daysElapsed() {
    LocalDate start = target().year().start();
    LocalDate end = target().year().endExclusive();
    LocalDate through = asAt().plusDays(1);
    if (!through.isAfter(start)) {
      return 0;
    }
    return ChronoUnit.DAYS.between(start, through.isBefore(end) ? through : end);
  }

  /**
   * Returns the pro-rata target, the target's share of the year so far, to two decimal places
   * (half up), for showing.
   *
   * @return {@code target * days elapsed / days in the year}
   */
  public BigDecimal proRataTarget() {
    return target().target().multiply(BigDecimal.valueOf(daysElapsed()))
        .divide(BigDecimal.valueOf(target().year().lengthInDays()), 2, RoundingMode.HALF_UP);
  }

  /**
   * Returns the status at the as-at date.
   *
   * @return the status, or empty for a year not yet begun
   */
  public Optional<TargetStatus> status() {
    LocalDate start = target().year().start();
    if (asAt().isBefore(start)) {
      return Optional.empty();
    }
    BigDecimal goal = target().target();
    boolean met = target().measure().lowerIsBetter()
        ? actual().compareTo(goal) <= 0
        : actual().compareTo(goal) >= 0;
    if (met) {
      return Optional.of(TargetStatus.MET);
    }
    if (!target().year().contains(asAt())) {
      return Optional.of(TargetStatus.MISSED);
    }
    if (target().measure().lowerIsBetter()) {
      return Optional.of(TargetStatus.BEHIND);
    }
    // actual >= target * elapsed / days, compared exactly as actual * days >= target * elapsed
    BigDecimal scaledActual = actual().multiply(BigDecimal.valueOf(target().year().lengthInDays()));
    BigDecimal scaledTarget = goal.multiply(BigDecimal.valueOf(daysElapsed()));
    return Optional.of(scaledActual.compareTo(scaledTarget) >= 0 ? TargetStatus.ON_TRACK : TargetStatus.BEHIND);
  }
}
