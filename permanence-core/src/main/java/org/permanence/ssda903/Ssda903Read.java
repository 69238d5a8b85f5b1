package org.permanence.ssda903;

import java.util.List;
import org.immutables.value.Value;
import org.permanence.care.CareData;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;

/**
 * What reading a pair of SSDA903 files found: the children that loaded, every problem, and (when
 * read leniently) every row left out.
 *
 * <p>Strict use: {@link #strict()} returns the data when there is no problem and otherwise throws
 * with the full list. Lenient use: {@link #lenient()} returns every child without a problem, and
 * {@link #rejectedRows()} holds every row left out, so that {@code acceptedRows() +
 * rejectedRows().size() == rowsRead()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ssda903Read {

  Ssda903Read() {}

  /**
   * Returns the children whose rows all passed every check, with their care histories.
   *
   * @return the accepted children
   */
  public abstract CareData accepted();

  /**
   * Returns every problem found, in order of file and line.
   *
   * @return the problems, empty when the files are valid
   */
  public abstract List<InputProblem> problems();

  /**
   * Tells whether a problem stopped the files being read at all (a missing column, an unreadable
   * file); then no child is loaded, even leniently, and a lenient reader rejects every row it read
   * before the file that could not be read stopped it.
   *
   * @return true if the files could not be read as tables
   */
  public abstract boolean fatal();

  /**
   * Returns every row left out by lenient reading, in order of file and line. Empty unless the
   * reader was lenient.
   *
   * @return the rejected rows
   */
  public abstract List<RejectedRow> rejectedRows();

  /**
   * Returns the number of data rows read from both files (blank rows not counted).
   *
   * @return the rows read
   */
  public abstract long rowsRead();

  /**
   * Returns the number of data rows of the accepted children.
   *
   * @return the rows accepted
   */
  public abstract long acceptedRows();

  /**
   * Tells whether the files had no problem at all.
   *
   * @return true when valid
   */
  public boolean isValid() {
    return problems().isEmpty();
  }

  /**
   * Returns the data if the files had no problem.
   *
   * @return every child's care history
   * @throws InvalidInputException listing every problem, if there is any
   */
  public CareData strict() {
    if (!problems().isEmpty()) {
      throw new InvalidInputException(problems());
    }
    return accepted();
  }

  /**
   * Returns every child without a problem, unless the files could not be read at all.
   *
   * @return the accepted children
   * @throws InvalidInputException listing the problems, if the files could not be read as tables
   */
  public CareData lenient() {
    if (fatal()) {
      throw new InvalidInputException(problems());
    }
    return accepted();
  }
}
