// What did one child's placements cost this financial year, and why?
//
// Run from the project's folder, after `mvn -B -q package -DskipTests`:
//   java -cp permanence-examples/target/permanence.jar permanence-examples/examples/CostOneChild.java
//
// Edit the three settings below to cost another child, date or card. To use your own files,
// replace the sample's with, for example:
//   CareData data = Ssda903Files.read(Path.of("header.csv"), Path.of("episodes.csv"));
//   RateCard card = RateCards.read(Path.of("rates.csv"));

import java.time.LocalDate;
import java.util.Locale;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.ChildId;
import org.permanence.cost.PlacementCost;
import org.permanence.cost.PlacementCostCalculator;
import org.permanence.cost.YearCost;
import org.permanence.examples.sample.SampleData;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.ssda903.Ssda903Reader;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

public class CostOneChild {

  public static void main(String[] args) {
    // 1. The settings: which child, as at which date, on which rate card.
    ChildId child = ChildId.of("C000030");
    LocalDate asAt = SampleData.asAt();                       // 31 December 2025
    RateCard card = RateCards.read(SampleData.rates());

    // 2. The data: the sample council's SSDA903 header and episodes files, checked.
    CareData data = Ssda903Reader.strict().read(SampleData.header(), SampleData.episodes()).strict();

    // 3. The window: the financial year so far, 1 April to the as-at date. Ranges are half-open,
    //    so the end is the day after the as-at date.
    FinancialYear year = FinancialYear.from(asAt);
    LocalDateRange soFar = LocalDateRange.of(year.start(), asAt.plusDays(1));

    // 4. The child's episodes, as the council recorded them.
    CareHistory history = data.history(child);
    System.out.println("Child " + child.value() + ", episodes as at " + asAt + ":");
    for (Episode episode : history.asAt(asAt).episodes()) {
      System.out.println("  from " + episode.start() + " in " + episode.placementType().code()
          + " " + episode.placementProvider().map(p -> p.code()).orElse("(no provider)")
          + episode.endExclusive().map(end -> " to " + end).orElse(", still open"));
    }

    // 5. The cost: every stretch of days at one rate card row, then the year's total.
    PlacementCost cost = PlacementCostCalculator.DEFAULT.cost(history, soFar, asAt, card);
    System.out.println();
    System.out.println(cost.explain());
    for (YearCost inYear : cost.years()) {
      System.out.printf(Locale.UK, "In %s so far: %d days in care, costing £%,.2f%n",
          inYear.year(), inYear.days(), inYear.rounded());
    }
  }
}
