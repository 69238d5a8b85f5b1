package org.permanence.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.permanence.adoption.AdoptionRecord;
import org.permanence.adoption.AdoptionRecords;
import org.permanence.care.CareData;
import org.permanence.examples.sample.SampleData;
import org.permanence.exit.Horizon;
import org.permanence.exit.RouteTable;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.pipeline.PlannedExit;
import org.permanence.pipeline.PlannedExits;
import org.permanence.report.HtmlReport;
import org.permanence.report.MarkdownReport;
import org.permanence.report.ProgressReport;
import org.permanence.report.ProgressReportCalculator;
import org.permanence.report.ReportInputs;
import org.permanence.report.ReportParameters;
import org.permanence.targets.Target;
import org.permanence.targets.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the progress report, as Markdown and as one self-contained HTML file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes the progress report for the financial year of the as-at date and the years before it"
          + " that the data covers: exits against targets, exits by route and quarter, savings by"
          + " year, the pipeline, durations in care with the duration-reduction scenario, and adoption"
          + " timeliness, with the parameters used. It writes report.md (Markdown) and report.html"
          + " (one self-contained file, charts inline, laid out for A4) into --out-dir and prints"
          + " their paths.",
      "",
      "--sample runs on the bundled sample council with its cards, targets, planned exits and"
          + " adoption file; any of those files given replaces the sample's.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:invalid input, a missing rate, or usage (every problem on stderr)", "1:any other failure"})
final class ReportCommand implements Callable<Integer> {

  @Mixin CareOptions options;

  @Mixin PricingOptions pricing;

  @Option(names = "--targets", paramLabel = "FILE", description = "The targets CSV: measure,financial_year,target. Default: none (with --sample, the sample council's).")
  Path targets;

  @Option(names = "--planned", paramLabel = "FILE", description = "The planned-exits CSV: child,planned_exit_date,route,status. Default: none (with --sample, the sample council's).")
  Path planned;

  @Option(names = "--adoption", paramLabel = "FILE", description = "The adoption CSV: CHILD,DATE_INT,DATE_MATCH, for authority-to-match times. Default: none (with --sample, the sample council's).")
  Path adoption;

  @Option(names = "--target-date", paramLabel = "DATE", description = "The date the pipeline projects exits to, inclusive. Default: 31 March of the as-at date's financial year.")
  LocalDate targetDate;

  @Option(names = "--weeks", paramLabel = "N", description = "The weeks the duration-reduction scenario takes off each period ended this year. Default: " + ReportParameters.DEFAULT_SCENARIO_WEEKS + ".")
  Integer weeks;

  @Option(names = "--title", paramLabel = "TEXT", description = "The report's title, such as \"Anytown Council: permanence progress report\". Default: \"" + ReportParameters.DEFAULT_TITLE + "\" (with --sample, the sample council's).")
  String title;

  @Option(names = "--out-dir", paramLabel = "DIR", description = "The folder report.md and report.html are written to, made if missing. Default: the working directory.")
  Path outDir = Path.of("");

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    options.check();
    pricing.checkRates(options.sample);
    ReportParameters.Builder parameters = ReportParameters.builder()
        .asAt(options.asAt())
        .horizon(pricing.horizon(Horizon.fullYear()));
    pricing.discountRate().ifPresent(parameters::discountRate);
    if (targetDate != null) {
      if (targetDate.isBefore(options.asAt())) {
        throw new UsageException("--target-date " + targetDate + " is before the as-at date "
            + options.asAt() + "; expected a date on or after it");
      }
      parameters.targetDate(targetDate);
    }
    if (weeks != null) {
      if (weeks < 0) {
        throw new UsageException("--weeks expected 0 or more, but was " + weeks);
      }
      parameters.scenarioWeeks(weeks);
    }
    if (title != null) {
      if (title.isBlank()) {
        throw new UsageException("--title expected some text, but was blank");
      }
      parameters.title(title.strip());
    } else if (options.sample) {
      parameters.title(SampleData.TITLE);
    }
    InputFile targetsFile = file(targets, "--targets", SampleData::targets);
    InputFile plannedFile = file(planned, "--planned", SampleData::planned);
    InputFile adoptionFile = file(adoption, "--adoption", SampleData::adoption);
    Path markdown = outDir.resolve("report.md").toAbsolutePath().normalize();
    Path html = outDir.resolve("report.html").toAbsolutePath().normalize();

    // read every input before giving up, so that every problem of each is reported at once
    List<InputProblem> problems = new ArrayList<>();
    PricingOptions.Cards cards = pricing.read(options.sample, problems);
    RouteTable table = cards.routes();
    List<Target> targetList = targetsFile == null || table == null ? List.of()
        : CareInput.read(() -> Targets.read(targetsFile, table), problems);
    CareInput.Loaded loaded;
    try {
      loaded = CareInput.load(options);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      throw new InvalidInputException(problems);
    }
    CareData data = loaded.data();
    // the plans and adoption records are checked against the data, so are read once it is good
    List<PlannedExit> plans = plannedFile == null || table == null ? List.of()
        : CareInput.read(() -> PlannedExits.read(plannedFile, table, data, options.asAt()), problems);
    List<AdoptionRecord> records = adoptionFile == null ? List.of()
        : CareInput.read(() -> AdoptionRecords.read(adoptionFile, data), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ReportInputs inputs = ReportInputs.builder()
        .data(data)
        .routes(table)
        .rates(cards.rates())
        .support(cards.support())
        .addAllTargets(targetList)
        .addAllPlanned(plans)
        .addAllAdoptions(records)
        .build();
    ProgressReport report = ProgressReportCalculator.DEFAULT.report(inputs, parameters.build());
    PrintWriter err = spec.commandLine().getErr();
    if (!report.failures().isEmpty()) {
      PermanenceCommand.reportFailures(err, report.failures());
      return PermanenceCommand.INVALID;
    }
    CareInput.writeRejects(options, loaded, err);
    String markdownText = MarkdownReport.render(report);
    String htmlText = HtmlReport.render(report);
    Output.write(markdown, null, out -> out.write(markdownText));
    Output.write(html, null, out -> out.write(htmlText));
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + markdown);
    out.println("wrote " + html);
    out.flush();
    return 0;
  }

  /** The file given, or the sample's with --sample, or none. */
  private InputFile file(Path given, String option, java.util.function.Supplier<InputFile> sample) {
    if (given != null) {
      return CareOptions.existing(given, option);
    }
    return options.sample ? sample.get() : null;
  }
}
