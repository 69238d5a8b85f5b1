package org.permanence.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.permanence.care.CareData;
import org.permanence.child.ChildId;
import org.permanence.exit.Route;
import org.permanence.exit.RouteTable;
import org.permanence.input.CsvInput;
import org.permanence.input.DateText;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;

/**
 * Reads a planned-exits CSV: the columns {@code child,planned_exit_date,route,status}, one row for
 * each child expected to leave care.
 *
 * <ul>
 *   <li>{@code child}: the child's identifier, as in the SSDA903 files;
 *   <li>{@code planned_exit_date}: the first day out of care, in either date form;
 *   <li>{@code route}: a route of the route table ({@code ADOPTION}, {@code SGO}, {@code CAO},
 *       {@code RETURN_HOME} by default), in any case;
 *   <li>{@code status}: {@code scheduled} (the order or return is arranged) or {@code assessing}
 *       (carers are being assessed), in any case.
 * </ul>
 *
 * <p>Each row must name a child in care (an open period of care) at the as-at date, with a date
 * after the as-at date and before the child's 18th birthday, and each child once. The file is read
 * as every input is ({@link CsvInput}), and every problem is reported with its line and column.
 */
public final class PlannedExits {

  static final List<String> COLUMNS = List.of("CHILD", "PLANNED_EXIT_DATE", "ROUTE", "STATUS");

  private PlannedExits() {}

  /**
   * Reads a planned-exits file and checks it against the care data.
   *
   * @param file the planned-exits CSV
   * @param routes the route table whose routes the file may name
   * @param data the children's data
   * @param asAt the as-at date: every planned exit is after it
   * @return the planned exits, in the file's order
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static List<PlannedExit> read(Path file, RouteTable routes, CareData data, LocalDate asAt) {
    return read(InputFile.of(file), routes, data, asAt);
  }

  /**
   * Reads a planned-exits file and checks it against the care data.
   *
   * @param file the planned-exits CSV
   * @param routes the route table whose routes the file may name
   * @param data the children's data
   * @param asAt the as-at date: every planned exit is after it
   * @return the planned exits, in the file's order
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static List<PlannedExit> read(InputFile file, RouteTable routes, CareData data, LocalDate asAt) {
    requireNonNull(file, "file");
    requireNonNull(routes, "routes");
    requireNonNull(data, "data");
    requireNonNull(asAt, "asAt");
    List<InputProblem> problems = new ArrayList<>();
    CsvInput input = CsvInput.open(file, COLUMNS, problems);
    if (input == null) {
      throw new InvalidInputException(problems);
    }
    int child = input.index("CHILD");
    int date = input.index("PLANNED_EXIT_DATE");
    int route = input.index("ROUTE");
    int status = input.index("STATUS");
    String named = routes.routes().stream().map(Route::name).sorted().collect(Collectors.joining(", "));
    List<PlannedExit> plans = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    input.readCells(text -> {
      long line = text.line();
      if (!text.fits()) {
        problems.add(problem(file, line, null, null, null, "the row has " + text.cellCount()
            + " cells; expected " + input.names().size() + ", one for each column of the header"));
        return;
      }
      int before = problems.size();
      String id = text.text(child);
      if (id.isEmpty()) {
        problems.add(problem(file, line, "child", null, null, "empty; expected a child's identifier"));
      }
      String dateText = text.text(date);
      Optional<LocalDate> planned = DateText.parse(dateText);
      if (planned.isEmpty()) {
        problems.add(problem(file, line, "planned_exit_date", dateText.isEmpty() ? null : dateText,
            id, (dateText.isEmpty() ? "empty" : "not a date") + "; expected " + DateText.EXPECTED));
      }
      String routeText = text.text(route);
      Optional<Route> exitRoute = routes.routes().stream()
          .filter(candidate -> candidate.name().equals(routeText.toUpperCase(Locale.ROOT)))
          .findFirst();
      if (exitRoute.isEmpty()) {
        problems.add(problem(file, line, "route", routeText.isEmpty() ? null : routeText, id,
            (routeText.isEmpty() ? "empty" : "not a route of the route table")
                + "; expected one of: " + named));
      }
      String statusText = text.text(status);
      Optional<PlanStatus> sure = PlanStatus.find(statusText);
      if (sure.isEmpty()) {
        problems.add(problem(file, line, "status", statusText.isEmpty() ? null : statusText, id,
            (statusText.isEmpty() ? "empty" : "unknown status") + "; expected scheduled or assessing"));
      }
      if (!id.isEmpty()) {
        Long first = lines.putIfAbsent(id, line);
        if (first != null) {
          problems.add(problem(file, line, "child", id, id, "the child has a planned exit already"
              + " (on line " + first + "); expected one row for each child"));
        }
      }
      // the child and the date are checked against the data whatever else is wrong with the row
      Optional<PipelineCalculator.Problem> unfit = Optional.empty();
      if (!id.isEmpty()) {
        ChildId childId = ChildId.of(id);
        unfit = PipelineCalculator.DEFAULT.childProblem(childId, data, asAt);
        if (unfit.isEmpty() && planned.isPresent()) {
          unfit = PipelineCalculator.DEFAULT.dateProblem(childId, planned.get(), dateText, data, asAt);
        }
      }
      unfit.ifPresent(fault -> problems.add(problem(file, line, fault.column(),
          fault.value().orElse(null), id, fault.message())));
      if (problems.size() > before) {
        return;
      }
      plans.add(PlannedExit.builder().childId(ChildId.of(id)).date(planned.get())
          .route(exitRoute.get()).status(sure.get()).source(file.name() + " line " + line).build());
    }, problems);
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Long.compare(a.line(), b.line()));
      throw new InvalidInputException(problems);
    }
    return plans;
  }

  private static InputProblem problem(InputFile file, long line, String column, String value,
      String child, String message) {
    InputProblem.Builder problem = InputProblem.builder().file(file.name()).line(line).message(message);
    if (column != null) {
      problem.column(column);
    }
    if (value != null) {
      problem.value(value);
    }
    if (child != null && !child.isEmpty()) {
      problem.child(child);
    }
    return problem.build();
  }
}
