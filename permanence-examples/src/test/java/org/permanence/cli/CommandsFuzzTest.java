package org.permanence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.permanence.examples.sample.SampleData;
import org.permanence.input.InputFile;
import org.permanence.testkit.CsvMutant;
import org.permanence.testkit.CsvMutants;
import org.permanence.testkit.FuzzTries;

/**
 * Every command that reads files, run in-process on a small part of the sample council with one
 * of its input files mutated ({@link CsvMutants}): it succeeds (exit 0) or says what is wrong with
 * the input (exit 2, writing nothing), and never fails otherwise (exit 1) or prints a stack trace.
 * Run deeper with {@code -Dfuzz.tries=N} ({@link FuzzTries}).
 */
class CommandsFuzzTest {

  private static final String AS_AT = "2025-12-31";

  /** The sample council's files, cut down to a few dozen children so that a run takes milliseconds. */
  private static final Map<String, String> FILES = files();

  /** The inputs a command may go without: then it is run with them at times, and without. */
  private static final Set<String> OPTIONAL = Set.of("support", "routes", "targets", "adoption");

  /** The inputs each command reads besides the SSDA903 extract, each mutated in turn. */
  private static final Map<String, List<String>> INPUTS = Map.of(
      "durations", List.of(),
      "costs", List.of("rates"),
      "savings", List.of("rates", "support", "routes"),
      "reduction", List.of("rates"),
      "pipeline", List.of("rates", "support", "planned", "routes"),
      "report", List.of("rates", "support", "planned", "targets", "adoption", "routes"));

  private static final String EXTRACT = "header and episodes";

  private static String text(InputFile file) {
    try (InputStream in = file.open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps the header row and the rows of the children named. */
  private static String keep(String csv, Set<String> children) {
    List<String> lines = csv.lines().toList();
    return lines.stream().filter(line -> line == lines.get(0) || children.contains(line.split(",", 2)[0]))
        .map(line -> line + "\n").collect(Collectors.joining());
  }

  private static Map<String, String> files() {
    // the children with a planned exit or an adoption record, and the first few of the header
    Set<String> children = new HashSet<>();
    String planned = text(SampleData.planned());
    String adoption = text(SampleData.adoption());
    String header = text(SampleData.header());
    planned.lines().skip(1).forEach(line -> children.add(line.split(",", 2)[0]));
    adoption.lines().skip(1).limit(10).forEach(line -> children.add(line.split(",", 2)[0]));
    header.lines().skip(1).limit(12).forEach(line -> children.add(line.split(",", 2)[0]));
    Map<String, String> files = new LinkedHashMap<>();
    files.put("header", keep(header, children));
    files.put("episodes", keep(text(SampleData.episodes()), children));
    files.put("rates", text(SampleData.rates()));
    files.put("support", text(SampleData.support()));
    files.put("planned", planned);
    files.put("targets", text(SampleData.targets()));
    files.put("adoption", keep(adoption, children));
    files.put("routes", String.join("\n", "rec,route", "E11,ADOPTION", "E12,ADOPTION", "E45,SGO", "E46,SGO",
        "E47,SGO", "E48,SGO", "E41,CAO", "E4A,RETURN_HOME", ""));
    return files;
  }

  /** A command run on the files, the mutated ones among them, strictly or leniently. */
  record Run(String command, String mutated, Map<String, CsvMutant> files, boolean lenient, boolean optional) {

    /** The inputs of the run: the extract, the command's required inputs, the mutated one, and the optional ones if asked. */
    List<String> inputs() {
      List<String> inputs = new ArrayList<>(List.of("header", "episodes"));
      for (String input : INPUTS.get(command)) {
        if (optional || !OPTIONAL.contains(input) && !(command.equals("report") && input.equals("planned"))
            || files.containsKey(input)) {
          inputs.add(input);
        }
      }
      return inputs;
    }

    @Override
    public String toString() {
      return command + (lenient ? " --lenient" : "") + " with " + inputs() + ", " + mutated + " mutated: "
          + files.entrySet().stream().filter(file -> !file.getValue().changes().isEmpty())
              .map(file -> file.getKey() + " " + file.getValue()).collect(Collectors.joining("\n"));
    }
  }

  @Provide
  Arbitrary<Run> runs() {
    // a file first, the extract most often as every command reads it, then a command that reads it
    Arbitrary<String> input = Arbitraries.frequency(Tuple.of(2, EXTRACT), Tuple.of(1, "rates"),
        Tuple.of(1, "support"), Tuple.of(1, "planned"), Tuple.of(1, "targets"), Tuple.of(1, "adoption"),
        Tuple.of(1, "routes")).withoutEdgeCases();
    return input.flatMap(mutated -> {
      List<String> commands = INPUTS.keySet().stream()
          .filter(command -> mutated.equals(EXTRACT) || INPUTS.get(command).contains(mutated)).sorted().toList();
      return Combinators.combine(Arbitraries.of(commands).withoutEdgeCases(), mutants(mutated),
              Arbitraries.of(false, true), Arbitraries.of(false, true))
          .as((command, files, lenient, optional) -> new Run(command, mutated, files, lenient, optional));
    });
  }

  /** The mutated files by name: the extract's two, or one other. */
  private static Arbitrary<Map<String, CsvMutant>> mutants(String input) {
    if (input.equals(EXTRACT)) {
      return CsvMutants.ofExtract(FILES.get("header"), FILES.get("episodes")).map(extract -> {
        Map<String, CsvMutant> files = new LinkedHashMap<>();
        files.put("header", extract.get(0));
        files.put("episodes", extract.get(1));
        return files;
      });
    }
    return CsvMutants.of(FILES.get(input)).map(mutant -> {
      Map<String, CsvMutant> files = new LinkedHashMap<>();
      files.put(input, mutant);
      return files;
    });
  }

  /** What a run printed and wrote. */
  private record Outcome(int exitCode, String stderr, boolean wroteOutput) {}

  private static Outcome run(Run run) throws IOException {
    Path dir = Files.createTempDirectory("permanence-fuzz");
    try {
      Map<String, Path> paths = new LinkedHashMap<>();
      for (String input : run.inputs()) {
        CsvMutant mutant = run.files().get(input);
        byte[] bytes = mutant != null ? mutant.bytes() : FILES.get(input).getBytes(StandardCharsets.UTF_8);
        paths.put(input, Files.write(dir.resolve(input + ".csv"), bytes));
      }
      Path out = dir.resolve("out");
      Path rejects = dir.resolve("rejects.csv");
      List<String> args = new ArrayList<>(List.of(run.command(), "--as-at", AS_AT));
      for (Map.Entry<String, Path> input : paths.entrySet()) {
        args.add("--" + input.getKey());
        args.add(input.getValue().toString());
      }
      switch (run.command()) {
        case "savings", "pipeline" -> args.addAll(List.of("--horizon", "full-year"));
        case "reduction" -> args.addAll(List.of("--weeks", "6"));
        default -> { }
      }
      args.addAll(run.command().equals("report") ? List.of("--out-dir", out.toString())
          : List.of("--from", "2023-04-01", "--out", out.toString()));
      if (run.lenient()) {
        args.addAll(List.of("--lenient", "--rejects", rejects.toString()));
      }
      StringWriter stdout = new StringWriter();
      StringWriter stderr = new StringWriter();
      int code = PermanenceCommand.run(args.toArray(new String[0]), new PrintWriter(stdout, true),
          new PrintWriter(stderr, true));
      return new Outcome(code, stderr.toString(), Files.exists(out) || Files.exists(rejects));
    } finally {
      try (Stream<Path> written = Files.walk(dir)) {
        for (Path path : written.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** A character that does something to a terminal, or that cannot be seen, rather than print. */
  private static boolean isUnprintable(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
  }

  @Test
  void theFilesMutatedAreValidForEveryCommand() throws IOException {
    for (String command : INPUTS.keySet()) {
      Outcome outcome = run(new Run(command, "nothing", Map.of(), false, true));

      assertThat(outcome.exitCode()).as(command + ": " + outcome.stderr()).isZero();
      assertThat(outcome.wroteOutput()).isTrue();
    }
  }

  // found by the property: each failed with exit 1

  @Test
  void aReportWithATargetOf99999999999999999999ExitsIsWritten() throws IOException {
    String targets = "measure,financial_year,target\nexits,2025-26,99999999999999999999\n";
    Run run = new Run("report", "targets", Map.of("targets", CsvMutants.unchanged(targets)), false, false);

    Outcome outcome = run(run);

    assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    assertThat(outcome.wroteOutput()).isTrue();
  }

  @Test
  void aReportOnAnExtractWithTwoDigitYearsPaddedWithZerosSaysWhatIsWrong() throws IOException {
    String header = FILES.get("header").replaceAll("/20(\\d\\d)\\b", "/00$1");
    String episodes = FILES.get("episodes").replaceAll("/20(\\d\\d)\\b", "/00$1");
    assertThat(header).contains("02/10/0017");
    Run run = new Run("report", EXTRACT,
        Map.of("header", CsvMutants.unchanged(header), "episodes", CsvMutants.unchanged(episodes)), false, false);

    Outcome outcome = run(run);

    assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(2);
    assertThat(outcome.stderr()).contains("header.csv line 2, column DOB: not a valid date");
  }

  @Property(tries = 90)
  @AddLifecycleHook(FuzzTries.class)
  void everyCommandSucceedsOrSaysWhatIsWrongWithItsInput(@ForAll("runs") Run run) throws IOException {
    Outcome outcome = run(run);

    assertThat(outcome.exitCode()).as("exit code; stderr:\n%s", outcome.stderr()).isIn(0, 2);
    assertThat(outcome.stderr()).as("a stack trace or an exception's name")
        .doesNotContain("\tat ").doesNotContain("Exception");
    // a cell's control characters (an escape sequence, a NUL, a line feed) would garble the terminal
    assertThat(outcome.stderr().replace("\n", "").codePoints().filter(CommandsFuzzTest::isUnprintable))
        .as("control characters in:\n%s", outcome.stderr()).isEmpty();
    if (outcome.exitCode() == 2) {
      assertThat(outcome.stderr()).contains("nothing was written");
      assertThat(outcome.wroteOutput()).as("wrote output after problems").isFalse();
    } else {
      assertThat(outcome.wroteOutput()).isTrue();
    }

    Statistics.label("exit code").collect(outcome.exitCode())
        .coverage(check -> {
          check.check(0).count(n -> n > 0);
          check.check(2).count(n -> n > 0);
        });
    Statistics.label("command").collect(run.command());
    Statistics.label("file mutated").collect(run.mutated());
  }
}
