package org.permanence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report}: the sample council's report against its golden copies, its figures against the
 * {@code savings}, {@code pipeline} and {@code durations} outputs of the same data, and the
 * report's own errors.
 */
class ReportCommandTest {

  @TempDir Path dir;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int run(String... args) {
    return PermanenceCommand.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = ReportCommandTest.class.getResourceAsStream("/report/" + name)) {
      assertThat(in).as("golden copy " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesTheSampleReportAsItsGoldenCopiesAndSaysWhere() throws IOException {
    Path out = dir.resolve("papers");

    assertThat(run("report", "--sample", "--out-dir", out.toString())).as(stderr.toString()).isZero();

    Path markdown = out.resolve("report.md").toAbsolutePath();
    Path html = out.resolve("report.html").toAbsolutePath();
    assertThat(stdout.toString()).isEqualTo("wrote " + markdown + "\nwrote " + html + "\n");
    assertThat(stderr.toString()).isEmpty();
    assertThat(Files.readString(markdown)).isEqualTo(golden("sample-report.md"));
    assertThat(Files.readString(html)).isEqualTo(golden("sample-report.html"));
    assertThat(Files.list(out).map(path -> path.getFileName().toString()).sorted())
        .containsExactly("report.html", "report.md");
  }

  /**
   * The savings by year of exit are what {@code savings --horizon full-year} writes for the same
   * exits, each year's net the sum of its exits' rows; and the totals are the sums of the rows.
   */
  @Test
  void savingsByYearAreTheSavingsCommandsRowsAddedUp() throws IOException {
    Path savings = dir.resolve("savings.csv");
    assertThat(run("savings", "--sample", "--from", "2016-04-01", "--horizon", "full-year",
        "--out", savings.toString())).as(stderr.toString()).isZero();
    Map<String, BigDecimal[]> byYear = new TreeMap<>();
    Map<String, Integer> exits = new TreeMap<>();
    List<String> seen = new ArrayList<>();
    for (String line : Files.readAllLines(savings).subList(1, Files.readAllLines(savings).size())) {
      String[] cells = line.split(",", -1);
      String year = financialYear(cells[1]);
      BigDecimal[] sums = byYear.computeIfAbsent(year, y -> new BigDecimal[] {
          BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(new BigDecimal(cells[8]));
      sums[1] = sums[1].add(new BigDecimal(cells[9]));
      sums[2] = sums[2].add(new BigDecimal(cells[10]));
      if (!seen.contains(cells[0] + cells[1])) {
        seen.add(cells[0] + cells[1]);
        exits.merge(year, 1, Integer::sum);
      }
    }
    List<List<String>> table = table(sampleMarkdown(), "**Savings by the financial year of the exit**");

    BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    for (Map.Entry<String, BigDecimal[]> year : byYear.entrySet()) {
      List<String> row = table.stream().filter(cells -> cells.get(0).equals(year.getKey())).findFirst().orElseThrow();
      assertThat(row.get(1)).as(year.getKey()).isEqualTo(String.valueOf(exits.get(year.getKey())));
      for (int i = 0; i < 3; i++) {
        assertThat(pounds(row.get(2 + i))).as(year.getKey() + " column " + (2 + i)).isEqualByComparingTo(year.getValue()[i]);
        totals[i] = totals[i].add(year.getValue()[i]);
      }
    }
    List<String> total = table.get(table.size() - 1);
    assertThat(total.get(0)).isEqualTo("**Total**");
    for (int i = 0; i < 3; i++) {
      assertThat(pounds(total.get(2 + i))).isEqualByComparingTo(totals[i]);
    }
  }

  /** The years-in-which-they-fall table has the same rows, so the same totals. */
  @Test
  void bothSavingsTablesAddUpToTheSameTotals() throws IOException {
    String markdown = sampleMarkdown();
    List<List<String>> byExit = table(markdown, "**Savings by the financial year of the exit**");
    List<List<String>> falling = table(markdown, "**The same savings by the financial year in which they fall**");
    for (List<List<String>> table : List.of(byExit, falling)) {
      for (int column = 2; column <= 4; column++) {
        BigDecimal sum = BigDecimal.ZERO;
        for (List<String> row : table.subList(0, table.size() - 1)) {
          sum = sum.add(pounds(row.get(column)));
        }
        assertThat(pounds(table.get(table.size() - 1).get(column))).as("column " + column).isEqualByComparingTo(sum);
      }
    }
    assertThat(byExit.get(byExit.size() - 1).subList(2, 5)).isEqualTo(falling.get(falling.size() - 1).subList(2, 5));
  }

  /** The pipeline section is what {@code pipeline --horizon full-year --projection} writes. */
  @Test
  void pipelineIsThePipelineCommandsProjection() throws IOException {
    Path rows = dir.resolve("pipeline.csv");
    Path projection = dir.resolve("projection.csv");
    assertThat(run("pipeline", "--sample", "--horizon", "full-year", "--out", rows.toString(),
        "--projection", projection.toString())).as(stderr.toString()).isZero();
    Map<String, String[]> measures = new TreeMap<>();
    for (String line : Files.readAllLines(projection).subList(1, Files.readAllLines(projection).size())) {
      String[] cells = line.split(",", -1);
      measures.put(cells[2], cells);
    }
    String markdown = sampleMarkdown();
    List<List<String>> exits = table(markdown, "**Projected exits by 31 March 2026**");
    List<String> all = exits.get(exits.size() - 1);
    assertThat(List.of(all.get(1), all.get(4), all.get(5)))
        .isEqualTo(List.of("**" + measures.get("exits")[3] + "**", "**" + measures.get("exits")[4] + "**",
            "**" + measures.get("exits")[5] + "**"));
    List<String> sgo = exits.stream().filter(row -> row.get(0).equals("SGO")).findFirst().orElseThrow();
    assertThat(List.of(sgo.get(1), sgo.get(4), sgo.get(5))).isEqualTo(Arrays.asList(measures.get("exits:SGO")).subList(3, 6));
    List<String> net = table(markdown, "**Projected net saving of 2025-26's exits, over the 52 weeks after each exit**").get(0);
    for (int i = 0; i < 3; i++) {
      assertThat(pounds(net.get(1 + i))).isEqualByComparingTo(new BigDecimal(measures.get("net_saving")[3 + i]));
    }
  }

  /** Each year's count, mean and median days are those of the {@code durations} rows ended in it. */
  @Test
  void durationsAreTheDurationsCommandsPeriodsEndedEachYear() throws IOException {
    Path durations = dir.resolve("durations.csv");
    assertThat(run("durations", "--sample", "--from", "2016-04-01", "--out", durations.toString()))
        .as(stderr.toString()).isZero();
    Map<String, List<Long>> ended = new TreeMap<>();
    for (String line : Files.readAllLines(durations).subList(1, Files.readAllLines(durations).size())) {
      String[] cells = line.split(",", -1);
      if (!cells[2].isEmpty()) {
        ended.computeIfAbsent(financialYear(cells[2]), y -> new ArrayList<>()).add(Long.parseLong(cells[4]));
      }
    }
    List<List<String>> table = table(sampleMarkdown(), "**Periods of care ended, by the financial year they ended in**");
    assertThat(table).hasSize(ended.size());
    for (List<String> row : table) {
      List<Long> days = ended.get(row.get(0).replace(" (so far)", ""));
      List<Long> sorted = days.stream().sorted().toList();
      long total = days.stream().mapToLong(Long::longValue).sum();
      BigDecimal mean = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(days.size()), 2, RoundingMode.HALF_UP);
      int n = sorted.size();
      BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
          : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
      assertThat(row.get(1)).as(row.get(0)).isEqualTo(String.valueOf(days.size()));
      assertThat(new BigDecimal(row.get(2).replace(",", ""))).as(row.get(0)).isEqualByComparingTo(mean);
      assertThat(new BigDecimal(row.get(4).replace(",", ""))).as(row.get(0)).isEqualByComparingTo(median);
    }
  }

  @Test
  void aTargetDateBeforeTheAsAtDateIsAUsageError() {
    assertThat(run("report", "--sample", "--out-dir", dir.toString(), "--target-date", "2025-12-30")).isEqualTo(2);
    assertThat(stderr.toString()).contains("--target-date 2025-12-30 is before the as-at date 2025-12-31");
    assertThat(dir.resolve("report.md")).doesNotExist();
  }

  @Test
  void negativeWeeksAndABlankTitleAreUsageErrors() {
    assertThat(run("report", "--sample", "--out-dir", dir.toString(), "--weeks", "-1")).isEqualTo(2);
    assertThat(run("report", "--sample", "--out-dir", dir.toString(), "--title", " ")).isEqualTo(2);
    assertThat(stderr.toString()).contains("--weeks expected 0 or more, but was -1")
        .contains("--title expected some text, but was blank");
    assertThat(dir.resolve("report.md")).doesNotExist();
  }

  @Test
  void theWindowAndOutOptionsOfTheCsvCommandsAreNotTheReports() {
    assertThat(run("report", "--sample", "--from", "2025-04-01")).isEqualTo(2);
    assertThat(run("report", "--sample", "--out", "x.csv")).isEqualTo(2);
    assertThat(stderr.toString()).contains("Unknown options: '--from'").contains("Unknown options: '--out'");
  }

  @Test
  void withoutTheSampleTheCareFilesAndRatesAreNeeded() {
    assertThat(run("report", "--as-at", "2025-12-31")).isEqualTo(2);
    assertThat(stderr.toString()).contains("missing --header FILE --episodes FILE");
  }

  /** A placement the rate card cannot price stops the report, naming the child; nothing is written. */
  @Test
  void aMissingRateWritesNothing() throws IOException {
    Path header = write("header.csv", "CHILD,SEX,DOB\nC1,1,2015-06-10\nC2,2,2015-06-10\n");
    Path episodes = write("episodes.csv", String.join("\n",
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE",
        "C1,2025-01-01,S,C2,N1,U4,PR1,2025-06-01,E45,",
        "C2,2025-01-01,S,C2,N1,K2,PR1,2025-07-01,E41,", ""));
    Path rates = write("rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\nU4,*,,,2000-01-01,700\n");

    assertThat(run("report", "--header", header.toString(), "--episodes", episodes.toString(),
        "--as-at", "2025-12-31", "--rates", rates.toString(), "--out-dir", dir.resolve("out").toString()))
        .isEqualTo(2);

    assertThat(stderr.toString()).contains("C2").contains("K2");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  /**
   * A council's own files, worked by hand. As at 31 December 2025 (275 of 365 days): C1 left by
   * an SGO on 1 June 2025 from U4 at £700 a week, C2 returned home on 1 July 2025 from U4, so 2
   * exits against a target of 4 (pro-rata 3.01: behind) and 1 SGO against 1 (met). Each saves 52
   * weeks at £700, £36,400, with no support card: £72,800 net against £50,000 (met).
   */
  @Test
  void judgesACouncilsOwnTargets() throws IOException {
    Path header = write("header.csv", "CHILD,SEX,DOB\nC1,1,2015-06-10\nC2,2,2015-06-10\n");
    Path episodes = write("episodes.csv", String.join("\n",
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE",
        "C1,2025-01-01,S,C2,N1,U4,PR1,2025-06-01,E45,",
        "C2,2025-01-01,S,C2,N1,U4,PR1,2025-07-01,E4A,", ""));
    Path rates = write("rates.csv", "place,provider,min_age,max_age,effective_from,weekly_cost\nU4,*,,,2000-01-01,700\n");
    Path targets = write("targets.csv", "measure,financial_year,target\nexits,2025-26,4\nexits:sgo,2025-26,1\nnet_saving,2025-26,50000\n");

    assertThat(run("report", "--header", header.toString(), "--episodes", episodes.toString(),
        "--as-at", "2025-12-31", "--rates", rates.toString(), "--targets", targets.toString(),
        "--title", "Anytown Council", "--out-dir", dir.toString())).as(stderr.toString()).isZero();

    String markdown = Files.readString(dir.resolve("report.md"));
    assertThat(markdown).startsWith("# Anytown Council\n");
    List<List<String>> judged = table(markdown, "**Targets for 2025-26 at 31 December 2025**");
    assertThat(judged).containsExactly(
        List.of("Exits", "4", "3.01", "2", "behind"),
        List.of("Exits: SGO", "1", "0.75", "1", "met"),
        List.of("Net saving", "£50,000.00", "£37,671.23", "£72,800.00", "met"));
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<title>Anytown Council, 2025-26</title>");
  }

  @Test
  void aBadTargetsFileIsReportedWithItsLine() throws IOException {
    Path targets = write("targets.csv", "measure,financial_year,target\nexits,2025-26,1.5\n");

    assertThat(run("report", "--sample", "--targets", targets.toString(), "--out-dir", dir.toString())).isEqualTo(2);

    assertThat(stderr.toString()).contains("targets.csv").contains("line 2");
    assertThat(dir.resolve("report.md")).doesNotExist();
  }

  // ---- helpers

  private String sampleMarkdown() throws IOException {
    Path out = dir.resolve("sample");
    assertThat(run("report", "--sample", "--out-dir", out.toString())).as(stderr.toString()).isZero();
    return Files.readString(out.resolve("report.md"));
  }

  /** The body rows of the Markdown table under a caption line, as trimmed cells. */
  static List<List<String>> table(String markdown, String caption) {
    List<String> lines = Arrays.asList(markdown.split("\n"));
    int at = lines.indexOf(caption);
    assertThat(at).as("caption " + caption).isNotNegative();
    List<List<String>> rows = new ArrayList<>();
    for (int i = at + 4; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i);
      rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1))
          .map(String::strip).collect(Collectors.toList()));
    }
    return rows;
  }

  /** {@code £1,234.56}, possibly bold, as an amount. */
  private static BigDecimal pounds(String cell) {
    return new BigDecimal(cell.replace("*", "").replace("£", "").replace(",", ""));
  }

  /** The financial year of an ISO date, as {@code 2025-26}. */
  private static String financialYear(String isoDate) {
    int year = Integer.parseInt(isoDate.substring(0, 4));
    int month = Integer.parseInt(isoDate.substring(5, 7));
    int start = month >= 4 ? year : year - 1;
    return start + "-" + String.format("%02d", (start + 1) % 100);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
