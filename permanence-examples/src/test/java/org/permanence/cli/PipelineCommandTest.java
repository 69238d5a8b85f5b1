package org.permanence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pipeline}, worked by hand, as at 31 December 2025 (2025-26). U4 with PR1 costs £700 a
 * week (£100 a day), U4 with PR4 £1,400 (£200 a day), K2 £3,500 (£500 a day). An SGO is supported
 * with £140 a week (£20 a day) and £1,000 once; an adoption with £500 once; a return home or a
 * child arrangements order not at all. Every child is born on 10 June 2015.
 */
class PipelineCommandTest {

  private static final String COLUMNS = "child,planned_exit_date,route,status,place,provider,"
      + "financial_year,days,avoided_cost,support_cost,net_saving,present_value";

  private static final String PROJECTION_COLUMNS = "financial_year,target_date,measure,achieved,low,high";

  private static final String RATES = String.join("\n",
      "place,provider,min_age,max_age,effective_from,weekly_cost",
      "U4,PR1,,,2000-01-01,700",
      "U4,PR4,,,2000-01-01,1400",
      "K2,*,,,2000-01-01,3500",
      "");

  private static final String SUPPORT = String.join("\n",
      "route,kind,min_age,max_age,effective_from,amount",
      "SGO,weekly,,,2000-01-01,140",
      "SGO,one-off,,,2000-01-01,1000",
      "ADOPTION,one-off,,,2000-01-01,500",
      "");

  private static final String HEADER = String.join("\n",
      "CHILD,SEX,DOB",
      "C1,1,2015-06-10",
      "C2,2,2015-06-10",
      "C10,1,2015-06-10",
      "E1,1,2015-06-10",
      "E2,2,2015-06-10",
      "E3,1,2015-06-10",
      "");

  // C1: in K2 from 10 January 2024, moved on 1 June 2025 to U4 with PR4, in care; C2 and C10: in
  // U4 with PR1 since 1 January 2025. E1: an SGO on 1 October 2025; E3: a child arrangements order
  // on 1 June 2025; E2: a return home on 15 March 2025, in 2024-25.
  private static final String EPISODES = String.join("\n",
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE",
      "C1,2024-01-10,S,C2,N1,K2,PR1,2025-06-01,X1,",
      "C1,2025-06-01,P,C2,N1,U4,PR4,,,CARPL",
      "C2,2025-01-01,S,C2,N1,U4,PR1,,,",
      "C10,2025-01-01,S,C2,N1,U4,PR1,,,",
      "E1,2025-01-01,S,C2,N1,U4,PR1,2025-10-01,E45,",
      "E2,2025-01-01,S,C2,N1,U4,PR1,2025-03-15,E4A,",
      "E3,2025-01-01,S,C2,N1,U4,PR1,2025-06-01,E41,",
      "");

  // route and status in any case, dates in either form
  private static final String PLANNED = String.join("\n",
      "child,planned_exit_date,route,status",
      "C2,2026-03-01,SGO,scheduled",
      "C1,01/02/2026,adoption,Assessing",
      "C10,2026-03-01,RETURN_HOME,scheduled",
      "");

  @TempDir Path dir;

  private Path header;
  private Path episodes;
  private Path rates;
  private Path support;
  private Path planned;
  private Path out;
  private Path projection;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void files() throws IOException {
    header = write("header.csv", HEADER);
    episodes = write("episodes.csv", EPISODES);
    rates = write("rates.csv", RATES);
    support = write("support.csv", SUPPORT);
    planned = write("planned.csv", PLANNED);
    out = dir.resolve("pipeline.csv");
    projection = dir.resolve("projection.csv");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return PermanenceCommand.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
  }

  /** The pipeline on the files above, as at 31 December 2025, with the given options added. */
  private int pipeline(String... more) {
    List<String> args = new ArrayList<>(List.of("pipeline",
        "--header", header.toString(), "--episodes", episodes.toString(), "--as-at", "2025-12-31",
        "--planned", planned.toString(), "--rates", rates.toString(), "--support", support.toString(),
        "--out", out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  private List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- the rows

  @Test
  void eachPlannedExitIsPricedByFinancialYearFromThePlacementTheChildIsIn() throws IOException {
    int exit = pipeline("--horizon", "full-year", "--discount-rate", "0.035");

    assertThat(exit).as(stderr.toString()).isZero();
    assertThat(stderr.toString()).isEmpty();
    // 364 days from the planned date. C1, adoption from U4 PR4 (200 a day) on 1 February 2026:
    // 28 + 31 = 59 days in 2025-26 (11,800 avoided, 500 once) and 305 in 2026-27 (61,000;
    // 61,000 / 1.035 = 58,937.198... -> 58,937.20). C10, a return home from U4 PR1 (100 a day) on
    // 1 March: 31 days (3,100) and 333 (33,300; / 1.035 = 32,173.913... -> 32,173.91). C2, an SGO
    // from U4 PR1 on 1 March: 3,100 avoided, 31 * 20 + 1,000 = 1,620 support, net 1,480; then
    // 33,300 avoided, 333 * 20 = 6,660 support, net 26,640 (/ 1.035 = 25,739.130... -> 25,739.13).
    // Sorted by planned date, then child as text (C10 before C2), then year.
    assertThat(lines(out)).containsExactly(
        COLUMNS,
        "C1,2026-02-01,ADOPTION,assessing,U4,PR4,2025-26,59,11800.00,500.00,11300.00,11300.00",
        "C1,2026-02-01,ADOPTION,assessing,U4,PR4,2026-27,305,61000.00,0.00,61000.00,58937.20",
        "C10,2026-03-01,RETURN_HOME,scheduled,U4,PR1,2025-26,31,3100.00,0.00,3100.00,3100.00",
        "C10,2026-03-01,RETURN_HOME,scheduled,U4,PR1,2026-27,333,33300.00,0.00,33300.00,32173.91",
        "C2,2026-03-01,SGO,scheduled,U4,PR1,2025-26,31,3100.00,1620.00,1480.00,1480.00",
        "C2,2026-03-01,SGO,scheduled,U4,PR1,2026-27,333,33300.00,6660.00,26640.00,25739.13");
    assertThat(projection).doesNotExist();
  }

  @Test
  void withoutARateThePresentValueIsTheNetSaving() throws IOException {
    assertThat(pipeline("--horizon", "in-year")).as(stderr.toString()).isZero();

    // to 31 March 2026: C1 59 days, C10 and C2 31 days each
    assertThat(lines(out)).containsExactly(
        COLUMNS,
        "C1,2026-02-01,ADOPTION,assessing,U4,PR4,2025-26,59,11800.00,500.00,11300.00,11300.00",
        "C10,2026-03-01,RETURN_HOME,scheduled,U4,PR1,2025-26,31,3100.00,0.00,3100.00,3100.00",
        "C2,2026-03-01,SGO,scheduled,U4,PR1,2025-26,31,3100.00,1620.00,1480.00,1480.00");
  }

  @Test
  void aPlanWithNoSupportCardSavesTheAvoidedCost() throws IOException {
    List<String> args = new ArrayList<>(List.of("pipeline",
        "--header", header.toString(), "--episodes", episodes.toString(), "--as-at", "2025-12-31",
        "--planned", planned.toString(), "--rates", rates.toString(), "--horizon", "weeks:1",
        "--out", out.toString()));

    assertThat(run(args.toArray(new String[0]))).as(stderr.toString()).isZero();

    // a week: 7 * 200 = 1,400 for C1, 7 * 100 = 700 for the others
    assertThat(lines(out)).containsExactly(
        COLUMNS,
        "C1,2026-02-01,ADOPTION,assessing,U4,PR4,2025-26,7,1400.00,0.00,1400.00,1400.00",
        "C10,2026-03-01,RETURN_HOME,scheduled,U4,PR1,2025-26,7,700.00,0.00,700.00,700.00",
        "C2,2026-03-01,SGO,scheduled,U4,PR1,2025-26,7,700.00,0.00,700.00,700.00");
  }

  // ---------------------------------------------------------------- the projection

  /*
   * The exits so far in 2025-26, priced as the planned ones (full-year, 3.5%):
   *   E1, SGO on 1 October 2025 from U4 PR1: 182 days in 2025-26 (18,200 avoided; 182 * 20 + 1,000
   *   = 4,640 support; net 13,560) and 182 in 2026-27 (18,200; 3,640; net 14,560, / 1.035 =
   *   14,067.632... -> 14,067.63): net 28,120, present value 27,627.63.
   *   E3, CAO on 1 June 2025 from U4 PR1: 304 days in 2025-26 (30,400) and 60 in 2026-27 (6,000,
   *   / 1.035 = 5,797.101... -> 5,797.10): net 36,400, present value 36,197.10.
   *   (E2 left on 15 March 2025, in 2024-25.)
   * Achieved: 64,520 net, 63,824.73 present value.
   * The planned exits (the rows of the first test): C10 scheduled 36,400 (35,273.91); C2 scheduled
   * 28,120 (27,219.13); C1 assessing 72,300 (70,237.20).
   */

  @Test
  void theProjectionAt31MarchCountsAchievedLowAndHighInTotalAndByRoute() throws IOException {
    int exit = pipeline("--horizon", "full-year", "--discount-rate", "0.035",
        "--projection", projection.toString());

    assertThat(exit).as(stderr.toString()).isZero();
    // low: 64,520 + 36,400 + 28,120 = 129,040; high: + 72,300 = 201,340. Present values: low
    // 63,824.73 + 35,273.91 + 27,219.13 = 126,317.77; high + 70,237.20 = 196,554.97
    assertThat(lines(projection)).containsExactly(
        PROJECTION_COLUMNS,
        "2025-26,2026-03-31,exits,2,4,5",
        "2025-26,2026-03-31,exits:ADOPTION,0,0,1",
        "2025-26,2026-03-31,exits:CAO,1,1,1",
        "2025-26,2026-03-31,exits:RETURN_HOME,0,1,1",
        "2025-26,2026-03-31,exits:SGO,1,2,2",
        "2025-26,2026-03-31,net_saving,64520.00,129040.00,201340.00",
        "2025-26,2026-03-31,present_value,63824.73,126317.77,196554.97");
    // the rows are written as without --projection
    assertThat(lines(out)).hasSize(7);
  }

  @Test
  void aTargetDateLeavesOutTheExitsPlannedAfterIt() throws IOException {
    int exit = pipeline("--horizon", "full-year", "--discount-rate", "0.035",
        "--projection", projection.toString(), "--target-date", "2026-02-28");

    assertThat(exit).as(stderr.toString()).isZero();
    // only C1, assessing, is planned by 28 February: high 64,520 + 72,300 = 136,820 and
    // 63,824.73 + 70,237.20 = 134,061.93
    assertThat(lines(projection)).containsExactly(
        PROJECTION_COLUMNS,
        "2025-26,2026-02-28,exits,2,2,3",
        "2025-26,2026-02-28,exits:ADOPTION,0,0,1",
        "2025-26,2026-02-28,exits:CAO,1,1,1",
        "2025-26,2026-02-28,exits:RETURN_HOME,0,0,0",
        "2025-26,2026-02-28,exits:SGO,1,1,1",
        "2025-26,2026-02-28,net_saving,64520.00,64520.00,136820.00",
        "2025-26,2026-02-28,present_value,63824.73,63824.73,134061.93");
    // every planned exit is still priced
    assertThat(lines(out)).hasSize(7);
  }

  @Test
  void aTargetDateBeforeTheAsAtDateCountsTheExitsToIt() throws IOException {
    int exit = pipeline("--horizon", "full-year", "--discount-rate", "0.035",
        "--projection", projection.toString(), "--target-date", "2025-09-30");

    assertThat(exit).as(stderr.toString()).isZero();
    // E3 (1 June) only: E1 (1 October) is after the target, and every plan after the as-at date
    assertThat(lines(projection)).containsExactly(
        PROJECTION_COLUMNS,
        "2025-26,2025-09-30,exits,1,1,1",
        "2025-26,2025-09-30,exits:ADOPTION,0,0,0",
        "2025-26,2025-09-30,exits:CAO,1,1,1",
        "2025-26,2025-09-30,exits:RETURN_HOME,0,0,0",
        "2025-26,2025-09-30,exits:SGO,0,0,0",
        "2025-26,2025-09-30,net_saving,36400.00,36400.00,36400.00",
        "2025-26,2025-09-30,present_value,36197.10,36197.10,36197.10");
  }

  @Test
  void theProjectionHasARowForEachRouteOfTheTableByName() throws IOException {
    Path routes = write("routes.csv", "rec,route\nE45,SGO\nE41,KINSHIP\nE4A,RETURN_HOME\nE11,ADOPTION\n");

    int exit = pipeline("--horizon", "full-year", "--discount-rate", "0.035", "--routes", routes.toString(),
        "--projection", projection.toString());

    assertThat(exit).as(stderr.toString()).isZero();
    // E3's E41 is now a KINSHIP exit; there is no CAO route
    assertThat(lines(projection)).extracting(line -> line.split(",")[2]).containsExactly(
        "measure", "exits", "exits:ADOPTION", "exits:KINSHIP", "exits:RETURN_HOME", "exits:SGO",
        "net_saving", "present_value");
    assertThat(lines(projection)).contains("2025-26,2026-03-31,exits:KINSHIP,1,1,1",
        "2025-26,2026-03-31,exits,2,4,5");
  }

  // ---------------------------------------------------------------- problems

  @Test
  void anInvalidPlannedFileExits2WithEveryProblemAndWritesNothing() throws IOException {
    planned = write("planned.csv", String.join("\n",
        "child,planned_exit_date,route,status",
        "C1,2025-12-31,SGO,scheduled",      // line 2: on the as-at date
        "C2,2026-02-30,SGO,scheduled",      // line 3: no such date
        "E1,2026-02-01,SGO,scheduled",      // line 4: left care in October
        "C10,2026-02-01,KINSHIP,maybe",     // line 5: no such route, no such status
        "C2,2026-03-01,SGO,scheduled",      // line 6: C2 again
        "GHOST,2026-03-01,SGO,scheduled",   // line 7: not in the data
        ""));

    int exit = pipeline("--horizon", "in-year", "--projection", projection.toString());

    assertThat(exit).isEqualTo(2);
    String problems = stderr.toString();
    assertThat(problems)
        .contains("planned.csv line 2, column planned_exit_date, value '2025-12-31'")
        .contains("planned.csv line 3, column planned_exit_date, value '2026-02-30'")
        .contains("planned.csv line 4, column child, value 'E1'")
        .contains("planned.csv line 5, column route, value 'KINSHIP'")
        .contains("ADOPTION, CAO, RETURN_HOME, SGO")
        .contains("planned.csv line 5, column status, value 'maybe'")
        .contains("planned.csv line 6, column child, value 'C2'")
        .contains("line 3)")
        .contains("planned.csv line 7, column child, value 'GHOST'")
        .doesNotContain("2015-06-10")
        .endsWith("7 problems found; nothing was written.\n");
    // in order of line
    assertThat(problems.indexOf("line 2,")).isLessThan(problems.indexOf("line 3,"));
    assertThat(problems.indexOf("line 5, column status")).isLessThan(problems.indexOf("line 6,"));
    assertThat(problems.indexOf("line 6,")).isLessThan(problems.indexOf("line 7,"));
    assertThat(out).doesNotExist();
    assertThat(projection).doesNotExist();
  }

  @Test
  void theRateCardsAndThePlannedFilesProblemsAreReportedTogether() throws IOException {
    rates = write("rates.csv", RATES + "K*,*,,,2000-01-01,-1\n");
    planned = write("planned.csv", PLANNED + "GHOST,2026-03-01,SGO,scheduled\n");

    int exit = pipeline("--horizon", "in-year");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("rates.csv line 5").contains("planned.csv line 5")
        .endsWith("2 problems found; nothing was written.\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingRateExits2AndWritesNothing() throws IOException {
    // no row for U4 with PR4, C1's placement
    rates = write("rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\n"
        + "U4,PR1,,,2000-01-01,700\n");

    int exit = pipeline("--horizon", "in-year", "--projection", projection.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("C1").contains("U4").contains("PR4")
        .endsWith("1 problem found; nothing was written.\n");
    assertThat(out).doesNotExist();
    assertThat(projection).doesNotExist();
  }

  @Test
  void usageMistakesExit2() {
    // no --planned
    assertThat(run("pipeline", "--header", header.toString(), "--episodes", episodes.toString(),
        "--as-at", "2025-12-31", "--rates", rates.toString(), "--horizon", "in-year")).isEqualTo(2);
    assertThat(stderr.toString()).contains("--planned");

    stderr.getBuffer().setLength(0);
    assertThat(pipeline()).isEqualTo(2);
    assertThat(stderr.toString()).contains("--horizon");

    stderr.getBuffer().setLength(0);
    assertThat(pipeline("--horizon", "next-year")).isEqualTo(2);
    assertThat(stderr.toString()).contains("next-year");

    stderr.getBuffer().setLength(0);
    assertThat(pipeline("--horizon", "in-year", "--discount-rate", "3.5")).isEqualTo(2);
    assertThat(stderr.toString()).contains("not a rate");

    stderr.getBuffer().setLength(0);
    assertThat(pipeline("--horizon", "in-year", "--discount-rate", "-0.035")).isEqualTo(2);
    assertThat(stderr.toString()).contains("not a rate");

    stderr.getBuffer().setLength(0);
    assertThat(pipeline("--horizon", "in-year", "--discount-rate", "lots")).isEqualTo(2);

    stderr.getBuffer().setLength(0);
    assertThat(pipeline("--horizon", "in-year", "--target-date", "31/03/2026")).isEqualTo(2);

    stderr.getBuffer().setLength(0);
    planned = dir.resolve("nowhere.csv");
    assertThat(pipeline("--horizon", "in-year")).isEqualTo(2);
    assertThat(stderr.toString()).contains("--planned").contains("nowhere.csv");

    assertThat(out).doesNotExist();
  }

  @Test
  void aProjectionToTheOutFileExits2AndWritesNothing() {
    assertThat(pipeline("--horizon", "in-year", "--projection", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("--projection").contains("--out");
    assertThat(out).doesNotExist();
  }

  // ---------------------------------------------------------------- the sample and help

  @Test
  void theSampleGivesRowsThatAddUpInOrder() throws IOException {
    assertThat(run("pipeline", "--sample", "--out", out.toString(), "--projection", projection.toString()))
        .as(stderr.toString()).isZero();

    List<CsvRecord> rows = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(Files.readString(out)).forEach(rows::add);
    assertThat(rows.get(0).getFields()).containsExactly(COLUMNS.split(","));
    assertThat(rows).hasSizeGreaterThan(5);
    String previous = "";
    for (CsvRecord row : rows.subList(1, rows.size())) {
      assertThat(row.getField(2)).isIn("ADOPTION", "CAO", "RETURN_HOME", "SGO");
      assertThat(row.getField(3)).isIn("scheduled", "assessing");
      // the sample's as-at date is 31 December 2025: every plan is after it
      assertThat(row.getField(1)).isGreaterThan("2025-12-31");
      BigDecimal avoided = new BigDecimal(row.getField(8));
      BigDecimal supportCost = new BigDecimal(row.getField(9));
      assertThat(new BigDecimal(row.getField(10))).isEqualTo(avoided.subtract(supportCost));
      // no discount rate: the present value is the net saving
      assertThat(row.getField(11)).isEqualTo(row.getField(10));
      String key = row.getField(1) + "," + row.getField(0) + "," + row.getField(6);
      assertThat(key.compareTo(previous)).as(key).isGreaterThan(0);
      previous = key;
    }

    List<CsvRecord> projected = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(Files.readString(projection)).forEach(projected::add);
    assertThat(projected).extracting(record -> record.getField(2)).containsExactly("measure", "exits",
        "exits:ADOPTION", "exits:CAO", "exits:RETURN_HOME", "exits:SGO", "net_saving", "present_value");
    for (CsvRecord record : projected.subList(1, 6)) {
      assertThat(record.getField(0)).isEqualTo("2025-26");
      assertThat(record.getField(1)).isEqualTo("2026-03-31");
      int achieved = Integer.parseInt(record.getField(3));
      int low = Integer.parseInt(record.getField(4));
      int high = Integer.parseInt(record.getField(5));
      assertThat(achieved).isLessThanOrEqualTo(low);
      assertThat(low).isLessThanOrEqualTo(high);
    }
  }

  @Test
  void helpNamesTheColumnsAndTheToolListsPipeline() {
    assertThat(run("pipeline", "--help")).isZero();
    // help wraps its lines at 80 characters, inside the column lists too: joined up again, each
    // list is whole
    String help = stdout.toString().replaceAll("\\s*\\R\\s*", "");
    assertThat(help).contains(COLUMNS).contains(PROJECTION_COLUMNS);
    assertThat(stdout.toString()).contains("--planned").contains("--projection").contains("--target-date");

    stdout.getBuffer().setLength(0);
    assertThat(run("--help")).isZero();
    assertThat(stdout.toString()).contains("pipeline");
  }
}
