package org.permanence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostsCommandTest {

  private static final String COLUMNS = "child,financial_year,days,cost\n";

  private static final String EXPLAIN_COLUMNS =
      "child,financial_year,episode_start,first_day,last_day,days,place,provider,age,rate_source,"
          + "rate_place,rate_provider,rate_min_age,rate_max_age,rate_effective_from,weekly_rate,amount\n";

  private static final Pattern AMOUNT = Pattern.compile("\\d+\\.\\d{2}");

  // Weekly rates chosen so that a day costs a round sum: 700 a week is 100 a day, 770 is 110,
  // 3500 is 500 and 4200 is 600. 1000 a week is 142.857142... a day, which does not round evenly.
  private static final String RATES = String.join("\n",
      "place,provider,min_age,max_age,effective_from,weekly_cost", // line 1
      "U*,PR1,,,2015-04-01,700",                                    // line 2
      "U*,PR1,,,2020-04-01,770",                                    // line 3: uplift on 1 April 2020
      "A*,*,,,2015-04-01,0",                                        // line 4: placed for adoption, free
      "K2,*,0,15,2015-04-01,3500",                                  // line 5
      "K2,*,16,17,2015-04-01,4200",                                 // line 6
      "U*,PR4,,,2015-04-01,1000",                                   // line 7
      "");

  // Listed out of order: the output sorts them.
  private static final String HEADER = String.join("\n",
      "CHILD,SEX,DOB",
      "C8,1,2011-01-01",
      "C10,2,2008-06-15",
      "C1,1,2010-01-01",
      "C2,2,2018-01-01",
      "C3,1,2010-01-01",
      "C4,2,2012-01-01",
      "C5,1,2003-10-10",  // 16 on 2019-10-10
      "C6,2,2002-02-10",  // 18 on 2020-02-10
      "C9,1,2005-01-01",
      "");

  private static final String EPISODES = String.join("\n",
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE",
      "C1,2019-05-01,S,C2,N1,U4,PR1,2019-05-08,E4A,",
      "C10,2020-03-25,S,C2,N1,U4,PR1,2020-04-05,E4A,",
      "C2,01/06/2019,S,E1,N1,A5,PR1,01/07/2019,E11,",
      // no row of the card prices K1, but none of its days is in the window
      "C3,2018-01-01,S,C2,N1,K1,PR2,2018-02-01,E4A,",
      "C4,2019-09-01,S,C2,N1,U4,PR1,2019-09-11,E4A,",
      "C4,2019-10-01,S,V3,N1,U4,PR1,2019-10-04,E13,",
      "C5,2019-10-01,S,C2,N1,K2,PR2,2019-10-31,E4A,",
      "C6,2019-12-01,S,C2,N1,K2,PR2,,,",
      "C8,2019-11-01,S,C2,N1,U4,PR4,2019-11-04,X1,",
      "C8,2019-11-04,P,C2,N1,U5,PR4,2019-11-06,E4A,CARPL",
      // a placement with no provider matches only a * row: K2,* here
      "C9,2020-05-01,S,C2,N1,K2,,2020-05-08,E4A,",
      "");

  /** The window of every run on the hand-made files: 1 April 2019 to 30 June 2020, inclusive. */
  private static final String[] WINDOW = {"--as-at", "2020-06-30", "--from", "2019-04-01"};

  @TempDir Path dir;

  private Path header;
  private Path episodes;
  private Path rates;
  private Path out;
  private Path explain;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void files() throws IOException {
    header = write("header.csv", HEADER);
    episodes = write("episodes.csv", EPISODES);
    rates = write("rates.csv", RATES);
    out = dir.resolve("costs.csv");
    explain = dir.resolve("segments.csv");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return PermanenceCommand.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
  }

  /** Runs {@code costs} on the files, with --out, over the window unless other options are given. */
  private int costs(String... more) {
    List<String> args = new ArrayList<>(List.of("costs",
        "--header", header.toString(), "--episodes", episodes.toString(),
        "--rates", rates.toString(), "--out", out.toString()));
    args.addAll(List.of(more.length == 0 ? WINDOW : more));
    return run(args.toArray(new String[0]));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<CsvRecord> records(String text) {
    List<CsvRecord> rows = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(text).forEach(rows::add);
    return rows;
  }

  // ---------------------------------------------------------------- sample

  @Test
  void theSampleGivesOneRowPerChildAndYearSortedWithTwoDecimals() throws IOException {
    int exit = run("costs", "--sample", "--out", out.toString());

    assertThat(stderr.toString()).isEmpty();
    assertThat(exit).isZero();
    String text = read(out);
    assertThat(text).startsWith(COLUMNS).endsWith("\n").doesNotContain("\r");
    List<CsvRecord> rows = records(text);
    // the default window is 1 April 2025 to the sample's as-at date, 31 December 2025
    assertThat(rows.size()).isGreaterThan(20);
    assertRowsWellFormed(rows.subList(1, rows.size()));
    assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.getField(1)).isEqualTo("2025-26"));
  }

  @Test
  void theSampleOverManyYearsSortsByChildThenYear() throws IOException {
    int exit = run("costs", "--sample", "--from", "2016-04-01", "--out", out.toString());

    assertThat(stderr.toString()).isEmpty();
    assertThat(exit).isZero();
    List<CsvRecord> rows = records(read(out));
    assertThat(rows.get(0).getFields()).containsExactly("child", "financial_year", "days", "cost");
    assertRowsWellFormed(rows.subList(1, rows.size()));
    // some child has rows in more than one year, so the order within a child is tested
    assertThat(rows.stream().skip(1).map(row -> row.getField(0)).distinct().count())
        .isLessThan(rows.size() - 1);
  }

  /** Each row: 4 cells, a financial year, at least one day, two decimals; sorted; no repeats. */
  private static void assertRowsWellFormed(List<CsvRecord> rows) {
    CsvRecord previous = null;
    for (CsvRecord row : rows) {
      assertThat(row.getFieldCount()).isEqualTo(4);
      assertThat(row.getField(1)).matches("\\d{4}-\\d{2}");
      int first = Integer.parseInt(row.getField(1).substring(0, 4));
      assertThat(row.getField(1).substring(5)).isEqualTo(String.format("%02d", (first + 1) % 100));
      assertThat(Long.parseLong(row.getField(2))).isBetween(1L, 366L);
      assertThat(row.getField(3)).matches(AMOUNT);
      if (previous != null) {
        int byChild = compareCodePoints(previous.getField(0), row.getField(0));
        assertThat(byChild).as("%s before %s", previous, row).isLessThanOrEqualTo(0);
        if (byChild == 0) {
          assertThat(previous.getField(1)).as("%s before %s", previous, row).isLessThan(row.getField(1));
        }
      }
      previous = row;
    }
  }

  private static int compareCodePoints(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return Integer.compare(x.length, y.length);
  }

  // ---------------------------------------------------------------- hand-made files

  @Test
  void costsEachChildsDaysInTheWindowByFinancialYear() throws IOException {
    int exit = costs();

    assertThat(stderr.toString()).isEmpty();
    assertThat(exit).isZero();
    // Window [2019-04-01, 2020-07-01), as at 30 June 2020. Children in text order: C1, C10, C2, ...
    // C1: 1 to 7 May 2019, 7 days at 700 a week (line 2): 700.00.
    // C10: 25 to 31 March 2020 (DEC 5 April): 7 days in 2019-20 at 700 = 700.00; 1 to 4 April
    //      2020, 4 days in 2020-21 at the uplifted 770 (line 3), 110 a day: 440.00.
    // C2: placed for adoption (A5) 1 to 30 June 2019, 30 days at 0 (line 4): a 0.00 row.
    // C3: in care only in January 2018, before the window: no row, and no rate needed for K1.
    // C4: 1 to 10 September 2019, 10 days at 100 a day: 1000.00; the V3 short break in October
    //     is not costed (13 days and 1300.00 if it were).
    // C5: K2 from 1 to 30 October 2019, 16 on 10 October: 1 to 9 October, 9 days at 3500
    //     (line 5, 0-15), 4500.00; 10 to 30 October, 21 days at 4200 (line 6, 16-17), 12600.00;
    //     30 days, 17100.00.
    // C6: K2 from 1 December 2019, open at the as-at date, but 18 on 10 February 2020: costed
    //     to 9 February, 31 + 31 + 9 = 71 days at 600 a day (aged 17): 42600.00.
    // C8: U4 with PR4 1 to 3 November 2019, then U5 with PR4 4 to 5 November, both at 1000 a
    //     week (line 7): 5 days, 5000 / 7 = 714.2857... = 714.29.
    // C9: K2 with no provider, 1 to 7 May 2020, aged 15: K2,* line 5, 7 days at 500 = 3500.00.
    assertThat(read(out)).isEqualTo(COLUMNS
        + "C1,2019-20,7,700.00\n"
        + "C10,2019-20,7,700.00\n"
        + "C10,2020-21,4,440.00\n"
        + "C2,2019-20,30,0.00\n"
        + "C4,2019-20,10,1000.00\n"
        + "C5,2019-20,30,17100.00\n"
        + "C6,2019-20,71,42600.00\n"
        + "C8,2019-20,5,714.29\n"
        + "C9,2020-21,7,3500.00\n");
    assertThat(stdout.toString()).isEmpty();
  }

  @Test
  void theDefaultWindowIsTheAsAtDatesFinancialYearToDate() throws IOException {
    int exit = costs("--as-at", "2020-06-30");

    assertThat(exit).isZero();
    // [2020-04-01, 2020-07-01): C10's 4 April days and C9's 7 May days only
    assertThat(read(out)).isEqualTo(COLUMNS
        + "C10,2020-21,4,440.00\n"
        + "C9,2020-21,7,3500.00\n");
  }

  @Test
  void aWindowAcross31MarchSplitsAtBothEdges() throws IOException {
    int exit = costs("--as-at", "2020-06-30", "--from", "2020-03-31", "--to", "2020-04-01");

    assertThat(exit).isZero();
    // only C10 is in care: 31 March at 700 a week and 1 April at 770, a day of each
    assertThat(read(out)).isEqualTo(COLUMNS
        + "C10,2019-20,1,100.00\n"
        + "C10,2020-21,1,110.00\n");
  }

  @Test
  void aHalfPennyRoundsUp() throws IOException {
    header = write("h-header.csv", "CHILD,DOB\nC7,2002-06-01\n");
    episodes = write("h-episodes.csv",
        "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\nC7,2019-07-01,S,C2,H5,PR2,2019-07-08,E4A\n");
    rates = write("h-rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\n"
        + "H5,*,,,2015-04-01,100.025\n");

    int exit = costs("--as-at", "2020-03-31");

    assertThat(exit).isZero();
    // a whole week at 100.025: 100.025 exactly, half up to 100.03 (half even would give 100.02)
    assertThat(read(out)).isEqualTo(COLUMNS + "C7,2019-20,7,100.03\n");
  }

  @Test
  void explainWritesARateWithMoreThanTwoDecimalsAsTheCardHasIt() throws IOException {
    header = write("h-header.csv", "CHILD,DOB\nC7,2002-06-01\n");
    episodes = write("h-episodes.csv",
        "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\nC7,2019-07-01,S,C2,H5,PR2,2019-07-08,E4A\n");
    rates = write("h-rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\n"
        + "H5,*,,,2015-04-01,100.025\n");

    int exit = costs("--as-at", "2020-03-31", "--explain", explain.toString());

    assertThat(exit).as(stderr.toString()).isZero();
    assertThat(read(explain)).isEqualTo(EXPLAIN_COLUMNS
        + "C7,2019-20,2019-07-01,2019-07-01,2019-07-07,7,H5,PR2,17,h-rates.csv line 2,H5,*,,,"
        + "2015-04-01,100.025,100.03\n");
  }

  // ---------------------------------------------------------------- explain

  @Test
  void explainWritesTheSegmentsBehindEachFigure() throws IOException {
    List<String> args = new ArrayList<>(List.of(WINDOW));
    args.addAll(List.of("--explain", explain.toString()));
    int exit = costs(args.toArray(new String[0]));

    assertThat(stderr.toString()).isEmpty();
    assertThat(exit).isZero();
    String text = read(explain);
    assertThat(text).startsWith(EXPLAIN_COLUMNS).endsWith("\n").doesNotContain("\r");
    // C10 across 31 March and the uplift; aged 11 (born 15 June 2008)
    // C5 across its 16th birthday, from one age band to the next
    // C8 in two episodes: 3000 / 7 = 428.571... and 2000 / 7 = 285.714..., whose rounded sum
    //    714.28 is a penny below the costs row, 714.29, rounded from the exact 5000 / 7
    assertThat(text)
        .contains("\nC10,2019-20,2020-03-25,2020-03-25,2020-03-31,7,U4,PR1,11,rates.csv line 2,"
            + "U*,PR1,,,2015-04-01,700.00,700.00\n")
        .contains("\nC10,2020-21,2020-03-25,2020-04-01,2020-04-04,4,U4,PR1,11,rates.csv line 3,"
            + "U*,PR1,,,2020-04-01,770.00,440.00\n")
        .contains("\nC5,2019-20,2019-10-01,2019-10-01,2019-10-09,9,K2,PR2,15,rates.csv line 5,"
            + "K2,*,0,15,2015-04-01,3500.00,4500.00\n")
        .contains("\nC5,2019-20,2019-10-01,2019-10-10,2019-10-30,21,K2,PR2,16,rates.csv line 6,"
            + "K2,*,16,17,2015-04-01,4200.00,12600.00\n")
        .contains("\nC8,2019-20,2019-11-01,2019-11-01,2019-11-03,3,U4,PR4,8,rates.csv line 7,"
            + "U*,PR4,,,2015-04-01,1000.00,428.57\n")
        .contains("\nC8,2019-20,2019-11-04,2019-11-04,2019-11-05,2,U5,PR4,8,rates.csv line 7,"
            + "U*,PR4,,,2015-04-01,1000.00,285.71\n")
        .contains("\nC9,2020-21,2020-05-01,2020-05-01,2020-05-07,7,K2,,15,rates.csv line 5,"
            + "K2,*,0,15,2015-04-01,3500.00,3500.00\n");
    assertSegmentsAddUp(records(text), records(read(out)), "rates.csv", RATES);
  }

  @Test
  void theSamplesExplanationAddsUp() throws IOException {
    int exit = run("costs", "--sample", "--from", "2016-04-01", "--out", out.toString(),
        "--explain", explain.toString());

    assertThat(stderr.toString()).isEmpty();
    assertThat(exit).isZero();
    String text = read(explain);
    assertThat(text).startsWith(EXPLAIN_COLUMNS);
    String card = new String(
        getClass().getResourceAsStream("/org/permanence/examples/sample/rates.csv").readAllBytes(),
        StandardCharsets.UTF_8);
    // the bundled card is named sample/rates.csv in messages and sources
    assertSegmentsAddUp(records(text), records(read(out)), "sample/rates.csv", card);
  }

  /**
   * Checks the segments against the costs rows and the card: each child-year's days add up
   * exactly, and its amounts to within half a penny for each rounding (each segment is rounded on
   * its own, and the costs row once from the exact sum); each segment names a line of the card
   * whose columns it repeats, and costs its days at that line's weekly rate, divided by 7 and
   * rounded half up.
   */
  private static void assertSegmentsAddUp(
      List<CsvRecord> segments, List<CsvRecord> costs, String cardName, String card) {
    List<CsvRecord> cardRows = records(card);
    Pattern rateSource = Pattern.compile(Pattern.quote(cardName) + " line (\\d+)");
    Map<String, long[]> days = new LinkedHashMap<>();
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CsvRecord segment : segments.subList(1, segments.size())) {
      assertThat(segment.getFieldCount()).isEqualTo(17);
      String key = segment.getField(0) + "," + segment.getField(1);
      long segmentDays = Long.parseLong(segment.getField(5));
      assertThat(segmentDays).isPositive();
      assertThat(LocalDate.parse(segment.getField(3)).plusDays(segmentDays - 1))
          .isEqualTo(LocalDate.parse(segment.getField(4)));
      Matcher source = rateSource.matcher(segment.getField(9));
      assertThat(source.matches()).as("rate source of %s", segment).isTrue();
      // line N of the file is record N - 1 of the card, the header being line 1 and record 0
      CsvRecord row = cardRows.get(Integer.parseInt(source.group(1)) - 1);
      assertThat(segment.getField(10)).isEqualTo(row.getField(0));
      assertThat(segment.getField(11)).isEqualTo(row.getField(1));
      assertThat(segment.getField(12)).isEqualTo(row.getField(2));
      assertThat(segment.getField(13)).isEqualTo(row.getField(3));
      assertThat(segment.getField(14)).isEqualTo(row.getField(4));
      BigDecimal weekly = new BigDecimal(row.getField(5));
      assertThat(segment.getField(15)).matches(AMOUNT);
      assertThat(new BigDecimal(segment.getField(15))).isEqualByComparingTo(weekly);
      assertThat(segment.getField(16)).matches(AMOUNT);
      BigDecimal amount = new BigDecimal(segment.getField(16));
      assertThat(amount).isEqualTo(
          weekly.multiply(BigDecimal.valueOf(segmentDays)).divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP));
      days.computeIfAbsent(key, k -> new long[1])[0] += segmentDays;
      amounts.merge(key, amount, BigDecimal::add);
      counts.merge(key, 1, Integer::sum);
    }
    List<String> keys = new ArrayList<>();
    for (CsvRecord cost : costs.subList(1, costs.size())) {
      String key = cost.getField(0) + "," + cost.getField(1);
      keys.add(key);
      assertThat(days).as("segments of %s", key).containsKey(key);
      assertThat(days.get(key)[0]).as("days of %s", key).isEqualTo(Long.parseLong(cost.getField(2)));
      BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(counts.get(key) + 1));
      assertThat(amounts.get(key).subtract(new BigDecimal(cost.getField(3))).abs())
          .as("amounts of %s", key).isLessThanOrEqualTo(tolerance);
    }
    // no segment of a child-year without a costs row
    assertThat(days.keySet()).containsExactlyElementsOf(keys);
  }

  // ---------------------------------------------------------------- invalid rate card

  @Test
  void anInvalidRateCardExits2AndListsEveryProblemWithItsLine() throws IOException {
    rates = write("bad-rates.csv", String.join("\n",
        "place,provider,min_age,max_age,effective_from,weekly_cost",
        "U*,PR1,,,2015-04-01,700",
        "U*,PR1,,,2015-04-01,700",     // line 3: the same as line 2
        "K2,*,0,15,2015-04-01,3500",
        "K2,*,15,17,2015-04-01,4200",  // line 5: 15 is in line 4's ages too
        "H5,*,,,2015-04-01,-100",      // line 6: negative
        "Q9,*,,,2015-04-01,100",       // line 7: no such placement type
        ""));
    List<String> args = new ArrayList<>(List.of(WINDOW));
    args.addAll(List.of("--explain", explain.toString()));

    int exit = costs(args.toArray(new String[0]));

    assertThat(exit).isEqualTo(2);
    String problems = stderr.toString();
    assertThat(problems)
        .contains("bad-rates.csv line 3")
        .contains("(line 2)")
        .contains("bad-rates.csv line 5")
        .contains("(line 4)")
        .contains("bad-rates.csv line 6, column weekly_cost, value '-100'")
        .contains("bad-rates.csv line 7, column place, value 'Q9'")
        .endsWith("4 problems found; nothing was written.\n");
    assertThat(problems.indexOf("line 3")).isLessThan(problems.indexOf("line 5"));
    assertThat(out).doesNotExist();
    assertThat(explain).doesNotExist();
    assertThat(dir.resolve("costs.csv.partial")).doesNotExist();
  }

  @Test
  void anInvalidCardAndInvalidCareFilesAreReportedTogether() throws IOException {
    rates = write("bad-rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\n"
        + "U*,PR1,,,2015-04-01,700\n"
        + "U*,PR1,,,2015-04-01,700\n");
    header = write("bad-header.csv", "CHILD,DOB\nC1,2010-01-01\nC2,31/02/2011\n");
    episodes = write("bad-episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\n"
        + "C1,2019-05-01,S,XX,U4,PR1,2019-05-08,E4A\n");

    int exit = costs();

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString())
        .contains("bad-rates.csv line 3")
        .contains("bad-header.csv line 3, column DOB")
        .contains("bad-episodes.csv line 2, column LS, value 'XX'")
        .doesNotContain("31/02/2011")
        .endsWith("3 problems found; nothing was written.\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void anInvalidCardWithValidCareFilesIsReported() throws IOException {
    rates = write("bad-rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\n"
        + "U*,PR9,,,2015-04-01,700\n");

    assertThat(costs()).isEqualTo(2);
    assertThat(stderr.toString())
        .contains("bad-rates.csv line 2, column provider, value 'PR9'")
        .endsWith("1 problem found; nothing was written.\n");
    assertThat(out).doesNotExist();
  }

  // ---------------------------------------------------------------- missing rates

  @Test
  void aMissingRateExits2NamingTheChildEpisodePlacementAndDates() throws IOException {
    // the card without line 5 (K2 for ages 0 to 15)
    rates = write("rates.csv", RATES.replace("K2,*,0,15,2015-04-01,3500\n", ""));
    List<String> args = new ArrayList<>(List.of(WINDOW));
    args.addAll(List.of("--explain", explain.toString()));

    int exit = costs(args.toArray(new String[0]));

    assertThat(exit).isEqualTo(2);
    String problems = stderr.toString();
    // C5 was 15 from 1 October 2019 to the day before turning 16 on 10 October, a day not to be
    // given, as it gives away the date of birth; C9 was 15 from 1 to 7 May 2020, with no provider
    assertThat(problems)
        .contains("C5").contains("2019-10-01").contains("K2").contains("PR2")
        .contains("C9").contains("2020-05-01").contains("2020-05-07")
        .endsWith("2 problems found; nothing was written.\n");
    assertThat(problems.lines().filter(line -> line.contains("C5"))).singleElement().asString()
        .contains("episode starting 2019-10-01").contains("K2")
        .contains("at age 15 from 2019-10-01 to the day before the 16th birthday");
    assertThat(problems.lines().filter(line -> line.contains("C9"))).singleElement().asString()
        .contains("episode starting 2020-05-01").contains("from 2020-05-01 to 2020-05-07");
    assertThat(problems).doesNotContain("2019-10-09").doesNotContain("2019-10-10")
        .doesNotContain("child C5: child C5").doesNotContain("C6").doesNotContain("2002-02-10");
    assertThat(out).doesNotExist();
    assertThat(explain).doesNotExist();
  }

  /**
   * Children costed in runs: {@code count} children, each a week in U4 with PR1 at 700 a week, but
   * the last in K1, which the card does not price, if {@code lastUnpriced}.
   */
  private void manyChildren(int count, boolean lastUnpriced) throws IOException {
    StringBuilder children = new StringBuilder("CHILD,SEX,DOB\n");
    StringBuilder stays = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE\n");
    for (int i = 0; i < count; i++) {
      String child = String.format("M%06d", i);
      String place = lastUnpriced && i == count - 1 ? "K1" : "U4";
      children.append(child).append(",1,2010-01-01\n");
      stays.append(child).append(",2019-05-01,S,C2,N1,").append(place).append(",PR1,2019-05-08,E4A,\n");
    }
    header = write("header.csv", children.toString());
    episodes = write("episodes.csv", stays.toString());
  }

  @Test
  void childrenCostedInManyRunsAreWrittenInOrder() throws IOException {
    manyChildren(20_000, false);

    int exit = costs();

    assertThat(exit).isZero();
    List<CsvRecord> rows = records(read(out));
    assertThat(rows).hasSize(20_001);
    for (int i = 0; i < 20_000; i++) {
      assertThat(rows.get(i + 1).getFields())
          .containsExactly(String.format("M%06d", i), "2019-20", "7", "700.00");
    }
  }

  @Test
  void aMissingRateInTheLastOfManyRunsWritesNothing() throws IOException {
    manyChildren(20_000, true);

    int exit = costs();

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("child M019999").contains("K1")
        .endsWith("1 problem found; nothing was written.\n");
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("costs.csv.partial")).doesNotExist();
  }

  @Test
  void aWindowWithNoDayInCareGivesTheHeaderRowOnly() throws IOException {
    // no child is in care on 31 December 2017
    int exit = costs("--as-at", "2020-06-30", "--from", "2017-12-31", "--to", "2017-12-31");

    assertThat(exit).isZero();
    assertThat(read(out)).isEqualTo(COLUMNS);
  }

  @Test
  void aSingleMissingDayIsNamed() throws IOException {
    // C3 in K1, which the card does not price, on 1 January 2018 only
    int exit = costs("--as-at", "2020-06-30", "--from", "2018-01-01", "--to", "2018-01-01");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString())
        .contains("child C3").contains("episode starting 2018-01-01").contains("K1").contains("PR2")
        .contains("on 2018-01-01")
        .endsWith("1 problem found; nothing was written.\n");
  }

  // ---------------------------------------------------------------- usage

  @Test
  void missingRatesWithoutSampleExits2() {
    int exit = run("costs", "--header", header.toString(), "--episodes", episodes.toString(),
        "--as-at", "2020-06-30", "--out", out.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("--rates");
    assertThat(out).doesNotExist();
  }

  @Test
  void ratesNamingAMissingFileExits2() {
    rates = dir.resolve("nowhere.csv");

    assertThat(costs()).isEqualTo(2);
    assertThat(stderr.toString()).contains("--rates").contains("nowhere.csv");
    assertThat(out).doesNotExist();
  }

  @Test
  void explainEqualToOutExits2() {
    List<String> args = new ArrayList<>(List.of(WINDOW));
    args.addAll(List.of("--explain", out.toString()));

    assertThat(costs(args.toArray(new String[0]))).isEqualTo(2);
    assertThat(stderr.toString()).contains("--explain").contains("--out");
    assertThat(out).doesNotExist();
  }

  @Test
  void explainNamingTheOutFileAnotherWayExits2() {
    List<String> args = new ArrayList<>(List.of(WINDOW));
    args.addAll(List.of("--explain", dir.resolve("sub").resolve("..").resolve("costs.csv").toString()));

    assertThat(costs(args.toArray(new String[0]))).isEqualTo(2);
    assertThat(stderr.toString()).contains("--explain").contains("--out");
    assertThat(out).doesNotExist();
  }

  @Test
  void aLenientRunThatFailsWritesNoRejectsFile() throws IOException {
    rates = write("bad-rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\n"
        + "U*,*,,,2015-04-01,-100\n");
    Path rejects = dir.resolve("rejects.csv");
    List<String> args = new ArrayList<>(List.of(WINDOW));
    args.addAll(List.of("--lenient", "--rejects", rejects.toString()));

    assertThat(costs(args.toArray(new String[0]))).isEqualTo(2);
    assertThat(stderr.toString()).endsWith("1 problem found; nothing was written.\n");
    assertThat(rejects).doesNotExist();
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingAsAtDateExits2() {
    assertThat(costs("--from", "2019-04-01")).isEqualTo(2);
    assertThat(stderr.toString()).contains("--as-at");
    assertThat(out).doesNotExist();
  }

  @Test
  void helpExits0AndNamesTheColumns() {
    assertThat(run("costs", "--help")).isZero();
    assertThat(stdout.toString())
        .contains("child,financial_year,days,cost")
        .contains("place,provider,min_age,max_age,effective_from")
        .contains("--rates").contains("--explain");
  }

  @Test
  void theToolsHelpListsEveryCommand() {
    assertThat(run("--help")).isZero();
    assertThat(stdout.toString()).contains("costs").contains("durations").contains("generate");
  }

  @Test
  void theHelpCommandGivesTheHelpOfTheCommandNamed() {
    assertThat(run("help", "costs")).isZero();
    assertThat(stdout.toString()).contains("Usage: permanence costs").contains("--rates");
  }

  @Test
  void anUnknownCommandExits2() {
    assertThat(run("cots", "--sample")).isEqualTo(2);
    assertThat(stderr.toString()).contains("cots");
  }
}
