package org.permanence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.permanence.examples.sample.SampleData;
import org.permanence.input.InputFile;
import picocli.CommandLine.Option;

/** The options of every command that reads care data: the input files, the as-at date and lenient mode. */
class CareOptions {

  @Option(names = "--header", paramLabel = "FILE", description = "The SSDA903 header CSV (CHILD, DOB, ...).")
  Path header;

  @Option(names = "--episodes", paramLabel = "FILE", description = "The SSDA903 episodes CSV (CHILD, DECOM, RNE, LS, PLACE, PLACE_PROVIDER, DEC, REC, ...).")
  Path episodes;

  @Option(names = "--as-at", paramLabel = "DATE", description = "The date the data is seen at, inclusive (yyyy-mm-dd). Required unless --sample.")
  LocalDate asAt;

  @Option(names = "--sample", description = "Run on the bundled sample council (as at its own date unless --as-at is given).")
  boolean sample;

  @Option(names = "--lenient", description = "Load every child without a problem and write each rejected row, with its reason, to --rejects.")
  boolean lenient;

  @Option(names = "--rejects", paramLabel = "FILE", description = "With --lenient: where the rejected rows go (CSV: file,line,child,reason,record).")
  Path rejects;

  /** Checks the combination of options, before any file is read. */
  void check() {
    if (sample && (header != null || episodes != null)) {
      throw new UsageException("--sample runs on the bundled files; leave out --header and --episodes");
    }
    if (!sample) {
      StringBuilder missing = new StringBuilder();
      if (header == null) {
        missing.append(" --header FILE");
      }
      if (episodes == null) {
        missing.append(" --episodes FILE");
      }
      if (asAt == null) {
        missing.append(" --as-at DATE");
      }
      if (missing.length() > 0) {
        throw new UsageException("missing" + missing + " (or use --sample for the bundled sample data)");
      }
    }
    if (lenient && rejects == null) {
      throw new UsageException("--lenient needs --rejects FILE, so that no rejected row is lost");
    }
    if (!lenient && rejects != null) {
      throw new UsageException("--rejects goes with --lenient");
    }
  }

  /** The as-at date: given, or the sample's own. */
  LocalDate asAt() {
    return asAt != null ? asAt : SampleData.asAt();
  }

  InputFile headerFile() {
    return sample ? SampleData.header() : existing(header, "--header");
  }

  InputFile episodesFile() {
    return sample ? SampleData.episodes() : existing(episodes, "--episodes");
  }

  static InputFile existing(Path path, String option) {
    if (!Files.isRegularFile(path)) {
      throw new UsageException(option + " " + path + ": no such file");
    }
    return InputFile.of(path);
  }
}
