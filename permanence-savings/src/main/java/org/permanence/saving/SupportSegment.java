package org.permanence.saving;

import org.immutables.value.Value;
import org.permanence.money.ExactAmount;
import org.permanence.support.SupportRow;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * Support paid after an exit at one row of the support card: a stretch of days of a weekly
 * allowance, or a one-off cost on the exit date (whose range is that one day).
 */
@Value.Immutable
public abstract class SupportSegment {

  SupportSegment() {}

  static SupportSegment of(FinancialYear year, LocalDateRange range, int age, SupportRow row,
      ExactAmount amount) {
    return ImmutableSupportSegment.builder()
        .financialYear(year).range(range).age(age).row(row).amount(amount).build();
  }

  /**
   * Returns the financial year the support falls in.
   *
   * @return the year
   */
  public abstract FinancialYear financialYear();

  /**
   * Returns the days paid for: for a one-off cost, the exit date alone.
   *
   * @return the half-open range of days
   */
  public abstract LocalDateRange range();

  /**
   * Returns the child's age in completed years over the segment, or at exit for a one-off cost.
   *
   * @return the age
   */
  public abstract int age();

  /**
   * Returns the support card row that applies.
   *
   * @return the row
   */
  public abstract SupportRow row();

  /**
   * Returns the amount, exactly: {@code weekly * days / 7}, or the one-off cost.
   *
   * @return the amount
   */
  public abstract ExactAmount amount();
}
