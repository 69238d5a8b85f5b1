package org.permanence.input;

import java.time.LocalDate;
import java.util.Optional;
import org.permanence.time.EpochDays;

/**
 * Reads the two date forms of every input file: {@code dd/mm/yyyy}, with leading zeros optional
 * ({@code 1/4/2019}), and ISO {@code yyyy-mm-dd}.
 *
 * <p>Both forms are accepted everywhere, mixed in one file. Impossible dates such as {@code
 * 31/02/2019} are rejected, and so are dates before 1900: no child, placement or rate of an input
 * file is that old, and such a year is most often a two-digit year padded with zeros ({@code
 * 01/04/0019} for 2019), which would otherwise be read as a date two thousand years ago and put
 * out of reach of every financial year.
 */
public final class DateText {

  /** The forms accepted, for messages. */
  public static final String EXPECTED = "a date from 1900 on, as dd/mm/yyyy or yyyy-mm-dd";

  /** The first year of a date read; an earlier one is not a date. */
  public static final int FIRST_YEAR = 1900;

  private DateText() {}

  /** What {@link #parseEpochDay} returns for text that is not a date. */
  public static final long INVALID = Long.MIN_VALUE;

  /**
   * Parses a date in either form.
   *
   * @param text the text, without surrounding white space
   * @return the date, or empty if the text is not a valid date in either form
   */
  public static Optional<LocalDate> parse(String text) {
    long epochDay = parseEpochDay(text);
    return epochDay == INVALID ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /**
   * Parses a date in either form into its epoch day ({@link LocalDate#toEpochDay()}), without
   * creating objects, for readers of large files.
   *
   * @param text the text, without surrounding white space (a string, or a view of a reader's
   *     buffer)
   * @return the epoch day, or {@link #INVALID} if the text is not a valid date in either form
   */
  public static long parseEpochDay(CharSequence text) {
    int length = text.length();
    if (length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      return epochDay(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }
    int firstSlash = slashFrom(text, 0);
    int secondSlash = firstSlash < 0 ? -1 : slashFrom(text, firstSlash + 1);
    if (firstSlash < 1 || firstSlash > 2 || secondSlash - firstSlash < 2
        || secondSlash - firstSlash > 3 || length - secondSlash != 5) {
      return INVALID;
    }
    return epochDay(
        digits(text, secondSlash + 1, length),
        digits(text, firstSlash + 1, secondSlash),
        digits(text, 0, firstSlash));
  }

  /**
   * Parses a date in either form from ASCII bytes, as {@link #parseEpochDay(CharSequence)} does
   * from characters, for readers that work on a file's bytes.
   *
   * @param ascii the bytes
   * @param from the first byte of the text, without surrounding white space
   * @param to the end of the text, exclusive
   * @return the epoch day, or {@link #INVALID} if the text is not a valid date in either form
   */
  public static long parseEpochDay(byte[] ascii, int from, int to) {
    int length = to - from;
    if (length == 10 && ascii[from + 4] == '-' && ascii[from + 7] == '-') {
      return epochDay(digits(ascii, from, from + 4), digits(ascii, from + 5, from + 7),
          digits(ascii, from + 8, to));
    }
    int firstSlash = slashFrom(ascii, from, to);
    int secondSlash = firstSlash < 0 ? -1 : slashFrom(ascii, firstSlash + 1, to);
    if (firstSlash - from < 1 || firstSlash - from > 2 || secondSlash - firstSlash < 2
        || secondSlash - firstSlash > 3 || to - secondSlash != 5) {
      return INVALID;
    }
    return epochDay(
        digits(ascii, secondSlash + 1, to),
        digits(ascii, firstSlash + 1, secondSlash),
        digits(ascii, from, firstSlash));
  }

  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /** The epoch day of a valid proleptic Gregorian date, or {@link #INVALID}. */
  private static long epochDay(int year, int month, int day) {
    if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1) {
      return INVALID;
    }
    boolean leap = EpochDays.isLeap(year);
    int days = DAYS_IN_MONTH[month - 1] + (month == 2 && leap ? 1 : 0);
    if (day > days) {
      return INVALID;
    }
    return EpochDays.of(year, month, day);
  }

  private static int slashFrom(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '/') {
        return i;
      }
    }
    return -1;
  }

  private static int slashFrom(byte[] ascii, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ascii[i] == '/') {
        return i;
      }
    }
    return -1;
  }

  /** The number written in [from, to) of the bytes, or -1 if any byte is not a digit. */
  private static int digits(byte[] ascii, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int c = ascii[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The number written in [from, to) of the text, or -1 if any character is not a digit. */
  private static int digits(CharSequence text, int from, int to) {
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
