package org.permanence.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @Test
  void anEmptyCellIsSaidToBeEmpty() {
    List<InputProblem> problems = problems("measure,financial_year,target\n,2025-26,15\nexits,,15\nexits,2025-26,\n"
        + "net_saving,2025-26,\n");

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""), InputProblem::message)
        .containsExactly(
            tuple(2L, "measure", "empty; expected exits, exits:ROUTE (one of: ADOPTION, CAO, RETURN_HOME, SGO),"
                + " net_saving or mean_days"),
            tuple(3L, "financial_year", "empty; expected a year written as 2025-26"),
            tuple(4L, "target", "empty; expected a whole number of exits, zero or more, such as 15"),
            tuple(5L, "target", "empty; expected a number, zero or more, written plainly, such as 180000 or 420.5"));
    assertThat(problems("measure,financial_year,target\nadoptions,2025/26,x\n"))
        .extracting(InputProblem::message)
        .allSatisfy(message -> assertThat(message).doesNotStartWith("empty"))
        .extracting(message -> message.substring(0, message.indexOf(';')))
        .containsExactly("not a measure", "not a financial year", "not a target");
  }

  @Test
  void targetsAreReadFromAFile(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("targets.csv"), "measure,financial_year,target\nexits,2025-26,0\n");

    // a target of zero is allowed
    assertThat(Targets.read(file, RouteTable.DEFAULT)).singleElement()
        .satisfies(target -> assertThat(target.target()).isZero());
  }

  @Test
  void aMeasureByRouteIsOnlyOfExits() {
    assertThat(Measure.parse(" Exits : sgo ")).isEqualTo(Measure.exits(Route.SGO));
    assertThatIllegalArgumentException().isThrownBy(() -> Measure.parse(":SGO"))
        .withMessage("only exits can be by route, as exits:SGO");
    assertThatIllegalArgumentException().isThrownBy(() -> Measure.parse("mean_days:SGO"))
        .withMessage("only exits can be by route, as exits:SGO");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableMeasure.builder().kind(Measure.Kind.NET_SAVING).route(Route.SGO).build())
        .withMessage("only exits can be by route");
    assertThat(ImmutableMeasure.builder().kind(Measure.Kind.EXITS).route(Route.SGO).build())
        .isEqualTo(Measure.exits(Route.SGO));
  }

  @Test
  void aTargetIsZeroOrMore() {
    assertThat(Target.of(Measure.EXITS, FinancialYear.of(2025), BigDecimal.ZERO).target()).isZero();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Target.of(Measure.EXITS, FinancialYear.of(2025), new BigDecimal("-0.01")))
        .withMessageContaining("-0.01");
  }
}
