package org.permanence.input;

import static java.util.Objects.requireNonNull;

/**
 * The length of the plain numbers of input files (amounts in pounds, targets): at most {@value
 * #MOST_DIGITS} digits before the point and as many after it.
 *
 * <p>No amount, count or number of days has more; a longer number is a corrupt cell, and reading
 * it would take time growing with the square of its length (a cell of a million digits, seconds).
 */
public final class NumberText {

  /** The most digits a number has before its point, and after it. */
  public static final int MOST_DIGITS = 20;

  /** What a number too long is, for messages. */
  public static final String TOO_LONG = "more digits than any amount has (at most " + MOST_DIGITS
      + " before the point and " + MOST_DIGITS + " after)";

  private NumberText() {}

  /**
   * Tells whether a number written plainly, digits with perhaps a point and more digits, has more
   * digits before its point, or after it, than {@link #MOST_DIGITS}.
   *
   * @param number the digits, such as {@code 134.29}
   * @return true if it is too long to be read
   */
  public static boolean isTooLong(String number) {
    requireNonNull(number, "number");
    int point = number.indexOf('.');
    int whole = point < 0 ? number.length() : point;
    int fraction = point < 0 ? 0 : number.length() - point - 1;
    return whole > MOST_DIGITS || fraction > MOST_DIGITS;
  }
}
