// What if the council's fostering rates had risen by 10% from 1 April? This year's placement
// costs on today's card and on the proposed one, side by side.
//
// Run from the project's folder, after `mvn -B -q package -DskipTests`:
//   java -cp permanence-examples/target/permanence.jar permanence-examples/examples/NewRateCard.java
//
// The proposed card is today's card plus new rows taking effect on 1 April: each in-house
// fostering row (U* with provider PR1) again, 10% dearer. A later effective date wins over an
// earlier one for the same placement and age, so only those placements change. Edit the rise,
// the rows or the date; or write the proposed card as a CSV and read it with RateCards.read.

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.permanence.care.CareData;
import org.permanence.code.PlacementProvider;
import org.permanence.cost.CostSegment;
import org.permanence.cost.PlacementCost;
import org.permanence.cost.PlacementCostCalculator;
import org.permanence.examples.sample.SampleData;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;
import org.permanence.ssda903.Ssda903Reader;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

public class NewRateCard {

  public static void main(String[] args) {
    // 1. The settings.
    LocalDate asAt = SampleData.asAt();                                  // 31 December 2025
    LocalDate from = FinancialYear.from(asAt).start();                   // 1 April 2025
    BigDecimal rise = new BigDecimal("1.10");                            // 10% more
    RateCard today = RateCards.read(SampleData.rates());

    // 2. The proposed card: every row of today's, and each in-house fostering row anew from 1 April
    //    at the new rate, rounded to pence. Only the latest row for each age band is raised.
    List<RateRow> rows = new ArrayList<>(today.rows());
    Map<String, RateRow> latest = new TreeMap<>();
    for (RateRow row : today.rows()) {
      boolean inHouseFostering = row.place().toString().equals("U*")
          && row.provider().equals(Optional.of(PlacementProvider.PR1));
      if (inHouseFostering && !row.effectiveFrom().isAfter(from)) {
        String band = row.minAge() + "-" + row.maxAge();
        RateRow before = latest.get(band);
        if (before == null || row.effectiveFrom().isAfter(before.effectiveFrom())) {
          latest.put(band, row);
        }
      }
    }
    for (RateRow row : latest.values()) {
      rows.add(RateRow.builder()
          .place(row.place())
          .provider(row.provider())
          .minAge(row.minAge())
          .maxAge(row.maxAge())
          .effectiveFrom(from)
          .weeklyCost(row.weeklyCost().multiply(rise).setScale(2, RoundingMode.HALF_UP))
          .source("proposed: " + row.weeklyCost() + " x " + rise)
          .build());
    }
    RateCard proposed = RateCard.of(rows);

    // 3. Cost the financial year so far on both cards.
    CareData data = Ssda903Reader.strict().read(SampleData.header(), SampleData.episodes()).strict();
    LocalDateRange soFar = LocalDateRange.of(from, asAt.plusDays(1));
    Map<String, BigDecimal[]> byPlacement = new TreeMap<>();
    add(byPlacement, PlacementCostCalculator.DEFAULT.costs(data, soFar, asAt, today).values(), 0);
    add(byPlacement, PlacementCostCalculator.DEFAULT.costs(data, soFar, asAt, proposed).values(), 1);

    // 4. Compare, placement by placement. Each segment's amount is rounded to pence before it
    //    is added, so the totals are sums of what the rows show.
    System.out.printf(Locale.UK, "Placement costs from %s to %s, today's card and with in-house fostering up %s%%:%n%n",
        from, asAt, rise.subtract(BigDecimal.ONE).movePointRight(2).stripTrailingZeros().toPlainString());
    System.out.printf(Locale.UK, "%-10s %14s %14s %12s%n", "placement", "today", "proposed", "difference");
    BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO};
    for (Map.Entry<String, BigDecimal[]> entry : byPlacement.entrySet()) {
      BigDecimal[] cost = entry.getValue();
      System.out.printf(Locale.UK, "%-10s %,14.2f %,14.2f %,12.2f%n",
          entry.getKey(), cost[0], cost[1], cost[1].subtract(cost[0]));
      total[0] = total[0].add(cost[0]);
      total[1] = total[1].add(cost[1]);
    }
    System.out.printf(Locale.UK, "%-10s %,14.2f %,14.2f %,12.2f%n",
        "total", total[0], total[1], total[1].subtract(total[0]));
  }

  /** Adds each segment's rounded amount to its placement's column. */
  static void add(Map<String, BigDecimal[]> byPlacement, List<PlacementCost> costs, int column) {
    for (PlacementCost cost : costs) {
      for (CostSegment segment : cost.segments()) {
        String placement = segment.placementType().code() + " "
            + segment.placementProvider().map(PlacementProvider::code).orElse("");
        BigDecimal[] amounts = byPlacement.computeIfAbsent(placement.trim(),
            key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        amounts[column] = amounts[column].add(segment.amount().rounded());
      }
    }
  }
}
