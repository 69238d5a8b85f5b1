package org.permanence.adoption;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.permanence.care.CareData;
import org.permanence.child.ChildId;
import org.permanence.input.CsvInput;
import org.permanence.input.DateText;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;

/**
 * Reads an adoption CSV: the columns {@code CHILD,DATE_INT,DATE_MATCH} of the SSDA903 adoption
 * table, one row for each child, such as {@code C000002,2023-06-01,2023-08-15}.
 *
 * <ul>
 *   <li>{@code CHILD}: the child's identifier, as in the SSDA903 files;
 *   <li>{@code DATE_INT}: the date of the decision that the child should be placed for adoption,
 *       in either date form, or empty;
 *   <li>{@code DATE_MATCH}: the date the child was matched with the adoptive family, in either
 *       date form, or empty.
 * </ul>
 *
 * <p>Each row must name a child of the care data (one of its header file), and each child once.
 * The file is read as every input is ({@link CsvInput}): headers in any case and order, extra
 * columns ignored; and every problem is reported with its line and column. Messages give only the
 * row's own cells, as written, never a date of birth.
 */
public final class AdoptionRecords {

  static final List<String> COLUMNS = List.of("CHILD", "DATE_INT", "DATE_MATCH");

  private AdoptionRecords() {}

  /**
   * Reads an adoption file and checks it against the care data.
   *
   * @param file the adoption CSV
   * @param data the children's data, whose children the file may name
   * @return the records, in the file's order
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static List<AdoptionRecord> read(Path file, CareData data) {
    return read(InputFile.of(file), data);
  }

  /**
   * Reads an adoption file and checks it against the care data.
   *
   * @param file the adoption CSV
   * @param data the children's data, whose children the file may name
   * @return the records, in the file's order
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static List<AdoptionRecord> read(InputFile file, CareData data) {
    requireNonNull(file, "file");
    requireNonNull(data, "data");
    List<InputProblem> problems = new ArrayList<>();
    CsvInput input = CsvInput.open(file, COLUMNS, problems);
    if (input == null) {
      throw new InvalidInputException(problems);
    }
    int childColumn = input.index("CHILD");
    int decisionColumn = input.index("DATE_INT");
    int matchColumn = input.index("DATE_MATCH");
    List<AdoptionRecord> records = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    input.readCells(text -> {
      long line = text.line();
      if (!text.fits()) {
        problems.add(InputProblem.ofFile(file.name(), line, "the row has " + text.cellCount()
            + " cells; expected " + input.names().size() + ", one for each column of the header"));
        return;
      }
      int before = problems.size();
      String id = text.text(childColumn);
      if (id.isEmpty()) {
        problems.add(InputProblem.ofCell(file.name(), line, "CHILD", id, "empty; expected a child's identifier"));
      } else {
        Long first = lines.putIfAbsent(id, line);
        if (first != null) {
          problems.add(InputProblem.ofCell(file.name(), line, "CHILD", id, "child " + id
              + " has an adoption record already (on line " + first + "); expected one row for each child"));
        }
        if (data.find(ChildId.of(id)).isEmpty()) {
          problems.add(InputProblem.ofCell(file.name(), line, "CHILD", id, "no child " + id
              + " in the SSDA903 header file; expected a child of the care data"));
        }
      }
      Optional<LocalDate> decision = date(file, line, "DATE_INT", text.text(decisionColumn), problems);
      Optional<LocalDate> match = date(file, line, "DATE_MATCH", text.text(matchColumn), problems);
      if (problems.size() > before) {
        return;
      }
      records.add(AdoptionRecord.of(ChildId.of(id), decision, match));
    }, problems);
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Long.compare(a.line(), b.line()));
      throw new InvalidInputException(problems);
    }
    return records;
  }

  /** The date of an optional cell: empty when the cell is; a problem when it is not a date. */
  private static Optional<LocalDate> date(InputFile file, long line, String column, String cell,
      List<InputProblem> problems) {
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = DateText.parse(cell);
    if (date.isEmpty()) {
      problems.add(InputProblem.ofCell(file.name(), line, column, cell,
          "not a date; expected " + DateText.EXPECTED + ", or an empty cell if not recorded"));
    }
    return date;
  }
}
