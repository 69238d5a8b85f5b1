// "Reduce the average time in care by 6 weeks": what would that have saved, and how many weeks
// shorter would save £100,000?
//
// Run from the project's folder, after `mvn -B -q package -DskipTests`:
//   java -cp permanence-examples/target/permanence.jar permanence-examples/examples/SixWeeksShorter.java
//
// For the periods of care that ended in the window, each is ended N weeks sooner (never before
// it began) and the placement cost of the days taken off is what would have been saved, as the
// `reduction` command does. Edit the settings to change the weeks, the target or the window.

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import org.permanence.care.CareData;
import org.permanence.examples.sample.SampleData;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.reduction.DurationReduction;
import org.permanence.reduction.DurationReductionCalculator;
import org.permanence.reduction.TargetOutOfReachException;
import org.permanence.ssda903.Ssda903Reader;
import org.threeten.extra.LocalDateRange;

public class SixWeeksShorter {

  public static void main(String[] args) {
    // 1. The settings.
    LocalDate asAt = SampleData.asAt();                                    // 31 December 2025
    LocalDate from = LocalDate.of(2024, 4, 1);                             // two financial years
    int weeks = 6;
    BigDecimal target = new BigDecimal("100000");
    RateCard rates = RateCards.read(SampleData.rates());

    // 2. The data and the window of period ends, 1 April 2024 to the as-at date (half-open).
    CareData data = Ssda903Reader.strict().read(SampleData.header(), SampleData.episodes()).strict();
    LocalDateRange window = LocalDateRange.of(from, asAt.plusDays(1));

    // 3. Six weeks shorter.
    DurationReduction shorter =
        DurationReductionCalculator.DEFAULT.reduction(data, window, asAt, rates, weeks);
    System.out.println(shorter.explain());
    System.out.printf(Locale.UK, "%nPeriods ended: %d%n", shorter.count());
    System.out.printf(Locale.UK, "Mean days in care: %s, and %s had each ended %d weeks sooner%n",
        shorter.meanDays(), shorter.meanDaysAfter(), weeks);
    BigDecimal meanWeeksShorter = shorter.meanDaysShorter().divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
    System.out.printf(Locale.UK, "That is %s days (%s weeks) shorter on average: £%,.2f%n",
        shorter.meanDaysShorter(), meanWeeksShorter, shorter.avoidedCost());

    // 4. The inverse: the fewest whole weeks sooner that save at least the target.
    try {
      DurationReduction needed =
          DurationReductionCalculator.DEFAULT.weeksFor(data, window, asAt, rates, target);
      System.out.printf(Locale.UK, "%nTo save £%,.2f, each period would end %d weeks sooner: £%,.2f%n",
          target, needed.weeks(), needed.avoidedCost());
    } catch (TargetOutOfReachException e) {
      System.out.printf(Locale.UK, "%nNo reduction saves £%,.2f: the most is £%,.2f%n", target, e.most());
    }
  }
}
