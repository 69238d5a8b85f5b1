package org.permanence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.code.PlacementProvider;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.cost.CostSegment;
import org.permanence.exit.Exit;
import org.permanence.exit.ExitFinder;
import org.permanence.exit.Horizon;
import org.permanence.exit.Route;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.rate.RateRow;
import org.permanence.saving.ExitSaving;
import org.permanence.saving.ExitSavingsCalculator;
import org.permanence.saving.SavingYear;
import org.permanence.saving.SupportSegment;
import org.permanence.support.SupportKind;
import org.permanence.support.SupportRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code savings}: what each exit in the window saved, by financial year of its horizon. */
@Command(
    name = "savings",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prices each exit in the window (a period of care ended by adoption, a special guardianship"
          + " order, a child arrangements order or a planned return home) as the placement cost"
          + " it avoided over the horizon, net of the support paid after it, one row per exit per"
          + " financial year of its horizon, sorted by exit date, child and year, with the columns:",
      "  child,exit_date,reason,route,place,provider,financial_year,days,avoided_cost,"
          + "support_cost,net_saving,present_value",
      "",
      "The avoided placement is the one the child left, costed on the rate card as by costs."
          + " Amounts are rounded to pence, half up; net_saving is avoided_cost less support_cost"
          + " as rounded, and present_value is net_saving / (1 + rate)^k, k the years after the"
          + " exit's financial year (net_saving without a rate). An exit whose horizon has no day"
          + " (on or after the 18th birthday, say) gets one row of zeros.",
      "",
      "The support card CSV has the columns route,kind,min_age,max_age,effective_from,amount"
          + " (route a route name or *, kind weekly or one-off).",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:invalid input, a missing rate, or usage (every problem on stderr)", "1:any other failure"})
final class SavingsCommand implements Callable<Integer> {

  @Mixin InputOptions options;

  @Mixin PricingOptions pricing;

  @Option(names = "--explain", paramLabel = "FILE", description = "Also write every segment behind the savings to this CSV: each stretch of the avoided placement at one rate card row, each stretch of weekly support and each one-off cost at one support card row, with the year's discount factor.")
  Path explain;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    options.check();
    pricing.check(options.sample);
    Horizon counted = pricing.horizon();
    Optional<BigDecimal> rate = pricing.discountRate();
    if (explain != null && options.out != null && Output.sameFile(explain, options.out)) {
      throw new UsageException("--explain and --out name the same file");
    }
    PrintWriter err = spec.commandLine().getErr();
    // read every input before giving up, so that every problem of each is reported at once
    List<InputProblem> problems = new ArrayList<>();
    PricingOptions.Cards cards = pricing.read(options.sample, problems);
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
    List<Exit> exits = ExitFinder.DEFAULT.exits(data, cards.routes(), options.window(), options.asAt());
    BatchResult<ExitSaving> result = ExitSavingsCalculator.DEFAULT.savings(exits, counted,
        cards.rates(), cards.support(), rate);
    if (result.hasFailures()) {
      PermanenceCommand.reportFailures(err, result.failures());
      return PermanenceCommand.INVALID;
    }
    CareInput.writeRejects(options, loaded, err);
    Output.write(options.out, spec.commandLine().getOut(), out -> {
      try (CsvOutput csv = new CsvOutput(out, "child", "exit_date", "reason", "route", "place",
          "provider", "financial_year", "days", "avoided_cost", "support_cost", "net_saving",
          "present_value")) {
        for (ExitSaving saving : result.values()) {
          Exit exit = saving.exit();
          for (SavingYear year : saving.years()) {
            csv.text(exit.childId().value())
                .date(exit.date())
                .text(exit.reason().map(ReasonEpisodeCeased::code).orElse(""))
                .text(exit.route().name());
            PricingOptions.yearCells(csv, exit, year);
          }
        }
      }
    });
    if (explain != null) {
      Output.write(explain, null, out -> writeSegments(result.values(), out));
    }
    return 0;
  }

  /**
   * Writes the segments behind each exit's rows, year by year: the avoided placement's stretches
   * at one rate card row, then the support's (a one-off cost first).
   */
  private static void writeSegments(List<ExitSaving> savings, Writer out) throws IOException {
    try (CsvOutput csv = new CsvOutput(out, "child", "exit_date", "financial_year", "part",
        "first_day", "last_day", "days", "age", "row_source", "row_place", "row_provider",
        "row_route", "row_min_age", "row_max_age", "row_effective_from", "rate", "amount",
        "discount_factor")) {
      for (ExitSaving saving : savings) {
        Exit exit = saving.exit();
        for (SavingYear year : saving.years()) {
          for (CostSegment segment : saving.avoidedSegments()) {
            if (!segment.financialYear().equals(year.year())) {
              continue;
            }
            RateRow row = segment.row();
            csv.text(exit.childId().value())
                .date(exit.date())
                .text(year.year().toString())
                .text("avoided")
                .date(segment.firstDay())
                .date(segment.lastDay())
                .number(segment.days())
                .number(segment.age())
                .text(row.source().orElse(""))
                .text(row.place().toString())
                .text(row.provider().map(PlacementProvider::code).orElse("*"))
                .text("")
                .text(row.minAge().map(String::valueOf).orElse(""))
                .text(row.maxAge().map(String::valueOf).orElse(""))
                .date(row.effectiveFrom())
                .decimal(row.weeklyCost())
                .amount(segment.amount().rounded())
                .decimal(year.discountFactor());
            csv.endRow();
          }
          for (SupportSegment segment : saving.supportSegments()) {
            if (!segment.financialYear().equals(year.year())) {
              continue;
            }
            SupportRow row = segment.row();
            boolean weekly = row.kind() == SupportKind.WEEKLY;
            csv.text(exit.childId().value())
                .date(exit.date())
                .text(year.year().toString())
                .text(weekly ? "weekly support" : "one-off support")
                .date(segment.range().getStart())
                .date(segment.range().getEndInclusive())
                .text(weekly ? Long.toString(segment.range().lengthInDays()) : "")
                .number(segment.age())
                .text(row.source().orElse(""))
                .text("")
                .text("")
                .text(row.route().map(Route::name).orElse("*"))
                .text(row.minAge().map(String::valueOf).orElse(""))
                .text(row.maxAge().map(String::valueOf).orElse(""))
                .date(row.effectiveFrom())
                .decimal(row.amount())
                .amount(segment.amount().rounded())
                .decimal(year.discountFactor());
            csv.endRow();
          }
        }
      }
    }
  }
}
