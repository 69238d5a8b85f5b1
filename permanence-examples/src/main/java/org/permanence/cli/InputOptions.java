package org.permanence.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Option;

/**
 * The options of the commands that write one CSV for a window: the care data's options, with the
 * window and the output file.
 */
final class InputOptions extends CareOptions {

  @Option(names = "--from", paramLabel = "DATE", description = "First day of the window, inclusive. Default: 1 April of the as-at date's financial year.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day of the window, inclusive. Default: the as-at date.")
  LocalDate to;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of to standard output.")
  Path out;

  /** Checks the combination of options, before any file is read. */
  @Override
  void check() {
    super.check();
    LocalDate first = windowStart();
    LocalDate last = windowEndInclusive();
    if (last.isBefore(first)) {
      throw new UsageException("--to " + last + " is before --from " + first + "; expected from <= to");
    }
  }

  LocalDate windowStart() {
    return from != null ? from : FinancialYear.from(asAt()).start();
  }

  LocalDate windowEndInclusive() {
    return to != null ? to : asAt();
  }

  /** The window as a half-open range: {@code --to} is inclusive, so the range ends the day after. */
  LocalDateRange window() {
    return LocalDateRange.of(windowStart(), windowEndInclusive().plusDays(1));
  }
}
