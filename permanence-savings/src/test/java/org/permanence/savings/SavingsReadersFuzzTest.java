package org.permanence.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.permanence.adoption.AdoptionRecords;
import org.permanence.care.CareData;
import org.permanence.exit.RouteTable;
import org.permanence.exit.RouteTables;
import org.permanence.input.InputFile;
import org.permanence.input.InvalidInputException;
import org.permanence.pipeline.PlannedExits;
import org.permanence.ssda903.Ssda903Reader;
import org.permanence.support.SupportCards;
import org.permanence.targets.Targets;
import org.permanence.testkit.CsvMutant;
import org.permanence.testkit.CsvMutants;
import org.permanence.testkit.FuzzTries;

/**
 * The readers of the savings module (support cards, planned exits, targets, adoption records and
 * route tables) fed mutants of small valid files ({@link CsvMutants}): each answers every file with
 * what it reads or with problems, each on a line of the file, and never throws anything else. Run
 * deeper with {@code -Dfuzz.tries=N} ({@link FuzzTries}).
 */
class SavingsReadersFuzzTest {

  private static final LocalDate AS_AT = LocalDate.of(2025, 12, 31);

  /** Children in care at the as-at date, one who left by special guardianship, one adopted. */
  private static final CareData DATA = Ssda903Reader.strict().read(
      InputFile.ofText("header.csv", String.join("\n",
          "CHILD,SEX,DOB",
          "C1,1,2015-03-01",
          "C2,2,29/02/2016",
          "C3,F,2010-06-15",
          "C4,M,2012-01-01",
          "C5,1,2019-08-08",
          "C6,2,2008-01-01",
          "")),
      InputFile.ofText("episodes.csv", String.join("\n",
          "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE",
          "C1,2024-05-01,S,C2,N1,U4,PR1,2024-09-01,X1,",
          "C1,2024-09-01,P,C2,N1,U5,PR4,,,CARPL",
          "C2,2025-01-10,S,E1,N1,A5,PR1,,,",
          "C3,2023-04-01,S,C2,N2,U1,PR0,,,",
          "C4,2022-06-01,S,C2,N4,K2,PR2,2023-06-01,E45,",
          "C4,2024-02-01,S,C2,N4,U4,PR1,,,",
          "C5,2025-11-01,S,C2,N1,U6,,,,",
          "C6,2020-01-01,S,C2,N1,U4,PR1,2024-03-01,E11,",
          "")))
      .strict();

  /** Weekly and one-off rows, by route and by any route, age bands, both date forms. */
  static final String SUPPORT = String.join("\n",
      "route,kind,min_age,max_age,effective_from,amount",
      "SGO,weekly,0,10,2015-04-01,150.00",
      "SGO,weekly,11,17,2015-04-01,190",
      "SGO,weekly,0,10,01/04/2024,161.50",
      "SGO,one-off,,,2015-04-01,1500",
      "CAO,weekly,,,2015-04-01,120",
      "ADOPTION,one-off,,,1/4/2015,2500.00",
      "*,one-off,,,2015-04-01,0",
      "");

  /** A planned exit for each child in care, every route and status, in either case and date form. */
  static final String PLANNED = String.join("\n",
      "child,planned_exit_date,route,status",
      "C1,2026-02-16,SGO,scheduled",
      "C2,02/02/2026,ADOPTION,scheduled",
      "C3,2026-03-09,CAO,assessing",
      "C4,2026-01-26,RETURN_HOME,Assessing",
      "C5,2026-06-15,sgo,scheduled",
      "");

  /** Every measure, a route of the council's own table among them. */
  static final String TARGETS = String.join("\n",
      "measure,financial_year,target",
      "exits,2025-26,15",
      "exits:ADOPTION,2025-26,5",
      "exits:KINSHIP,2024-25,6",
      "net_saving,2025-26,350000.50",
      "mean_days,2025-26,600.5",
      "exits,2026-27,0",
      "");

  /** Records with both dates, one date, none. */
  static final String ADOPTION = String.join("\n",
      "CHILD,DATE_INT,DATE_MATCH",
      "C6,2023-06-01,2023-09-15",
      "C2,01/08/2025,",
      "C4,,",
      "");

  /** The default routes, and a route of the council's own. */
  static final String ROUTES = String.join("\n",
      "rec,route",
      "E11,ADOPTION",
      "E12,ADOPTION",
      "E45,SGO",
      "E46,SGO",
      "E41,CAO",
      "E4A,RETURN_HOME",
      "E4B,KINSHIP",
      "");

  private static final RouteTable COUNCIL_ROUTES = RouteTables.read(CsvMutants.unchanged(ROUTES).file("routes.csv"));

  @Test
  void theFilesMutatedAreValid() {
    assertThat(SupportCards.read(CsvMutants.unchanged(SUPPORT).file("support.csv")).rows()).hasSize(7);
    assertThat(PlannedExits.read(CsvMutants.unchanged(PLANNED).file("planned.csv"), RouteTable.DEFAULT, DATA, AS_AT))
        .hasSize(5);
    assertThat(Targets.read(CsvMutants.unchanged(TARGETS).file("targets.csv"), COUNCIL_ROUTES)).hasSize(6);
    assertThat(AdoptionRecords.read(CsvMutants.unchanged(ADOPTION).file("adoption.csv"), DATA)).hasSize(3);
    assertThat(COUNCIL_ROUTES.routes()).hasSize(5);
  }

  /**
   * Reads a mutant, asserting that the reader gives a value or problems on lines of the file,
   * and collects which.
   */
  private static void assertReadOrPlaced(CsvMutant mutant, String name, Function<InputFile, ?> reader) {
    String outcome;
    try {
      assertThat(reader.apply(mutant.file(name))).isNotNull();
      // a file that is not UTF-8 is never read with characters silently changed
      assertThat(mutant.lineNotUtf8()).isEmpty();
      outcome = "accepted";
    } catch (InvalidInputException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
        assertThat(problem.file()).isEqualTo(name);
        mutant.assertPlaced(problem);
        assertThat(problem.message()).isNotBlank();
        problem.column().ifPresent(column -> assertThat(column).isNotBlank());
      });
      outcome = "problems";
    }
    Statistics.label("outcome").collect(outcome).coverage(check -> {
      check.check("accepted").count(n -> n > 0);
      check.check("problems").count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<CsvMutant> supportCards() {
    return CsvMutants.of(SUPPORT);
  }

  @Property(tries = 150)
  @AddLifecycleHook(FuzzTries.class)
  void aSupportCardIsReadOrItsProblemsAreOnItsLines(@ForAll("supportCards") CsvMutant card) {
    assertReadOrPlaced(card, "support.csv", SupportCards::read);
  }

  @Provide
  Arbitrary<CsvMutant> plannedExits() {
    return CsvMutants.of(PLANNED);
  }

  @Property(tries = 150)
  @AddLifecycleHook(FuzzTries.class)
  void plannedExitsAreReadOrTheirProblemsAreOnTheirLines(@ForAll("plannedExits") CsvMutant planned) {
    assertReadOrPlaced(planned, "planned.csv", file -> PlannedExits.read(file, RouteTable.DEFAULT, DATA, AS_AT));
  }

  @Provide
  Arbitrary<CsvMutant> targets() {
    return CsvMutants.of(TARGETS);
  }

  @Property(tries = 150)
  @AddLifecycleHook(FuzzTries.class)
  void targetsAreReadOrTheirProblemsAreOnTheirLines(@ForAll("targets") CsvMutant targets) {
    assertReadOrPlaced(targets, "targets.csv", file -> Targets.read(file, COUNCIL_ROUTES));
  }

  @Provide
  Arbitrary<CsvMutant> adoptionRecords() {
    return CsvMutants.of(ADOPTION);
  }

  @Property(tries = 150)
  @AddLifecycleHook(FuzzTries.class)
  void adoptionRecordsAreReadOrTheirProblemsAreOnTheirLines(@ForAll("adoptionRecords") CsvMutant records) {
    assertReadOrPlaced(records, "adoption.csv", file -> AdoptionRecords.read(file, DATA));
  }

  @Provide
  Arbitrary<CsvMutant> routeTables() {
    return CsvMutants.of(ROUTES);
  }

  @Property(tries = 150)
  @AddLifecycleHook(FuzzTries.class)
  void aRouteTableIsReadOrItsProblemsAreOnItsLines(@ForAll("routeTables") CsvMutant table) {
    assertReadOrPlaced(table, "routes.csv", RouteTables::read);
  }
}
