package org.permanence.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import org.javamoney.moneta.Money;

/**
 * An exact amount of money in pounds, including the sevenths of a penny that come from costing a
 * weekly rate by the day.
 *
 * <p>A day at £100 a week costs £100/7, which no decimal holds exactly. An {@code ExactAmount}
 * keeps seven times the amount as a {@link BigDecimal}, so that {@code weekly * days / 7} and any
 * sum of such amounts are held with no rounding at all; rounding happens only when a result is
 * shown, by {@link Pence}. Amounts compare and are equal by value, whatever their scale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExactAmount implements Comparable<ExactAmount> {

  private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

  /** No money. */
  public static final ExactAmount ZERO = new ExactAmount(BigDecimal.ZERO);

  private final BigDecimal sevenTimes;

  private ExactAmount(BigDecimal sevenTimes) {
    this.sevenTimes = sevenTimes;
  }

  /**
   * Returns an amount of pounds.
   *
   * @param pounds the amount, exact
   * @return the amount
   */
  public static ExactAmount of(BigDecimal pounds) {
    requireNonNull(pounds, "pounds");
    return new ExactAmount(pounds.multiply(SEVEN));
  }

  /**
   * Returns the cost of some days at a weekly rate: {@code weekly * days / 7}, exactly.
   *
   * @param weekly the weekly amount in pounds
   * @param days the number of days
   * @return the amount
   */
  public static ExactAmount ofDays(BigDecimal weekly, long days) {
    requireNonNull(weekly, "weekly");
    return new ExactAmount(weekly.multiply(BigDecimal.valueOf(days)));
  }

  /**
   * Returns the amount whose seven-fold is given: {@code sevenTimes / 7} pounds.
   *
   * @param sevenTimes seven times the amount in pounds
   * @return the amount
   */
  public static ExactAmount ofSevenTimes(BigDecimal sevenTimes) {
    requireNonNull(sevenTimes, "sevenTimes");
    return new ExactAmount(sevenTimes);
  }

  /**
   * Returns seven times the amount in pounds, which is exact: for a weekly rate costed by the day,
   * the sum of {@code weekly * days}.
   *
   * @return seven times the amount
   */
  public BigDecimal sevenTimes() {
    return sevenTimes;
  }

  /**
   * Returns the sum of this amount and another.
   *
   * @param other the other amount
   * @return the sum, exact
   */
  public ExactAmount plus(ExactAmount other) {
    requireNonNull(other, "other");
    return new ExactAmount(sevenTimes.add(other.sevenTimes));
  }

  /**
   * Returns this amount less another.
   *
   * @param other the amount taken away
   * @return the difference, exact
   */
  public ExactAmount minus(ExactAmount other) {
    requireNonNull(other, "other");
    return new ExactAmount(sevenTimes.subtract(other.sevenTimes));
  }

  /**
   * Returns the sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return sevenTimes.signum();
  }

  /**
   * Returns the amount rounded to pence under the library's rule ({@link Pence}).
   *
   * @return pounds with two decimals
   */
  public BigDecimal rounded() {
    return Pence.round(this);
  }

  /**
   * Returns the amount rounded to pence, as Moneta money in pounds sterling.
   *
   * @return the rounded amount in GBP
   */
  public Money toMoney() {
    return Pence.money(this);
  }

  /**
   * Returns the amount in pounds to a precision, for display or for calculations that round
   * anyway.
   *
   * @param context the precision and rounding
   * @return the approximate amount in pounds
   */
  public BigDecimal toBigDecimal(MathContext context) {
    requireNonNull(context, "context");
    return sevenTimes.divide(SEVEN, context);
  }

  /**
   * Returns the amount in pounds as an exact decimal, when it has one (a whole number of weeks at
   * any rate has; a day at £100 a week has not).
   *
   * @return the exact decimal amount
   * @throws ArithmeticException if the amount has no exact decimal form
   */
  public BigDecimal toBigDecimalExact() {
    return sevenTimes.divide(SEVEN).stripTrailingZeros();
  }

  @Override
  public int compareTo(ExactAmount other) {
    return sevenTimes.compareTo(other.sevenTimes);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ExactAmount && ((ExactAmount) obj).sevenTimes.compareTo(sevenTimes) == 0;
  }

  @Override
  public int hashCode() {
    return sevenTimes.signum() == 0 ? 0 : sevenTimes.stripTrailingZeros().hashCode();
  }

  /**
   * Returns the amount for reading: the exact decimal when there is one ({@code 100.5}), otherwise
   * the fraction ({@code 700.01/7}).
   *
   * @return the amount as text
   */
  @Override
  public String toString() {
    try {
      return sevenTimes.divide(SEVEN).stripTrailingZeros().toPlainString();
    } catch (ArithmeticException e) {
      return sevenTimes.stripTrailingZeros().toPlainString() + "/7";
    }
  }
}
