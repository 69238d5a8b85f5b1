package org.permanence.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.duration.CohortDurations;
import org.permanence.duration.DurationCalculator;
import org.permanence.duration.PeriodDuration;
import org.permanence.examples.sample.SampleCouncil;
import org.permanence.ssda903.Ssda903Reader;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * Reading SSDA903 files and computing periods of care and durations, at the scale of all of
 * England over a decade (1M episodes) and smaller, to show the cost grows linearly.
 *
 * <p>Run: {@code java -jar permanence-benchmarks/target/benchmarks.jar DurationsBenchmark}; add
 * {@code -p episodes=10000,100000,1000000} for the scaling series.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class DurationsBenchmark {

  /** Episodes in the generated extract. */
  @Param({"1000000"})
  public int episodes;

  private Path folder;
  private Path header;
  private Path episodesFile;
  private LocalDate asAt;
  private LocalDateRange year;

  /**
   * Writes a generated council of the wanted size once per trial.
   *
   * @throws IOException if the temporary files cannot be written
   */
  @Setup(Level.Trial)
  public void writeFiles() throws IOException {
    folder = Files.createTempDirectory("permanence-bench");
    SampleCouncil council = SampleCouncil.builder().episodes(episodes).build();
    council.write(folder);
    header = folder.resolve(SampleCouncil.HEADER_FILE);
    episodesFile = folder.resolve(SampleCouncil.EPISODES_FILE);
    asAt = council.asAt();
    year = LocalDateRange.of(FinancialYear.from(asAt).start(), asAt.plusDays(1));
  }

  /**
   * The extract read once, for the calculation-only benchmarks; kept apart so that the reading
   * benchmarks do not carry a second copy in the same heap.
   */
  @State(Scope.Benchmark)
  public static class Loaded {
    CareData data;

    /**
     * Reads the extract written by the benchmark's setup.
     *
     * @param files the benchmark state holding the files
     */
    @Setup(Level.Trial)
    public void read(DurationsBenchmark files) {
      data = Ssda903Reader.strict().read(files.header, files.episodesFile).strict();
    }
  }

  /**
   * Deletes the generated files.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteFiles() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /**
   * Reads and checks both files strictly into care histories.
   *
   * @return the data read
   */
  @Benchmark
  public CareData read() {
    return Ssda903Reader.strict().read(header, episodesFile).strict();
  }

  /**
   * Links every child's episodes into periods of care and measures those in the year so far.
   *
   * @param loaded the extract, read once
   * @return the durations
   */
  @Benchmark
  public BatchResult<PeriodDuration> durations(Loaded loaded) {
    return DurationCalculator.DEFAULT.durations(loaded.data.histories(), year, asAt);
  }

  /**
   * Counts, means and medians the periods that ended in the year so far.
   *
   * @param loaded the extract, read once
   * @return the cohort measures
   */
  @Benchmark
  public CohortDurations cohort(Loaded loaded) {
    return DurationCalculator.DEFAULT.cohort(loaded.data.histories(), year, asAt);
  }

  /**
   * Reads the files and computes the durations, as the {@code durations} command does.
   *
   * @return the durations
   */
  @Benchmark
  public BatchResult<PeriodDuration> readAndDurations() {
    CareData read = Ssda903Reader.strict().read(header, episodesFile).strict();
    return DurationCalculator.DEFAULT.durations(read.histories(), year, asAt);
  }
}
