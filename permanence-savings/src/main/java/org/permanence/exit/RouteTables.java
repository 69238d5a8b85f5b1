package org.permanence.exit;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.input.CsvInput;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;

/**
 * Reads a route table CSV: the columns {@code rec,route}, one row for each reason for ceasing
 * that is an exit, such as {@code E45,SGO}. The table replaces the default one whole: a reason not
 * listed is not an exit.
 *
 * <p>The file is read as every input is ({@link CsvInput}). Every problem is reported with its
 * line and column: an unknown REC code, {@code X1} (which continues a period of care, so is never
 * an exit), a route that is not a name of capital letters, digits and underscores, or a reason
 * listed twice (naming both lines).
 */
public final class RouteTables {

  static final List<String> COLUMNS = List.of("REC", "ROUTE");

  private RouteTables() {}

  /**
   * Reads a route table file.
   *
   * @param file the route table CSV
   * @return the table
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static RouteTable read(Path file) {
    return read(InputFile.of(file));
  }

  /**
   * Reads a route table file.
   *
   * @param file the route table CSV
   * @return the table
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static RouteTable read(InputFile file) {
    requireNonNull(file, "file");
    List<InputProblem> problems = new ArrayList<>();
    CsvInput input = CsvInput.open(file, COLUMNS, problems);
    if (input == null) {
      throw new InvalidInputException(problems);
    }
    int rec = input.index("REC");
    int route = input.index("ROUTE");
    Map<ReasonEpisodeCeased, Route> routes = new EnumMap<>(ReasonEpisodeCeased.class);
    Map<ReasonEpisodeCeased, Long> lines = new EnumMap<>(ReasonEpisodeCeased.class);
    input.readCells(text -> {
      long line = text.line();
      if (!text.fits()) {
        problems.add(InputProblem.ofFile(file.name(), line, "the row has " + text.cellCount()
            + " cells; expected " + input.names().size() + ", one for each column of the header"));
        return;
      }
      String code = text.text(rec);
      String name = text.text(route);
      Optional<ReasonEpisodeCeased> reason = ReasonEpisodeCeased.find(code);
      if (code.isEmpty()) {
        problems.add(InputProblem.ofCell(file.name(), line, "rec", "",
            "empty; expected a reason for ceasing (REC) such as E45"));
      } else if (reason.isEmpty()) {
        problems.add(InputProblem.ofCell(file.name(), line, "rec", code,
            "unknown code; expected one of: " + ReasonEpisodeCeased.validCodes()));
      } else if (reason.get() == ReasonEpisodeCeased.X1) {
        problems.add(InputProblem.ofCell(file.name(), line, "rec", code, RouteTable.X1_IS_NOT_AN_EXIT));
      }
      Route named = null;
      try {
        named = Route.of(name);
      } catch (IllegalArgumentException e) {
        problems.add(InputProblem.ofCell(file.name(), line, "route", name,
            (name.isEmpty() ? "empty" : "not a route name")
                + "; expected capital letters, digits and underscores, such as SGO or RETURN_HOME"));
      }
      if (reason.isPresent() && reason.get() != ReasonEpisodeCeased.X1 && named != null) {
        Long first = lines.putIfAbsent(reason.get(), line);
        if (first != null) {
          problems.add(InputProblem.ofCell(file.name(), line, "rec", code, "the reason is listed twice (first on line "
              + first + "); expected each reason for ceasing once"));
        } else {
          routes.put(reason.get(), named);
        }
      }
    }, problems);
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Long.compare(a.line(), b.line()));
      throw new InvalidInputException(problems);
    }
    return RouteTable.of(routes);
  }
}
