// What did this year's exits from care save, by route, net of the support paid after them?
//
// Run from the project's folder, after `mvn -B -q package -DskipTests`:
//   java -cp permanence-examples/target/permanence.jar permanence-examples/examples/ExitSavings.java
//
// Each exit (an adoption, a special guardianship order, a child arrangements order, a planned
// return home) is priced as the placement it avoided for a year (52 weeks) from the exit date,
// less the allowances and one-off costs on the support card, as the `savings` command does.
// Edit the settings to change the horizon ("in-year", "weeks:26", "to-18", ...) or to discount.

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.examples.sample.SampleData;
import org.permanence.exit.Exit;
import org.permanence.exit.ExitFinder;
import org.permanence.exit.Horizon;
import org.permanence.exit.Route;
import org.permanence.exit.RouteTable;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.saving.ExitSaving;
import org.permanence.saving.ExitSavingsCalculator;
import org.permanence.saving.SavingYear;
import org.permanence.ssda903.Ssda903Reader;
import org.permanence.support.SupportCard;
import org.permanence.support.SupportCards;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

public class ExitSavings {

  public static void main(String[] args) {
    // 1. The settings.
    LocalDate asAt = SampleData.asAt();                                  // 31 December 2025
    Horizon horizon = Horizon.parse("full-year");                        // 52 weeks from each exit
    Optional<BigDecimal> discountRate = Optional.empty();                // or Optional.of(ExitSavingsCalculator.GREEN_BOOK_RATE)
    RateCard rates = RateCards.read(SampleData.rates());
    SupportCard support = SupportCards.read(SampleData.support());       // or SupportCard.NONE
    RouteTable routes = RouteTable.DEFAULT;                              // E11/E12, E45-E48, E41, E4A

    // 2. The data, and the exits in the financial year so far (exit dates 1 April to as-at).
    CareData data = Ssda903Reader.strict().read(SampleData.header(), SampleData.episodes()).strict();
    FinancialYear year = FinancialYear.from(asAt);
    LocalDateRange soFar = LocalDateRange.of(year.start(), asAt.plusDays(1));
    List<Exit> exits = ExitFinder.DEFAULT.exits(data, routes, soFar, asAt);

    // 3. Price every exit. A batch keeps going past an exit it cannot price and lists it.
    BatchResult<ExitSaving> savings =
        ExitSavingsCalculator.DEFAULT.savings(exits, horizon, rates, support, discountRate);
    savings.failures().forEach(failure -> System.out.println("Not priced: " + failure));

    // 4. Add them up by route. Each exit's amounts are rounded to pence row by row, and every
    //    total is a sum of those rounded rows, so the table adds up to the penny.
    Map<Route, Totals> byRoute = new TreeMap<>();
    for (ExitSaving saving : savings.values()) {
      Totals totals = byRoute.computeIfAbsent(saving.exit().route(), route -> new Totals());
      totals.children++;
      for (SavingYear row : saving.years()) {
        totals.avoided = totals.avoided.add(row.avoidedCost());
        totals.support = totals.support.add(row.supportCost());
        totals.net = totals.net.add(row.netSaving());
      }
    }
    Totals all = new Totals();
    System.out.printf(Locale.UK, "Exits from %s to %s, each counted for %s:%n%n", year.start(), asAt, horizon);
    System.out.printf(Locale.UK, "%-12s %8s %14s %14s %14s%n", "route", "children", "avoided", "support", "net saving");
    for (Map.Entry<Route, Totals> entry : byRoute.entrySet()) {
      Totals totals = entry.getValue();
      print(entry.getKey().name(), totals);
      all.children += totals.children;
      all.avoided = all.avoided.add(totals.avoided);
      all.support = all.support.add(totals.support);
      all.net = all.net.add(totals.net);
    }
    print("total", all);
    System.out.printf(Locale.UK, "%n%d children exited care between %s and %s, a total net saving of £%,.2f.%n",
        all.children, year.start(), asAt, all.net);
  }

  static final class Totals {
    int children;
    BigDecimal avoided = BigDecimal.ZERO;
    BigDecimal support = BigDecimal.ZERO;
    BigDecimal net = BigDecimal.ZERO;
  }

  static void print(String label, Totals totals) {
    System.out.printf(Locale.UK, "%-12s %8d %,14.2f %,14.2f %,14.2f%n",
        label, totals.children, totals.avoided, totals.support, totals.net);
  }
}
