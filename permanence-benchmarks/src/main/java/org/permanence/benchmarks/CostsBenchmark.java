package org.permanence.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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
import org.permanence.cost.PlacementCost;
import org.permanence.cost.PlacementCostCalculator;
import org.permanence.examples.sample.SampleCouncil;
import org.permanence.examples.sample.SampleData;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.ssda903.Ssda903Reader;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * The cost engine on a generated extract, read once: every child's placements costed with the
 * sample council's rate card for the financial year to the as-at date, as {@code costs} does, on
 * one thread ({@code costs}) and on all cores ({@code costsInParallel}).
 *
 * <p>Run: {@code java -jar permanence-benchmarks/target/benchmarks.jar CostsBenchmark}; add
 * {@code -p episodes=10000,100000,1000000} for the scaling series.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class CostsBenchmark {

  /** Episodes in the generated extract. */
  @Param({"1000000"})
  public int episodes;

  private CareData data;
  private RateCard card;
  private LocalDate asAt;
  private LocalDateRange year;

  /**
   * Writes a generated council of the wanted size, reads it, and reads the sample rate card.
   *
   * @throws IOException if the temporary files cannot be written
   */
  @Setup(Level.Trial)
  public void load() throws IOException {
    Path folder = Files.createTempDirectory("permanence-bench");
    SampleCouncil council = SampleCouncil.builder().episodes(episodes).build();
    council.write(folder);
    Path header = folder.resolve(SampleCouncil.HEADER_FILE);
    Path episodesFile = folder.resolve(SampleCouncil.EPISODES_FILE);
    data = Ssda903Reader.strict().read(header, episodesFile).strict();
    Files.delete(header);
    Files.delete(episodesFile);
    Files.delete(folder);
    card = RateCards.read(SampleData.rates());
    asAt = council.asAt();
    year = LocalDateRange.of(FinancialYear.from(asAt).start(), asAt.plusDays(1));
  }

  /** Fails the trial if the engine failed on any child, so a fast wrong run cannot pass. */
  @TearDown(Level.Trial)
  public void check() {
    BatchResult<PlacementCost> result = PlacementCostCalculator.DEFAULT.costs(data, year, asAt, card);
    if (result.hasFailures() || result.values().isEmpty()) {
      throw new IllegalStateException("the benchmark's data cannot be costed: " + result.failures());
    }
  }

  /**
   * Costs every child on one thread.
   *
   * @return the costs
   */
  @Benchmark
  public BatchResult<PlacementCost> costs() {
    return PlacementCostCalculator.DEFAULT.costs(data, year, asAt, card);
  }

  /**
   * Costs every child on the common fork-join pool.
   *
   * @return the costs
   */
  @Benchmark
  public BatchResult<PlacementCost> costsInParallel() {
    return PlacementCostCalculator.DEFAULT.costsInParallel(data, year, asAt, card);
  }
}
