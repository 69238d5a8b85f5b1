package org.permanence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.permanence.report.ReportExamples.AS_AT;
import static org.permanence.report.ReportExamples.RATES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.permanence.adoption.AdoptionAverages;
import org.permanence.batch.Failure;
import org.permanence.care.CareData;
import org.permanence.child.ChildId;
import org.permanence.duration.CohortDurations;
import org.permanence.exit.Horizon;
import org.permanence.exit.Route;
import org.permanence.pipeline.Projection;
import org.permanence.saving.ExitSavingsCalculator;
import org.permanence.targets.TargetProgress;
import org.permanence.time.FinancialQuarter;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * The report's figures for the small council of {@link ReportExamples}, as at 31 December 2025,
 * worked by hand from the rules of the methodology. The card's rates are whole pounds a day (£100
 * for U4, £200 for U5, £0 for A6; £10 a day of SGO allowance), so each saving row is days times
 * the daily rate, with nothing to round.
 *
 * <p>At the default horizon, 52 weeks (364 days) from each exit, split at 1 April:
 *
 * <pre>
 * exit                 days by year     avoided            support                net
 * A  SGO 2024-06-01    2024-25 304      304*100 = 30,400   304*10 + 1,000 = 4,040 26,360
 *                      2025-26  60       60*100 =  6,000    60*10         =   600  5,400
 * I  ADOP 2025-01-20   2024-25  71       71*100 =  7,100   500 once              6,600
 *                      2025-26 293      293*100 = 29,300   0                     29,300
 * B  HOME 2025-02-10   2024-25  50       50*200 = 10,000   0                     10,000
 *                      2025-26 314      314*200 = 62,800   0                     62,800
 * C  SGO 2025-05-01    2025-26 335      335*100 = 33,500   335*10 + 1,000 = 4,350 29,150
 *                      2026-27  29       29*100 =  2,900    29*10         =   290  2,610
 * D  ADOP 2025-08-15   2025-26 229      229*0   =      0   500 once               -500
 *                      2026-27 135      135*0   =      0   0                          0
 * E  HOME 2025-11-20   2025-26 132      132*100 = 13,200   0                     13,200
 *                      2026-27 232      232*100 = 23,200   0                     23,200
 * F  SGO 2025-12-31    2025-26  91       91*100 =  9,100    91*10 + 1,000 = 1,910  7,190
 *                      2026-27 273      273*100 = 27,300   273*10        = 2,730 24,570
 * </pre>
 *
 * <p>(A: June 30, July 31, August 31, September 30, October 31, November 30, December 31, January
 * 31, February 28, March 31 = 304 days to 1 April 2025, and 364 - 304 = 60 after. I: 12 + 28 + 31
 * = 71 days to 1 April. B: 19 + 31 = 50. C: May to March = 335. D: 17 + 30 + 31 + 30 + 31 + 31 +
 * 28 + 31 = 229. E: 11 + 31 + 31 + 28 + 31 = 132. F: 1 + 31 + 28 + 31 = 91.)
 */
class ProgressReportCalculatorTest {

  private static final FinancialYear Y2022 = FinancialYear.of(2022);
  private static final FinancialYear Y2023 = FinancialYear.of(2023);
  private static final FinancialYear Y2024 = FinancialYear.of(2024);
  private static final FinancialYear Y2025 = FinancialYear.of(2025);
  private static final FinancialYear Y2026 = FinancialYear.of(2026);

  // made for each test, not once for the class, so that each test sees the calculator as it is
  // when the test runs (a mutation test changes it between tests)
  private final ProgressReport bareReport = ReportExamples.report(ReportExamples.bare());
  private final ProgressReport fullReport = ReportExamples.report(ReportExamples.full());

  private static ProgressReport full(ReportParameters.Builder parameters) {
    return ReportExamples.report(ReportExamples.full(), parameters.asAt(AS_AT).build());
  }

  private static List<List<Object>> rows(SavingsTable table) {
    return table.rows().stream().map(row -> List.<Object>of(row.year().toString(), row.exits(),
        row.avoided().toPlainString(), row.support().toPlainString(), row.net().toPlainString(),
        row.presentValue().toPlainString())).toList();
  }

  private static List<Object> totals(SavingsTable table) {
    return List.of(table.exits(), table.avoided().toPlainString(), table.support().toPlainString(),
        table.net().toPlainString(), table.presentValue().toPlainString());
  }

  private static BigDecimal sum(SavingsTable table, Function<SavingsRow, BigDecimal> column) {
    return table.rows().stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Optional<String> status(ProgressReport report, String measure, FinancialYear year) {
    return judged(report, measure, year).status().map(status -> status.label());
  }

  private static TargetProgress judged(ProgressReport report, String measure, FinancialYear year) {
    return report.targets().stream()
        .filter(p -> p.target().measure().toString().equals(measure) && p.target().year().equals(year))
        .findFirst().orElseThrow(() -> new AssertionError("no judged target " + measure + " " + year));
  }

  // ---------------------------------------------------------------- years

  @Test
  void yearsRunFromTheYearOfTheEarliestEpisodeToTheAsAtDatesYear() {
    // A's episode of 1 May 2023 is the earliest: 2023-24 to 2025-26
    assertThat(bareReport.years()).containsExactly(Y2023, Y2024, Y2025);
    assertThat(bareReport.year()).isEqualTo(Y2025);
    assertThat(bareReport.asAt()).isEqualTo(AS_AT);
    assertThat(bareReport.children()).isEqualTo(13);
    assertThat(bareReport.episodes()).isEqualTo(15);
  }

  @Test
  void yearsAreThoseOfTheDataAsSeenAtTheAsAtDate() {
    ReportInputs inputs = ReportExamples.bare();

    // on 31 March 2024 the data had begun in 2023-24, which is also the as-at date's year
    assertThat(ReportExamples.report(inputs, ReportParameters.of(LocalDate.parse("2024-03-31"))).years())
        .containsExactly(Y2023);
    // on 1 April 2024 a new year has begun
    assertThat(ReportExamples.report(inputs, ReportParameters.of(LocalDate.parse("2024-04-01"))).years())
        .containsExactly(Y2023, Y2024);
    // before the first episode, only the as-at date's year
    ProgressReport early = ReportExamples.report(inputs, ReportParameters.of(LocalDate.parse("2023-03-31")));
    assertThat(early.years()).containsExactly(Y2022);
    assertThat(early.exitSavings()).isEmpty();
    assertThat(early.savingsByExitYear().rows()).extracting(SavingsRow::year, SavingsRow::exits)
        .containsExactly(tuple(Y2022, 0));
  }

  // ---------------------------------------------------------------- exits

  @Test
  void exitsAreCountedByYearRouteAndQuarter() {
    // 2024-25: A (SGO, Q1), I (adoption, Q4), B (home, Q4); Z leaves after the as-at date and G's
    // E13 is not a permanence route
    assertThat(bareReport.exits(Y2023)).isZero();
    assertThat(bareReport.exits(Y2024)).isEqualTo(3);
    assertThat(bareReport.exits(Y2024, Route.SGO)).isEqualTo(1);
    assertThat(bareReport.exits(Y2024, Route.ADOPTION)).isEqualTo(1);
    assertThat(bareReport.exits(Y2024, Route.RETURN_HOME)).isEqualTo(1);
    assertThat(bareReport.exits(Y2024.quarter(4))).isEqualTo(2);

    // 2025-26: C (SGO, Q1), D (adoption, Q2), E (home, Q3), F (SGO on the as-at date, Q3)
    assertThat(bareReport.exits(Y2025)).isEqualTo(4);
    assertThat(bareReport.exits(Y2025, Route.SGO)).isEqualTo(2);
    assertThat(bareReport.exits(Y2025, Route.ADOPTION)).isEqualTo(1);
    assertThat(bareReport.exits(Y2025, Route.RETURN_HOME)).isEqualTo(1);
    assertThat(bareReport.exits(Y2025, Route.CAO)).isZero();
    assertThat(Y2025.quarters()).extracting(bareReport::exits).containsExactly(1, 1, 2, 0);
    assertThat(bareReport.exits(Y2025.quarter(3), Route.SGO)).isEqualTo(1);
    assertThat(bareReport.exits(Y2025.quarter(3), Route.RETURN_HOME)).isEqualTo(1);
    assertThat(bareReport.exits(Y2025.quarter(1), Route.ADOPTION)).isZero();
    assertThat(bareReport.quartersBegun()).containsExactly(Y2025.quarter(1), Y2025.quarter(2), Y2025.quarter(3));

    assertThat(bareReport.exitSavings()).extracting(s -> s.exit().childId().value())
        .containsExactly("A", "I", "B", "C", "D", "E", "F");
    assertThat(bareReport.routes()).containsExactly(Route.ADOPTION, Route.CAO, Route.RETURN_HOME, Route.SGO);
  }

  @Test
  void quartersBegunStopAtTheAsAtDate() {
    ProgressReport firstDay = ReportExamples.report(ReportExamples.bare(),
        ReportParameters.of(LocalDate.parse("2025-10-01")));

    assertThat(firstDay.quartersBegun()).extracting(FinancialQuarter::number).containsExactly(1, 2, 3);
    // E and F leave after 1 October
    assertThat(firstDay.exits(Y2025.quarter(3))).isZero();
  }

  // ---------------------------------------------------------------- savings

  @Test
  void savingsByTheYearOfTheExitAreTheExitsRowsAddedUp() {
    SavingsTable table = bareReport.savingsByExitYear();

    // 2024-25: A, I, B. avoided 30,400 + 6,000 + 7,100 + 29,300 + 10,000 + 62,800 = 145,600;
    // support 4,040 + 600 + 500 = 5,140; net 145,600 - 5,140 = 140,460.
    // 2025-26: C, D, E, F. avoided 33,500 + 2,900 + 0 + 0 + 13,200 + 23,200 + 9,100 + 27,300 = 109,200;
    // support 4,350 + 290 + 500 + 1,910 + 2,730 = 9,780; net 99,420.
    // No discount rate: the present value is the net saving.
    assertThat(rows(table)).containsExactly(
        List.of("2023-24", 0, "0.00", "0.00", "0.00", "0.00"),
        List.of("2024-25", 3, "145600.00", "5140.00", "140460.00", "140460.00"),
        List.of("2025-26", 4, "109200.00", "9780.00", "99420.00", "99420.00"));
    assertThat(totals(table)).containsExactly(7, "254800.00", "14920.00", "239880.00", "239880.00");
  }

  @Test
  void savingsByTheYearInWhichTheyFallSplitAnExitInFebruaryAcrossTwoYears() {
    SavingsTable table = bareReport.savingsByYearFalling();

    // 2024-25: A 304 days, I 71, B 50: avoided 30,400 + 7,100 + 10,000 = 47,500; support 4,040 + 500.
    // 2025-26: the later part of A, I and B, and C, D, E, F: avoided 6,000 + 29,300 + 62,800 +
    // 33,500 + 0 + 13,200 + 9,100 = 153,900; support 600 + 4,350 + 500 + 1,910 = 7,360.
    // 2026-27: C, D, E, F: avoided 2,900 + 0 + 23,200 + 27,300 = 53,400; support 290 + 2,730 = 3,020.
    // No row for 2023-24, in which nothing falls.
    assertThat(rows(table)).containsExactly(
        List.of("2024-25", 3, "47500.00", "4540.00", "42960.00", "42960.00"),
        List.of("2025-26", 7, "153900.00", "7360.00", "146540.00", "146540.00"),
        List.of("2026-27", 4, "53400.00", "3020.00", "50380.00", "50380.00"));
    // B left on 10 February 2025: 50 days fall in 2024-25 and 314 in 2025-26
    assertThat(bareReport.exitSavings().stream().filter(s -> s.exit().childId().value().equals("B")).findFirst()
        .orElseThrow().years()).extracting(y -> y.year().toString(), y -> y.days(), y -> y.netSaving().toPlainString())
        .containsExactly(tuple("2024-25", 50L, "10000.00"), tuple("2025-26", 314L, "62800.00"));
    // the same rows, so the same totals; the exits count once for each year they save in (3 + 7 + 4)
    assertThat(totals(table)).containsExactly(14, "254800.00", "14920.00", "239880.00", "239880.00");
  }

  @Test
  void eachTotalIsTheSumOfItsRows() {
    for (SavingsTable table : List.of(bareReport.savingsByExitYear(), bareReport.savingsByYearFalling(),
        fullReport.savingsByExitYear(), discounted().savingsByExitYear(), discounted().savingsByYearFalling())) {
      assertThat(table.exits()).isEqualTo(table.rows().stream().mapToInt(SavingsRow::exits).sum());
      assertThat(table.avoided()).isEqualByComparingTo(sum(table, SavingsRow::avoided));
      assertThat(table.support()).isEqualByComparingTo(sum(table, SavingsRow::support));
      assertThat(table.net()).isEqualByComparingTo(sum(table, SavingsRow::net));
      assertThat(table.presentValue()).isEqualByComparingTo(sum(table, SavingsRow::presentValue));
      for (SavingsRow row : table.rows()) {
        assertThat(row.net()).isEqualByComparingTo(row.avoided().subtract(row.support()));
      }
    }
  }

  @Test
  void theNetSavingIsThatOfThisYearsExitsOverTheirWholeHorizon() {
    // C 29,150 + 2,610; D -500; E 13,200 + 23,200; F 7,190 + 24,570: 99,420, including the
    // 50,380 that falls in 2026-27
    assertThat(bareReport.netSaving()).isEqualByComparingTo("99420.00");
  }

  @Test
  void anotherHorizonChangesEverySaving() {
    ProgressReport inYear = ReportExamples.report(ReportExamples.bare(),
        ReportParameters.builder().asAt(AS_AT).horizon(Horizon.inYear()).build());

    // to the first 1 April after each exit: only the first row of each exit above
    // 2024-25: 30,400 + 7,100 + 10,000 = 47,500 avoided, 4,040 + 500 = 4,540 support
    // 2025-26: 33,500 + 0 + 13,200 + 9,100 = 55,800 avoided, 4,350 + 500 + 1,910 = 6,760 support
    assertThat(rows(inYear.savingsByExitYear())).containsExactly(
        List.of("2023-24", 0, "0.00", "0.00", "0.00", "0.00"),
        List.of("2024-25", 3, "47500.00", "4540.00", "42960.00", "42960.00"),
        List.of("2025-26", 4, "55800.00", "6760.00", "49040.00", "49040.00"));
    assertThat(inYear.netSaving()).isEqualByComparingTo("49040.00");
  }

  // ---------------------------------------------------------------- present value

  private static ProgressReport discounted() {
    return ReportExamples.report(ReportExamples.bare(), ReportParameters.builder().asAt(AS_AT)
        .discountRate(ExitSavingsCalculator.GREEN_BOOK_RATE).build());
  }

  @Test
  void aDiscountRateDiscountsEachYearAfterTheExitsYear() {
    ProgressReport report = discounted();

    // k = 0 for the exit's own year, 1 for the next: net / 1.035, rounded half up to pence.
    // 2024-25's exits: 26,360 + 6,600 + 10,000 = 42,960 undiscounted, then 5,400 / 1.035 =
    // 5,217.391... -> 5,217.39; 29,300 / 1.035 = 28,309.178... -> 28,309.18; 62,800 / 1.035 =
    // 60,676.328... -> 60,676.33. 42,960 + 5,217.39 + 28,309.18 + 60,676.33 = 137,162.90.
    // 2025-26's exits: 29,150 - 500 + 13,200 + 7,190 = 49,040, then 2,610 / 1.035 = 2,521.739...
    // -> 2,521.74; 0; 23,200 / 1.035 = 22,415.458... -> 22,415.46; 24,570 / 1.035 = 23,739.130...
    // -> 23,739.13. 49,040 + 2,521.74 + 22,415.46 + 23,739.13 = 97,716.33.
    assertThat(rows(report.savingsByExitYear())).containsExactly(
        List.of("2023-24", 0, "0.00", "0.00", "0.00", "0.00"),
        List.of("2024-25", 3, "145600.00", "5140.00", "140460.00", "137162.90"),
        List.of("2025-26", 4, "109200.00", "9780.00", "99420.00", "97716.33"));
    // by the year they fall: 2025-26 holds 2025-26's own exits undiscounted (49,040) and 2024-25's
    // discounted once (5,217.39 + 28,309.18 + 60,676.33 = 94,202.90): 143,242.90;
    // 2026-27 holds 2,521.74 + 0 + 22,415.46 + 23,739.13 = 48,676.33
    assertThat(rows(report.savingsByYearFalling())).extracting(row -> row.get(0), row -> row.get(5))
        .containsExactly(tuple("2024-25", "42960.00"), tuple("2025-26", "143242.90"),
            tuple("2026-27", "48676.33"));
    // 137,162.90 + 97,716.33 = 42,960 + 143,242.90 + 48,676.33 = 234,879.23
    assertThat(report.savingsByExitYear().presentValue()).isEqualByComparingTo("234879.23");
    assertThat(report.savingsByYearFalling().presentValue()).isEqualByComparingTo("234879.23");
    // the net saving is not discounted
    assertThat(report.netSaving()).isEqualByComparingTo("99420.00");
  }

  // ---------------------------------------------------------------- targets

  @Test
  void thisYearsTargetsAreJudgedOnTheYearSoFar() {
    // 1 April to 31 December 2025 is 275 days of 365
    // exits: 4 against 5, pro rata 5 * 275 / 365 = 3.767...: on track
    TargetProgress exits = judged(fullReport, "exits", Y2025);
    assertThat(exits.actual()).isEqualByComparingTo("4");
    assertThat(exits.proRataTarget()).isEqualByComparingTo("3.77");
    assertThat(exits.status()).map(s -> s.label()).contains("on track");
    // SGO: C and F, 2 against 2: met
    assertThat(judged(fullReport, "exits:SGO", Y2025).actual()).isEqualByComparingTo("2");
    assertThat(status(fullReport, "exits:SGO", Y2025)).contains("met");
    // adoption: D alone, 1 against 2, pro rata 2 * 275 / 365 = 1.507: behind
    assertThat(judged(fullReport, "exits:ADOPTION", Y2025).actual()).isEqualByComparingTo("1");
    assertThat(status(fullReport, "exits:ADOPTION", Y2025)).contains("behind");
    // net saving: 99,420 against 120,000, pro rata 120,000 * 275 / 365 = 90,410.96: on track
    TargetProgress saving = judged(fullReport, "net_saving", Y2025);
    assertThat(saving.actual()).isEqualByComparingTo("99420.00");
    assertThat(saving.proRataTarget()).isEqualByComparingTo("90410.96");
    assertThat(saving.status()).map(s -> s.label()).contains("on track");
    // mean days of C, D, E, F, G: (212 + 501 + 172 + 265 + 35) / 5 = 237.00, at most 250: met
    assertThat(judged(fullReport, "mean_days", Y2025).actual()).isEqualByComparingTo("237.00");
    assertThat(status(fullReport, "mean_days", Y2025)).contains("met");

    assertThat(fullReport.headline()).extracting(p -> p.target().measure().toString())
        .containsExactly("exits", "exits:SGO", "exits:ADOPTION", "net_saving", "mean_days");
  }

  @Test
  void earlierYearsAreMetOrMissed() {
    // 2024-25: 3 exits of 3, met; net 140,460 short of 150,000, missed; mean days of A, I, B:
    // (397 + 507 + 392) / 3 = 432.00, over 400, missed. 2023-24: no exit against 1, missed.
    assertThat(status(fullReport, "exits", Y2024)).contains("met");
    assertThat(judged(fullReport, "net_saving", Y2024).actual()).isEqualByComparingTo("140460.00");
    assertThat(status(fullReport, "net_saving", Y2024)).contains("missed");
    assertThat(judged(fullReport, "mean_days", Y2024).actual()).isEqualByComparingTo("432.00");
    assertThat(status(fullReport, "mean_days", Y2024)).contains("missed");
    assertThat(judged(fullReport, "exits", Y2023).actual()).isEqualByComparingTo("0");
    assertThat(status(fullReport, "exits", Y2023)).contains("missed");
    // in the order of year, then the file
    assertThat(fullReport.targets()).extracting(p -> p.target().year().toString() + " " + p.target().measure())
        .containsExactly("2023-24 exits", "2024-25 exits", "2024-25 net_saving", "2024-25 mean_days",
            "2025-26 exits", "2025-26 exits:SGO", "2025-26 exits:ADOPTION", "2025-26 net_saving",
            "2025-26 mean_days");
  }

  @Test
  void targetsThatCannotBeJudgedAreSetAside() {
    // 2022-23 is before the data, 2026-27 not begun, and no period of care ended in 2023-24
    assertThat(fullReport.targetsNotJudged()).extracting(t -> t.year().toString() + " " + t.measure())
        .containsExactly("2022-23 exits", "2023-24 mean_days", "2026-27 exits");
    assertThat(fullReport.targets()).noneMatch(p -> p.target().year().equals(Y2022) || p.target().year().equals(Y2026));
  }

  // ---------------------------------------------------------------- pipeline

  @Test
  void theProjectionAddsScheduledThenAssessingPlansUpToTheTargetDate() {
    Projection projection = fullReport.projection();

    // achieved: C, D, E, F. Scheduled by 31 March 2026: P1 (P3's 1 May is after it). Assessing:
    // P2 on 15 March and P4 on 31 March, the target date itself.
    assertThat(projection.target()).isEqualTo(LocalDate.parse("2026-03-31"));
    assertThat(projection.year()).isEqualTo(Y2025);
    assertThat(projection.achievedExits()).isEqualTo(4);
    assertThat(projection.lowExits()).isEqualTo(5);
    assertThat(projection.highExits()).isEqualTo(7);
    assertThat(projection.lowExits(Route.SGO)).isEqualTo(3);
    assertThat(projection.highExits(Route.SGO)).isEqualTo(4);
    assertThat(projection.highExits(Route.RETURN_HOME)).isEqualTo(2);
    assertThat(projection.highExits(Route.CAO)).isZero();
    // each planned exit over its 364 days: P1 SGO from U4: 364 * 100 - (364 * 10 + 1,000) = 31,760;
    // P2 SGO from U5: 364 * 200 - 4,640 = 68,160; P4 home from U4: 36,400.
    // low = 99,420 + 31,760 = 131,180; high = 131,180 + 68,160 + 36,400 = 235,740
    assertThat(projection.achievedSaving()).isEqualByComparingTo("99420.00");
    assertThat(projection.lowSaving()).isEqualByComparingTo("131180.00");
    assertThat(projection.highSaving()).isEqualByComparingTo("235740.00");
    // every plan is priced, P3 included: 364 * 100 = 36,400
    assertThat(fullReport.pipeline()).extracting(p -> p.plan().childId().value(), p -> p.saving().netSaving().toPlainString())
        .containsExactly(tuple("P1", "31760.00"), tuple("P2", "68160.00"), tuple("P4", "36400.00"),
            tuple("P3", "36400.00"));
  }

  @Test
  void anEarlierTargetDateLeavesOutThePlansAfterIt() {
    // 20 March: P2 (15 March) still counts, P4 (31 March) does not
    Projection march = full(ReportParameters.builder().targetDate(LocalDate.parse("2026-03-20"))).projection();
    assertThat(march.lowExits()).isEqualTo(5);
    assertThat(march.highExits()).isEqualTo(6);
    assertThat(march.highSaving()).isEqualByComparingTo("199340.00"); // 131,180 + 68,160

    // 31 January: no plan yet; the as-at date itself is allowed as the target date
    for (String date : List.of("2026-01-31", "2025-12-31")) {
      Projection early = full(ReportParameters.builder().targetDate(LocalDate.parse(date))).projection();
      assertThat(early.achievedExits()).as(date).isEqualTo(4);
      assertThat(early.lowExits()).as(date).isEqualTo(4);
      assertThat(early.highExits()).as(date).isEqualTo(4);
      assertThat(early.highSaving()).as(date).isEqualByComparingTo("99420.00");
    }
  }

  @Test
  void withNoPlansThePipelineHoldsOnlyTheExitsAchieved() {
    assertThat(bareReport.pipeline()).isEmpty();
    assertThat(bareReport.projection().achievedExits()).isEqualTo(4);
    assertThat(bareReport.projection().highExits()).isEqualTo(4);
    assertThat(bareReport.projection().highSaving()).isEqualByComparingTo("99420.00");
  }

  // ---------------------------------------------------------------- durations

  @Test
  void durationsAreThoseOfThePeriodsEndedInEachYear() {
    // 2023-24: none. 2024-25: A 397 days (1 May 2023 to 1 June 2024, with 29 February), I 507
    // (1 September 2023 to 20 January 2025: 366 + 122 + 19), B 392 (15 January 2024 to 10 February
    // 2025: 366 + 26); mean 1,296 / 3 = 432.00, median 397.
    // 2025-26 to 31 December: C 212, D 501 (365 + 136), E 172, F 265, G 35; Z ends after the
    // as-at date and is left out. Mean 1,185 / 5 = 237.00, median 212.
    assertThat(bareReport.durations()).extracting(c -> c.window(), CohortDurations::count,
            c -> c.meanDays().toPlainString(), c -> c.medianDays().stripTrailingZeros().toPlainString())
        .containsExactly(
            tuple(Y2023.range(), 0, "0.00", "0"),
            tuple(Y2024.range(), 3, "432.00", "397"),
            tuple(LocalDateRange.of(Y2025.start(), LocalDate.parse("2026-01-01")), 5, "237.00", "212"));
    assertThat(bareReport.durations(Y2024)).map(CohortDurations::totalDays).contains(1296L);
    assertThat(bareReport.durations(Y2026)).isEmpty();
  }

  @Test
  void theCurrentYearsDurationsStopAtTheAsAtDate() {
    // on 19 November 2025, E (ended 20 November) and F have not yet left: C, D, G
    // (212 + 501 + 35) / 3 = 249.33; the median of 35, 212, 501 is 212
    ProgressReport report = ReportExamples.report(ReportExamples.bare(),
        ReportParameters.of(LocalDate.parse("2025-11-19")));

    CohortDurations now = report.durations(Y2025).orElseThrow();
    assertThat(now.count()).isEqualTo(3);
    assertThat(now.meanDays()).isEqualByComparingTo("249.33");
    assertThat(now.medianDays()).isEqualByComparingTo("212");
    assertThat(now.window()).isEqualTo(LocalDateRange.of(Y2025.start(), LocalDate.parse("2025-11-20")));
  }

  @Test
  void theScenarioTakesSixWeeksOffThisYearsPeriodsByDefault() {
    // the last min(42, days) days of each period ended this year, at the rate of the placement:
    // C 42 * 100 = 4,200; D 42 * 0 (A6) = 0; E 4,200; F 4,200; G only 35 days, 35 * 100 = 3,500
    assertThat(bareReport.reduction().weeks()).isEqualTo(6);
    assertThat(bareReport.reduction().count()).isEqualTo(5);
    assertThat(bareReport.reduction().avoidedCost()).isEqualByComparingTo("16100.00");
    assertThat(bareReport.reduction().window()).isEqualTo(LocalDateRange.of(Y2025.start(), LocalDate.parse("2026-01-01")));
    // before 237.00; after (170 + 459 + 130 + 223 + 0) / 5 = 982 / 5 = 196.40; 203 / 5 = 40.60 off
    assertThat(bareReport.reduction().meanDays()).isEqualByComparingTo("237.00");
    assertThat(bareReport.reduction().meanDaysAfter()).isEqualByComparingTo("196.40");
    assertThat(bareReport.reduction().meanDaysShorter()).isEqualByComparingTo("40.60");
  }

  @Test
  void theScenarioTakesTheWeeksAskedFor() {
    // 2 weeks: 14 days of C, E, F and G at 100 = 1,400 each, D's at 0: 5,600
    ProgressReport two = full(ReportParameters.builder().scenarioWeeks(2));
    assertThat(two.reduction().weeks()).isEqualTo(2);
    assertThat(two.reduction().avoidedCost()).isEqualByComparingTo("5600.00");
    // 0 weeks saves nothing
    assertThat(full(ReportParameters.builder().scenarioWeeks(0)).reduction().avoidedCost()).isEqualByComparingTo("0");
  }

  // ---------------------------------------------------------------- adoption

  @Test
  void adoptionTimelinessIsAveragedByYearAndOverThreeYears() {
    List<AdoptionAverages> byYear = fullReport.adoptionByYear();

    // 2024-25: I, adopted by its foster carers: 507 days in care to the adoption; authority
    // 1 February 2024 to the match on 3 June 2024: 29 + 31 + 30 + 31 + 2 = 123 days, over 121.
    // 2025-26: D, in care 1 April 2024, placed for adoption 1 October 2024: 183 days; authority
    // the same day, matched 15 November: 45 days.
    assertThat(byYear).extracting(a -> a.window().getStart(), AdoptionAverages::count,
            a -> a.meanEntryToPlacementDays().map(BigDecimal::toPlainString),
            a -> a.meanAuthorityToMatchDays().map(BigDecimal::toPlainString),
            AdoptionAverages::entryToPlacementWithinThreshold, AdoptionAverages::authorityToMatchWithinThreshold)
        .containsExactly(
            tuple(Y2023.start(), 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
            tuple(Y2024.start(), 1, Optional.of("507.00"), Optional.of("123.00"), Optional.of(false), Optional.of(false)),
            tuple(Y2025.start(), 1, Optional.of("183.00"), Optional.of("45.00"), Optional.of(true), Optional.of(true)));
    assertThat(byYear.get(2).window().getEnd()).isEqualTo(LocalDate.parse("2026-01-01"));
    assertThat(byYear.get(1).fosterCarerAdoptions()).isEqualTo(1);

    // the three years to 31 December 2025, [1 January 2023, 1 January 2026): I and D,
    // (507 + 183) / 2 = 345.00 and (123 + 45) / 2 = 84.00, both within the thresholds
    AdoptionAverages three = fullReport.adoptionThreeYears();
    assertThat(three.window()).isEqualTo(LocalDateRange.of(LocalDate.parse("2023-01-01"), LocalDate.parse("2026-01-01")));
    assertThat(three.count()).isEqualTo(2);
    assertThat(three.meanEntryToPlacementDays()).map(BigDecimal::toPlainString).contains("345.00");
    assertThat(three.meanAuthorityToMatchDays()).map(BigDecimal::toPlainString).contains("84.00");
    assertThat(three.entryToPlacementWithinThreshold()).contains(true);
    assertThat(fullReport.adoptionRecordsGiven()).isTrue();
  }

  @Test
  void withoutAdoptionRecordsNoMatchIsMeasured() {
    assertThat(bareReport.adoptionRecordsGiven()).isFalse();
    assertThat(bareReport.adoptionThreeYears().count()).isEqualTo(2);
    assertThat(bareReport.adoptionThreeYears().matchedCount()).isZero();
    assertThat(bareReport.adoptionThreeYears().meanAuthorityToMatchDays()).isEmpty();
  }

  /**
   * The three-year window {@code [asAt + 1 day - 3 years, asAt + 1 day)} at its edges, and years
   * reported that reach back before it. Each child is placed for adoption (A6) after some days in
   * U4 and adopted (E11).
   */
  @Test
  void theThreeYearWindowEndsWithTheAsAtDate() {
    CareData data = ReportExamples.data(ReportExamples.lines("CHILD,DOB",
            "W1,10/06/2015", "W2,10/06/2015", "W3,10/06/2015", "W4,10/06/2015"),
        ReportExamples.lines("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC",
            // in care 1 June 2022, placed 1 September: 30 + 31 + 31 = 92 days; adopted the day
            // before the window
            "W1,2022-06-01,S,C2,N1,U4,PR1,2022-09-01,X1",
            "W1,2022-09-01,P,C2,N1,A6,PR1,2022-12-31,E11",
            // in care 1 July 2022, placed 1 November: 31 + 31 + 30 + 31 = 123; adopted on the
            // window's first day
            "W2,2022-07-01,S,C2,N1,U4,PR1,2022-11-01,X1",
            "W2,2022-11-01,P,C2,N1,A6,PR1,2023-01-01,E11",
            // in care 1 January 2024, placed 1 July: 31 + 29 + 31 + 30 + 31 + 30 = 182; adopted on
            // the as-at date
            "W3,2024-01-01,S,C2,N1,U4,PR1,2024-07-01,X1",
            "W3,2024-07-01,P,C2,N1,A6,PR1,2025-12-31,E11",
            // adopted after the as-at date: still in care at it
            "W4,2024-01-01,S,C2,N1,U4,PR1,2024-03-01,X1",
            "W4,2024-03-01,P,C2,N1,A6,PR1,2026-01-05,E11"));
    ProgressReport report = ReportExamples.report(ReportInputs.builder().data(data).rates(RATES).build());

    assertThat(report.years()).containsExactly(Y2022, Y2023, Y2024, Y2025);
    // 2022-23: W1 and W2, (92 + 123) / 2 = 107.50; 2025-26: W3, 182
    assertThat(report.adoptionByYear()).extracting(AdoptionAverages::count,
            a -> a.meanEntryToPlacementDays().map(BigDecimal::toPlainString).orElse("-"))
        .containsExactly(tuple(2, "107.50"), tuple(0, "-"), tuple(0, "-"), tuple(1, "182.00"));
    // three years: W2 and W3, (123 + 182) / 2 = 152.50; W1 is a day too early, W4 not yet adopted
    assertThat(report.adoptionThreeYears().adoptions()).extracting(a -> a.childId().value())
        .containsExactly("W2", "W3");
    assertThat(report.adoptionThreeYears().meanEntryToPlacementDays()).map(BigDecimal::toPlainString)
        .contains("152.50");
    assertThat(report.adoptions()).extracting(a -> a.childId().value()).containsExactly("W1", "W2", "W3");
  }

  // ---------------------------------------------------------------- parameters shown

  @Test
  void theCardsEffectiveDatesAreListed() {
    assertThat(bareReport.rateCardDates()).containsExactly(LocalDate.parse("2020-01-01"), LocalDate.parse("2024-04-01"));
    assertThat(bareReport.supportCardDates()).containsExactly(LocalDate.parse("2020-01-01"));
    ProgressReport noSupport = ReportExamples.report(ReportInputs.builder().data(ReportExamples.data())
        .rates(RATES).build());
    assertThat(noSupport.supportCardDates()).isEmpty();
    // with no support card, no support: 2024-25's exits net 145,600, 2025-26's 109,200
    assertThat(noSupport.savingsByExitYear().rows()).extracting(r -> r.net().toPlainString())
        .containsExactly("0.00", "145600.00", "109200.00");
  }

  @Test
  void theParametersHaveTheirDefaults() {
    ReportParameters parameters = ReportParameters.of(AS_AT);

    assertThat(parameters.title()).isEqualTo(ReportParameters.DEFAULT_TITLE);
    assertThat(parameters.horizon()).isEqualTo(Horizon.fullYear());
    assertThat(parameters.discountRate()).isEmpty();
    assertThat(parameters.targetDate()).isEqualTo(LocalDate.parse("2026-03-31"));
    assertThat(parameters.scenarioWeeks()).isEqualTo(6);
    assertThat(parameters.year()).isEqualTo(Y2025);
    assertThat(bareReport.parameters()).isEqualTo(parameters);
  }

  // ---------------------------------------------------------------- failures

  @Test
  void aPlacementWithNoRateIsAFailureNamingTheChildAndTheRestIsComputed() {
    ProgressReport report = ReportExamples.report(ReportExamples.fullWithFailure());

    // X's exit from R1 cannot be priced, nor its last six weeks in the scenario
    assertThat(report.failures()).isNotEmpty()
        .allSatisfy(failure -> assertThat(failure.childId()).contains(ChildId.of("X")));
    assertThat(report.failures()).extracting(Failure::toString).allSatisfy(text -> assertThat(text).contains("X"));
    // X is left out of every priced figure, which are the same as without it
    assertThat(report.exitSavings()).extracting(s -> s.exit().childId().value())
        .containsExactly("A", "I", "B", "C", "D", "E", "F");
    assertThat(rows(report.savingsByExitYear())).isEqualTo(rows(fullReport.savingsByExitYear()));
    assertThat(rows(report.savingsByYearFalling())).isEqualTo(rows(fullReport.savingsByYearFalling()));
    assertThat(report.netSaving()).isEqualByComparingTo("99420.00");
    assertThat(report.reduction().avoidedCost()).isEqualByComparingTo("16100.00");
    assertThat(report.projection().highSaving()).isEqualByComparingTo("235740.00");
    // and so are the targets' statuses; only the mean days (below) count X
    assertThat(report.targets()).extracting(p -> p.target(), p -> p.status())
        .isEqualTo(fullReport.targets().stream().map(p -> tuple(p.target(), p.status())).toList());
    // durations need no rate: X's 273 days (1 January to 1 October 2025) count,
    // (1,185 + 273) / 6 = 243.00
    assertThat(report.durations(Y2025)).map(CohortDurations::meanDays).map(BigDecimal::toPlainString)
        .contains("243.00");
    assertThat(report.children()).isEqualTo(14);
    assertThat(fullReport.failures()).isEmpty();
  }

  // ---------------------------------------------------------------- parameters

  @Test
  void badParametersAreRefusedNamingTheArgument() {
    assertThatThrownBy(() -> ReportParameters.builder().asAt(AS_AT).targetDate(LocalDate.parse("2025-12-30")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetDate")
        .hasMessageContaining("2025-12-30");
    assertThatThrownBy(() -> ReportParameters.builder().asAt(AS_AT).scenarioWeeks(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scenarioWeeks")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> ReportParameters.builder().asAt(AS_AT).discountRate(new BigDecimal("-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("discountRate")
        .hasMessageContaining("-0.01");
    for (String blank : List.of("", "   ", "\t\n")) {
      assertThatThrownBy(() -> ReportParameters.builder().asAt(AS_AT).title(blank).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }
    // the as-at date as the target date, no weeks and a zero rate are allowed
    assertThat(ReportParameters.builder().asAt(AS_AT).targetDate(AS_AT).scenarioWeeks(0)
        .discountRate(BigDecimal.ZERO).build().targetDate()).isEqualTo(AS_AT);
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> ProgressReportCalculator.DEFAULT.report(null, ReportParameters.of(AS_AT)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("inputs");
    assertThatThrownBy(() -> ProgressReportCalculator.DEFAULT.report(ReportExamples.bare(), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("parameters");
  }
}
