package org.permanence.targets;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.permanence.exit.Route;
import org.permanence.exit.RouteTable;
import org.permanence.input.CsvInput;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.input.NumberText;
import org.permanence.time.FinancialYear;

/**
 * Reads a targets CSV: the columns {@code measure,financial_year,target}, such as
 * {@code exits,2025-26,15}.
 *
 * <ul>
 *   <li>{@code measure}: {@code exits}, {@code exits:ROUTE} with a route of the route table,
 *       {@code net_saving} or {@code mean_days}, in any case;
 *   <li>{@code financial_year}: written {@code 2025-26};
 *   <li>{@code target}: zero or more, written plainly: a whole number of exits, pounds
 *       ({@code 180000} or {@code 180000.00}) or days ({@code 420.5}).
 * </ul>
 *
 * <p>Each measure and year is given once. The file is read as every input is ({@link CsvInput}),
 * and every problem is reported with its line and column.
 */
public final class Targets {

  static final List<String> COLUMNS = List.of("MEASURE", "FINANCIAL_YEAR", "TARGET");

  private static final Pattern WHOLE = Pattern.compile("[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private Targets() {}

  /**
   * Reads a targets file.
   *
   * @param file the targets CSV
   * @param routes the route table whose routes the file may name
   * @return the targets, in the file's order
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static List<Target> read(Path file, RouteTable routes) {
    return read(InputFile.of(file), routes);
  }

  /**
   * Reads a targets file.
   *
   * @param file the targets CSV
   * @param routes the route table whose routes the file may name
   * @return the targets, in the file's order
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static List<Target> read(InputFile file, RouteTable routes) {
    requireNonNull(file, "file");
    requireNonNull(routes, "routes");
    List<InputProblem> problems = new ArrayList<>();
    CsvInput input = CsvInput.open(file, COLUMNS, problems);
    if (input == null) {
      throw new InvalidInputException(problems);
    }
    int measureColumn = input.index("MEASURE");
    int yearColumn = input.index("FINANCIAL_YEAR");
    int targetColumn = input.index("TARGET");
    String named = routes.routes().stream().map(Route::name).sorted().collect(Collectors.joining(", "));
    List<Target> targets = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    input.readCells(text -> {
      long line = text.line();
      if (!text.fits()) {
        problems.add(InputProblem.ofFile(file.name(), line, "the row has " + text.cellCount()
            + " cells; expected " + input.names().size() + ", one for each column of the header"));
        return;
      }
      int before = problems.size();
      String measureText = text.text(measureColumn);
      Measure measure = null;
      try {
        measure = Measure.parse(measureText);
        if (measure.route().isPresent() && !routes.routes().contains(measure.route().get())) {
          problems.add(InputProblem.ofCell(file.name(), line, "measure", measureText,
              "not a route of the route table; expected exits:ROUTE with one of: " + named));
          measure = null;
        }
      } catch (IllegalArgumentException e) {
        problems.add(InputProblem.ofCell(file.name(), line, "measure", measureText,
            (measureText.isEmpty() ? "empty" : "not a measure") + "; expected exits, exits:ROUTE"
                + " (one of: " + named + "), net_saving or mean_days"));
      }
      String yearText = text.text(yearColumn);
      FinancialYear year = null;
      try {
        year = FinancialYear.parse(yearText);
      } catch (IllegalArgumentException e) {
        problems.add(InputProblem.ofCell(file.name(), line, "financial_year", yearText,
            (yearText.isEmpty() ? "empty" : "not a financial year")
                + "; expected a year written as 2025-26"));
      }
      String targetText = text.text(targetColumn);
      boolean exits = measure != null && measure.kind() == Measure.Kind.EXITS;
      boolean number = (exits ? WHOLE : DECIMAL).matcher(targetText).matches();
      // checked before the number is read, which would take seconds for a cell of a million digits
      if (!number || NumberText.isTooLong(targetText)) {
        problems.add(InputProblem.ofCell(file.name(), line, "target", targetText,
            (targetText.isEmpty() ? "empty" : number ? NumberText.TOO_LONG : "not a target") + "; expected "
                + (exits ? "a whole number of exits, zero or more, such as 15"
                    : "a number, zero or more, written plainly, such as 180000 or 420.5")));
      }
      if (problems.size() > before) {
        return;
      }
      String key = measure + " " + year;
      Long first = lines.putIfAbsent(key, line);
      if (first != null) {
        problems.add(InputProblem.ofCell(file.name(), line, "measure", measureText, "the target for " + measure + " in "
            + year + " is given twice (first on line " + first + "); expected one for each measure and year"));
        return;
      }
      targets.add(Target.of(measure, year, new BigDecimal(targetText), file.name() + " line " + line));
    }, problems);
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Long.compare(a.line(), b.line()));
      throw new InvalidInputException(problems);
    }
    return targets;
  }
}
