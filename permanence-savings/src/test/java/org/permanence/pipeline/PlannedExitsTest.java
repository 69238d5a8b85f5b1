package org.permanence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.exit.Route;
import org.permanence.exit.RouteTable;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;

/**
 * The planned-exits reader. The data are seen as at 31 December 2025; every child is born on 10
 * June 2015 (18 on 10 June 2033) unless said otherwise.
 */
class PlannedExitsTest {

  private static final LocalDate AS_AT = LocalDate.parse("2025-12-31");
  private static final String COLUMNS = "child,planned_exit_date,route,status\n";

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** An episode from {@code start} to {@code end} (exclusive) ending for {@code rec}, or open. */
  private static Episode episode(String id, String start, String end, String rec, LegalStatus status) {
    Episode.Builder episode = Episode.builder()
        .childId(ChildId.of(id))
        .start(date(start))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(status)
        .placementType(PlacementType.U4)
        .placementProvider(PlacementProvider.PR1);
    if (end != null) {
      episode.endExclusive(date(end)).reasonEnded(ReasonEpisodeCeased.of(rec));
    }
    return episode.build();
  }

  private static CareHistory history(String id, String born, Episode... episodes) {
    return CareHistory.of(Child.of(ChildId.of(id), date(born)), List.of(episodes));
  }

  private static CareHistory inCare(String id) {
    return history(id, "2015-06-10", episode(id, "2025-01-01", null, null, LegalStatus.C2));
  }

  private static final CareData DATA = CareData.of(List.of(
      inCare("C1"),
      inCare("C2"),
      inCare("C3"),
      // left care on 1 June 2025, an unplanned return home
      history("ENDED", "2015-06-10", episode("ENDED", "2025-01-01", "2025-06-01", "E4B", LegalStatus.C2)),
      // short breaks only: a V4 stay that ended, and a V3 stay open at the as-at date
      history("BREAKS", "2015-06-10",
          episode("BREAKS", "2025-10-01", "2025-10-04", "E4A", LegalStatus.V4),
          episode("BREAKS", "2025-12-29", null, null, LegalStatus.V3)),
      // born 1 December 2007: 18 on 1 December 2025, before the as-at date, the episode left open
      history("ADULT", "2007-12-01", episode("ADULT", "2024-01-01", null, null, LegalStatus.C2)),
      // born 15 February 2008: 18 on 15 February 2026, after the as-at date
      history("NEAR18", "2008-02-15", episode("NEAR18", "2024-01-01", null, null, LegalStatus.C2)),
      // leaves care by SGO on 1 February 2026, after the as-at date: still in care at it
      history("LEAVING", "2015-06-10", episode("LEAVING", "2025-01-01", "2026-02-01", "E45", LegalStatus.C2)),
      // comes into care only after the as-at date
      history("LATER", "2015-06-10", episode("LATER", "2026-01-05", null, null, LegalStatus.C2))));

  private static List<PlannedExit> read(String rows) {
    return read(rows, RouteTable.DEFAULT);
  }

  private static List<PlannedExit> read(String rows, RouteTable routes) {
    return PlannedExits.read(InputFile.ofText("planned.csv", COLUMNS + rows), routes, DATA, AS_AT);
  }

  private static List<InputProblem> problems(String text, RouteTable routes) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> PlannedExits.read(InputFile.ofText("planned.csv", text), routes, DATA, AS_AT));
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e.problems();
  }

  private static List<InputProblem> problems(String rows) {
    return problems(COLUMNS + rows, RouteTable.DEFAULT);
  }

  // ---------------------------------------------------------------- valid rows

  @Test
  void validRowsAreReadInTheFilesOrderWithTheirSource() {
    List<PlannedExit> plans = read(String.join("\n",
        "C2,2026-03-01,sgo,Scheduled",
        "C1,15/1/2026,Return_Home,ASSESSING",
        "LEAVING,2026-01-20,ADOPTION,scheduled",
        ""));

    assertThat(plans).extracting(p -> p.childId().value(), PlannedExit::date, PlannedExit::route,
            PlannedExit::status, PlannedExit::source)
        .containsExactly(
            tuple("C2", date("2026-03-01"), Route.SGO, PlanStatus.SCHEDULED, Optional.of("planned.csv line 2")),
            tuple("C1", date("2026-01-15"), Route.RETURN_HOME, PlanStatus.ASSESSING, Optional.of("planned.csv line 3")),
            // open at the as-at date: its DEC, after it, was not yet known
            tuple("LEAVING", date("2026-01-20"), Route.ADOPTION, PlanStatus.SCHEDULED,
                Optional.of("planned.csv line 4")));
  }

  @Test
  void columnsComeInAnyOrderAndCaseWithExtraColumnsIgnored() {
    List<PlannedExit> plans = PlannedExits.read(InputFile.ofText("planned.csv",
            "Status,NOTE,Route,CHILD,Planned_Exit_Date\nassessing,kinship carers,CAO,C3,2026-06-30\n"),
        RouteTable.DEFAULT, DATA, AS_AT);

    assertThat(plans).extracting(p -> p.childId().value(), PlannedExit::date, PlannedExit::route,
            PlannedExit::status)
        .containsExactly(tuple("C3", date("2026-06-30"), Route.CAO, PlanStatus.ASSESSING));
  }

  @Test
  void theDayAfterTheAsAtDateAndTheDayBeforeThe18thBirthdayAreAllowed() {
    List<PlannedExit> plans = read("C1,2026-01-01,SGO,scheduled\nNEAR18,2026-02-14,SGO,scheduled\n");

    assertThat(plans).extracting(PlannedExit::date).containsExactly(date("2026-01-01"), date("2026-02-14"));
  }

  @Test
  void aCouncilRouteFromItsOwnTableIsAccepted() {
    RouteTable council = RouteTable.of(Map.of(
        ReasonEpisodeCeased.E41, Route.of("KINSHIP"),
        ReasonEpisodeCeased.E45, Route.SGO));

    List<PlannedExit> plans = read("C1,2026-02-01,kinship,scheduled\n", council);

    assertThat(plans).extracting(PlannedExit::route).containsExactly(Route.of("KINSHIP"));
  }

  @Test
  void aFileWithOnlyTheHeaderHasNoPlans() {
    assertThat(read("")).isEmpty();
  }

  // ---------------------------------------------------------------- problems, one by one

  @Test
  void aMissingColumnIsAProblemOfTheHeader() {
    List<InputProblem> problems = problems("child,planned_exit_date,status\nC1,2026-02-01,scheduled\n",
        RouteTable.DEFAULT);

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("planned.csv");
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.column()).contains("ROUTE");
      assertThat(problem.message()).contains("ROUTE");
    });
  }

  @Test
  void anEmptyOrBadDateIsAProblemOfItsLineAndColumn() {
    List<InputProblem> problems = problems(String.join("\n",
        "C1,,SGO,scheduled",
        "C2,30/02/2026,SGO,scheduled",
        "C3,next spring,SGO,scheduled",
        ""));

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""), p -> p.value().orElse(""),
            p -> p.child().orElse(""))
        .containsExactly(
            tuple(2L, "planned_exit_date", "", "C1"),
            tuple(3L, "planned_exit_date", "30/02/2026", "C2"),
            tuple(4L, "planned_exit_date", "next spring", "C3"));
    assertThat(problems.get(0).message()).startsWith("empty").contains("dd/mm/yyyy").contains("yyyy-mm-dd");
    assertThat(problems.get(1).message()).startsWith("not a date");
  }

  @Test
  void anUnknownRouteListsTheTablesRoutes() {
    List<InputProblem> problems = problems("C1,2026-02-01,LONG_TERM_FOSTERING,scheduled\nC2,2026-02-01,,scheduled\n");

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""), p -> p.value().orElse(""))
        .containsExactly(tuple(2L, "route", "LONG_TERM_FOSTERING"), tuple(3L, "route", ""));
    // the default table's routes, by name
    assertThat(problems).allSatisfy(problem ->
        assertThat(problem.message()).contains("ADOPTION, CAO, RETURN_HOME, SGO"));
  }

  @Test
  void aRouteOfTheDefaultTableIsUnknownToACouncilsOwnTable() {
    RouteTable council = RouteTable.of(Map.of(
        ReasonEpisodeCeased.E41, Route.of("KINSHIP"),
        ReasonEpisodeCeased.E45, Route.SGO));

    List<InputProblem> problems = problems(COLUMNS + "C1,2026-02-01,CAO,scheduled\n", council);

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.column()).contains("route");
      assertThat(problem.value()).contains("CAO");
      assertThat(problem.message()).contains("KINSHIP, SGO").doesNotContain("ADOPTION");
    });
  }

  @Test
  void aBadStatusIsAProblem() {
    List<InputProblem> problems = problems("C1,2026-02-01,SGO,probable\nC2,2026-02-01,SGO,\n");

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""), p -> p.value().orElse(""))
        .containsExactly(tuple(2L, "status", "probable"), tuple(3L, "status", ""));
    assertThat(problems).allSatisfy(problem ->
        assertThat(problem.message()).contains("scheduled").contains("assessing"));
  }

  @Test
  void aSecondRowForAChildNamesTheFirstLine() {
    List<InputProblem> problems = problems(String.join("\n",
        "C1,2026-02-01,SGO,scheduled",
        "C2,2026-02-01,SGO,scheduled",
        "C1,2026-03-01,CAO,assessing",
        ""));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(4);
      assertThat(problem.column()).contains("child");
      assertThat(problem.value()).contains("C1");
      assertThat(problem.message()).contains("line 2");
    });
  }

  @Test
  void aChildMissingFromTheDataIsAProblem() {
    List<InputProblem> problems = problems("C9,2026-02-01,SGO,scheduled\n");

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.column()).contains("child");
      assertThat(problem.value()).contains("C9");
      assertThat(problem.message()).contains("C9");
    });
  }

  @Test
  void aChildNotInCareAtTheAsAtDateIsAProblem() {
    List<InputProblem> problems = problems(String.join("\n",
        "ENDED,2026-02-01,SGO,scheduled",   // the period ended in June
        "BREAKS,2026-02-01,SGO,scheduled",  // only short breaks, which are not care
        "ADULT,2026-02-01,SGO,scheduled",   // 18 on 1 December 2025: no longer looked after
        "LATER,2026-02-01,SGO,scheduled",   // in care only from 5 January 2026
        ""));

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""), p -> p.value().orElse(""))
        .containsExactly(
            tuple(2L, "child", "ENDED"),
            tuple(3L, "child", "BREAKS"),
            tuple(4L, "child", "ADULT"),
            tuple(5L, "child", "LATER"));
    assertThat(problems).allSatisfy(problem ->
        assertThat(problem.message()).contains("not in care").contains("2025-12-31"));
  }

  @Test
  void aPlannedDateOnOrBeforeTheAsAtDateIsAProblem() {
    List<InputProblem> problems = problems("C1,2025-12-31,SGO,scheduled\nC2,1/4/2025,SGO,scheduled\n");

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""))
        .containsExactly(tuple(2L, "planned_exit_date"), tuple(3L, "planned_exit_date"));
    assertThat(problems).allSatisfy(problem ->
        assertThat(problem.message()).contains("as-at date 2025-12-31"));
  }

  @Test
  void aPlannedDateOnOrAfterThe18thBirthdayIsAProblem() {
    // NEAR18 turns 18 on 15 February 2026, when care ends anyway
    List<InputProblem> onTheDay = problems("NEAR18,2026-02-15,SGO,scheduled\n");
    List<InputProblem> after = problems("NEAR18,2026-03-01,SGO,scheduled\n");

    for (List<InputProblem> problems : List.of(onTheDay, after)) {
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).contains("planned_exit_date");
        assertThat(problem.message()).contains("18th birthday")
            // the message itself never gives the birthday, nor the date of birth
            .doesNotContain("2026-02-15").doesNotContain("15/02/2026")
            .doesNotContain("2008-02-15").doesNotContain("15/02/2008");
      });
    }
  }

  @Test
  void aPlannedDateOnThe18thBirthdayIsNotEchoedForItWouldGiveAwayTheDateOfBirth() {
    InputProblem problem = problems("NEAR18,15/2/2026,SGO,scheduled\n").get(0);

    assertThat(problem.value()).isEmpty();
    assertThat(problem.toString()).doesNotContain("2026").doesNotContain("2008");
  }

  @Test
  void aDateBeforeTheAsAtDateIsEchoedAsWritten() {
    assertThat(problems("C1,1/4/2025,SGO,scheduled\n")).singleElement()
        .satisfies(problem -> assertThat(problem.value()).contains("1/4/2025"));
  }

  @Test
  void theChildIsCheckedWhateverElseIsWrongWithTheRow() {
    List<InputProblem> problems = problems("GHOST,2026-02-01,SGO,maybe\nC1,2025-06-01,SGO,maybe\n");

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""))
        .containsExactlyInAnyOrder(tuple(2L, "status"), tuple(2L, "child"),
            tuple(3L, "status"), tuple(3L, "planned_exit_date"));
  }

  @Test
  void aRowWithTooFewCellsIsAProblemOfItsLine() {
    List<InputProblem> problems = problems("C1,2026-02-01,SGO\n");

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.message()).contains("3 cells");
    });
  }

  // ---------------------------------------------------------------- privacy

  @Test
  void noProblemGivesADateOfBirthOrAn18thBirthday() {
    // ADULT: born 1 December 2007, 18 on 1 December 2025; NEAR18: born 15 February 2008, 18 on
    // 15 February 2026
    List<InputProblem> problems = problems(String.join("\n",
        "ADULT,2026-02-01,SGO,scheduled",
        "NEAR18,2026-03-01,SGO,scheduled",
        "NEAR18,2026-02-01,SGO,scheduled",
        ""));

    assertThat(problems).hasSize(3);
    for (String secret : List.of("2007-12-01", "01/12/2007", "1/12/2007", "2025-12-01", "01/12/2025",
        "1/12/2025", "2008-02-15", "15/02/2008", "15/2/2008", "2026-02-15", "15/02/2026", "15/2/2026")) {
      assertThat(problems).allSatisfy(problem -> {
        assertThat(problem.message()).doesNotContain(secret);
        assertThat(problem.toString()).doesNotContain(secret);
      });
    }
  }

  // ---------------------------------------------------------------- every problem together

  @Test
  void everyProblemOfTheFileIsReportedTogetherInOrderOfLine() {
    List<InputProblem> problems = problems(String.join("\n",
        "C1,2026-02-01,SGO,scheduled",      // line 2: fine
        "C2,2025-12-01,SGO,scheduled",      // line 3: before the as-at date
        "",                                  // line 4: blank, skipped, but counted
        "C9,2026-02-01,SGO,scheduled",      // line 5: no such child
        "C3,not a date,KINSHIP,maybe",      // line 6: three problems
        "C1,2026-03-01,SGO,scheduled",      // line 7: C1 again
        "ENDED,2026-02-01,CAO,assessing",   // line 8: not in care
        ""));

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""))
        .containsExactly(
            tuple(3L, "planned_exit_date"),
            tuple(5L, "child"),
            tuple(6L, "planned_exit_date"),
            tuple(6L, "route"),
            tuple(6L, "status"),
            tuple(7L, "child"),
            tuple(8L, "child"));
    assertThat(problems).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("planned.csv"));
    assertThat(problems.get(5).message()).contains("line 2");
  }

  @Test
  void theExceptionsMessageListsEveryProblemWithItsLine() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read("C9,2026-02-01,SGO,scheduled\nC1,2026-02-01,NOPE,scheduled\n"));

    assertThat(e.getMessage()).contains("2 problems")
        .contains("planned.csv line 2, column child, value 'C9'")
        .contains("planned.csv line 3, column route, value 'NOPE'");
  }

  @Test
  void anEmptyRouteOrStatusIsSaidToBeEmpty() {
    List<InputProblem> problems = problems("C1,2026-02-01,,scheduled\nC2,2026-02-01,HOME,\nC3,2026-02-01,SGO,soon\n");

    assertThat(problems).extracting(InputProblem::line, p -> p.column().orElse(""), p -> p.message())
        .containsExactly(
            tuple(2L, "route", "empty; expected one of: ADOPTION, CAO, RETURN_HOME, SGO"),
            tuple(3L, "route", "not a route of the route table; expected one of: ADOPTION, CAO, RETURN_HOME, SGO"),
            tuple(3L, "status", "empty; expected scheduled or assessing"),
            tuple(4L, "status", "unknown status; expected scheduled or assessing"));
  }

  @Test
  void plansAreReadFromAFile(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("planned.csv"), COLUMNS + "C1,2026-02-01,SGO,assessing\n");

    assertThat(PlannedExits.read(file, RouteTable.DEFAULT, DATA, AS_AT))
        .extracting(p -> p.childId().value(), PlannedExit::date, PlannedExit::status)
        .containsExactly(tuple("C1", date("2026-02-01"), PlanStatus.ASSESSING));
  }

  @Test
  void aStatusIsWrittenAsTheFileWritesIt() {
    assertThat(PlanStatus.SCHEDULED.code()).isEqualTo("scheduled");
    assertThat(PlanStatus.ASSESSING.code()).isEqualTo("assessing");
    for (PlanStatus status : PlanStatus.values()) {
      assertThat(PlanStatus.find(" " + status.code().toUpperCase() + " ")).contains(status);
    }
    assertThat(PlanStatus.find("probable")).isEmpty();
  }
}
