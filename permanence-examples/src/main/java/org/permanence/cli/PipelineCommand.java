package org.permanence.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
import org.permanence.care.CareData;
import org.permanence.examples.sample.SampleData;
import org.permanence.exit.Exit;
import org.permanence.exit.ExitFinder;
import org.permanence.exit.Horizon;
import org.permanence.exit.Route;
import org.permanence.exit.RouteTable;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.pipeline.PipelineCalculator;
import org.permanence.pipeline.PipelineSaving;
import org.permanence.pipeline.PlannedExit;
import org.permanence.pipeline.PlannedExits;
import org.permanence.pipeline.Projection;
import org.permanence.saving.ExitSaving;
import org.permanence.saving.ExitSavingsCalculator;
import org.permanence.saving.SavingYear;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pipeline}: what the planned exits would save, and the year's projection at a target date. */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prices each planned exit as an exit on its planned date from the placement the child is in"
          + " at the as-at date, exactly as savings prices an exit: one row per planned exit per"
          + " financial year of its horizon, sorted by planned exit date, child and year, with the"
          + " columns:",
      "  child,planned_exit_date,route,status,place,provider,financial_year,days,",
      "  avoided_cost,support_cost,net_saving,present_value",
      "",
      "The planned-exits CSV has the columns child,planned_exit_date,route,status (status"
          + " scheduled or assessing); each row names a child in care at the as-at date, once,"
          + " with a date after it and before the 18th birthday. Every planned exit is listed;"
          + " --from and --to do not apply.",
      "",
      "--projection writes the year's exits and net savings at the target date: achieved (exits"
          + " so far), low (and the scheduled exits planned by then) and high (and the exits in"
          + " assessment), in total and by route.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:invalid input, a missing rate, or usage (every problem on stderr)", "1:any other failure"})
final class PipelineCommand implements Callable<Integer> {

  @Mixin InputOptions options;

  @Mixin PricingOptions pricing;

  @Option(names = "--planned", paramLabel = "FILE", description = "The planned-exits CSV. Required unless --sample, which uses the sample council's.")
  Path planned;

  @Option(names = "--target-date", paramLabel = "DATE", description = "The date the projection counts exits to, inclusive. Default: 31 March of the as-at date's financial year.")
  LocalDate targetDate;

  @Option(names = "--projection", paramLabel = "FILE", description = "Also write the projection at the target date to this CSV: financial_year,target_date,measure,achieved,low,high.")
  Path projection;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    options.check();
    if (planned == null && !options.sample) {
      throw new UsageException("missing --planned FILE (or use --sample for the sample council's data and files)");
    }
    pricing.check(options.sample);
    Horizon counted = pricing.horizon();
    Optional<BigDecimal> rate = pricing.discountRate();
    LocalDate target = targetDate != null ? targetDate
        : FinancialYear.from(options.asAt()).next().start().minusDays(1);
    if (projection != null && options.out != null && Output.sameFile(projection, options.out)) {
      throw new UsageException("--projection and --out name the same file");
    }
    InputFile plannedFile = planned != null ? CareOptions.existing(planned, "--planned") : SampleData.planned();
    PrintWriter err = spec.commandLine().getErr();
    // read every input before giving up, so that every problem of each is reported at once
    List<InputProblem> problems = new ArrayList<>();
    PricingOptions.Cards cards = pricing.read(options.sample, problems);
    RouteTable table = cards.routes();
    CareInput.Loaded loaded;
    try {
      loaded = CareInput.load(options);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      throw new InvalidInputException(problems);
    }
    CareData data = loaded.data();
    // the planned exits are checked against the data and routes, so are read once both are good
    List<PlannedExit> plans = table == null ? null
        : CareInput.read(() -> PlannedExits.read(plannedFile, table, data, options.asAt()), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    BatchResult<PipelineSaving> result = PipelineCalculator.DEFAULT.savings(plans, data, options.asAt(),
        counted, cards.rates(), cards.support(), rate);
    BatchResult<ExitSaving> achieved = null;
    if (projection != null) {
      // the exits so far in the target's year are priced at the same horizon, for the projection
      FinancialYear year = FinancialYear.from(target);
      LocalDate last = options.asAt().isBefore(target) ? options.asAt() : target;
      LocalDateRange soFar = last.isBefore(year.start())
          ? LocalDateRange.of(year.start(), year.start())
          : LocalDateRange.ofClosed(year.start(), last);
      List<Exit> exits = ExitFinder.DEFAULT.exits(data, table, soFar, options.asAt());
      achieved = ExitSavingsCalculator.DEFAULT.savings(exits, counted, cards.rates(), cards.support(), rate);
    }
    if (result.hasFailures() || (achieved != null && achieved.hasFailures())) {
      List<Failure> failures = new ArrayList<>(result.failures());
      if (achieved != null) {
        failures.addAll(achieved.failures());
      }
      PermanenceCommand.reportFailures(err, failures);
      return PermanenceCommand.INVALID;
    }
    CareInput.writeRejects(options, loaded, err);
    Output.write(options.out, spec.commandLine().getOut(), out -> {
      try (CsvOutput csv = new CsvOutput(out, "child", "planned_exit_date", "route", "status", "place",
          "provider", "financial_year", "days", "avoided_cost", "support_cost", "net_saving",
          "present_value")) {
        for (PipelineSaving saving : result.values()) {
          PlannedExit plan = saving.plan();
          Exit exit = saving.saving().exit();
          for (SavingYear year : saving.saving().years()) {
            csv.text(plan.childId().value())
                .date(plan.date())
                .text(plan.route().name())
                .text(plan.status().code());
            PricingOptions.yearCells(csv, exit, year);
          }
        }
      }
    });
    if (projection != null) {
      Projection projected = PipelineCalculator.DEFAULT.projection(achieved.values(), result.values(),
          options.asAt(), target);
      Output.write(projection, null, out -> {
        try (CsvOutput csv = new CsvOutput(out, "financial_year", "target_date", "measure", "achieved",
            "low", "high")) {
          String year = projected.year().toString();
          csv.text(year).date(target).text("exits").number(projected.achievedExits())
              .number(projected.lowExits()).number(projected.highExits());
          csv.endRow();
          for (Route route : table.routes().stream().sorted().toList()) {
            csv.text(year).date(target).text("exits:" + route.name())
                .number(projected.achievedExits(route)).number(projected.lowExits(route))
                .number(projected.highExits(route));
            csv.endRow();
          }
          row(csv, year, target, "net_saving", projected, Projection::achievedSaving,
              Projection::lowSaving, Projection::highSaving);
          row(csv, year, target, "present_value", projected, Projection::achievedPresentValue,
              Projection::lowPresentValue, Projection::highPresentValue);
        }
      });
    }
    return 0;
  }

  private static void row(CsvOutput csv, String year, LocalDate target, String measure,
      Projection projected, Function<Projection, BigDecimal> achieved,
      Function<Projection, BigDecimal> low, Function<Projection, BigDecimal> high) {
    csv.text(year).date(target).text(measure).amount(achieved.apply(projected))
        .amount(low.apply(projected)).amount(high.apply(projected));
    csv.endRow();
  }
}
