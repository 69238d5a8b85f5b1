package org.permanence.input;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the cells of one row of a card file (a rate card, a support card), recording each problem
 * with the file, line and column, so that a reader lists every problem of the file at once.
 *
 * <p>Each check returns the value, or null after recording a problem; {@link #isClean} tells
 * whether the row had none.
 */
public final class CardCells {

  private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");

  private final String file;
  private final RowText text;
  private final List<InputProblem> problems;
  private boolean clean = true;

  /**
   * Starts checking a row.
   *
   * @param file the file's name, for problems
   * @param text the row
   * @param problems receives each problem
   */
  public CardCells(String file, RowText text, List<InputProblem> problems) {
    this.file = requireNonNull(file, "file");
    this.text = requireNonNull(text, "text");
    this.problems = requireNonNull(problems, "problems");
  }

  /**
   * Returns the row being checked.
   *
   * @return the row
   */
  public RowText text() {
    return text;
  }

  /**
   * Tells whether no problem has been recorded for the row.
   *
   * @return true while the row is clean
   */
  public boolean isClean() {
    return clean;
  }

  /**
   * Records a problem of the row.
   *
   * @param column the column, or null for the whole row
   * @param value the value shown, or null
   * @param message what is wrong and what was expected
   */
  public void problem(String column, String value, String message) {
    clean = false;
    InputProblem.Builder problem = InputProblem.builder().file(file).line(text.line()).message(message);
    if (column != null) {
      problem.column(column);
    }
    if (value != null) {
      problem.value(value);
    }
    problems.add(problem.build());
  }

  /**
   * Checks that the row's cells are under its columns, recording a problem if not.
   *
   * @param columns the number of columns of the header
   * @return true if the row fits
   */
  public boolean fits(int columns) {
    if (!text.fits()) {
      problem(null, null, "the row has " + text.cellCount() + " cells; expected " + columns
          + ", one for each column of the header");
      return false;
    }
    return true;
  }

  /**
   * Reads an age bound: whole years from 0 to 17, or empty for none.
   *
   * @param index the cell's column index
   * @param column the column's name, for problems
   * @return the bound, empty for none, or null after a problem
   */
  public Optional<Integer> age(int index, String column) {
    String value = text.text(index);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!WHOLE.matcher(value).matches() || Integer.parseInt(value) > 17) {
      problem(column, value, "not an age; expected whole years from 0 to 17, or empty for no bound");
      return null;
    }
    return Optional.of(Integer.parseInt(value));
  }

  /**
   * Checks that an age range's bounds, as read by {@link #age}, are in order.
   *
   * @param minAge the lower bound read, empty, or null after a problem
   * @param maxAge the upper bound read, empty, or null after a problem
   * @param maxIndex the upper bound's column index, for the problem
   */
  public void ageOrder(Optional<Integer> minAge, Optional<Integer> maxAge, int maxIndex) {
    if (minAge != null && maxAge != null && minAge.isPresent() && maxAge.isPresent()
        && minAge.get() > maxAge.get()) {
      problem("max_age", text.text(maxIndex),
          "max_age is below min_age " + minAge.get() + "; expected min_age <= max_age");
    }
  }

  /**
   * Reads a date in either form of every input file.
   *
   * @param index the cell's column index
   * @param column the column's name, for problems
   * @return the date, or null after a problem
   */
  public LocalDate date(int index, String column) {
    String value = text.text(index);
    Optional<LocalDate> date = DateText.parse(value);
    if (date.isEmpty()) {
      problem(column, value.isEmpty() ? null : value,
          (value.isEmpty() ? "empty" : "not a valid date") + "; expected " + DateText.EXPECTED);
      return null;
    }
    return date.get();
  }

  /**
   * Reads an amount in pounds, zero or more, written {@code 850} or {@code 134.29}.
   *
   * @param index the cell's column index
   * @param column the column's name, for problems
   * @param expected what the amount is, for problems, such as {@code "a weekly cost in pounds"}
   * @return the amount, or null after a problem
   */
  public BigDecimal amount(int index, String column, String expected) {
    String value = text.text(index);
    boolean negative = value.startsWith("-");
    String unsigned = negative ? value.substring(1) : value;
    boolean number = AMOUNT.matcher(unsigned).matches();
    if (number && NumberText.isTooLong(unsigned)) {
      // checked before the number is read, which would take seconds for a cell of a million digits
      problem(column, value, NumberText.TOO_LONG + "; expected " + expected + " of zero or more, such as 850 or 134.29");
      return null;
    }
    if (number && !negative) {
      return new BigDecimal(value);
    }
    if (number && new BigDecimal(unsigned).signum() == 0) {
      // minus zero is zero, not a negative amount
      return new BigDecimal(unsigned);
    }
    String what = value.isEmpty() ? "empty" : number ? "a negative amount" : "not an amount";
    problem(column, value.isEmpty() ? null : value, what
        + "; expected " + expected + " of zero or more, such as 850 or 134.29");
    return null;
  }
}
