package org.permanence.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.immutables.value.Value;
import org.permanence.money.Pence;

/**
 * Savings year by year, with totals that are the sums of the rows shown: "2018-19: 10 exits,
 * £215,833.83".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SavingsTable {

  SavingsTable() {}

  /**
   * Returns a table.
   *
   * @param rows the rows, in year order
   * @return the table
   */
  public static SavingsTable of(List<SavingsRow> rows) {
    return ImmutableSavingsTable.builder().addAllRows(rows).build();
  }

  /**
   * Returns the rows, one a year, in year order.
   *
   * @return the rows
   */
  public abstract List<SavingsRow> rows();

  /**
   * Returns the exits of every row added up.
   *
   * @return the total exits
   */
  public int exits() {
    return rows().stream().mapToInt(SavingsRow::exits).sum();
  }

  /**
   * Returns the avoided cost of every row added up.
   *
   * @return the total avoided cost, in pounds
   */
  public BigDecimal avoided() {
    return total(SavingsRow::avoided);
  }

  /**
   * Returns the support cost of every row added up.
   *
   * @return the total support cost, in pounds
   */
  public BigDecimal support() {
    return total(SavingsRow::support);
  }

  /**
   * Returns the net saving of every row added up.
   *
   * @return the total net saving, in pounds
   */
  public BigDecimal net() {
    return total(SavingsRow::net);
  }

  /**
   * Returns the present value of every row added up.
   *
   * @return the total present value, in pounds
   */
  public BigDecimal presentValue() {
    return total(SavingsRow::presentValue);
  }

  private BigDecimal total(Function<SavingsRow, BigDecimal> column) {
    return Pence.sum(rows().stream().map(column)::iterator);
  }

  @Value.Check
  void check() {
    for (int i = 1; i < rows().size(); i++) {
      if (rows().get(i).year().compareTo(rows().get(i - 1).year()) <= 0) {
        throw new IllegalArgumentException("rows: expected one a year in year order, but "
            + rows().get(i).year() + " follows " + rows().get(i - 1).year());
      }
    }
  }
}
