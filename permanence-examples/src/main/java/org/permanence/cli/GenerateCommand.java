package org.permanence.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.permanence.examples.sample.SampleCouncil;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a generated council's SSDA903 files, for trials and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes header.csv and episodes.csv of a generated council into a folder.",
      "",
      "The same seed and options give the same files, byte for byte. Without options it writes"
          + " the bundled sample again; --episodes 1000000 writes a national-scale file.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:invalid usage", "1:any other failure"})
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--out-dir", required = true, paramLabel = "DIR", description = "The folder to write into (created if needed).")
  Path outDir;

  @Option(names = "--seed", paramLabel = "N", description = "The random seed (default: the bundled sample's, ${DEFAULT-VALUE}).", defaultValue = "" + SampleCouncil.DEFAULT_SEED)
  long seed;

  @ArgGroup(exclusive = true)
  Size size;

  @Option(names = "--as-at", paramLabel = "DATE", description = "The extract's as-at date: nothing starts or ends after it (default: 2025-12-31).")
  LocalDate asAt;

  @Option(names = "--first-entry", paramLabel = "DATE", description = "The earliest first entry into care (default: 2016-04-01).")
  LocalDate firstEntry;

  @Spec CommandSpec spec;

  /** How big the council is: a number of children or of episode rows. */
  static final class Size {
    @Option(names = "--children", paramLabel = "N", description = "How many children (default ${DEFAULT-VALUE} without --episodes).", defaultValue = "" + SampleCouncil.DEFAULT_CHILDREN)
    int children;

    @Option(names = "--episodes", paramLabel = "N", description = "Exactly how many episode rows; children are added until there are that many.")
    int episodes;
  }

  @Override
  public Integer call() throws Exception {
    SampleCouncil.Builder builder = SampleCouncil.builder().seed(seed);
    try {
      if (size != null && size.episodes > 0) {
        builder.episodes(size.episodes);
      } else if (size != null) {
        builder.children(size.children);
      }
      if (asAt != null) {
        builder.asAt(asAt);
      }
      if (firstEntry != null) {
        builder.firstEntry(firstEntry);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    SampleCouncil council;
    try {
      council = builder.build();
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    long started = System.nanoTime();
    SampleCouncil.Counts counts = council.write(outDir);
    long millis = (System.nanoTime() - started) / 1_000_000;
    spec.commandLine().getErr().printf("wrote %d children and %d episodes to %s in %d ms%n",
        counts.children(), counts.episodes(), outDir, millis);
    spec.commandLine().getErr().flush();
    return 0;
  }
}
