package org.permanence.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.permanence.batch.BatchResult;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.exit.Exit;
import org.permanence.exit.Horizon;
import org.permanence.exit.Route;
import org.permanence.input.InputFile;
import org.permanence.input.RateCards;
import org.permanence.rate.RateCard;
import org.permanence.support.SupportCard;
import org.permanence.support.SupportCards;

/**
 * Hand-worked savings. The rate card prices any placement at £700 a week, £100 a day; the support
 * card pays an SGO allowance of £140 a week, £20 a day, and £1,000 once on the exit date.
 */
class ExitSavingsCalculatorTest {

  private static final ExitSavingsCalculator CALCULATOR = ExitSavingsCalculator.DEFAULT;
  private static final Optional<BigDecimal> NO_DISCOUNT = Optional.empty();
  private static final Optional<BigDecimal> GREEN_BOOK = Optional.of(ExitSavingsCalculator.GREEN_BOOK_RATE);

  private static final RateCard RATES = RateCards.read(InputFile.ofText("rates.csv",
      "place,provider,min_age,max_age,effective_from,weekly_cost\n*,*,,,2000-01-01,700\n"));

  private static SupportCard support(String... rows) {
    return SupportCards.read(InputFile.ofText("support.csv",
        "route,kind,min_age,max_age,effective_from,amount\n" + String.join("\n", rows) + "\n"));
  }

  private static final SupportCard SUPPORT = support(
      "SGO,weekly,,,2020-04-01,140",
      "SGO,one-off,,,2020-04-01,1000");

  /** An SGO exit from U4 PR1 on a date, of a child born on another. */
  private static Exit exit(String date, String born) {
    return exit(date, born, PlacementType.U4);
  }

  private static Exit exit(String date, String born, PlacementType left) {
    return Exit.builder()
        .child(Child.of(ChildId.of("C1"), LocalDate.parse(born)))
        .date(LocalDate.parse(date))
        .reason(ReasonEpisodeCeased.E45)
        .route(Route.SGO)
        .placementType(left)
        .placementProvider(PlacementProvider.PR1)
        .periodStart(LocalDate.parse("2024-01-01"))
        .build();
  }

  private static List<List<Object>> rows(ExitSaving saving) {
    return saving.years().stream().map(year -> List.<Object>of(year.year().toString(), year.days(),
        year.avoidedCost(), year.supportCost(), year.netSaving(), year.presentValue())).toList();
  }

  private static BigDecimal pounds(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void anInYearSgoExitSavesThePlacementNetOfTheAllowanceAndTheOneOffCost() {
    ExitSaving saving = CALCULATOR.saving(exit("2025-12-01", "2015-06-10"), Horizon.inYear(), RATES,
        SUPPORT, NO_DISCOUNT);

    // 1 December 2025 to 31 March 2026: 31 + 31 + 28 + 31 = 121 days; 121 * 100 = 12,100 avoided;
    // 121 * 20 = 2,420 of allowance and 1,000 once: 3,420; net 8,680
    assertThat(rows(saving)).containsExactly(
        List.of("2025-26", 121L, pounds("12100.00"), pounds("3420.00"), pounds("8680.00"), pounds("8680.00")));
    assertThat(saving.netSaving()).isEqualTo(pounds("8680.00"));
    assertThat(saving.supportSegments()).extracting(s -> s.row().kind().code(), s -> s.range().lengthInDays())
        .containsExactly(tuple("one-off", 1), tuple("weekly", 121));
  }

  @Test
  void aFullYearRunsAcross1AprilAndIsDiscountedInItsSecondYear() {
    ExitSaving saving = CALCULATOR.saving(exit("2025-12-01", "2015-06-10"), Horizon.fullYear(), RATES,
        SUPPORT, GREEN_BOOK);

    // 364 days: 121 in 2025-26, 243 in 2026-27 (24,300 avoided, 4,860 allowance, net 19,440);
    // 19,440 / 1.035 = 18,782.608... -> 18,782.61
    assertThat(rows(saving)).containsExactly(
        List.of("2025-26", 121L, pounds("12100.00"), pounds("3420.00"), pounds("8680.00"), pounds("8680.00")),
        List.of("2026-27", 243L, pounds("24300.00"), pounds("4860.00"), pounds("19440.00"), pounds("18782.61")));
    assertThat(saving.netSaving()).isEqualTo(pounds("28120.00"));
    assertThat(saving.presentValue()).isEqualTo(pounds("27462.61"));
  }

  @Test
  void presentValuesForZeroOneAndTwoYearsAfterTheExit() {
    ExitSaving saving = CALCULATOR.saving(exit("2025-12-01", "2015-06-10"), Horizon.weeks(70), RATES,
        SUPPORT, GREEN_BOOK);

    // 490 days: 121 in 2025-26, 365 in 2026-27, 4 in 2027-28 (to 4 April 2027);
    // 29,200 / 1.035 = 28,212.560... -> 28,212.56; 320 / 1.035^2 = 320 / 1.071225 = 298.723... -> 298.72
    assertThat(rows(saving)).containsExactly(
        List.of("2025-26", 121L, pounds("12100.00"), pounds("3420.00"), pounds("8680.00"), pounds("8680.00")),
        List.of("2026-27", 365L, pounds("36500.00"), pounds("7300.00"), pounds("29200.00"), pounds("28212.56")),
        List.of("2027-28", 4L, pounds("400.00"), pounds("80.00"), pounds("320.00"), pounds("298.72")));
    assertThat(saving.years()).extracting(SavingYear::discountFactor)
        .containsExactly(pounds("1"), pounds("1.035"), pounds("1.071225"));
  }

  @Test
  void everyHorizonStopsAtThe18thBirthday() {
    ExitSaving saving = CALCULATOR.saving(exit("2025-12-01", "2008-01-15"), Horizon.toEighteen(), RATES,
        SUPPORT, NO_DISCOUNT);

    // 1 December 2025 to 14 January 2026: 45 days; 4,500 avoided; 900 + 1,000 support
    assertThat(rows(saving)).containsExactly(
        List.of("2025-26", 45L, pounds("4500.00"), pounds("1900.00"), pounds("2600.00"), pounds("2600.00")));
  }

  @Test
  void anExitOnThe18thBirthdayGivesOneRowOfZerosAndChargesNothing() {
    ExitSaving saving = CALCULATOR.saving(exit("2026-01-15", "2008-01-15"), Horizon.fullYear(), RATES,
        SUPPORT, GREEN_BOOK);

    assertThat(rows(saving)).containsExactly(
        List.of("2025-26", 0L, pounds("0.00"), pounds("0.00"), pounds("0.00"), pounds("0.00")));
    assertThat(saving.supportSegments()).isEmpty();
    assertThat(saving.avoidedSegments()).isEmpty();
  }

  @Test
  void anExitOn31MarchHasOneDayInItsYearAndOn1AprilAWholeYear() {
    ExitSaving march = CALCULATOR.saving(exit("2026-03-31", "2015-06-10"), Horizon.inYear(), RATES,
        SupportCard.NONE, NO_DISCOUNT);
    ExitSaving april = CALCULATOR.saving(exit("2026-04-01", "2015-06-10"), Horizon.inYear(), RATES,
        SupportCard.NONE, NO_DISCOUNT);

    assertThat(rows(march)).containsExactly(
        List.of("2025-26", 1L, pounds("100.00"), pounds("0.00"), pounds("100.00"), pounds("100.00")));
    // 2026-27 has 365 days
    assertThat(rows(april)).containsExactly(
        List.of("2026-27", 365L, pounds("36500.00"), pounds("0.00"), pounds("36500.00"), pounds("36500.00")));
  }

  @Test
  void aWeeklyAllowanceChangesWithTheAgeBandAndAnUpliftAcross1April() {
    SupportCard card = support(
        "SGO,weekly,0,10,2020-04-01,140",   // 20 a day to age 10
        "SGO,weekly,11,17,2020-04-01,210",  // 30 a day from 11
        "SGO,weekly,11,17,2026-04-06,231"); // 33 a day from 6 April 2026

    // born 10 April 2015: 11 on 10 April 2026. Exit 25 March 2026, two weeks, to 7 April:
    // 25-31 March at 10: 7 * 20 = 140 in 2025-26; 1-7 April at 10 (the birthday is the 10th):
    // 7 * 20 = 140 in 2026-27
    ExitSaving young = CALCULATOR.saving(exit("2026-03-25", "2015-04-10"), Horizon.weeks(2), RATES,
        card, NO_DISCOUNT);
    assertThat(young.years()).extracting(SavingYear::supportCost)
        .containsExactly(pounds("140.00"), pounds("140.00"));

    // born 3 April 2015: 11 on 3 April 2026. 25-31 March at 10: 140; 1-2 April at 10: 40;
    // 3-5 April at 11: 90; 6-7 April at 11 after the uplift: 66; so 196 in 2026-27
    ExitSaving turning = CALCULATOR.saving(exit("2026-03-25", "2015-04-03"), Horizon.weeks(2), RATES,
        card, NO_DISCOUNT);
    assertThat(turning.years()).extracting(SavingYear::supportCost)
        .containsExactly(pounds("140.00"), pounds("196.00"));
    assertThat(turning.supportSegments()).extracting(s -> s.range().lengthInDays(), SupportSegment::age)
        .containsExactly(tuple(7, 10), tuple(2, 10), tuple(3, 11), tuple(2, 11));
  }

  @Test
  void withNoSupportCardTheNetSavingIsTheAvoidedCost() {
    ExitSaving saving = CALCULATOR.saving(exit("2025-12-01", "2015-06-10"), Horizon.weeks(3), RATES,
        SupportCard.NONE, NO_DISCOUNT);

    assertThat(rows(saving)).containsExactly(
        List.of("2025-26", 21L, pounds("2100.00"), pounds("0.00"), pounds("2100.00"), pounds("2100.00")));
  }

  @Test
  void aBatchKeepsGoingPastAnExitWithADayNoRatePrices() {
    RateCard onlyFostering = RateCards.read(InputFile.ofText("rates.csv",
        "place,provider,min_age,max_age,effective_from,weekly_cost\nU*,*,,,2000-01-01,700\n"));
    Exit fromAHome = exit("2025-12-01", "2015-06-10", PlacementType.K2);

    BatchResult<ExitSaving> result = CALCULATOR.savings(List.of(exit("2025-12-01", "2015-06-10"), fromAHome),
        Horizon.inYear(), onlyFostering, SUPPORT, NO_DISCOUNT);

    assertThat(result.values()).hasSize(1);
    assertThat(result.failures()).singleElement()
        .satisfies(failure -> assertThat(failure.message()).contains("K2"));
  }

  @Test
  void aZeroDiscountRateDiscountsNothing() {
    ExitSaving saving = CALCULATOR.saving(exit("2025-12-01", "2015-06-10"), Horizon.fullYear(), RATES,
        SUPPORT, Optional.of(BigDecimal.ZERO));

    // as aFullYearRunsAcross1AprilAndIsDiscountedInItsSecondYear, with 1.0^1 = 1
    assertThat(rows(saving)).containsExactly(
        List.of("2025-26", 121L, pounds("12100.00"), pounds("3420.00"), pounds("8680.00"), pounds("8680.00")),
        List.of("2026-27", 243L, pounds("24300.00"), pounds("4860.00"), pounds("19440.00"), pounds("19440.00")));
    assertThat(saving.years()).extracting(SavingYear::discountFactor).allSatisfy(factor -> assertThat(factor).isEqualByComparingTo("1"));
  }

  @Test
  void aNegativeDiscountRateIsRefusedBeforeAnythingIsPriced() {
    RateCard onlyFostering = RateCards.read(InputFile.ofText("rates.csv",
        "place,provider,min_age,max_age,effective_from,weekly_cost\nU*,*,,,2000-01-01,700\n"));

    // the placement left has no rate, but the rate is wrong first
    assertThatIllegalArgumentException().isThrownBy(() -> CALCULATOR.saving(
            exit("2025-12-01", "2015-06-10", PlacementType.K2), Horizon.inYear(), onlyFostering, SUPPORT,
            Optional.of(new BigDecimal("-0.01"))))
        .withMessage("a discount rate cannot be negative, but was -0.01");
  }
}
