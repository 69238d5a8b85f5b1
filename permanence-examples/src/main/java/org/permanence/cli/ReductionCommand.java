package org.permanence.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.permanence.care.CareData;
import org.permanence.examples.sample.SampleData;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.reduction.DurationReduction;
import org.permanence.reduction.DurationReductionCalculator;
import org.permanence.reduction.PeriodReduction;
import org.permanence.reduction.TargetOutOfReachException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reduction}: what ending each period of care some weeks sooner would have saved. */
@Command(
    name = "reduction",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "For the periods of care that ended in the window (their DEC in it; open periods are left"
          + " out), what the council would have saved had each ended N weeks sooner (never before"
          + " its start): the actual placement cost of its last min(7N, days) days in care. One"
          + " row per period, sorted by child then period end, with the columns:",
      "  child,period_end,reduced_days,avoided_cost",
      "",
      "With --target, N is the fewest whole weeks whose total (the sum of the rounded rows)"
          + " reaches the amount; the rows are those for N, and standard error gets the line"
          + " 'weeks needed: N'. A target that even ending every period at its start cannot reach"
          + " is an error that says the most that can be saved.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:invalid input, a missing rate, a target out of reach, or usage (every problem on stderr)", "1:any other failure"})
final class ReductionCommand implements Callable<Integer> {

  /** The weeks {@code reduction --sample} asks about when given neither --weeks nor --target. */
  static final int SAMPLE_WEEKS = 6;

  @Mixin InputOptions options;

  @Option(names = "--rates", paramLabel = "FILE", description = "The rate card CSV. Required unless --sample, which uses the sample council's card.")
  Path rates;

  @Option(names = "--weeks", paramLabel = "N", description = "End each period this many whole weeks sooner. One of --weeks and --target is required, unless --sample, which asks about " + SAMPLE_WEEKS + " weeks.")
  Integer weeks;

  @Option(names = "--target", paramLabel = "AMOUNT", description = "Find the fewest whole weeks sooner that save at least this many pounds, such as 180000 or 180000.00.")
  String target;

  @Option(names = "--summary", paramLabel = "FILE", description = "Also write the cohort's figures to this CSV, one row: periods,weeks,mean_days,mean_days_after,mean_days_shorter,avoided_cost.")
  Path summary;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    options.check();
    if (rates == null && !options.sample) {
      throw new UsageException("missing --rates FILE (or use --sample for the sample council's data and card)");
    }
    if (weeks != null && target != null) {
      throw new UsageException("--weeks and --target are alternatives; give one");
    }
    if (weeks == null && target == null && !options.sample) {
      throw new UsageException("missing --weeks N or --target AMOUNT");
    }
    if (weeks != null && weeks < 0) {
      throw new UsageException("--weeks " + weeks + " is negative; expected a whole number of weeks, 0 or more");
    }
    BigDecimal amount = target == null ? null : Decimals.target(target);
    if (summary != null && options.out != null && Output.sameFile(summary, options.out)) {
      throw new UsageException("--summary and --out name the same file");
    }
    InputFile ratesFile = rates != null ? CareOptions.existing(rates, "--rates") : SampleData.rates();
    PrintWriter err = spec.commandLine().getErr();
    // read both inputs before giving up, so that every problem of either is reported at once
    List<InputProblem> problems = new ArrayList<>();
    RateCard card = CareInput.read(() -> RateCards.read(ratesFile), problems);
    CareInput.Loaded loaded;
    try {
      loaded = CareInput.load(options);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      throw new InvalidInputException(problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CareData data = loaded.data();
    DurationReduction scenario;
    if (amount == null) {
      scenario = DurationReductionCalculator.DEFAULT.reduction(data, options.window(), options.asAt(),
          card, weeks == null ? SAMPLE_WEEKS : weeks);
    } else {
      try {
        scenario = DurationReductionCalculator.DEFAULT.weeksFor(data, options.window(),
            options.asAt(), card, amount);
      } catch (TargetOutOfReachException e) {
        PermanenceCommand.reportProblems(err, List.of("--target " + e.getMessage()));
        return PermanenceCommand.INVALID;
      }
    }
    if (scenario.hasFailures()) {
      PermanenceCommand.reportFailures(err, scenario.failures());
      return PermanenceCommand.INVALID;
    }
    CareInput.writeRejects(options, loaded, err);
    Output.write(options.out, spec.commandLine().getOut(), out -> {
      try (CsvOutput csv = new CsvOutput(out, "child", "period_end", "reduced_days", "avoided_cost")) {
        for (PeriodReduction period : scenario.periods()) {
          csv.text(period.childId().value())
              .date(period.periodEnd())
              .number(period.reducedDays())
              .amount(period.avoidedCost());
          csv.endRow();
        }
      }
    });
    if (summary != null) {
      Output.write(summary, null, out -> {
        try (CsvOutput csv = new CsvOutput(out, "periods", "weeks", "mean_days", "mean_days_after",
            "mean_days_shorter", "avoided_cost")) {
          csv.number(scenario.count())
              .number(scenario.weeks())
              .decimal(scenario.meanDays())
              .decimal(scenario.meanDaysAfter())
              .decimal(scenario.meanDaysShorter())
              .amount(scenario.avoidedCost());
          csv.endRow();
        }
      });
    }
    if (amount != null) {
      err.println("weeks needed: " + scenario.weeks());
      err.flush();
    }
    return 0;
  }
}
