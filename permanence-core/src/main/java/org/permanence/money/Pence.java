package org.permanence.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryOperator;
import org.javamoney.moneta.Money;

/**
 * The rounding rule of every amount the library shows: to pence, half up (a half penny rounds away
 * from zero), and only at the point where a result is shown. {@code 1.005} becomes {@code 1.01},
 * {@code -1.005} becomes {@code -1.01}, and zero is always {@code 0.00}.
 *
 * <p>A total is the sum of the rounded amounts it totals (see {@link #sum}), so a report adds up
 * to the penny.
 */
public final class Pence {


  /** Two decimal places: pence. */
  public static final int SCALE = 2;

  /** Half up: away from zero at exactly half a penny. */
  public static final RoundingMode MODE = RoundingMode.HALF_UP;

  /** Rounds any monetary amount to pence under this rule, keeping its currency. */
  public static final MonetaryOperator ROUNDING = amount -> {
    BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
    return amount.getFactory().setNumber(round(number)).create();
  };

  private Pence() {}

  /**
   * Rounds an exact amount to pence.
   *
   * @param amount the exact amount
   * @return pounds with exactly two decimals
   */
  public static BigDecimal round(ExactAmount amount) {
    requireNonNull(amount, "amount");
    return amount.sevenTimes().divide(BigDecimal.valueOf(7), SCALE, MODE);
  }

  /**
   * Rounds a decimal amount of pounds to pence.
   *
   * @param pounds the amount
   * @return pounds with exactly two decimals
   */
  public static BigDecimal round(BigDecimal pounds) {
    requireNonNull(pounds, "pounds");
    return pounds.setScale(SCALE, MODE);
  }

  /**
   * Returns an exact amount rounded to pence, as money in pounds sterling.
   *
   * @param amount the exact amount
   * @return the rounded amount in GBP
   */
  public static Money money(ExactAmount amount) {
    return Money.of(round(amount), gbp());
  }

  /**
   * Returns pounds sterling as a Moneta currency.
   *
   * @return GBP
   */
  public static CurrencyUnit gbp() {
    return Gbp.UNIT;
  }

  /** Looked up when first used: starting Moneta takes a while, and rounding does not need it. */
  private static final class Gbp {
    static final CurrencyUnit UNIT = Monetary.getCurrency("GBP");
  }

  /**
   * Adds amounts already rounded to pence, as every printed total is made.
   *
   * @param rounded the rounded amounts
   * @return their sum, with two decimals
   */
  public static BigDecimal sum(Iterable<BigDecimal> rounded) {
    requireNonNull(rounded, "rounded");
    BigDecimal total = BigDecimal.ZERO.setScale(SCALE);
    for (BigDecimal amount : rounded) {
      total = total.add(amount);
    }
    return total;
  }

  /**
   * Rounds a monetary amount to pence, keeping its currency.
   *
   * @param amount the amount
   * @return the rounded amount
   */
  public static MonetaryAmount round(MonetaryAmount amount) {
    requireNonNull(amount, "amount");
    return amount.with(ROUNDING);
  }
}
