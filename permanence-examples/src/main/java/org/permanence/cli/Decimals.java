package org.permanence.cli;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the decimals a command line gives: written plainly, as a finance team writes them in a
 * spreadsheet cell ({@code 0.035}, {@code 180000.00}), as the card files are.
 */
final class Decimals {

  /** Digits, then perhaps a point and more digits: no sign, exponent or separator. */
  private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private Decimals() {}

  /** A discount rate: a plain decimal from 0 to 1. */
  static BigDecimal discountRate(String text) {
    String value = text.trim();
    if (PLAIN.matcher(value).matches()) {
      BigDecimal rate = new BigDecimal(value);
      if (rate.compareTo(BigDecimal.ONE) <= 0) {
        return rate;
      }
    }
    throw new UsageException("--discount-rate " + text + " is not a rate; expected a decimal from 0"
        + " to 1 written plainly, such as 0.035");
  }

  /** A target saving in pounds: a plain decimal more than zero. */
  static BigDecimal target(String text) {
    String value = text.trim();
    if (!PLAIN.matcher(value).matches()) {
      throw new UsageException("--target '" + text + "' is not an amount; expected pounds as a plain"
          + " decimal with no sign or separators, such as 180000 or 180000.00");
    }
    BigDecimal amount = new BigDecimal(value);
    if (amount.signum() <= 0) {
      throw new UsageException("--target " + text + " is not more than zero; expected the saving"
          + " wanted, such as 180000");
    }
    return amount;
  }
}
