package org.permanence.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.exit.Route;
import org.permanence.exit.RouteTable;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.time.FinancialYear;

class TargetsTest {

  private static List<Target> read(String text, RouteTable routes) {
    return Targets.read(InputFile.ofText("targets.csv", text), routes);
  }

  private static List<InputProblem> problems(String text) {
    return catchThrowableOfType(InvalidInputException.class,
        () -> read(text, RouteTable.DEFAULT)).problems();
  }

  @Test
  void readsEveryMeasureInAnyCaseAndColumnOrder() {
    List<Target> targets = read(String.join("\n",
        "TARGET,Measure,financial_year",
        "15,exits,2025-26",
        "6,Exits:sgo,2025-26",
        "180000.00,net_saving,2025-26",
        "420.5,MEAN_DAYS,2025-26",
        "12,exits,2024-25",
        ""), RouteTable.DEFAULT);

    assertThat(targets).extracting(t -> t.measure().toString(), t -> t.year().toString(),
            t -> t.target().toPlainString(), t -> t.source().orElse(""))
        .containsExactly(
            tuple("exits", "2025-26", "15", "targets.csv line 2"),
            tuple("exits:SGO", "2025-26", "6", "targets.csv line 3"),
            tuple("net_saving", "2025-26", "180000.00", "targets.csv line 4"),
            tuple("mean_days", "2025-26", "420.5", "targets.csv line 5"),
            tuple("exits", "2024-25", "12", "targets.csv line 6"));
    assertThat(targets.get(1).measure()).isEqualTo(Measure.exits(Route.SGO));
    assertThat(targets.get(3).measure().lowerIsBetter()).isTrue();
    assertThat(targets.get(4).year()).isEqualTo(FinancialYear.of(2024));
  }

  @Test
  void aCouncilsOwnRouteCanHaveATarget() {
    RouteTable kinship = RouteTable.of(Map.of(ReasonEpisodeCeased.E4B, Route.of("KINSHIP")));

    assertThat(read("measure,financial_year,target\nexits:KINSHIP,2025-26,3\n", kinship))
        .singleElement().satisfies(t -> assertThat(t.measure().route()).contains(Route.of("KINSHIP")));
  }

  @Test
  void everyProblemIsReportedWithItsLineAndColumn() {
    List<InputProblem> problems = problems(String.join("\n",
        "measure,financial_year,target",
        "exits,2025-26,15",          // line 2: fine
        "adoptions,2025-26,4",       // line 3: not a measure
        "exits:KINSHIP,2025-26,3",   // line 4: not a route of the default table
        "exits,2025/26,15",          // line 5: not a year
        "exits,2025-26,15.5",        // line 6: exits are whole
        "net_saving,2025-26,£180k",  // line 7: not written plainly
        "mean_days,2025-26,-5",      // line 8: negative
        "exits,2025-26,16",          // line 9: exits in 2025-26 again
        "net_saving:SGO,2025-26,1",  // line 10: only exits are by route
        "exits,2025-26",             // line 11: too few cells
        ""));

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""))
        .containsExactly(
            tuple(3L, "measure"),
            tuple(4L, "measure"),
            tuple(5L, "financial_year"),
            tuple(6L, "target"),
            tuple(7L, "target"),
            tuple(8L, "target"),
            tuple(9L, "measure"),
            tuple(10L, "measure"),
            tuple(11L, ""));
    assertThat(problems.get(1).message()).contains("ADOPTION, CAO, RETURN_HOME, SGO");
    assertThat(problems.get(3).message()).contains("whole number");
    assertThat(problems.get(6).message()).contains("first on line 2");
  }

  @Test
  void aMissingColumnIsAProblemOfTheHeader() {
    assertThat(problems("measure,target\nexits,15\n")).singleElement()
        .satisfies(problem -> {
          assertThat(problem.line()).isEqualTo(1);
          assertThat(problem.message()).containsIgnoringCase("financial_year");
        });
  }
}
