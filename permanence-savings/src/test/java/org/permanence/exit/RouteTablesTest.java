package org.permanence.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;

class RouteTablesTest {

  private static RouteTable read(String text) {
    return RouteTables.read(InputFile.ofText("routes.csv", text));
  }

  private static List<InputProblem> problems(String text) {
    try {
      read(text);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("expected the table to be refused");
  }

  @Test
  void x1IsNeverAnExitForItContinuesAPeriodOfCare() {
    assertThat(problems("rec,route\nE45,SGO\nX1,SGO\n")).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(3);
      assertThat(problem.column()).contains("rec");
      assertThat(problem.message()).contains("never an exit");
    });
    assertThatThrownBy(() -> RouteTable.of(Map.of(
        ReasonEpisodeCeased.X1, Route.SGO)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X1");
  }

  @Test
  void aTableReplacesTheDefaultWhole() {
    RouteTable table = read("route,REC\nSGO,E45\nKINSHIP,E41\n");

    assertThat(table.route(ReasonEpisodeCeased.E45)).contains(Route.SGO);
    assertThat(table.route(ReasonEpisodeCeased.E41)).contains(Route.of("KINSHIP"));
    // not listed, so not an exit, though the default table names it
    assertThat(table.route(ReasonEpisodeCeased.E11)).isEmpty();
  }

  @Test
  void theDefaultTableWrittenOutReadsBackTheSame() {
    StringBuilder text = new StringBuilder("rec,route\n");
    RouteTable.DEFAULT.asMap().forEach((reason, route) -> text.append(reason.code()).append(',').append(route).append('\n'));

    assertThat(read(text.toString())).isEqualTo(RouteTable.DEFAULT);
  }

  @Test
  void everyProblemIsListedWithItsLine() {
    List<InputProblem> problems = problems(String.join("\n",
        "rec,route",
        "E45,SGO",      // line 2
        "E99,SGO",      // line 3: unknown code
        "E41,cao",      // line 4: not a route name
        ",SGO",         // line 5: empty REC
        "E45,ADOPTION", // line 6: E45 again
        "E11",          // line 7: a cell short
        ""));

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""))
        .containsExactly(
            tuple(3L, "rec"),
            tuple(4L, "route"),
            tuple(5L, "rec"),
            tuple(6L, "rec"),
            tuple(7L, ""));
    assertThat(problems.get(0).message()).contains("unknown code");
    assertThat(problems.get(3).message()).contains("first on line 2");
  }

  @Test
  void aFileWithoutTheColumnsIsRefused() {
    assertThatThrownBy(() -> read("reason,route\nE45,SGO\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("REC");
  }

  @Test
  void aTableIsReadFromAFile(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("routes.csv"), "rec,route\nE45,SGO\nE41,CAO\n");

    assertThat(RouteTables.read(file)).isEqualTo(RouteTable.of(Map.of(
        ReasonEpisodeCeased.E45, Route.SGO, ReasonEpisodeCeased.E41, Route.CAO)));
  }

  @Test
  void aRowAlreadyWrongIsNotTheFirstOfAPair() {
    // line 2's route is no route, and X1 is never an exit: neither counts as the reason listed, so
    // lines 3 and 5 are not said to list a reason twice
    assertThat(problems("rec,route\nE45,sgo\nE45,SGO\nX1,SGO\nX1,SGO\n"))
        .extracting(InputProblem::line, problem -> problem.column().orElse(""))
        .containsExactly(tuple(2L, "route"), tuple(4L, "rec"), tuple(5L, "rec"));
    assertThat(problems("rec,route\nE45,sgo\nE45,SGO\nX1,SGO\nX1,SGO\n"))
        .noneMatch(problem -> problem.message().contains("twice"));
  }

  @Test
  void anEmptyRouteIsSaidToBeEmpty() {
    assertThat(problems("rec,route\nE45,\nE46,sgo\n")).extracting(InputProblem::line,
            problem -> problem.message().substring(0, problem.message().indexOf(';')))
        .containsExactly(tuple(2L, "empty"), tuple(3L, "not a route name"));
  }
}
