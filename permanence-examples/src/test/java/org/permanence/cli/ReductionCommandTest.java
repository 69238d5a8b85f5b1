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
 * {@code reduction}, worked by hand. U4 costs £700 a week (£100 a day) and K2 £3,500 (£500 a
 * day). The window is 1 April to 31 December 2025, as at 31 December 2025.
 */
class ReductionCommandTest {

  private static final String COLUMNS = "child,period_end,reduced_days,avoided_cost";

  private static final String RATES = "place,provider,min_age,max_age,effective_from,weekly_cost\n"
      + "U4,*,,,2000-01-01,700\n"
      + "K2,*,,,2000-01-01,3500\n";

  private static final String HEADER = String.join("\n",
      "CHILD,SEX,DOB",
      "B2,1,2015-06-10",
      "A1,2,2015-06-10",
      "C3,1,2015-06-10",
      "a0,1,2015-06-10",
      "");

  // A1: two periods ended in the window, 10 then 100 days in U4; B2: 30 days in K2; C3: still in
  // care; a0 (after every capital letter as text): a period ended before the window
  private static final String EPISODES = String.join("\n",
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE",
      "A1,2025-04-01,S,C2,N1,U4,PR1,2025-04-11,E4A,",
      "A1,2025-05-01,S,C2,N1,U4,PR1,2025-08-09,E45,",
      "B2,2025-06-01,S,C2,N1,K2,PR1,2025-07-01,E11,",
      "C3,2025-01-01,S,C2,N1,U4,PR1,,,",
      "a0,2024-01-01,S,C2,N1,U4,PR1,2025-03-01,E45,",
      "");

  private static final String[] WINDOW = {"--as-at", "2025-12-31"};

  @TempDir Path dir;

  private Path header;
  private Path episodes;
  private Path rates;
  private Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void files() throws IOException {
    header = write("header.csv", HEADER);
    episodes = write("episodes.csv", EPISODES);
    rates = write("rates.csv", RATES);
    out = dir.resolve("reduction.csv");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return PermanenceCommand.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
  }

  private int reduction(String... more) {
    List<String> args = new ArrayList<>(List.of("reduction",
        "--header", header.toString(), "--episodes", episodes.toString(),
        "--rates", rates.toString(), "--out", out.toString()));
    args.addAll(List.of(WINDOW));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  private List<String> lines() throws IOException {
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void eachPeriodEndedInTheWindowLosesItsLastWeeks() throws IOException {
    int exit = reduction("--weeks", "2");

    assertThat(exit).as(stderr.toString()).isZero();
    assertThat(stderr.toString()).isEmpty();
    // A1's first period is shorter than two weeks, so ends at its start: 10 days
    assertThat(lines()).containsExactly(
        COLUMNS,
        "A1,2025-04-11,10,1000.00",
        "A1,2025-08-09,14,1400.00",
        "B2,2025-07-01,14,7000.00");
  }

  @Test
  void aTargetFindsTheFewestWeeksAndSaysSoOnStandardError() throws IOException {
    // one week saves 700 + 700 + 3,500 = 4,900; two weeks 9,400
    int exit = reduction("--target", "4900.01");

    assertThat(exit).as(stderr.toString()).isZero();
    assertThat(stderr.toString()).isEqualTo("weeks needed: 2\n");
    assertThat(lines()).containsExactly(
        COLUMNS,
        "A1,2025-04-11,10,1000.00",
        "A1,2025-08-09,14,1400.00",
        "B2,2025-07-01,14,7000.00");

    stderr.getBuffer().setLength(0);
    assertThat(reduction("--target", "4900")).isZero();
    assertThat(stderr.toString()).isEqualTo("weeks needed: 1\n");
  }

  @Test
  void aTargetOutOfReachExits2WithTheMost() {
    // whole periods: 1,000 + 10,000 + 15,000 = 26,000, at 15 weeks (A1's 100 days)
    int exit = reduction("--target", "26000.01");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("26000.01").contains("at most 26000.00")
        .contains("15 weeks").doesNotContain("weeks needed");
    assertThat(out).doesNotExist();
    assertThat(reduction("--target", "26000")).isZero();
    assertThat(stderr.toString()).endsWith("weeks needed: 15\n");
  }

  @Test
  void theSummaryGivesTheMeansBeforeAndAfter() throws IOException {
    Path summary = dir.resolve("summary.csv");

    assertThat(reduction("--weeks", "2", "--summary", summary.toString())).isZero();

    // 140 days over 3 periods: 46.67; 38 taken off: 12.67 shorter, 34.00 after
    assertThat(Files.readAllLines(summary, StandardCharsets.UTF_8)).containsExactly(
        "periods,weeks,mean_days,mean_days_after,mean_days_shorter,avoided_cost",
        "3,2,46.67,34.00,12.67,9400.00");
  }

  @Test
  void aMissingRateForADayTakenOffExits2AndWritesNothing() throws IOException {
    rates = write("rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\nU4,*,,,2000-01-01,700\n");

    int exit = reduction("--weeks", "1");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("B2").contains("K2").endsWith("1 problem found; nothing was written.\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void usageMistakesExit2() {
    assertThat(reduction()).isEqualTo(2);
    assertThat(stderr.toString()).contains("--weeks").contains("--target");
    assertThat(reduction("--weeks", "1", "--target", "100")).isEqualTo(2);
    assertThat(reduction("--weeks", "-1")).isEqualTo(2);
    assertThat(reduction("--weeks", "six")).isEqualTo(2);
    assertThat(reduction("--target", "0")).isEqualTo(2);
    assertThat(reduction("--target", "£180,000")).isEqualTo(2);
    for (String target : List.of("1e3", "+5", ".5", "-5")) {
      assertThat(reduction("--target", target)).as(target).isEqualTo(2);
    }
    assertThat(stderr.toString()).contains("not an amount");
    assertThat(out).doesNotExist();
  }

  @Test
  void everyInputsProblemsAreReportedTogether() throws IOException {
    rates = write("rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\nU4,*,,,2000-01-01,-1\n");
    episodes = write("episodes.csv", EPISODES.replace("2025-07-01,E11", "2025-05-01,E11"));

    int exit = reduction("--weeks", "1");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("rates.csv line 2").contains("episodes.csv line 4")
        .contains("2 problems found");
  }

  @Test
  void theSampleGivesOneRowPerPeriodEndedInOrder() throws IOException {
    assertThat(run("reduction", "--sample", "--from", "2016-04-01", "--out", out.toString())).isZero();

    List<CsvRecord> rows = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(Files.readString(out)).forEach(rows::add);
    assertThat(rows.get(0).getFields()).containsExactly(COLUMNS.split(","));
    assertThat(rows).hasSizeGreaterThan(10);
    String previous = "";
    for (CsvRecord row : rows.subList(1, rows.size())) {
      // six weeks unless --weeks says otherwise
      assertThat(Long.parseLong(row.getField(2))).isBetween(0L, 42L);
      assertThat(new BigDecimal(row.getField(3)).signum()).isGreaterThanOrEqualTo(0);
      String key = row.getField(0) + "," + row.getField(1);
      assertThat(key.compareTo(previous)).isGreaterThan(0);
      previous = key;
    }
  }

  @Test
  void helpNamesTheColumnsAndTheToolListsReduction() {
    assertThat(run("reduction", "--help")).isZero();
    assertThat(stdout.toString()).contains("child,period_end,reduced_days,avoided_cost")
        .contains("--weeks").contains("--target").contains("weeks needed");
    assertThat(run("--help")).isZero();
    assertThat(stdout.toString()).contains("reduction");
  }
}
