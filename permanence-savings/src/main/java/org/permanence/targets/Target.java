package org.permanence.targets;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.time.FinancialYear;

/** A target a council has set itself: a measure, a financial year and the figure to reach. */
@Value.Immutable
public abstract class Target {

  Target() {}

  /**
   * Returns a target.
   *
   * @param measure what is measured
   * @param year the financial year
   * @param target the figure: exits, pounds or mean days, zero or more
   * @return the target
   */
  public static Target of(Measure measure, FinancialYear year, BigDecimal target) {
    return ImmutableTarget.builder().measure(measure).year(year).target(target).build();
  }

  static Target of(Measure measure, FinancialYear year, BigDecimal target, String source) {
    return ImmutableTarget.builder().measure(measure).year(year).target(target).source(source).build();
  }

  /**
   * Returns what is measured.
   *
   * @return the measure
   */
  public abstract Measure measure();

  /**
   * Returns the financial year.
   *
   * @return the year
   */
  public abstract FinancialYear year();

  /**
   * Returns the figure to reach: at least it, or for mean days at most it.
   *
   * @return the target
   */
  public abstract BigDecimal target();

  /**
   * Returns where the target was read from, such as {@code targets.csv line 3}, if from a file.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  @Value.Check
  void check() {
    if (target().signum() < 0) {
      throw new IllegalArgumentException("a target cannot be negative, but was " + target().toPlainString());
    }
  }
}
