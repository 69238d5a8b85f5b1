package org.permanence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanence.adoption.AdoptionRecord;
import org.permanence.adoption.AdoptionRecords;
import org.permanence.adoption.AdoptionTimelinessCalculator;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.care.PeriodOfCare;
import org.permanence.child.ChildId;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.cost.PlacementCost;
import org.permanence.cost.PlacementCostCalculator;
import org.permanence.duration.DurationCalculator;
import org.permanence.duration.PeriodDuration;
import org.permanence.examples.sample.SampleData;
import org.permanence.exit.Exit;
import org.permanence.exit.ExitFinder;
import org.permanence.exit.Horizon;
import org.permanence.exit.RouteTable;
import org.permanence.input.InputFile;
import org.permanence.input.RateCards;
import org.permanence.pipeline.PipelineCalculator;
import org.permanence.pipeline.PipelineSaving;
import org.permanence.pipeline.PlannedExit;
import org.permanence.pipeline.PlannedExits;
import org.permanence.rate.RateCard;
import org.permanence.reduction.DurationReduction;
import org.permanence.reduction.DurationReductionCalculator;
import org.permanence.report.ProgressReport;
import org.permanence.report.ProgressReportCalculator;
import org.permanence.report.ReportInputs;
import org.permanence.report.ReportParameters;
import org.permanence.saving.ExitSaving;
import org.permanence.saving.ExitSavingsCalculator;
import org.permanence.ssda903.Ssda903Read;
import org.permanence.ssda903.Ssda903Reader;
import org.permanence.support.SupportCard;
import org.permanence.support.SupportCards;
import org.permanence.targets.Targets;
import org.permanence.time.Age;
import org.threeten.extra.LocalDateRange;

/**
 * No date of birth (DOB, MC_DOB), postcode (HOME_POST, PL_POST) or UPN of the input comes out of
 * the tool or the library but in the user's own rows of a rejects file: not in a message (standard
 * output and error, {@code System.out} and {@code System.err}), a log record ({@code
 * java.util.logging}, and {@code System.Logger}, which goes to it), an exception's message, the
 * {@code toString} of a value made from the input, an output CSV, or a report. And no text cell of
 * an output CSV starts with a character a spreadsheet would run as a formula.
 *
 * <p>The input is the sample council made realistic: each child has a UPN (a letter and 12
 * digits), each episode a home and a placement postcode (written with and without the space, some
 * in lower case), some children an MC_DOB, and dates of birth are written in both date forms. Each
 * date of birth is moved off every date the files and the options hold (episode dates, card dates,
 * the as-at date, window edges, and every 1 January, 31 March, 1 April and 31 December), so that
 * such a date found in the output can only have come from the header file. Variants of it break
 * each rule the readers, the cards and the commands check, and every command runs on them,
 * strictly and leniently, with every output it can write.
 *
 * <p>A date is looked for in every form it could be printed in ({@code 02/10/2017}, {@code
 * 2/10/2017}, {@code 2017-10-02}, {@code 20171002}, {@code 2 October 2017}, {@code Oct 2, 2017},
 * either way round), a postcode with or without its space and in any case, a UPN by its 12
 * digits. Each leak is reported with the value, whose it is, the form it was found in, and where.
 * A line that names children is checked for their dates of birth, and a line that names none for
 * every child's, so that a date that is one child's in an explanation of another's is not taken
 * for a leak.
 *
 * <p>Messages also never give a date worked out from a date of birth (a birthday, or the day before
 * one, where an age band's rates run out or care ends at 18), checked on a few children whose
 * birthdays fall on no other date of their files.
 *
 * <p>The rejects file of lenient reading is the one exception, by choice: its {@code record} column
 * gives back each rejected input row as read, date of birth, UPN and postcodes included, so that
 * the user can correct the row and load it again (the methodology's "writes every rejected input
 * row"). It is a file the user asked for, to be kept as carefully as the input, not a message. Its
 * other columns are checked, its {@code reason} as a message.
 */
class PrivacyTest {

  private static final LocalDate AS_AT = SampleData.asAt();

  /** The first day of the widest window the runs use: every exit of the sample. */
  private static final String EARLIEST = "2016-04-01";

  /** The first day of the window of most runs: two years, enough for every kind of row, quick to check. */
  private static final String RECENT = "2024-04-01";

  private static final String[] HEADER_COLUMNS = {"CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"};

  /** Columns of the output CSVs whose cells are numbers, which may start with a minus sign. */
  private static final Set<String> NUMBER_COLUMNS = Set.of("line", "days", "days_in_window", "cost",
      "age", "weekly_rate", "amount", "rate", "discount_factor", "avoided_cost", "support_cost",
      "net_saving", "present_value", "reduced_days", "periods", "weeks", "mean_days",
      "mean_days_after", "mean_days_shorter", "achieved", "low", "high", "rate_min_age",
      "rate_max_age", "row_min_age", "row_max_age");

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  @TempDir static Path root;

  /** The sample made realistic, and what in it must not come out. */
  private static Council whole;

  /**
   * The same, with a third of its children (those of the planned exits and adoptions among them),
   * for the many runs on variants: every kind of row in a third of the time.
   */
  private static Council sample;

  private static int runs;

  private static final Logger ROOT_LOGGER = Logger.getLogger("");
  private static Level rootLevel;
  private static final List<String> LOGS = new ArrayList<>();
  private static final Handler CAPTURE = new Handler() {
    private final SimpleFormatter format = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      synchronized (LOGS) {
        LOGS.add(format.format(record));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeAll
  static void captureLogsAndMakeTheSample() throws IOException {
    // System.Logger goes to java.util.logging unless a provider is installed: one handler sees both
    rootLevel = ROOT_LOGGER.getLevel();
    ROOT_LOGGER.setLevel(Level.ALL);
    ROOT_LOGGER.addHandler(CAPTURE);
    whole = Council.fromSample();
    sample = whole.smaller(120);
  }

  @AfterAll
  static void stopCapturingLogs() {
    ROOT_LOGGER.removeHandler(CAPTURE);
    ROOT_LOGGER.setLevel(rootLevel);
  }

  // ============================================================================== the commands

  @Test
  void everyCommandOnTheSampleKeepsItsPersonalData() throws IOException {
    Inputs files = whole.write("clean");
    Checks checks = new Checks(whole.watch);

    // every period and exit since the first, and two years in full detail
    checks.run("durations to standard output", 0, dir -> files.care("durations", "--from", EARLIEST));
    checks.run("durations --out", 0, dir -> files.durationsOut(dir, EARLIEST));
    checks.run("costs --explain", 0, dir -> files.costs(dir, RECENT, "--explain", dir.resolve("segments.csv")));
    checks.run("savings --explain", 0, dir -> files.savings(dir, RECENT, "full-year",
        "--discount-rate", "0.035", "--explain", dir.resolve("segments.csv")));
    checks.run("savings to 18", 0, dir -> files.savings(dir, EARLIEST, "to-18"));
    checks.run("reduction --weeks --summary", 0, dir -> files.reduction(dir, EARLIEST, "--weeks", "6",
        "--summary", dir.resolve("summary.csv")));
    checks.run("reduction --target", 0, dir -> files.reduction(dir, RECENT, "--target", "50000"));
    checks.run("pipeline --projection", 0, dir -> files.pipeline(dir, "to-18",
        "--projection", dir.resolve("projection.csv")));
    checks.run("report", 0, files::report);
    checks.run("durations --lenient, nothing rejected", 0, dir -> files.lenient(files.durationsOut(dir, EARLIEST), dir));
    checks.run("generate", 0, dir -> List.of("generate", "--out-dir", dir.resolve("council").toString(),
        "--children", "20"));
    for (String command : List.of("report", "durations", "costs", "savings", "reduction", "pipeline", "generate")) {
      checks.run(command + " --help", 0, dir -> List.of(command, "--help"));
    }
    checks.run("--version", 0, dir -> List.of("--version"));
    checks.run("help", 0, dir -> List.of("help"));

    checks.assertNone();
  }

  @Test
  void everyProblemOfTheSsda903FilesIsReportedWithoutPersonalData() throws IOException {
    // every problem at once, each in a child of its own: strict reading lists them all
    List<String> commands = List.of("durations", "costs", "savings", "reduction", "pipeline", "report");
    List<Breakage> breakages = sample.breakages();
    Council everything = sample.broken(breakages);
    Inputs files = everything.write("broken-all");
    Checks checks = new Checks(everything.watch);
    for (String command : commands) {
      checks.run(command + ", every problem at once", 2, dir -> files.command(command, dir))
          .stderrContains(breakages.stream().map(b -> b.expected).toArray(String[]::new));
    }
    for (String command : commands) {
      Outcome lenient = checks.run(command + " --lenient, every problem at once", 0,
          dir -> files.lenient(files.command(command, dir), dir));
      lenient.stderrContains("were rejected");
    }
    checks.assertNone();
  }

  /**
   * The rejects file gives back the rows as read, personal data included, by choice (see the class
   * comment); its reasons, like every message, hold none.
   */
  @Test
  void theRejectsFileGivesBackTheUsersOwnRowsAndItsReasonsNoPersonalData() throws IOException {
    Council broken = sample.broken(sample.breakages());
    Inputs files = broken.write("rejects");
    Checks checks = new Checks(broken.watch);

    Outcome outcome = checks.run("durations --lenient", 0, dir -> files.lenient(files.durationsOut(dir, RECENT), dir));

    checks.assertNone();
    // by design: the record column is the row as read, date of birth and postcodes included
    List<CsvRecord> rows = records(Files.readString(outcome.dir.resolve("rejects.csv")));
    Breakage badSex = sample.breakage("an unknown SEX code");
    String rejected = rows.stream().filter(row -> row.getField(2).equals(badSex.child)
            && row.getField(0).equals("header.csv")).map(row -> row.getField(4)).findFirst().orElseThrow();
    assertThat(rejected).as("the rejected header row, given back as read").contains(broken.dobText(badSex.child));
    assertThat(rows.stream().filter(row -> row.getField(0).equals("episodes.csv")).map(row -> row.getField(4)))
        .as("rejected episode rows, given back as read")
        .anySatisfy(record -> assertThat(broken.watch.postcodes.keySet())
            .anyMatch(postcode -> normalPostcode(record).contains(postcode)));
  }

  @Test
  void everyProblemOfTheOtherInputsIsReportedWithoutPersonalData() throws IOException {
    Inputs files = sample.write("others");
    Checks checks = new Checks(sample.watch);
    String[] planned = sample.badPlannedExits();

    checks.run("costs, a bad rate card", 2, dir -> files.with(dir, "rates.csv", SampleText.RATES
        + "Q9,PR1,,,2015-04-01,100\nU*,PR1,12,3,2015-04-01,100\nU*,PR1,0,4,2015-04-01,-3\n",
        files.costs(dir, RECENT))).stderrContains("rates.csv line");
    checks.run("savings, a bad support card", 2, dir -> files.with(dir, "support.csv", SampleText.SUPPORT
        + "SGO,fortnightly,,,2015-04-01,10\nSGO,weekly,0,4,2015-04-01,-150\nCAO,weekly,,,2015-04-01,120.00\n",
        files.savings(dir, RECENT, "full-year"))).stderrContains("support.csv line");
    checks.run("savings, a bad route table", 2, dir -> files.with(dir, "routes.csv",
        "rec,route\nE99,SGO\nX1,ADOPTION\nE11,adoption order\n",
        files.savings(dir, RECENT, "full-year", "--routes", dir.resolve("routes.csv")))).stderrContains("routes.csv line");
    checks.run("pipeline, bad planned exits", 2, dir -> files.with(dir, "planned.csv", String.join("\n", planned) + "\n",
        files.pipeline(dir, "full-year"))).stderrContains("planned.csv line", "18th birthday");
    checks.run("report, bad planned exits", 2, dir -> files.with(dir, "planned.csv", String.join("\n", planned) + "\n",
        files.report(dir))).stderrContains("planned.csv line");
    checks.run("report, a bad targets file", 2, dir -> files.with(dir, "targets.csv", SampleText.TARGETS
        + "exits,2025-26,-5\nwibble,2025-26,3\nexits,2025/26,3\nexits,2025-26,15\n",
        files.report(dir))).stderrContains("targets.csv line");
    checks.run("report, a bad adoption file", 2, dir -> files.with(dir, "adoption.csv", sample.badAdoptions(),
        files.report(dir))).stderrContains("adoption.csv line");
    checks.run("reduction, a target out of reach", 2, dir -> files.reduction(dir, RECENT, "--target", "999999999"))
        .stderrContains("--target");
    checks.run("the header file given as episodes", 2, dir -> files.swapped(dir)).stderrContains("missing");
    checks.assertNone();
  }

  @Test
  void missingRatesAreReportedWithoutPersonalData() throws IOException {
    Inputs files = sample.write("missing-rates");
    Checks checks = new Checks(sample.watch);
    // no PR1 row for ages 16 and 17, and no row for any provider: 16- and 17-year-olds in U* with PR1 have no rate
    String rates = SampleText.RATES.lines()
        .filter(line -> !line.startsWith("U*,PR1,16,17") && !line.startsWith("U*,*,"))
        .reduce("", (a, b) -> a + b + "\n");
    // over years, and to the 18th birthday, where the 16- and 17-year-olds are
    Map<String, Checks.Args> runs = Map.of(
        "costs", dir -> files.command("costs", dir),
        "savings", dir -> files.savings(dir, EARLIEST, "to-18", "--explain", dir.resolve("segments.csv")),
        "reduction", dir -> files.reduction(dir, EARLIEST, "--weeks", "52"),
        "pipeline", dir -> files.pipeline(dir, "to-18", "--projection", dir.resolve("projection.csv")),
        "report", dir -> files.command("report", dir));
    for (Map.Entry<String, Checks.Args> run : new TreeMap<>(runs).entrySet()) {
      checks.run(run.getKey() + ", missing rates", 2, dir -> files.with(dir, "rates.csv", rates, run.getValue().in(dir)))
          .stderrContains("no rate");
    }
    checks.assertNone();
  }

  @Test
  void usageErrorsKeepThePersonalData() throws IOException {
    Inputs files = sample.write("usage");
    Checks checks = new Checks(sample.watch);
    String header = files.header.toString();
    String episodes = files.episodes.toString();
    checks.run("no --as-at", 2, dir -> List.of("durations", "--header", header, "--episodes", episodes));
    checks.run("an unknown option", 2, dir -> List.of("durations", "--sample", "--dob", "yes"));
    checks.run("an --as-at that is no date", 2, dir -> List.of("durations", "--header", header,
        "--episodes", episodes, "--as-at", "31/12/2025"));
    checks.run("--lenient without --rejects", 2, dir -> List.of("durations", "--header", header,
        "--episodes", episodes, "--as-at", AS_AT.toString(), "--lenient"));
    checks.run("--to before --from", 2, dir -> List.of("durations", "--header", header,
        "--episodes", episodes, "--as-at", AS_AT.toString(), "--from", "2025-06-01", "--to", "2025-05-01"));
    checks.run("no such file", 2, dir -> List.of("durations", "--header", dir.resolve("none.csv").toString(),
        "--episodes", episodes, "--as-at", AS_AT.toString()));
    checks.run("a bad horizon", 2, dir -> files.savings(dir, RECENT, "to-19"));
    checks.run("a bad discount rate", 2, dir -> files.savings(dir, RECENT, "full-year", "--discount-rate", "3.5%"));
    checks.run("a bad target", 2, dir -> files.reduction(dir, RECENT, "--target", "-5"));
    checks.run("--explain and --out the same file", 2, dir -> files.costs(dir, RECENT,
        "--explain", dir.resolve("costs.csv")));
    checks.run("an unknown command", 2, dir -> List.of("durationz", "--sample"));
    checks.assertNone();
  }

  // ================================================================== the library's own values

  @Test
  void theLibrarysValuesAndExceptionsKeepThePersonalData() throws IOException {
    Inputs files = sample.write("values");
    Checks checks = new Checks(sample.watch);
    LocalDateRange window = LocalDateRange.of(LocalDate.parse(RECENT), AS_AT.plusDays(1));
    RateCard rates = RateCards.read(SampleData.rates());
    SupportCard support = SupportCards.read(SampleData.support());

    Ssda903Read read = Ssda903Reader.strict().read(InputFile.of(files.header), InputFile.of(files.episodes));
    CareData data = read.strict();
    checks.value("Ssda903Read", read);
    checks.value("CareData", data);
    for (CareHistory history : data.histories()) {
      checks.value("CareHistory", history.childId(), history);
      checks.value("Child", history.childId(), history.child());
      history.episodes().forEach(episode -> checks.value("Episode", history.childId(), episode));
      history.periodsOfCare(AS_AT).forEach(period -> checks.value("PeriodOfCare", history.childId(), period));
    }
    BatchResult<PeriodDuration> durations = DurationCalculator.DEFAULT.durations(data.histories(), window, AS_AT);
    durations.values().forEach(duration -> {
      checks.value("PeriodDuration", duration.period().childId(), duration);
      checks.value("PeriodDuration.explain()", duration.period().childId(), duration.explain());
    });
    checks.value("CohortDurations", DurationCalculator.DEFAULT.cohort(data.histories(), window, AS_AT));
    BatchResult<PlacementCost> costs = PlacementCostCalculator.DEFAULT.costs(data, window, AS_AT, rates);
    costs.values().forEach(cost -> {
      checks.value("PlacementCost", cost.childId(), cost);
      checks.value("PlacementCost.explain()", cost.childId(), cost.explain());
      cost.segments().forEach(segment -> checks.value("CostSegment", cost.childId(), segment));
    });
    List<Exit> exits = ExitFinder.DEFAULT.exits(data, RouteTable.DEFAULT, window, AS_AT);
    exits.forEach(exit -> checks.value("Exit", exit.childId(), exit));
    BatchResult<ExitSaving> savings = ExitSavingsCalculator.DEFAULT.savings(exits, Horizon.toEighteen(),
        rates, support, Optional.empty());
    savings.values().forEach(saving -> checks.value("ExitSaving", saving.exit().childId(), saving));
    checks.value("BatchResult", savings);
    List<PlannedExit> plans = PlannedExits.read(SampleData.planned(), RouteTable.DEFAULT, data, AS_AT);
    BatchResult<PipelineSaving> pipeline = PipelineCalculator.DEFAULT.savings(plans, data, AS_AT,
        Horizon.toEighteen(), rates, support, Optional.empty());
    pipeline.values().forEach(saving -> checks.value("PipelineSaving", saving.plan().childId(), saving));
    List<AdoptionRecord> adoptions = AdoptionRecords.read(SampleData.adoption(), data);
    adoptions.forEach(record -> checks.value("AdoptionRecord", record.childId(), record));
    AdoptionTimelinessCalculator.DEFAULT.timeliness(data, window, AS_AT, adoptions).values()
        .forEach(adoption -> checks.value("AdoptionTimeliness", adoption.childId(), adoption));
    DurationReduction reduction = DurationReductionCalculator.DEFAULT.reduction(data, window, AS_AT, rates, 6);
    checks.value("DurationReduction", reduction);
    reduction.periods().forEach(period -> checks.value("PeriodReduction", period.childId(), period));
    ProgressReport report = ProgressReportCalculator.DEFAULT.report(ReportInputs.builder()
        .data(data).rates(rates).support(support).addAllPlanned(plans).addAllAdoptions(adoptions)
        .addAllTargets(Targets.read(SampleData.targets(), RouteTable.DEFAULT)).build(),
        ReportParameters.builder().asAt(AS_AT).build());
    checks.value("ProgressReport", report);

    // the values and exceptions of reading every problem, strictly and leniently
    Council broken = sample.broken(sample.breakages());
    Inputs brokenFiles = broken.write("values-broken");
    checks.watch(broken.watch);
    Ssda903Read lenient = Ssda903Reader.lenient().read(InputFile.of(brokenFiles.header), InputFile.of(brokenFiles.episodes));
    checks.value("Ssda903Read, lenient", lenient);
    lenient.problems().forEach(problem -> checks.message("InputProblem", problem.toString()));
    lenient.rejectedRows().forEach(row -> {
      checks.value("RejectedRow", row);
      checks.message("RejectedRow.reason()", row.reason());
    });
    checks.exception("Ssda903Read.strict()", lenient::strict);
    checks.exception("Ssda903Reader.strict()", () -> Ssda903Reader.strict().read(
        InputFile.of(brokenFiles.header), InputFile.of(brokenFiles.episodes)).strict());
    // a history given to the library whole, not read from a file
    CareHistory first = data.histories().get(0);
    Episode model = first.episodes().get(0);
    Episode early = Episode.builder().childId(first.childId())
        .start(first.child().dateOfBirth().minusDays(100)).endExclusive(first.child().dateOfBirth().minusDays(90))
        .reasonEnded(ReasonEpisodeCeased.of("E4A")).reasonForNewEpisode(model.reasonForNewEpisode())
        .legalStatus(model.legalStatus()).placementType(model.placementType()).build();
    List<Episode> episodes = new ArrayList<>(first.episodes());
    episodes.add(early);
    checks.exception("CareHistory.of, an episode before birth", () -> CareHistory.of(first.child(), episodes));
    CareHistory.problems(first.child(), episodes).forEach(problem -> checks.message("CareHistoryProblem", problem.toString()));
    checks.exception("Child.ageOn before birth", () -> first.child().ageOn(first.child().dateOfBirth().minusDays(100)));
    checks.assertNone();
  }

  @Test
  void messagesNeverGiveABirthdayWhereARateRunsOutOrCareEnds() throws IOException {
    Birthdays birthdays = new Birthdays(root.resolve("birthdays"));
    Checks checks = new Checks(birthdays.watch);

    checks.run("costs, no rate at 16 and 17", 2, birthdays::costs).stderrContains("B1", "B3");
    checks.run("savings to 18, no rate at 16 and 17", 2, birthdays::savings).stderrContains("B2");
    checks.run("reduction, no rate at 16", 2, birthdays::reduction).stderrContains("B1");
    checks.run("pipeline to 18, no rate at 17", 2, birthdays::pipeline).stderrContains("B3");
    checks.run("report, no rate at 16 and 17", 2, birthdays::report).stderrContains("B2", "B3");
    checks.run("pipeline, a plan after the 18th birthday", 2, birthdays::lateExit).stderrContains("18th birthday");
    RateCard card = RateCards.read(birthdays.rates);
    CareData data = Ssda903Reader.strict().read(birthdays.header, birthdays.episodes).strict();
    for (CareHistory history : data.histories()) {
      checks.exception("PlacementCostCalculator.cost " + history.childId(), () -> PlacementCostCalculator.DEFAULT
          .cost(history, LocalDateRange.of(LocalDate.of(2019, 4, 1), Birthdays.AS_AT.plusDays(1)), Birthdays.AS_AT, card));
    }
    PlacementCostCalculator.DEFAULT.costs(data, LocalDateRange.of(LocalDate.of(2019, 4, 1), Birthdays.AS_AT.plusDays(1)),
        Birthdays.AS_AT, card).failures().forEach(failure -> {
          checks.message("Failure", failure.toString());
          assertThat(failure.toString()).as("a failure names its child once")
              .startsWith("child " + failure.childId().orElseThrow() + ", episode starting")
              .doesNotContain("child " + failure.childId().orElseThrow() + ": child");
        });
    checks.assertNone();
  }

  // ================================================================== spreadsheet formulae

  @Test
  void noTextCellOfAnOutputStartsAsAFormula() throws IOException {
    // every child's identifier starts with =, +, - or @, and so does every input file's name
    Council formulae = sample.withFormulaIdentifiers();
    Inputs files = formulae.write("formulae", "=header.csv", "+episodes.csv", "@rates.csv", "-support.csv",
        "=planned.csv");
    Checks checks = new Checks(formulae.watch);

    checks.run("durations", 0, dir -> files.durationsOut(dir, RECENT));
    checks.run("costs --explain", 0, dir -> files.costs(dir, RECENT, "--explain", dir.resolve("segments.csv")));
    checks.run("savings --explain", 0, dir -> files.savings(dir, RECENT, "full-year", "--explain", dir.resolve("segments.csv")));
    checks.run("reduction --summary", 0, dir -> files.reduction(dir, RECENT, "--weeks", "6",
        "--summary", dir.resolve("summary.csv")));
    checks.run("pipeline --projection", 0, dir -> files.pipeline(dir, "full-year",
        "--projection", dir.resolve("projection.csv")));
    Council broken = formulae.broken(formulae.breakages());
    Inputs brokenFiles = broken.write("formulae-broken", "=header.csv", "+episodes.csv", "@rates.csv",
        "-support.csv", "=planned.csv");
    checks.watch(broken.watch);
    for (String command : List.of("durations", "costs", "savings", "reduction", "pipeline")) {
      checks.run(command + " --lenient", 0, dir -> brokenFiles.lenient(brokenFiles.command(command, dir), dir));
    }
    checks.assertNone();
    assertThat(checks.cellsChecked).as("text cells starting with a formula character, guarded").isGreaterThan(1000);
  }

  // ============================================================================== the council

  /** The sample's own card files, as text. */
  private static final class SampleText {
    static final String RATES = text(SampleData.rates());
    static final String SUPPORT = text(SampleData.support());
    static final String TARGETS = text(SampleData.targets());
    static final String PLANNED = text(SampleData.planned());
    static final String ADOPTION = text(SampleData.adoption());

    private static String text(InputFile file) {
      try (InputStream in = file.open()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** One way of breaking the SSDA903 files, and a piece of the message that reports it. */
  private record Breakage(String name, String child, String expected, Consumer<Council> change) {}

  /**
   * A council's SSDA903 files as rows of cells, with the planned exits and adoption file that go
   * with them, and what in them is personal.
   */
  private static final class Council {
    final List<String[]> header;
    final List<String[]> episodes;
    final String planned;
    final String adoption;
    final Watch watch;

    Council(List<String[]> header, List<String[]> episodes, String planned, String adoption) {
      this.header = header;
      this.episodes = episodes;
      this.planned = planned;
      this.adoption = adoption;
      this.watch = Watch.of(header, episodes);
    }

    /**
     * The sample with realistic UPNs, postcodes and MC_DOBs, dates of birth in both forms and
     * moved off every date the files or the runs' options hold.
     */
    static Council fromSample() {
      List<String[]> header = rows(SampleData.header());
      List<String[]> episodes = rows(SampleData.episodes());
      Set<LocalDate> taken = takenDates(episodes);
      Random random = new Random(903);
      Set<String> upns = new HashSet<>();
      Set<String> postcodes = new HashSet<>();
      Map<String, String> homes = new HashMap<>();
      for (int i = 1; i < header.size(); i++) {
        String[] row = header.get(i);
        row[2] = form(awayFrom(taken, date(row[2])), i);
        row[4] = upn(random, upns);
        if (!row[6].isEmpty()) {
          row[6] = form(awayFrom(taken, date(row[6])), i + 1);
        } else if (i % 40 == 0 && date(row[2]).getYear() < 2008) {
          row[5] = "1";
          row[6] = form(awayFrom(taken, date(row[2]).plusYears(16).plusDays(101)), i + 1);
        }
        homes.put(row[0], postcode(random, postcodes));
      }
      for (int i = 1; i < episodes.size(); i++) {
        String[] row = episodes.get(i);
        // written as councils write them: most with a space, some without, some in lower case
        row[10] = spelt(homes.get(row[0]), i);
        row[11] = i % 11 == 0 ? "" : spelt(postcode(random, postcodes), i + 3);
      }
      return new Council(header, episodes, SampleText.PLANNED, SampleText.ADOPTION);
    }

    Council copy() {
      return new Council(deepCopy(header), deepCopy(episodes), planned, adoption);
    }

    /** The council with its first children, and those its planned exits and adoptions name. */
    Council smaller(int children) {
      Set<String> kept = new HashSet<>();
      for (String[] row : header.subList(1, Math.min(header.size(), children + 1))) {
        kept.add(row[0]);
      }
      (planned + adoption).lines().forEach(line -> kept.add(line.split(",")[0]));
      List<String[]> fewer = new ArrayList<>();
      fewer.add(header.get(0));
      header.subList(1, header.size()).stream().filter(row -> kept.contains(row[0])).forEach(fewer::add);
      List<String[]> theirs = new ArrayList<>();
      theirs.add(episodes.get(0));
      episodes.subList(1, episodes.size()).stream().filter(row -> kept.contains(row[0])).forEach(theirs::add);
      return new Council(deepCopy(fewer), deepCopy(theirs), planned, adoption);
    }

    private static List<String[]> deepCopy(List<String[]> rows) {
      List<String[]> copy = new ArrayList<>(rows.size());
      rows.forEach(row -> copy.add(row.clone()));
      return copy;
    }

    /** Every date of the episodes, cards, planned exits and adoptions, and of the runs' options. */
    private static Set<LocalDate> takenDates(List<String[]> episodes) {
      Set<LocalDate> taken = new HashSet<>();
      for (String[] row : episodes.subList(1, episodes.size())) {
        taken.add(date(row[1]));
        if (!row[7].isEmpty()) {
          taken.add(date(row[7]));
        }
      }
      Matcher dates = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}").matcher(SampleText.RATES
          + SampleText.SUPPORT + SampleText.PLANNED + SampleText.ADOPTION + " " + EARLIEST + " " + AS_AT);
      while (dates.find()) {
        taken.add(LocalDate.parse(dates.group()));
      }
      for (int year = 1990; year <= 2050; year++) {
        taken.addAll(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31),
            LocalDate.of(year, 4, 1), LocalDate.of(year, 12, 31)));
      }
      return taken;
    }

    /** The date, or the latest day before it that no file or option holds. */
    private static LocalDate awayFrom(Set<LocalDate> taken, LocalDate date) {
      LocalDate free = date;
      while (taken.contains(free)) {
        free = free.minusDays(1);
      }
      return free;
    }

    /** The date in one of the forms the reader takes, by turn. */
    private static String form(LocalDate date, int turn) {
      switch (turn % 3) {
        case 0:
          return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        case 1:
          return date.toString();
        default:
          return date.format(DateTimeFormatter.ofPattern("d/M/yyyy"));
      }
    }

    /** A UPN as schools record them: a check letter, the authority, the school, the year, a serial. */
    private static String upn(Random random, Set<String> taken) {
      String letters = "ABCDEFGHJKLMNPQRTUVWXYZ";
      while (true) {
        String upn = letters.charAt(random.nextInt(letters.length()))
            + String.format("%03d%04d%02d%03d", 800 + random.nextInt(140), random.nextInt(10_000),
                10 + random.nextInt(15), random.nextInt(1000));
        if (taken.add(upn.substring(1))) {
          return upn;
        }
      }
    }

    private static final String[] DISTRICTS = {"LS6", "M14", "B15", "NE1", "S10", "BD7", "HU5", "L17",
        "SW9", "E17", "N16", "CF24", "G12", "EH9", "BS6", "NG7", "LE2", "CV4", "YO10", "DN4", "WF1", "HX3"};

    private static String postcode(Random random, Set<String> taken) {
      String units = "ABDEFGHJLNPQRSTUWXYZ";
      while (true) {
        String postcode = DISTRICTS[random.nextInt(DISTRICTS.length)] + " " + random.nextInt(10)
            + units.charAt(random.nextInt(units.length())) + units.charAt(random.nextInt(units.length()));
        if (taken.add(postcode)) {
          return postcode;
        }
      }
    }

    private static String spelt(String postcode, int turn) {
      if (turn % 5 == 0) {
        return postcode.replace(" ", "");
      }
      return turn % 7 == 0 ? postcode.toLowerCase(Locale.ROOT) : postcode;
    }

    /** The council with every child's identifier starting with a spreadsheet formula's character. */
    Council withFormulaIdentifiers() {
      Map<String, String> ids = new HashMap<>();
      String[] starts = {"=", "+", "-", "@"};
      for (int i = 1; i < header.size(); i++) {
        String id = header.get(i)[0];
        ids.put(id, starts[i % starts.length] + id);
      }
      Function<String, String> rename = text -> {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
          String[] cells = line.split(",", -1);
          cells[0] = ids.getOrDefault(cells[0], cells[0]);
          out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
      };
      Council renamed = copy();
      renamed.header.subList(1, renamed.header.size()).forEach(row -> row[0] = ids.get(row[0]));
      renamed.episodes.subList(1, renamed.episodes.size()).forEach(row -> row[0] = ids.get(row[0]));
      return new Council(renamed.header, renamed.episodes, rename.apply(planned), rename.apply(adoption));
    }

    // ---------------------------------------------------------------- breakages

    /** The children a breakage may change: in none of the planned exits or adoptions. */
    private List<String> spareChildren() {
      List<String> spare = new ArrayList<>();
      for (String[] row : header.subList(1, header.size())) {
        if (!planned.contains(row[0] + ",") && !adoption.contains(row[0] + ",") && episodesOf(row[0]).size() >= 2) {
          spare.add(row[0]);
        }
      }
      return spare;
    }

    List<String[]> episodesOf(String child) {
      List<String[]> of = new ArrayList<>();
      for (String[] row : episodes.subList(1, episodes.size())) {
        if (row[0].equals(child)) {
          of.add(row);
        }
      }
      return of;
    }

    String[] headerOf(String child) {
      return header.stream().filter(row -> row[0].equals(child)).findFirst().orElseThrow();
    }

    String dobText(String child) {
      return headerOf(child)[2];
    }

    /** Each problem section 2 of the methodology names, made in a child of its own. */
    List<Breakage> breakages() {
      List<String> spare = spareChildren();
      List<Breakage> breakages = new ArrayList<>();
      String c1 = spare.get(5);
      breakages.add(new Breakage("a date of birth that is no date", c1, "not a valid date (the value is not shown",
          council -> council.headerOf(c1)[2] = "31/02/" + council.dateOfBirth(c1).getYear()));
      String c2 = spare.get(10);
      breakages.add(new Breakage("an empty date of birth", c2, "empty; expected the date of birth",
          council -> council.headerOf(c2)[2] = ""));
      String c3 = spare.get(15);
      breakages.add(new Breakage("a DECOM that is no date", c3, "32/01/2020",
          council -> council.episodesOf(c3).get(1)[1] = "32/01/2020"));
      String c4 = spare.get(20);
      breakages.add(new Breakage("an unknown PLACE code", c4, "unknown code",
          council -> council.episodesOf(c4).get(0)[5] = "U9"));
      String c5 = spare.get(25);
      breakages.add(new Breakage("an unknown SEX code", c5, "column SEX, value 'Q'",
          council -> council.headerOf(c5)[1] = "Q"));
      String c6 = spare.get(30);
      breakages.add(new Breakage("overlapping episodes", c6, "overlaps",
          council -> {
            List<String[]> rows = council.episodesOf(c6);
            rows.get(1)[1] = council.free(date(rows.get(0)[1]).plusDays(1)).toString();
          }));
      String c7 = spare.get(35);
      breakages.add(new Breakage("an episode before birth", c7, "date of birth",
          council -> council.episodesOf(c7).get(0)[1] = council.free(council.dateOfBirth(c7).minusDays(100)).toString()));
      String c8 = spare.get(40);
      breakages.add(new Breakage("a DEC before DECOM", c8, "ends before it starts",
          council -> {
            String[] row = council.episodesOf(c8).get(0);
            row[7] = council.free(date(row[1]).minusDays(3)).toString();
          }));
      String c9 = spare.get(45);
      breakages.add(new Breakage("a REC without a DEC", c9, "without a DEC",
          council -> {
            String[] row = council.episodesOf(c9).get(0);
            row[7] = "";
            if (row[8].isEmpty()) {
              row[8] = "E4A";
            }
          }));
      String c10 = spare.get(50);
      breakages.add(new Breakage("a child twice in the header", c10, "more than once",
          council -> {
            String[] again = council.headerOf(c10).clone();
            again[2] = council.free(council.dateOfBirth(c10).minusDays(1234)).toString();
            again[4] = "K801234567890";
            council.header.add(again);
          }));
      breakages.add(new Breakage("an episode of a child missing from the header", "C999999",
          "not in the header file", council -> {
            String[] row = council.episodes.get(1).clone();
            row[0] = "C999999";
            row[10] = "WF1 6QJ";
            row[11] = "HX3 5NP";
            council.episodes.add(row);
          }));
      String c12 = spare.get(55);
      breakages.add(new Breakage("a row with too few cells", c12, "cells; expected",
          council -> {
            String[] row = council.headerOf(c12);
            council.header.set(council.header.indexOf(row), Arrays.copyOf(row, 5));
          }));
      // cells in the wrong columns: an unknown code that is personal data
      String c13 = spare.get(60);
      breakages.add(new Breakage("a date of birth in the SEX column", c13, "it looks like a date",
          council -> {
            String[] row = council.headerOf(c13);
            String sex = row[1];
            row[1] = row[2];
            row[2] = sex;
          }));
      String c14 = spare.get(65);
      breakages.add(new Breakage("a postcode in the PLACE column", c14, "it looks like a postcode",
          council -> {
            String[] row = council.episodesOf(c14).get(0);
            String place = row[5];
            row[5] = row[10].isEmpty() ? "LS6 2QF" : row[10];
            row[10] = place;
          }));
      String c15 = spare.get(70);
      breakages.add(new Breakage("a UPN in the SEX column", c15, "it looks like a UPN",
          council -> council.headerOf(c15)[1] = council.headerOf(c15)[4]));
      return breakages;
    }

    /** The date, or the latest day before it that is no one's date of birth. */
    LocalDate free(LocalDate date) {
      LocalDate free = date;
      while (watch.dates.containsKey(free)) {
        free = free.minusDays(1);
      }
      return free;
    }

    /** A child who has left care: every episode has ended. */
    String leftCare() {
      for (String child : spareChildren()) {
        if (episodesOf(child).stream().noneMatch(row -> row[7].isEmpty())) {
          return child;
        }
      }
      throw new IllegalStateException("every child is in care");
    }

    Breakage breakage(String name) {
      return breakages().stream().filter(b -> b.name.equals(name)).findFirst().orElseThrow();
    }

    LocalDate dateOfBirth(String child) {
      return date(dobText(child));
    }

    /** A copy of the council with the breakages made, its watch holding the new values too. */
    Council broken(List<Breakage> breakages) {
      Council broken = copy();
      breakages.forEach(breakage -> breakage.change.accept(broken));
      Council watched = new Council(broken.header, broken.episodes, planned, adoption);
      // a value no longer in the files (a date of birth made invalid) is still not to be shown
      watched.watch.addAll(watch);
      for (String[] row : broken.header) {
        // a date of birth made invalid, as written (a cell swapped into the column is not one)
        if (row.length > 2 && row[2].length() >= 6 && row[2].matches(".*[0-9]{2}.*") && parse(row[2]).isEmpty()) {
          watched.watch.raw.put(row[2], "DOB of child " + row[0] + ", as written");
        }
      }
      return watched;
    }

    /** Planned exits breaking every rule of the file. */
    String[] badPlannedExits() {
      String inCare = planned.lines().skip(1).findFirst().orElseThrow().split(",")[0];
      String left = leftCare();
      return new String[] {
        "child,planned_exit_date,route,status",
        "C999999,2026-02-10,SGO,scheduled",
        left + ",2026-02-10,SGO,scheduled",
        inCare + ",2049-02-10,SGO,scheduled",
        planned.lines().skip(2).findFirst().orElseThrow().split(",")[0] + ",2025-06-10,SGO,scheduled",
        planned.lines().skip(3).findFirst().orElseThrow().split(",")[0] + ",2026-02-30,ADOPT,maybe",
        inCare + ",2026-02-10,SGO,scheduled",
      };
    }

    String badAdoptions() {
      String first = adoption.lines().skip(1).findFirst().orElseThrow();
      return adoption + "C999999,2023-04-16,2023-06-03\n" + first.split(",")[0] + ",31/02/2024,\n" + first + "\n";
    }

    Inputs write(String name, String... names) throws IOException {
      String[] files = names.length > 0 ? names
          : new String[] {"header.csv", "episodes.csv", "rates.csv", "support.csv", "planned.csv"};
      Path dir = Files.createDirectories(root.resolve("inputs").resolve(name));
      Path headerFile = Files.writeString(dir.resolve(files[0]), csv(header));
      Path episodesFile = Files.writeString(dir.resolve(files[1]), csv(episodes));
      Path rates = Files.writeString(dir.resolve(files[2]), SampleText.RATES);
      Path support = Files.writeString(dir.resolve(files[3]), SampleText.SUPPORT);
      Path plannedFile = Files.writeString(dir.resolve(files[4]), planned);
      Path adoptionFile = Files.writeString(dir.resolve("adoption.csv"), adoption);
      Path targets = Files.writeString(dir.resolve("targets.csv"), SampleText.TARGETS);
      return new Inputs(headerFile, episodesFile, rates, support, plannedFile, adoptionFile, targets);
    }

    private static String csv(List<String[]> rows) {
      StringBuilder text = new StringBuilder();
      rows.forEach(row -> text.append(String.join(",", row)).append('\n'));
      return text.toString();
    }
  }

  /** A council's files on disk, and the command lines that read them. */
  private record Inputs(Path header, Path episodes, Path rates, Path support, Path planned,
      Path adoption, Path targets) {

    List<String> care(String command, String... more) {
      List<String> args = new ArrayList<>(List.of(command, "--header", header.toString(),
          "--episodes", episodes.toString(), "--as-at", AS_AT.toString()));
      args.addAll(List.of(more));
      return args;
    }

    List<String> durationsOut(Path dir, String from) {
      return care("durations", "--from", from, "--out", dir.resolve("durations.csv").toString());
    }

    List<String> costs(Path dir, String from, Object... more) {
      List<String> args = care("costs", "--from", from, "--rates", rates.toString(),
          "--out", dir.resolve("costs.csv").toString());
      Stream.of(more).forEach(arg -> args.add(arg.toString()));
      return args;
    }

    List<String> savings(Path dir, String from, String horizon, Object... more) {
      List<String> args = care("savings", "--from", from, "--rates", rates.toString(),
          "--support", support.toString(), "--horizon", horizon, "--out", dir.resolve("savings.csv").toString());
      Stream.of(more).forEach(arg -> args.add(arg.toString()));
      return args;
    }

    List<String> reduction(Path dir, String from, Object... more) {
      List<String> args = care("reduction", "--from", from, "--rates", rates.toString(),
          "--out", dir.resolve("reduction.csv").toString());
      Stream.of(more).forEach(arg -> args.add(arg.toString()));
      return args;
    }

    List<String> pipeline(Path dir, String horizon, Object... more) {
      List<String> args = care("pipeline", "--rates", rates.toString(), "--support", support.toString(),
          "--planned", planned.toString(), "--horizon", horizon, "--out", dir.resolve("pipeline.csv").toString());
      Stream.of(more).forEach(arg -> args.add(arg.toString()));
      return args;
    }

    List<String> report(Path dir) {
      return care("report", "--rates", rates.toString(), "--support", support.toString(),
          "--planned", planned.toString(), "--adoption", adoption.toString(), "--targets", targets.toString(),
          "--out-dir", dir.toString());
    }

    /** The command with every output it can write. */
    List<String> command(String command, Path dir) {
      switch (command) {
        case "durations":
          return durationsOut(dir, RECENT);
        case "costs":
          return costs(dir, RECENT, "--explain", dir.resolve("segments.csv"));
        case "savings":
          return savings(dir, RECENT, "full-year", "--explain", dir.resolve("segments.csv"));
        case "reduction":
          return reduction(dir, RECENT, "--weeks", "6", "--summary", dir.resolve("summary.csv"));
        case "pipeline":
          return pipeline(dir, "full-year", "--projection", dir.resolve("projection.csv"));
        case "report":
          return report(dir);
        default:
          throw new IllegalArgumentException(command);
      }
    }

    List<String> lenient(List<String> args, Path dir) {
      List<String> more = new ArrayList<>(args);
      more.addAll(List.of("--lenient", "--rejects", dir.resolve("rejects.csv").toString()));
      return more;
    }

    /** The command line with one of the input files replaced by this text, written in the run's folder. */
    List<String> with(Path dir, String name, String text, List<String> args) throws IOException {
      Path file = Files.writeString(dir.resolve(name), text);
      Map<String, Path> originals = Map.of("rates.csv", rates, "support.csv", support,
          "planned.csv", planned, "targets.csv", targets, "adoption.csv", adoption);
      Path original = originals.get(name);
      List<String> replaced = new ArrayList<>();
      for (String arg : args) {
        replaced.add(original != null && arg.equals(original.toString()) ? file.toString() : arg);
      }
      return replaced;
    }

    List<String> swapped(Path dir) {
      return List.of("durations", "--header", episodes.toString(), "--episodes", header.toString(),
          "--as-at", AS_AT.toString());
    }
  }

  /**
   * A few children whose birthdays fall on no other date of their files or options, with a rate
   * card that prices no one of 16 or 17: where a rate runs out and where care ends at 18 are
   * birthdays, which no message may give.
   */
  private static final class Birthdays {
    static final LocalDate AS_AT = LocalDate.of(2021, 12, 9);
    final Path dir;
    final InputFile header;
    final InputFile episodes;
    final InputFile rates;
    final InputFile support;
    final InputFile planned;
    final Watch watch;

    Birthdays(Path dir) throws IOException {
      this.dir = Files.createDirectories(dir);
      List<String[]> headerRows = List.of(HEADER_COLUMNS,
          new String[] {"B1", "1", "17/07/2003", "WBRI", "H873201508412", "", ""},
          new String[] {"B2", "2", "2008-11-23", "WBRI", "T936400312017", "", ""},
          new String[] {"B3", "F", "29/02/2004", "WBRI", "N380112209734", "", ""});
      List<String[]> episodeRows = List.of(
          "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN".split(","),
          // 16 on 17 July 2019; 18 on 17 July 2021, before the as-at date
          "B1,03/05/2019,S,C2,N1,U4,PR1,05/09/2019,E4A,,LS6 2QF,BD7 1AZ,".split(",", -1),
          "B1,08/01/2020,S,C2,N1,U4,PR1,,,,LS6 2QF,M14 5RB,".split(",", -1),
          // 11 on 23 November 2019, 16 on 23 November 2024
          "B2,11/10/2018,S,C2,N1,U4,PR1,05/09/2019,E45,,NE1 7RU,S10 2TN,".split(",", -1),
          // born on 29 February: 17 on 1 March 2021, 18 on 1 March 2022
          "B3,10/06/2020,S,C2,N1,U4,PR1,,,,HU5 3DX,L17 8XY,".split(",", -1));
      this.header = InputFile.of(Files.writeString(dir.resolve("header.csv"), Council.csv(headerRows)));
      this.episodes = InputFile.of(Files.writeString(dir.resolve("episodes.csv"), Council.csv(episodeRows)));
      this.rates = InputFile.of(Files.writeString(dir.resolve("rates.csv"),
          "place,provider,min_age,max_age,effective_from,weekly_cost\n"
              + "U*,PR1,0,10,2015-04-01,700\nU*,PR1,11,15,2015-04-01,770\n"));
      this.support = InputFile.of(Files.writeString(dir.resolve("support.csv"),
          "route,kind,min_age,max_age,effective_from,amount\nSGO,weekly,,,2015-04-01,150\n"));
      this.planned = InputFile.of(Files.writeString(dir.resolve("planned.csv"),
          "child,planned_exit_date,route,status\nB3,2021-12-20,SGO,scheduled\n"));
      this.watch = Watch.of(headerRows, episodeRows);
      for (String[] row : headerRows.subList(1, headerRows.size())) {
        LocalDate born = date(row[2]);
        for (int age = 1; age <= 18; age++) {
          LocalDate birthday = Age.birthday(born, age);
          watch.birthday(row[0], birthday, "birthday " + age + " of child " + row[0]);
          watch.birthday(row[0], birthday.minusDays(1), "the day before birthday " + age + " of child " + row[0]);
        }
      }
    }

    private String path(String name) {
      return dir.resolve(name).toString();
    }

    private List<String> care(String command, Path out, String... more) {
      List<String> args = new ArrayList<>(List.of(command, "--header", path("header.csv"),
          "--episodes", path("episodes.csv"), "--as-at", AS_AT.toString(), "--rates", path("rates.csv")));
      args.addAll(List.of(more));
      return args;
    }

    List<String> costs(Path out) {
      return care("costs", out, "--from", "2019-04-01", "--out", out.resolve("costs.csv").toString());
    }

    List<String> savings(Path out) {
      return care("savings", out, "--from", "2019-04-01", "--horizon", "to-18", "--support", path("support.csv"),
          "--out", out.resolve("savings.csv").toString());
    }

    List<String> reduction(Path out) {
      return care("reduction", out, "--from", "2019-04-01", "--weeks", "12", "--out", out.resolve("reduction.csv").toString());
    }

    List<String> pipeline(Path out) {
      return care("pipeline", out, "--planned", path("planned.csv"), "--horizon", "to-18",
          "--out", out.resolve("pipeline.csv").toString());
    }

    List<String> report(Path out) {
      return care("report", out, "--planned", path("planned.csv"), "--horizon", "to-18", "--weeks", "12",
          "--out-dir", out.toString());
    }

    List<String> lateExit(Path out) throws IOException {
      Path late = Files.writeString(out.resolve("planned.csv"),
          "child,planned_exit_date,route,status\nB3,2022-03-05,SGO,scheduled\n");
      return care("pipeline", out, "--planned", late.toString(), "--horizon", "full-year",
          "--out", out.resolve("pipeline.csv").toString());
    }
  }

  // ============================================================================== what to look for

  /**
   * What a text is: a message, read by people (dates in every form, birthdays too); figures, a
   * CSV row or one child's value (dates in numbers); or a value of many children (no dates).
   */
  private enum Kind { MESSAGE, FIGURES, MANY }

  /** A personal value, whose it is, and what it is, to name in a leak. */
  private record Secret(String child, String what, boolean birthday) {}

  /** Every personal value of some input, found however it is written. */
  private static final class Watch {
    final Map<LocalDate, List<Secret>> dates = new HashMap<>();
    final Map<String, List<Secret>> postcodes = new HashMap<>();
    final Map<String, List<Secret>> upns = new HashMap<>();
    final Map<String, String> raw = new HashMap<>();
    final Set<String> children = new HashSet<>();

    static Watch of(List<String[]> header, List<String[]> episodes) {
      Watch watch = new Watch();
      for (String[] row : header.subList(1, header.size())) {
        String child = row[0];
        watch.children.add(plain(child));
        if (row.length > 2) {
          parse(row[2]).ifPresent(dob -> watch.date(child, dob, "DOB of child " + child));
        }
        if (row.length > 4 && !row[4].isEmpty()) {
          watch.upns.computeIfAbsent(row[4].substring(1), k -> new ArrayList<>())
              .add(new Secret(child, "UPN " + row[4] + " of child " + child, false));
        }
        if (row.length > 6) {
          parse(row[6]).ifPresent(dob -> watch.date(child, dob, "MC_DOB of child " + child));
        }
      }
      for (String[] row : episodes.subList(1, episodes.size())) {
        watch.children.add(plain(row[0]));
        for (int column : new int[] {10, 11}) {
          if (!row[column].isEmpty()) {
            watch.postcodes.computeIfAbsent(normalPostcode(row[column]), k -> new ArrayList<>())
                .add(new Secret(row[0], (column == 10 ? "HOME_POST " : "PL_POST ") + row[column]
                    + " of child " + row[0], false));
          }
        }
      }
      return watch;
    }

    void date(String child, LocalDate date, String what) {
      dates.computeIfAbsent(date, k -> new ArrayList<>()).add(new Secret(plain(child), what + " (" + date + ")", false));
    }

    void birthday(String child, LocalDate date, String what) {
      dates.computeIfAbsent(date, k -> new ArrayList<>()).add(new Secret(plain(child), what + " (" + date + ")", true));
    }

    void addAll(Watch other) {
      other.dates.forEach((date, secrets) -> secrets.forEach(secret -> {
        List<Secret> mine = dates.computeIfAbsent(date, k -> new ArrayList<>());
        if (!mine.contains(secret)) {
          mine.add(secret);
        }
      }));
      other.postcodes.forEach((code, secrets) -> postcodes.merge(code, secrets, (a, b) -> a));
      other.upns.forEach((digits, secrets) -> upns.merge(digits, secrets, (a, b) -> a));
      raw.putAll(other.raw);
      children.addAll(other.children);
    }
  }

  /** A child's identifier without its spreadsheet-formula start, as found in words. */
  private static String plain(String child) {
    return child.replaceAll("^[=+\\-@]", "");
  }

  private static String normalPostcode(String text) {
    return text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern YEAR_FIRST = Pattern.compile("(?<![0-9])([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})(?![0-9])");
  private static final Pattern YEAR_LAST = Pattern.compile("(?<![0-9])([0-9]{1,2})([-/.])([0-9]{1,2})\\2([0-9]{4})(?![0-9])");
  private static final Pattern COMPACT = Pattern.compile("(?<![0-9])([0-9]{8})(?![0-9])");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<![0-9])([0-9]{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+([0-9]{4})(?![0-9])", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?<![a-z])" + MONTH + "\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s+([0-9]{4})(?![0-9])", Pattern.CASE_INSENSITIVE);
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec");
  private static final Pattern POSTCODE = Pattern.compile(
      "(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)\\s*([0-9][A-Za-z]{2})(?![A-Za-z0-9])");
  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])([0-9]{12})(?![0-9])");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

  /** A date found in text: as written, and the date it may be (both ways round where ambiguous). */
  private record Found(String text, LocalDate date) {}

  private static List<Found> datesIn(String line) {
    return datesIn(line, true);
  }

  /** The dates in a line: in numbers only, or in words too (as people write them, in messages and reports). */
  private static List<Found> datesIn(String line, boolean inWords) {
    List<Found> found = new ArrayList<>();
    Matcher m = YEAR_FIRST.matcher(line);
    while (m.find()) {
      add(found, m.group(), m.group(1), m.group(3), m.group(4));
    }
    m = YEAR_LAST.matcher(line);
    while (m.find()) {
      add(found, m.group(), m.group(4), m.group(3), m.group(1));
      add(found, m.group(), m.group(4), m.group(1), m.group(3));
    }
    m = COMPACT.matcher(line);
    while (m.find()) {
      String digits = m.group();
      add(found, digits, digits.substring(0, 4), digits.substring(4, 6), digits.substring(6));
      add(found, digits, digits.substring(4), digits.substring(2, 4), digits.substring(0, 2));
    }
    if (!inWords) {
      return found;
    }
    m = DAY_MONTH.matcher(line);
    while (m.find()) {
      add(found, m.group(), m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_DAY.matcher(line);
    while (m.find()) {
      add(found, m.group(), m.group(3), month(m.group(1)), m.group(2));
    }
    return found;
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
  }

  private static void add(List<Found> found, String text, String year, String month, String day) {
    try {
      found.add(new Found(text, LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))));
    } catch (DateTimeException | NumberFormatException e) {
      // not a date
    }
  }

  /** The date written in one of the reader's forms (dd/mm/yyyy read day first), if it is one. */
  private static Optional<LocalDate> parse(String text) {
    return datesIn(text).stream().findFirst().map(Found::date);
  }

  private static LocalDate date(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException(text));
  }

  /** Runs commands and looks at everything they say and write. */
  private static final class Checks {
    private Watch watch;
    final List<String> leaks = new ArrayList<>();
    int cellsChecked;

    Checks(Watch watch) {
      this.watch = watch;
    }

    Checks watch(Watch other) {
      this.watch = other;
      return this;
    }

    /** A command line made for a run's own folder. */
    interface Args {
      List<String> in(Path dir) throws IOException;
    }

    Outcome run(String name, int expected, Args args) throws IOException {
      Path dir = Files.createDirectories(root.resolve("runs").resolve(String.valueOf(++runs)));
      List<String> line = args.in(dir);
      Set<Path> inputs;
      try (Stream<Path> before = Files.list(dir)) {
        inputs = before.collect(Collectors.toSet());
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
      ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
      PrintStream savedOut = System.out;
      PrintStream savedErr = System.err;
      int logsBefore = LOGS.size();
      int exit;
      try {
        System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
        exit = PermanenceCommand.run(line.toArray(new String[0]), new PrintWriter(out, true), new PrintWriter(err, true));
      } finally {
        System.setOut(savedOut);
        System.setErr(savedErr);
      }
      String logs;
      synchronized (LOGS) {
        logs = String.join("", LOGS.subList(logsBefore, LOGS.size()));
      }
      Outcome outcome = new Outcome(name, exit, out.toString(), err.toString(),
          systemOut.toString(StandardCharsets.UTF_8), systemErr.toString(StandardCharsets.UTF_8), logs, dir, this);
      if (exit != expected) {
        leaks.add("run '" + name + "' exited " + exit + ", expected " + expected + ": " + outcome.stderr);
      }
      String where = "run '" + name + "'";
      message(where + ", standard output", outcome.stdout);
      message(where + ", standard error", outcome.stderr);
      message(where + ", System.out", outcome.systemOut);
      message(where + ", System.err", outcome.systemErr);
      message(where + ", log", logs);
      try (Stream<Path> written = Files.walk(dir)) {
        for (Path file : written.filter(Files::isRegularFile).sorted().toList()) {
          // the inputs of the run, and the made-up council that generate writes, are not outputs
          if (inputs.contains(file) || file.startsWith(dir.resolve("council"))) {
            continue;
          }
          String text = Files.readString(file);
          String what = where + ", " + dir.relativize(file);
          String fileName = file.getFileName().toString();
          if (fileName.endsWith(".csv")) {
            csv(what, text, fileName.equals("rejects.csv"));
          } else {
            message(what, text);
          }
        }
      }
      return outcome;
    }

    /** Text the user reads as a message: personal data and birthdays are leaks. */
    void message(String where, String text) {
      scan(where, text, Kind.MESSAGE, Set.of());
    }

    /**
     * A value of many children's: a postcode or UPN is a leak; its dates are checked child by
     * child, in each element's own value.
     */
    void value(String where, Object value) {
      scan(where + ".toString()", String.valueOf(value), Kind.MANY, Set.of());
    }

    /** One child's value, or its text: personal data is a leak, and dates are that child's own. */
    void value(String where, ChildId child, Object value) {
      scan(where + " of child " + child, String.valueOf(value), Kind.FIGURES, Set.of(plain(child.value())));
    }

    /** What running the code throws, if anything: its message and its causes' are messages. */
    void exception(String where, Runnable code) {
      try {
        code.run();
      } catch (RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          message(where + ", " + t.getClass().getSimpleName() + ".getMessage()", String.valueOf(t.getMessage()));
          message(where + ", " + t.getClass().getSimpleName() + ".toString()", t.toString());
          for (Throwable suppressed : t.getSuppressed()) {
            message(where + ", suppressed", suppressed.toString());
          }
        }
      }
    }

    /**
     * An output CSV: no text cell starts as a formula, and no line holds personal data, but the
     * rejects file's record column, which gives back the user's own row.
     */
    private void csv(String where, String text, boolean rejects) {
      List<CsvRecord> rows = records(text);
      if (rows.isEmpty()) {
        leaks.add(where + ": empty");
        return;
      }
      List<String> columns = rows.get(0).getFields();
      for (CsvRecord row : rows.subList(1, rows.size())) {
        for (int i = 0; i < row.getFieldCount(); i++) {
          String cell = row.getField(i);
          String column = i < columns.size() ? columns.get(i) : "column " + (i + 1);
          if (cell.isEmpty()) {
            continue;
          }
          char first = cell.charAt(0);
          boolean formula = "=+-@\t\r".indexOf(first) >= 0;
          boolean number = NUMBER_COLUMNS.contains(column) && NUMBER.matcher(cell).matches();
          if (formula && !number) {
            leaks.add(where + " line " + row.getStartingLineNumber() + ", column " + column
                + ": a text cell starts as a formula: " + cell);
          }
          if (first == '\'' && cell.length() > 1 && "=+-@".indexOf(cell.charAt(1)) >= 0) {
            cellsChecked++;
          }
        }
        List<String> cells = new ArrayList<>(row.getFields());
        if (rejects && columns.indexOf("record") >= 0 && cells.size() > columns.indexOf("record")) {
          // the user's own row, given back by design; the reason beside it is a message
          cells.set(columns.indexOf("record"), "");
        }
        scan(where + " line " + row.getStartingLineNumber(), String.join(",", cells),
            rejects ? Kind.MESSAGE : Kind.FIGURES, Set.of());
      }
    }

    /**
     * Looks for every personal value, line by line: a date as the date of birth of a child the
     * line names, or of any child if it names none, or of the children given.
     */
    void scan(String where, String text, Kind kind, Set<String> children) {
      String[] lines = text.split("\r?\n", -1);
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n];
        Set<String> named = new HashSet<>(children);
        Matcher word = WORD.matcher(line);
        while (children.isEmpty() && word.find()) {
          if (watch.children.contains(word.group())) {
            named.add(word.group());
          }
        }
        Set<String> found = new LinkedHashSet<>();
        for (Found date : kind == Kind.MANY ? List.<Found>of() : datesIn(line, kind == Kind.MESSAGE)) {
          for (Secret secret : watch.dates.getOrDefault(date.date(), List.of())) {
            if ((!secret.birthday() || kind == Kind.MESSAGE) && (named.isEmpty() || named.contains(secret.child()))) {
              found.add(secret.what() + " as '" + date.text() + "'");
            }
          }
        }
        Matcher postcode = POSTCODE.matcher(line);
        while (postcode.find()) {
          for (Secret secret : watch.postcodes.getOrDefault(normalPostcode(postcode.group()), List.of())) {
            found.add(secret.what() + " as '" + postcode.group() + "'");
          }
        }
        Matcher digits = TWELVE_DIGITS.matcher(line);
        while (digits.find()) {
          for (Secret secret : watch.upns.getOrDefault(digits.group(), List.of())) {
            found.add(secret.what() + " as '" + digits.group() + "'");
          }
        }
        for (Map.Entry<String, String> raw : watch.raw.entrySet()) {
          if (line.contains(raw.getKey())) {
            found.add(raw.getValue() + " '" + raw.getKey() + "'");
          }
        }
        for (String leak : found) {
          leaks.add(leak + " in " + where + (lines.length > 1 ? " line " + (n + 1) : "") + ": "
              + (line.length() > 300 ? line.substring(0, 300) + "..." : line));
        }
      }
    }

    void assertNone() {
      assertThat(leaks).as("personal data found, or a run that went otherwise than expected:\n"
          + String.join("\n", leaks.subList(0, Math.min(leaks.size(), 60)))
          + (leaks.size() > 60 ? "\n... and " + (leaks.size() - 60) + " more" : "")).isEmpty();
    }
  }

  /** What a run said, and the folder its files went to. */
  private record Outcome(String name, int exit, String stdout, String stderr, String systemOut,
      String systemErr, String logs, Path dir, Checks checks) {

    /** Checks that the run took the path meant: its standard error says each of these. */
    void stderrContains(String... texts) {
      for (String text : texts) {
        if (!stderr.contains(text)) {
          checks.leaks.add("run '" + name + "' did not say '" + text + "' on standard error: " + stderr);
        }
      }
    }
  }

  private static List<String[]> rows(InputFile file) {
    List<String[]> rows = new ArrayList<>();
    records(SampleText.text(file)).forEach(record -> rows.add(record.getFields().toArray(new String[0])));
    return rows;
  }

  private static List<CsvRecord> records(String text) {
    List<CsvRecord> rows = new ArrayList<>();
    CsvReader.builder().ofCsvRecord(text).forEach(rows::add);
    return rows;
  }
}
