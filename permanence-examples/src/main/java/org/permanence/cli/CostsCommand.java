package org.permanence.cli;

import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
import org.permanence.care.CareData;
import org.permanence.code.PlacementProvider;
import org.permanence.cost.CostSegment;
import org.permanence.cost.PlacementCost;
import org.permanence.cost.PlacementCostCalculator;
import org.permanence.cost.YearCost;
import org.permanence.examples.sample.SampleData;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code costs}: placement costs per child per financial year within the window. */
@Command(
    name = "costs",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Costs each child's days in care within the window with a rate card, one row per child per"
          + " financial year with at least one day in the window, sorted by child then year, with"
          + " the columns:",
      "  child,financial_year,days,cost",
      "",
      "Each day costs the weekly rate of the rate card row that applies to it, divided by 7;"
          + " a stay is split wherever the rate can change, and each row's cost is the exact sum"
          + " rounded to pence, half up. Short breaks (V3, V4) are left out, and no day on or after"
          + " the 18th birthday is costed. A day that no row of the card prices is an error.",
      "",
      "The rate card CSV has the columns place,provider,min_age,max_age,effective_from,weekly_cost"
          + " (place a PLACE code, a prefix such as U*, or *; provider a PLACE_PROVIDER code or *).",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:invalid input, a missing rate, or usage (every problem on stderr)", "1:any other failure"})
final class CostsCommand implements Callable<Integer> {

  @Mixin InputOptions options;

  @Option(names = "--rates", paramLabel = "FILE", description = "The rate card CSV. Required unless --sample, which uses the sample council's card.")
  Path rates;

  @Option(names = "--explain", paramLabel = "FILE", description = "Also write every segment behind the costs to this CSV: its days, placement, age, the rate card row used, the weekly rate and the amount.")
  Path explain;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    options.check();
    if (rates == null && !options.sample) {
      throw new UsageException("missing --rates FILE (or use --sample for the sample council's data and card)");
    }
    InputFile ratesFile = rates != null ? CareOptions.existing(rates, "--rates") : SampleData.rates();
    if (explain != null && options.out != null && Output.sameFile(explain, options.out)) {
      throw new UsageException("--explain and --out name the same file");
    }
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
    if (card == null) {
      throw new InvalidInputException(problems);
    }
    CareData data = loaded.data();
    RateCard ready = card;
    List<PlacementCost> costs = new ArrayList<>();
    List<Failure> failures = new ArrayList<>(0);
    try {
      Output.write(options.out, spec.commandLine().getOut(),
          out -> writeCosts(data, ready, costs, failures, out));
    } catch (MissingRates e) {
      PermanenceCommand.reportFailures(err, failures);
      return PermanenceCommand.INVALID;
    }
    CareInput.writeRejects(options, loaded, err);
    if (explain != null) {
      Output.write(explain, null, out -> writeSegments(costs, out));
    }
    return 0;
  }

  /** How many children are costed in one run: enough to be worth handing over, few enough to start writing soon. */
  private static final int RUN = 8192;

  /**
   * Costs the children in runs on a second thread while this one writes the runs already
   * costed, keeping the costs only for {@code --explain}. A missing rate anywhere means nothing
   * may be written: every run is still costed, to report every missing rate, and the output is
   * then abandoned by throwing {@link MissingRates}.
   */
  private void writeCosts(CareData data, RateCard card, List<PlacementCost> costs,
      List<Failure> failures, Writer out) throws IOException {
    ExecutorService costing = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "permanence-costs");
      thread.setDaemon(true);
      return thread;
    });
    try (CsvOutput csv = new CsvOutput(out, "child", "financial_year", "days", "cost")) {
      List<Future<BatchResult<PlacementCost>>> runs = new ArrayList<>();
      for (int from = 0; from < data.size(); from += RUN) {
        int first = from;
        int end = Math.min(data.size(), from + RUN);
        runs.add(costing.submit(() -> PlacementCostCalculator.DEFAULT.costs(
            data, first, end, options.window(), options.asAt(), card)));
      }
      for (int i = 0; i < runs.size(); i++) {
        BatchResult<PlacementCost> part = finished(runs.get(i));
        // a run written is let go, so that a national extract's costs are never all held at once
        runs.set(i, null);
        failures.addAll(part.failures());
        if (!failures.isEmpty()) {
          continue;
        }
        for (PlacementCost cost : part.values()) {
          for (YearCost year : cost.years()) {
            csv.text(cost.childId().value())
                .text(year.year().toString())
                .number(year.days())
                .amount(year.rounded());
            csv.endRow();
          }
        }
        if (explain != null) {
          costs.addAll(part.values());
        }
      }
    } finally {
      costing.shutdownNow();
    }
    if (!failures.isEmpty()) {
      throw new MissingRates();
    }
  }

  private static <T> T finished(Future<T> run) throws IOException {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while costing", e);
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Abandons the output when some child has a day no rate prices. */
  private static final class MissingRates extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingRates() {
      super("some days have no rate", null, false, false);
    }
  }

  private static void writeSegments(List<PlacementCost> costs, Writer out) throws IOException {
    try (CsvOutput csv = new CsvOutput(out,
        "child", "financial_year", "episode_start", "first_day", "last_day", "days", "place",
        "provider", "age", "rate_source", "rate_place", "rate_provider", "rate_min_age",
        "rate_max_age", "rate_effective_from", "weekly_rate", "amount")) {
      for (PlacementCost cost : costs) {
        for (CostSegment segment : cost.segments()) {
          RateRow row = segment.row();
          csv.text(segment.childId().value())
              .text(segment.financialYear().toString())
              .date(segment.episodeStart())
              .date(segment.firstDay())
              .date(segment.lastDay())
              .number(segment.days())
              .text(segment.placementType().code())
              .text(segment.placementProvider().map(PlacementProvider::code).orElse(""))
              .number(segment.age())
              .text(row.source().orElse(""))
              .text(row.place().toString())
              .text(row.provider().map(PlacementProvider::code).orElse("*"))
              .text(row.minAge().map(String::valueOf).orElse(""))
              .text(row.maxAge().map(String::valueOf).orElse(""))
              .date(row.effectiveFrom())
              .decimal(row.weeklyCost())
              .amount(segment.amount().rounded());
          csv.endRow();
        }
      }
    }
  }
}
