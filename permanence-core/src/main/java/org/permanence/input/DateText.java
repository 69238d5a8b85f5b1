package org.permanence.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the two date forms of every input file: {@code dd/mm/yyyy}, with leading zeros optional
 * ({@code 1/4/2019}), and ISO {@code yyyy-mm-dd}.
 *
 * <p>Both forms are accepted everywhere, mixed in one file. Impossible dates such as {@code
 * 31/02/2019} are rejected.
 */
public final class DateText {

  /** The forms accepted, for messages. */
  public static final String EXPECTED = "a date as dd/mm/yyyy or yyyy-mm-dd";

  private DateText() {}

  /**
   * Parses a date in either form.
   *
   * @param text the text, without surrounding white space
   * @return the date, or empty if the text is not a valid date in either form
   */
  public static Optional<LocalDate> parse(String text) {
    int length = text.length();
    if (length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      return date(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }
    int firstSlash = text.indexOf('/');
    int secondSlash = firstSlash < 0 ? -1 : text.indexOf('/', firstSlash + 1);
    if (firstSlash < 1 || firstSlash > 2 || secondSlash - firstSlash < 2
        || secondSlash - firstSlash > 3 || length - secondSlash != 5) {
      return Optional.empty();
    }
    return date(
        digits(text, secondSlash + 1, length),
        digits(text, firstSlash + 1, secondSlash),
        digits(text, 0, firstSlash));
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The number written in [from, to) of the text, or -1 if any character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
