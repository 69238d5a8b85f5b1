package org.permanence.examples;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.cli.PermanenceCommand;

/**
 * The single-file examples in {@code permanence-examples/examples}, run as a reader runs them:
 * with Java's source launcher on the tool's classpath. Each one's output is compared with its
 * golden copy, and its figures with the command line's on the same sample.
 */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("examples");
  private static final Path GOLDEN = Path.of("src/test/resources/examples");

  @TempDir Path dir;

  /**
   * Runs an example as {@code java -cp CLASSPATH examples/NAME.java} and returns its output. It
   * runs in a German locale, which writes 1.234,56, so that the golden copies also show that an
   * example prints the same on every machine.
   */
  private static String run(String name) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder launch = new ProcessBuilder(java.toString(),
        "-Duser.language=de", "-Duser.country=DE",
        "-cp", System.getProperty("java.class.path"),
        EXAMPLES.resolve(name + ".java").toString())
        .redirectErrorStream(true);
    Process process = launch.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    return text.replace(System.lineSeparator(), "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CostOneChild", "ExitSavings", "SixWeeksShorter", "NewRateCard", "QuarterlyReport"})
  void eachExampleRunsAndPrintsItsGoldenCopy(String name) throws Exception {
    String golden = Files.readString(GOLDEN.resolve(name + ".txt"), StandardCharsets.UTF_8);

    assertThat(run(name)).isEqualTo(golden);
  }

  @Test
  void everyExampleIsRunByThisTestAndShownInTheReadme() throws IOException {
    Set<String> examples = new HashSet<>();
    try (var files = Files.list(EXAMPLES)) {
      files.forEach(file -> examples.add(file.getFileName().toString().replace(".java", "")));
    }
    assertThat(examples).containsExactlyInAnyOrder("CostOneChild", "ExitSavings", "SixWeeksShorter", "NewRateCard",
        "QuarterlyReport");
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (String example : examples) {
      assertThat(readme).contains("permanence-examples/examples/" + example + ".java");
    }
  }

  // ------------------------------------------------ the golden copies against the command line

  /** Runs a command with its CSV written to a file, and returns the CSV's rows. */
  private List<CsvRecord> command(String... args) throws IOException {
    Path csv = Files.createTempFile(dir, "out", ".csv");
    List<String> line = new ArrayList<>(List.of(args));
    line.addAll(List.of("--out", csv.toString()));
    StringWriter err = new StringWriter();
    int exit = PermanenceCommand.run(line.toArray(new String[0]),
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(exit).as(err.toString()).isZero();
    List<CsvRecord> rows = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(Files.readString(csv, StandardCharsets.UTF_8)).forEach(rows::add);
    return rows.subList(1, rows.size());
  }

  private static String golden(String name) throws IOException {
    return Files.readString(GOLDEN.resolve(name + ".txt"), StandardCharsets.UTF_8);
  }

  /** The amount after a label in a golden copy, with its thousands separators taken out. */
  private static BigDecimal amount(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as(regex).isTrue();
    return new BigDecimal(matcher.group(1).replace(",", ""));
  }

  @Test
  void oneChildsCostIsTheCostsCommandsRowAndWorksByHand() throws IOException {
    String text = golden("CostOneChild");
    // 275 days at £465 a week (in-house fostering aged 5 to 10 from April 2024): 465 * 275 / 7
    assertThat(text).contains("275 days in care, costing £18,267.86");
    CsvRecord row = command("costs", "--sample").stream()
        .filter(record -> record.getField(0).equals("C000030")).findFirst().orElseThrow();
    assertThat(row.getField(2)).isEqualTo("275");
    assertThat(new BigDecimal(row.getField(3))).isEqualByComparingTo("18267.86");
  }

  @Test
  void theYearsExitSavingsAreTheSavingsCommandsRowsAddedUp() throws IOException {
    String text = golden("ExitSavings");
    List<CsvRecord> rows = command("savings", "--sample", "--horizon", "full-year");
    BigDecimal net = BigDecimal.ZERO;
    Set<String> exits = new HashSet<>();
    Set<String> sgo = new HashSet<>();
    for (CsvRecord row : rows) {
      net = net.add(new BigDecimal(row.getField(10)));
      exits.add(row.getField(0) + row.getField(1));
      if (row.getField(3).equals("SGO")) {
        sgo.add(row.getField(0) + row.getField(1));
      }
    }
    assertThat(amount(text, "a total net saving of £([0-9,.]+)\\.")).isEqualByComparingTo(net);
    assertThat(text).contains(exits.size() + " children exited care");
    assertThat(text).containsPattern("SGO +" + sgo.size() + " ");
  }

  /**
   * The quarterly report's headline is the savings command's rows for the year at full-year, its
   * all-years total those since the data began, and its pipeline the pipeline command's projection.
   */
  @Test
  void theQuarterlyReportsFiguresAreTheSavingsAndPipelineCommands() throws IOException {
    String text = golden("QuarterlyReport");
    BigDecimal year = BigDecimal.ZERO;
    Set<String> exits = new HashSet<>();
    for (CsvRecord row : command("savings", "--sample", "--horizon", "full-year")) {
      year = year.add(new BigDecimal(row.getField(10)));
      exits.add(row.getField(0) + row.getField(1));
    }
    BigDecimal all = BigDecimal.ZERO;
    Set<String> allExits = new HashSet<>();
    for (CsvRecord row : command("savings", "--sample", "--horizon", "full-year", "--from", "2016-04-01")) {
      all = all.add(new BigDecimal(row.getField(10)));
      allExits.add(row.getField(0) + row.getField(1));
    }
    Path projection = dir.resolve("projection.csv");
    command("pipeline", "--sample", "--horizon", "full-year", "--projection", projection.toString());
    List<CsvRecord> projected = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(Files.readString(projection, StandardCharsets.UTF_8)).forEach(projected::add);
    CsvRecord exitsRow = projected.stream().filter(row -> row.getField(2).equals("exits")).findFirst().orElseThrow();

    assertThat(text).contains(exits.size() + " exits from care to a permanent home");
    assertThat(amount(text, "a net saving of £([0-9,.]+)\\.")).isEqualByComparingTo(year);
    assertThat(amount(text, "all 10 years: " + allExits.size() + " exits, £([0-9,.]+)")).isEqualByComparingTo(all);
    assertThat(text).contains(": " + exitsRow.getField(4) + " to " + exitsRow.getField(5) + " exits");
  }

  @Test
  void sixWeeksShorterIsTheReductionCommandsRowsAddedUp() throws IOException {
    String text = golden("SixWeeksShorter");
    BigDecimal saved = BigDecimal.ZERO;
    List<CsvRecord> rows = command("reduction", "--sample", "--from", "2024-04-01", "--weeks", "6");
    for (CsvRecord row : rows) {
      saved = saved.add(new BigDecimal(row.getField(3)));
    }
    assertThat(amount(text, "shorter on average: £([0-9,.]+)")).isEqualByComparingTo(saved);
    assertThat(text).contains("Periods ended: " + rows.size());

    StringWriter err = new StringWriter();
    int exit = PermanenceCommand.run(new String[] {"reduction", "--sample", "--from", "2024-04-01",
        "--target", "100000", "--out", dir.resolve("reduction.csv").toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(exit).isZero();
    String weeks = err.toString().trim().replace("weeks needed: ", "");
    assertThat(text).contains("would end " + weeks + " weeks sooner");
  }

  @Test
  void todaysCardCostsWhatTheCostsCommandsSegmentsAddUpTo() throws IOException {
    String text = golden("NewRateCard");
    Path explain = dir.resolve("explain.csv");
    command("costs", "--sample", "--explain", explain.toString());
    List<CsvRecord> segments = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(Files.readString(explain)).forEach(segments::add);
    BigDecimal today = BigDecimal.ZERO;
    for (CsvRecord segment : segments.subList(1, segments.size())) {
      today = today.add(new BigDecimal(segment.getField(16)));
    }
    assertThat(amount(text, "total +([0-9,.]+)")).isEqualByComparingTo(today);
    // only in-house fostering changes, and by about a tenth of its cost
    BigDecimal before = amount(text, "U4 PR1 +([0-9,.]+)");
    BigDecimal after = amount(text, "U4 PR1 +[0-9,.]+ +([0-9,.]+)");
    assertThat(after.subtract(before.multiply(new BigDecimal("1.10"))).abs()).isLessThan(new BigDecimal("1.00"));
    assertThat(text).containsPattern("K2 PR4 +([0-9,.]+) +\\1 +0\\.00");
  }
}
