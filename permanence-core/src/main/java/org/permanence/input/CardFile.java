package org.permanence.input;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a card file (a rate card, a support card) the one way every card is read: each row's
 * cells checked ({@link CardCells}), then rows that clash with one another, every problem listed
 * with its line, and the rows given only if there is none.
 */
public final class CardFile {

  private CardFile() {}

  /** Reads one row's checked cells into a row of the card. */
  @FunctionalInterface
  public interface RowReader<R> {
    /**
     * Reads a row.
     *
     * @param cells the row's cells, which record each problem found
     * @param columns the index of each of the card's columns, in the order given to {@link #read}
     * @param source where the row is, such as {@code rates.csv line 4}, for explanations
     * @return the row, or null when a problem was recorded
     */
    R read(CardCells cells, int[] columns, String source);
  }

  /**
   * Two rows that clash.
   *
   * @param rowIndex the later row's index among the rows read
   * @param otherIndex the earlier row's index
   * @param message what is wrong, naming both rows
   */
  public record Clash(int rowIndex, int otherIndex, String message) {}

  /**
   * Reads a card file's rows.
   *
   * @param file the file
   * @param columns the card's columns, in upper case
   * @param reader reads each row
   * @param clashes finds the rows that clash, by index
   * @param eachOnce what is expected of clashing rows, such as {@code "one row for each route,
   *     kind, age and effective date"}
   * @param <R> the card's rows
   * @return the rows, in file order
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static <R> List<R> read(InputFile file, List<String> columns, RowReader<R> reader,
      Function<List<R>, List<Clash>> clashes, String eachOnce) {
    requireNonNull(file, "file");
    List<InputProblem> problems = new ArrayList<>();
    CsvInput input = CsvInput.open(file, columns, problems);
    if (input == null) {
      throw new InvalidInputException(problems);
    }
    int[] column = columns.stream().mapToInt(input::index).toArray();
    List<R> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    input.readCells(text -> {
      CardCells cells = new CardCells(file.name(), text, problems);
      if (!cells.fits(input.names().size())) {
        return;
      }
      R row = reader.read(cells, column, file.name() + " line " + text.line());
      if (cells.isClean()) {
        rows.add(row);
        lines.add(text.line());
      }
    }, problems);
    for (Clash clash : clashes.apply(rows)) {
      problems.add(InputProblem.builder().file(file.name()).line(lines.get(clash.rowIndex()))
          .message(clash.message() + " (line " + lines.get(clash.otherIndex()) + "); expected "
              + eachOnce)
          .build());
    }
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Long.compare(a.line(), b.line()));
      throw new InvalidInputException(problems);
    }
    return rows;
  }
}
