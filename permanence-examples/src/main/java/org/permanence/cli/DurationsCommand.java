package org.permanence.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.duration.DurationCalculator;
import org.permanence.duration.PeriodDuration;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code durations}: one row per period of care that overlaps the window. */
@Command(
    name = "durations",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists every period of care that overlaps the window, one row each, sorted by child then"
          + " start, with the columns:",
      "  child,period_start,period_end,reason_ended,days,days_in_window",
      "",
      "A period of care is episodes linked by X1 continuations; short breaks (V3, V4) are left"
          + " out. days counts [start, end): an open period to the as-at date inclusive, never the"
          + " 18th birthday or after. period_end and reason_ended are empty for a period open at"
          + " the as-at date. days_in_window counts the same days within [--from, --to].",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:invalid input or usage (every problem on stderr)", "1:any other failure"})
final class DurationsCommand implements Callable<Integer> {

  @Mixin InputOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    options.check();
    PrintWriter err = spec.commandLine().getErr();
    CareInput.Loaded loaded = CareInput.load(options);
    CareData data = loaded.data();
    LocalDateRange window = options.window();
    BatchResult<PeriodDuration> result =
        DurationCalculator.DEFAULT.durations(data.histories(), window, options.asAt());
    if (result.hasFailures()) {
      result.failures().forEach(f -> err.println(f));
      err.flush();
      return 1;
    }
    CareInput.writeRejects(options, loaded, err);
    Output.write(options.out, spec.commandLine().getOut(), out -> {
      try (CsvOutput csv = new CsvOutput(out,
          "child", "period_start", "period_end", "reason_ended", "days", "days_in_window")) {
        for (PeriodDuration duration : result.values()) {
          csv.text(duration.period().childId().value())
              .date(duration.period().start())
              .date(duration.period().endExclusive().orElse(null))
              .text(duration.period().reasonEnded().map(r -> r.code()).orElse(""))
              .number(duration.days())
              .number(duration.daysInWindow());
          csv.endRow();
        }
      }
    });
    return 0;
  }
}
