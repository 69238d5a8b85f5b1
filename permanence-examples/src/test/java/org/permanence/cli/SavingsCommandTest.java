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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavingsCommandTest {

  private static final String COLUMNS = "child,exit_date,reason,route,place,provider,financial_year,"
      + "days,avoided_cost,support_cost,net_saving,present_value";

  // £700 a week is £100 a day; the SGO allowance £140 a week is £20 a day
  private static final String RATES = "place,provider,min_age,max_age,effective_from,weekly_cost\n"
      + "U*,*,,,2000-01-01,700\n";

  private static final String SUPPORT = "route,kind,min_age,max_age,effective_from,amount\n"
      + "SGO,weekly,,,2000-01-01,140\n"
      + "SGO,one-off,,,2000-01-01,1000\n";

  private static final String HEADER = String.join("\n",
      "CHILD,SEX,DOB",
      "C2,1,2015-06-10",
      "C1,2,2015-06-10",
      "C3,1,2015-06-10",
      "");

  // C1: SGO on 1 December 2025; C2: a return home on 1 December 2025 from K2, which the card
  // does not price; C3: still in care
  private static final String EPISODES = String.join("\n",
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE",
      "C1,2025-01-01,S,C2,N1,U4,PR1,2025-12-01,E45,",
      "C2,2025-01-01,S,C2,N1,U4,PR1,2025-06-01,X1,",
      "C2,2025-06-01,P,C2,N1,U5,PR4,2025-12-01,E4A,CARPL",
      "C3,2025-01-01,S,C2,N1,U4,PR1,,,",
      "");

  private static final String[] WINDOW = {"--as-at", "2025-12-31"};

  @TempDir Path dir;

  private Path header;
  private Path episodes;
  private Path rates;
  private Path support;
  private Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void files() throws IOException {
    header = write("header.csv", HEADER);
    episodes = write("episodes.csv", EPISODES);
    rates = write("rates.csv", RATES);
    support = write("support.csv", SUPPORT);
    out = dir.resolve("savings.csv");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return PermanenceCommand.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
  }

  private int savings(String... more) {
    List<String> args = new ArrayList<>(List.of("savings",
        "--header", header.toString(), "--episodes", episodes.toString(),
        "--rates", rates.toString(), "--support", support.toString(), "--out", out.toString()));
    args.addAll(List.of(WINDOW));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  private List<String> lines() throws IOException {
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void eachExitInTheWindowIsPricedByFinancialYear() throws IOException {
    int exit = savings("--horizon", "full-year", "--discount-rate", "0.035");

    assertThat(exit).as(stderr.toString()).isZero();
    // C1, SGO: 121 days in 2025-26 (12,100 avoided; 2,420 + 1,000 support) and 243 in 2026-27
    // (24,300; 4,860), the second at 19,440 / 1.035 = 18,782.61. C2, a return home from U5 PR4:
    // the same days and avoided cost, no support. Sorted by exit date, child, year.
    assertThat(lines()).containsExactly(
        COLUMNS,
        "C1,2025-12-01,E45,SGO,U4,PR1,2025-26,121,12100.00,3420.00,8680.00,8680.00",
        "C1,2025-12-01,E45,SGO,U4,PR1,2026-27,243,24300.00,4860.00,19440.00,18782.61",
        "C2,2025-12-01,E4A,RETURN_HOME,U5,PR4,2025-26,121,12100.00,0.00,12100.00,12100.00",
        "C2,2025-12-01,E4A,RETURN_HOME,U5,PR4,2026-27,243,24300.00,0.00,24300.00,23478.26");
  }

  @Test
  void withoutARateThePresentValueIsTheNetSaving() throws IOException {
    assertThat(savings("--horizon", "weeks:1")).isZero();

    assertThat(lines()).containsExactly(
        COLUMNS,
        "C1,2025-12-01,E45,SGO,U4,PR1,2025-26,7,700.00,1140.00,-440.00,-440.00",
        "C2,2025-12-01,E4A,RETURN_HOME,U5,PR4,2025-26,7,700.00,0.00,700.00,700.00");
  }

  @Test
  void aCouncilsOwnRouteTableDecidesWhichEndsAreExits() throws IOException {
    Path routes = write("routes.csv", "rec,route\nE4A,RETURN_HOME\n");

    assertThat(savings("--horizon", "weeks:1", "--routes", routes.toString())).isZero();

    assertThat(lines()).extracting(line -> line.split(",")[0]).containsExactly("child", "C2");
  }

  @Test
  void aMissingRateExits2AndWritesNothing() throws IOException {
    rates = write("rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\nU4,*,,,2000-01-01,700\n");

    int exit = savings("--horizon", "weeks:1");

    assertThat(exit).isEqualTo(2);
    // the avoided stay continues C2's last episode, which started on 1 June
    assertThat(stderr.toString()).contains("C2").contains("U5").contains("episode starting 2025-06-01")
        .endsWith("1 problem found; nothing was written.\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void everyInputsProblemsAreReportedTogether() throws IOException {
    rates = write("rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\nU4,*,,,2000-01-01,-1\n");
    support = write("support.csv", "route,kind,min_age,max_age,effective_from,amount\nSGO,monthly,,,2000-01-01,1\n");

    int exit = savings("--horizon", "weeks:1");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("rates.csv line 2").contains("support.csv line 2")
        .contains("2 problems found");
  }

  @Test
  void usageMistakesExit2() {
    assertThat(savings()).isEqualTo(2);
    assertThat(stderr.toString()).contains("--horizon");
    assertThat(savings("--horizon", "next-year")).isEqualTo(2);
    assertThat(savings("--horizon", "weeks:1", "--discount-rate", "3.5")).isEqualTo(2);
    assertThat(stderr.toString()).contains("not a rate");
    // written plainly, as in the card files: no exponent, sign or bare point
    for (String rate : List.of("1e-2", "+0.1", ".035", "-0.035")) {
      assertThat(savings("--horizon", "weeks:1", "--discount-rate", rate)).as(rate).isEqualTo(2);
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void theSampleGivesRowsThatAddUpInOrder() throws IOException {
    assertThat(run("savings", "--sample", "--out", out.toString())).isZero();

    List<CsvRecord> rows = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(Files.readString(out)).forEach(rows::add);
    assertThat(rows.get(0).getFields()).containsExactly(COLUMNS.split(","));
    assertThat(rows).hasSizeGreaterThan(5);
    String previous = "";
    for (CsvRecord row : rows.subList(1, rows.size())) {
      BigDecimal avoided = new BigDecimal(row.getField(8));
      BigDecimal supportCost = new BigDecimal(row.getField(9));
      assertThat(new BigDecimal(row.getField(10))).isEqualTo(avoided.subtract(supportCost));
      assertThat(row.getField(11)).isEqualTo(row.getField(10));
      String key = row.getField(1) + "," + row.getField(0) + "," + row.getField(6);
      assertThat(key.compareTo(previous)).isGreaterThan(0);
      previous = key;
    }
  }

  // ---------------------------------------------------------------- explain

  private static final String EXPLAIN_COLUMNS = "child,exit_date,financial_year,part,first_day,"
      + "last_day,days,age,row_source,row_place,row_provider,row_route,row_min_age,row_max_age,"
      + "row_effective_from,rate,amount,discount_factor";

  @Test
  void explainWritesTheSegmentsBehindEachRowYearByYear() throws IOException {
    Path explain = dir.resolve("explain.csv");

    int exit = savings("--horizon", "full-year", "--discount-rate", "0.035",
        "--explain", explain.toString());

    assertThat(exit).as(stderr.toString()).isZero();
    // C1 (born 10 June 2015) is 10 at exit and turns 11 on 10 June 2026, so the second year
    // splits there; £700 a week is £100 a day and £140 is £20 a day. The one-off cost is the
    // exit date's alone. C2 has no support. The factor is 1.035^k.
    assertThat(Files.readAllLines(explain, StandardCharsets.UTF_8)).containsExactly(
        EXPLAIN_COLUMNS,
        "C1,2025-12-01,2025-26,avoided,2025-12-01,2026-03-31,121,10,rates.csv line 2,U*,*,,,,2000-01-01,700.00,12100.00,1.00",
        "C1,2025-12-01,2025-26,one-off support,2025-12-01,2025-12-01,,10,support.csv line 3,,,SGO,,,2000-01-01,1000.00,1000.00,1.00",
        "C1,2025-12-01,2025-26,weekly support,2025-12-01,2026-03-31,121,10,support.csv line 2,,,SGO,,,2000-01-01,140.00,2420.00,1.00",
        "C1,2025-12-01,2026-27,avoided,2026-04-01,2026-06-09,70,10,rates.csv line 2,U*,*,,,,2000-01-01,700.00,7000.00,1.035",
        "C1,2025-12-01,2026-27,avoided,2026-06-10,2026-11-29,173,11,rates.csv line 2,U*,*,,,,2000-01-01,700.00,17300.00,1.035",
        "C1,2025-12-01,2026-27,weekly support,2026-04-01,2026-06-09,70,10,support.csv line 2,,,SGO,,,2000-01-01,140.00,1400.00,1.035",
        "C1,2025-12-01,2026-27,weekly support,2026-06-10,2026-11-29,173,11,support.csv line 2,,,SGO,,,2000-01-01,140.00,3460.00,1.035",
        "C2,2025-12-01,2025-26,avoided,2025-12-01,2026-03-31,121,10,rates.csv line 2,U*,*,,,,2000-01-01,700.00,12100.00,1.00",
        "C2,2025-12-01,2026-27,avoided,2026-04-01,2026-06-09,70,10,rates.csv line 2,U*,*,,,,2000-01-01,700.00,7000.00,1.035",
        "C2,2025-12-01,2026-27,avoided,2026-06-10,2026-11-29,173,11,rates.csv line 2,U*,*,,,,2000-01-01,700.00,17300.00,1.035");
  }

  @Test
  void theSamplesExplanationAddsUpToItsRows() throws IOException {
    Path explain = dir.resolve("explain.csv");

    int exit = run("savings", "--sample", "--from", "2016-04-01", "--horizon", "full-year",
        "--out", out.toString(), "--explain", explain.toString());

    assertThat(exit).as(stderr.toString()).isZero();
    List<CsvRecord> segments = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(Files.readString(explain)).forEach(segments::add);
    assertThat(segments.get(0).getFields()).containsExactly(EXPLAIN_COLUMNS.split(","));
    // each row's days are its avoided segments' days; its amounts are within half a penny per
    // segment of the segments' own rounded amounts
    Map<String, BigDecimal[]> sums = new HashMap<>();
    Map<String, long[]> days = new HashMap<>();
    for (CsvRecord segment : segments.subList(1, segments.size())) {
      String key = segment.getField(0) + "," + segment.getField(1) + "," + segment.getField(2);
      BigDecimal[] sum = sums.computeIfAbsent(key,
          k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      BigDecimal amount = new BigDecimal(segment.getField(16));
      if (segment.getField(3).equals("avoided")) {
        sum[0] = sum[0].add(amount);
        sum[2] = sum[2].add(BigDecimal.ONE);
        days.computeIfAbsent(key, k -> new long[1])[0] += Long.parseLong(segment.getField(6));
      } else {
        sum[1] = sum[1].add(amount);
        sum[3] = sum[3].add(BigDecimal.ONE);
      }
    }
    List<CsvRecord> rows = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(Files.readString(out)).forEach(rows::add);
    BigDecimal halfPenny = new BigDecimal("0.005");
    int priced = 0;
    for (CsvRecord row : rows.subList(1, rows.size())) {
      String key = row.getField(0) + "," + row.getField(1) + "," + row.getField(6);
      BigDecimal[] sum = sums.getOrDefault(key,
          new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      assertThat(days.getOrDefault(key, new long[1])[0]).as(key).isEqualTo(Long.parseLong(row.getField(7)));
      assertThat(new BigDecimal(row.getField(8)).subtract(sum[0]).abs())
          .as(key).isLessThanOrEqualTo(halfPenny.multiply(sum[2]));
      assertThat(new BigDecimal(row.getField(9)).subtract(sum[1]).abs())
          .as(key).isLessThanOrEqualTo(halfPenny.multiply(sum[3]));
      priced += sum[2].signum();
    }
    assertThat(priced).isGreaterThan(5);
  }

  @Test
  void explainEqualToOutExits2() {
    assertThat(savings("--horizon", "weeks:1", "--explain", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("--explain").contains("--out");
    assertThat(out).doesNotExist();
  }

  @Test
  void helpNamesTheColumnsAndTheToolListsSavings() {
    assertThat(run("savings", "--help")).isZero();
    assertThat(stdout.toString())
        .contains("child,exit_date,reason,route,place,provider,financial_year,days,avoided_cost,")
        .contains("support_cost,net_saving,present_value").contains("--horizon").contains("--support");
    assertThat(run("--help")).isZero();
    assertThat(stdout.toString()).contains("savings");
  }
}
