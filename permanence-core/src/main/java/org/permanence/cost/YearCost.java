package org.permanence.cost;

import java.math.BigDecimal;
import org.javamoney.moneta.Money;
import org.immutables.value.Value;
import org.permanence.money.ExactAmount;
import org.permanence.time.FinancialYear;

/**
 * The placement cost of one child in one financial year: days costed and the exact amount.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class YearCost {

  YearCost() {}

  /**
   * Returns a year's cost.
   *
   * @param year the financial year
   * @param days the days costed in it
   * @param amount the exact cost
   * @return the year's cost
   */
  public static YearCost of(FinancialYear year, long days, ExactAmount amount) {
    return ImmutableYearCost.builder().year(year).days(days).amount(amount).build();
  }

  /**
   * Returns the financial year.
   *
   * @return the year
   */
  public abstract FinancialYear year();

  /**
   * Returns the days costed in the year.
   *
   * @return the days, zero or more
   */
  public abstract long days();

  /**
   * Returns the exact cost.
   *
   * @return the amount
   */
  public abstract ExactAmount amount();

  /**
   * Returns the cost rounded to pence, as a row of a report shows it.
   *
   * @return pounds with two decimals
   */
  public BigDecimal rounded() {
    return amount().rounded();
  }

  /**
   * Returns the cost rounded to pence, as Moneta money in pounds sterling.
   *
   * @return the rounded cost in GBP
   */
  public Money money() {
    return amount().toMoney();
  }

  @Value.Check
  void check() {
    if (days() < 0) {
      throw new IllegalArgumentException("days must not be negative, but were " + days());
    }
  }
}
