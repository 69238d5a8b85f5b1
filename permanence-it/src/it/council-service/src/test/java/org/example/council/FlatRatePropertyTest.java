package org.example.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.cost.PlacementCost;
import org.permanence.cost.PlacementCostCalculator;
import org.permanence.cost.YearCost;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.testkit.PermanenceArbitraries;
import org.threeten.extra.LocalDateRange;

/**
 * The council's own check of the cost engine, on care data made by permanence's published
 * generators: at a flat £700 a week, every year of every child costs £100 a day, to the penny.
 */
class FlatRatePropertyTest {

  /** The generators' care lies between 1995 and 2045: an extract at the end sees all of it. */
  private static final LocalDate AS_AT = LocalDate.of(2045, 12, 31);
  private static final BigDecimal A_DAY = new BigDecimal("100");

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void aFlatWeeklyRateCostsASeventhOfItEachDay(@ForAll("councils") Tuple2<CareData, LocalDateRange> council)
      throws Exception {
    CareData data = council.get1();
    LocalDateRange window = council.get2();
    RateCard flat = RateCards.read(resource("/flat/rates.csv"));

    BatchResult<PlacementCost> costs = PlacementCostCalculator.DEFAULT.costs(data, window, AS_AT, flat);

    assertTrue(costs.failures().isEmpty(), () -> "a catch-all card prices every day: " + costs.failures());
    long days = 0;
    for (PlacementCost cost : costs.values()) {
      for (YearCost year : cost.years()) {
        assertEquals(0, A_DAY.multiply(BigDecimal.valueOf(year.days())).compareTo(year.rounded()),
            () -> cost.childId() + " in " + year.year() + ": " + year.days() + " days cost " + year.rounded());
        days += year.days();
      }
    }
    Statistics.label("days costed").collect(days == 0 ? "none" : "some");
    Statistics.label("window").collect(window.getStart().getYear() == 1990 ? "all" : "around a child");
  }

  /** A council with children, and a window around one child's care or over all of it. */
  @Provide
  Arbitrary<Tuple2<CareData, LocalDateRange>> councils() {
    LocalDateRange everything = LocalDateRange.of(LocalDate.of(1990, 1, 1), AS_AT.plusDays(1));
    return PermanenceArbitraries.careData(AS_AT)
        .filter(data -> !data.histories().isEmpty())
        .flatMap(data -> Arbitraries.oneOf(
                Arbitraries.of(data.histories()).flatMap(PermanenceArbitraries::dateWindowsAround),
                Arbitraries.just(everything))
            .map(window -> Tuple.of(data, window)));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(FlatRatePropertyTest.class.getResource(name).toURI());
  }
}
