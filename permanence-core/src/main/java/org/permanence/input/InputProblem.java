package org.permanence.input;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in an input file: where it is (file, line, column), the value found, and what
 * was expected.
 *
 * <p>Line numbers are physical lines of the file, the header being line 1; a problem with the
 * file as a whole has line 0. The value is left out where it is personal data (a date of birth or
 * a postcode), so a problem can be printed, logged or emailed safely.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InputProblem {

  InputProblem() {}

  /**
   * Returns a builder for a problem.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InputProblem}; each attribute may be set once. */
  public static final class Builder extends ImmutableInputProblem.Builder {
    Builder() {}
  }

  /**
   * Returns a problem with the whole file, such as a missing column.
   *
   * @param file the file's name as the user gave it
   * @param line the line, 1 for the header row, 0 for the file as a whole
   * @param message what is wrong and what was expected
   * @return the problem
   */
  public static InputProblem ofFile(String file, long line, String message) {
    return builder().file(file).line(line).message(message).build();
  }

  /**
   * Returns a problem with one cell of a row.
   *
   * @param file the file's name as the user gave it
   * @param line the row's physical line
   * @param column the column's name
   * @param value the cell as written, trimmed; an empty cell has no value to show
   * @param message what is wrong and what was expected
   * @return the problem
   */
  public static InputProblem ofCell(String file, long line, String column, String value, String message) {
    Builder problem = builder().file(file).line(line).column(column).message(message);
    if (!value.isEmpty()) {
      problem.value(value);
    }
    return problem.build();
  }

  /**
   * Returns the name of the file, as the user gave it.
   *
   * @return the file name
   */
  public abstract String file();

  /**
   * Returns the physical line of the file, the header being line 1; 0 for the whole file.
   *
   * @return the line number
   */
  public abstract long line();

  /**
   * Returns the column, as named in the header, if the problem is in one.
   *
   * @return the column name, or empty
   */
  public abstract Optional<String> column();

  /**
   * Returns the value found, if it may be shown (never a date of birth or a postcode).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> value();

  /**
   * Returns the child the problem is about, if known.
   *
   * @return the child's identifier as written, or empty
   */
  public abstract Optional<String> child();

  /**
   * Returns what is wrong and what was expected, such as {@code "not a date; expected dd/mm/yyyy
   * or yyyy-mm-dd"}.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the problem in one line: {@code episodes.csv line 12, column DEC, value '31/02/2019':
   * not a date; expected dd/mm/yyyy or yyyy-mm-dd}.
   *
   * @return the problem as text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(120).append(file());
    if (line() > 0) {
      text.append(" line ").append(line());
    }
    column().ifPresent(c -> text.append(", column ").append(c));
    value().ifPresent(v -> text.append(", value '").append(v).append('\''));
    return text.append(": ").append(message()).toString();
  }
}
