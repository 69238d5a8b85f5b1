package org.permanence.report;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.permanence.time.FinancialYear;

/**
 * One financial year's line of a savings table: the exits counted and the sums of their rounded
 * rows, so that the line is exactly what its rows add up to.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SavingsRow {

  SavingsRow() {}

  /**
   * Returns a row.
   *
   * @param year the financial year
   * @param exits the exits counted in it
   * @param avoided the placement cost avoided, the sum of rounded rows
   * @param support the support cost, the sum of rounded rows
   * @param net the net saving, the sum of rounded rows
   * @param presentValue the present value, the sum of rounded rows
   * @return the row
   */
  public static SavingsRow of(FinancialYear year, int exits, BigDecimal avoided, BigDecimal support,
      BigDecimal net, BigDecimal presentValue) {
    return ImmutableSavingsRow.builder().year(year).exits(exits).avoided(avoided).support(support)
        .net(net).presentValue(presentValue).build();
  }

  /**
   * Returns the financial year.
   *
   * @return the year
   */
  public abstract FinancialYear year();

  /**
   * Returns the exits counted: those in the year (by the year of the exit), or those with a
   * saving in it (by the year in which savings fall).
   *
   * @return the exits
   */
  public abstract int exits();

  /**
   * Returns the placement cost avoided, in pounds.
   *
   * @return the sum of the rounded rows
   */
  public abstract BigDecimal avoided();

  /**
   * Returns the support paid after exit, in pounds.
   *
   * @return the sum of the rounded rows
   */
  public abstract BigDecimal support();

  /**
   * Returns the net saving, in pounds: {@code avoided - support}.
   *
   * @return the sum of the rounded rows
   */
  public abstract BigDecimal net();

  /**
   * Returns the present value of the net saving, in pounds (the net saving when no discount rate
   * is given).
   *
   * @return the sum of the rounded rows
   */
  public abstract BigDecimal presentValue();

  @Value.Check
  void check() {
    if (exits() < 0) {
      throw new IllegalArgumentException("exits: expected 0 or more, but was " + exits());
    }
  }
}
