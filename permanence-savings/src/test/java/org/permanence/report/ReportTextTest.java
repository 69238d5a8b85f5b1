package org.permanence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.report.ReportExamples.AS_AT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.permanence.care.CareData;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.exit.Horizon;
import org.permanence.exit.Route;
import org.permanence.exit.RouteTable;
import org.permanence.pipeline.PlannedExit;
import org.permanence.saving.ExitSavingsCalculator;

/**
 * The report's sentences and tables as a reader sees them, section by section, for the small
 * council of {@link ReportExamples}. The figures are those worked by hand in
 * {@link ProgressReportCalculatorTest}; the wording is the report's, and each case checks that the
 * right words go with the right figures: a target's status, "so far", "none", a plural.
 */
class ReportTextTest {

  // ---------------------------------------------------------------- reading the report

  private static Document html(ProgressReport report) {
    return Jsoup.parse(HtmlReport.render(report));
  }

  /** The section under a level-2 heading. */
  private static Element section(Document html, String heading) {
    return html.select("section").stream().filter(section -> section.selectFirst("> h2").text().equals(heading))
        .findFirst().orElseThrow(() -> new AssertionError("no section " + heading));
  }

  /** The items of a section's bulleted list. */
  private static List<String> bullets(Document html, String heading) {
    return section(html, heading).select("> ul > li").stream().map(Element::text).toList();
  }

  /** The paragraphs of a section, in order. */
  private static List<String> paragraphs(Document html, String heading) {
    return section(html, heading).select("> p").stream().map(Element::text).toList();
  }

  /** A table's rows as read, header first, or none if the report has no table so captioned. */
  private static List<List<String>> table(Document html, String caption) {
    return html.select("table").stream().filter(table -> table.selectFirst("caption").text().equals(caption))
        .findFirst().map(table -> table.select("tr").stream()
            .map(row -> row.children().stream().map(Element::text).toList()).toList())
        .orElse(List.of());
  }

  private static List<List<String>> body(Document html, String caption) {
    List<List<String>> rows = table(html, caption);
    assertThat(rows).as(caption).isNotEmpty();
    return rows.subList(1, rows.size());
  }

  private static ProgressReport full() {
    return ReportExamples.report(ReportExamples.full());
  }

  private static ProgressReport bare() {
    return ReportExamples.report(ReportExamples.bare());
  }

  /**
   * The care data, cards and targets alone, as at 30 April 2025: 30 days into 2025-26, before any
   * exit or end of care of the year (C leaves on 1 May).
   */
  private static ProgressReport april() {
    return ReportExamples.report(ReportInputs.builder().data(ReportExamples.data()).rates(ReportExamples.RATES)
        .support(ReportExamples.SUPPORT).addAllTargets(ReportExamples.targets()).build(),
        ReportParameters.of(LocalDate.parse("2025-04-30")));
  }

  // ---------------------------------------------------------------- headline

  @Test
  void theHeadlineGivesEachFigureWithItsTargetAndStatus() {
    Document html = html(full());

    // exits 4 against 5 (pro rata 3.77): on track; net 99,420 against 120,000 (pro rata
    // 90,410.96): on track; low 4 + P1 = 5, high 5 + P2 + P4 = 7; mean days 1,185 / 5 = 237.00,
    // 237 / 7 = 33.857 weeks, at most 250: met
    assertThat(bullets(html, "Headline")).containsExactly(
        "4 exits from care to a permanent home so far this year, against a target of 5 for the year: on track.",
        "Net saving of this year's exits: £99,420.00 over the 52 weeks after each exit, against a target of"
            + " £120,000.00: on track.",
        "Projected exits by 31 March 2026: 5 to 7 (4 so far, 1 scheduled, 2 with carers being assessed).",
        "Mean time in care of the 5 periods of care ended this year: 237.00 days (33.9 weeks), against a target"
            + " of 250.00 days: met.");
    // the figures and the statuses stand out
    assertThat(section(html, "Headline").select("> ul > li").get(0).select("strong")).extracting(Element::text)
        .containsExactly("4 exits", "on track");
    assertThat(section(html, "Headline").select("> ul > li").get(3).select("strong")).extracting(Element::text)
        .containsExactly("237.00 days", "met");
  }

  @Test
  void withoutTargetsTheHeadlineGivesTheFiguresAlone() {
    ProgressReport report = bare();
    Document html = html(report);

    assertThat(bullets(html, "Headline")).containsExactly(
        "4 exits from care to a permanent home so far this year.",
        "Net saving of this year's exits: £99,420.00 over the 52 weeks after each exit.",
        "Projected exits by 31 March 2026: 4 to 4 (4 so far, 0 scheduled, 0 with carers being assessed).",
        "Mean time in care of the 5 periods of care ended this year: 237.00 days (33.9 weeks).");
    assertThat(section(html, "Headline").select("> ul > li").get(0).select("strong")).extracting(Element::text)
        .containsExactly("4 exits");
    // no empty emphasis where a status would be
    assertThat(section(html, "Headline").select("strong")).allSatisfy(strong -> assertThat(strong.text()).isNotEmpty());
    assertThat(MarkdownReport.render(report)).doesNotContain("****")
        .contains("\n- **4 exits** from care to a permanent home so far this year.\n");
    assertThat(table(html, "Targets for 2025-26 at 31 December 2025")).isEmpty();
    assertThat(table(html, "Earlier years' targets")).isEmpty();
    assertThat(paragraphs(html, "Headline")).noneMatch(text -> text.startsWith("Not judged"));
  }

  @Test
  void thisYearsTargetsAreJudgedOnTheirShareAndEarlierYearsOnTheWhole() {
    Document html = html(full());

    // 275 of 365 days: 5 * 275 / 365 = 3.767, 2 * 275 / 365 = 1.507, 120,000 * 275 / 365 =
    // 90,410.96; a mean-days target has no share
    assertThat(body(html, "Targets for 2025-26 at 31 December 2025")).containsExactly(
        List.of("Exits", "5", "3.77", "4", "on track"),
        List.of("Exits: SGO", "2", "1.51", "2", "met"),
        List.of("Exits: Adoption", "2", "1.51", "1", "behind"),
        List.of("Net saving", "£120,000.00", "£90,410.96", "£99,420.00", "on track"),
        List.of("Mean days in care", "250.00", "–", "237.00", "met"));
    // the years gone, and only those: 2023-24 had no exit; 2024-25 had A, I and B, 140,460, and
    // periods of 432 days on average
    assertThat(body(html, "Earlier years' targets")).containsExactly(
        List.of("2023-24", "Exits", "1", "0", "missed"),
        List.of("2024-25", "Exits", "3", "3", "met"),
        List.of("2024-25", "Net saving", "£150,000.00", "£140,460.00", "missed"),
        List.of("2024-25", "Mean days in care", "400.00", "432.00", "missed"));
    assertThat(paragraphs(html, "Headline")).contains("Not judged: Exits 2022-23 (before the data); Mean days in"
        + " care 2023-24 (no period of care ended); Exits 2026-27 (year not begun).");
  }

  @Test
  void earlyInTheYearNothingHasEndedYet() {
    Document html = html(april());

    // 30 days of 365: 5 * 30 / 365 = 0.41, 2 * 30 / 365 = 0.16, 120,000 * 30 / 365 = 9,863.01;
    // nothing yet, so each is behind; no period ended, so no mean to give or judge
    assertThat(bullets(html, "Headline")).containsExactly(
        "0 exits from care to a permanent home so far this year, against a target of 5 for the year: behind.",
        "Net saving of this year's exits: £0.00 over the 52 weeks after each exit, against a target of"
            + " £120,000.00: behind.",
        "Projected exits by 31 March 2026: 0 to 0 (0 so far, 0 scheduled, 0 with carers being assessed).");
    assertThat(body(html, "Targets for 2025-26 at 30 April 2025")).containsExactly(
        List.of("Exits", "5", "0.41", "0", "behind"),
        List.of("Exits: SGO", "2", "0.16", "0", "behind"),
        List.of("Exits: Adoption", "2", "0.16", "0", "behind"),
        List.of("Net saving", "£120,000.00", "£9,863.01", "£0.00", "behind"));
    // this year's mean-days target is set aside as 2023-24's is, not taken for a year not begun
    assertThat(paragraphs(html, "Headline")).contains("Not judged: Exits 2022-23 (before the data); Mean days in"
        + " care 2023-24 (no period of care ended); Mean days in care 2025-26 (no period of care ended); Exits"
        + " 2026-27 (year not begun).");

    // one quarter begun, whose figures run to the as-at date
    assertThat(body(html, "Exits by route and quarter, 2025-26 (quarters not begun: –)")).containsExactly(
        List.of("Adoption", "0", "–", "–", "–", "0", "2", "behind"),
        List.of("CAO", "0", "–", "–", "–", "0", "–", "–"),
        List.of("Return home", "0", "–", "–", "–", "0", "–", "–"),
        List.of("SGO", "0", "–", "–", "–", "0", "2", "behind"),
        List.of("All routes", "0", "–", "–", "–", "0", "5", "behind"));
    // the target's share is at each quarter's end: 5 * 91 / 365 = 1.25, 5 * 183 / 365 = 2.51
    assertThat(body(html, "Data of the chart: exits so far at the end of each quarter")).containsExactly(
        List.of("Q1 (to 30 April)", "0", "0", "0", "0", "0", "1.25"),
        List.of("Q2 (to 30 September)", "–", "–", "–", "–", "–", "2.51"),
        List.of("Q3 (to 31 December)", "–", "–", "–", "–", "–", "3.77"),
        List.of("Q4 (to 31 March)", "–", "–", "–", "–", "–", "5.00"));

    assertThat(body(html, "Periods of care ended, by the financial year they ended in")).containsExactly(
        List.of("2023-24", "0", "–", "–", "–"),
        List.of("2024-25", "3", "432.00", "61.7", "397.00"),
        List.of("2025-26 (so far)", "0", "–", "–", "–"));
    assertThat(paragraphs(html, "Durations in care")).containsExactly(
        "No period of care has ended this year, so the scenario saves nothing yet.");
  }

  // ---------------------------------------------------------------- exits

  @Test
  void exitsAreCountedByRouteQuarterAndYear() {
    Document html = html(full());

    // 2025-26: C (SGO) in Q1, D (adoption) in Q2, E (home) and F (SGO) in Q3; targets of 2 SGO
    // exits (met), 2 adoptions (1 of a pro rata 1.51: behind) and 5 in all (on track)
    assertThat(body(html, "Exits by route and quarter, 2025-26 (quarters not begun: –)")).containsExactly(
        List.of("Adoption", "0", "1", "0", "–", "1", "2", "behind"),
        List.of("CAO", "0", "0", "0", "–", "0", "–", "–"),
        List.of("Return home", "0", "0", "1", "–", "1", "–", "–"),
        List.of("SGO", "1", "0", "1", "–", "2", "2", "met"),
        List.of("All routes", "1", "1", "2", "–", "4", "5", "on track"));
    // 2024-25: I (adoption), B (home), A (SGO)
    assertThat(body(html, "Exits by route, year by year")).containsExactly(
        List.of("2023-24", "0", "0", "0", "0", "0"),
        List.of("2024-25", "1", "0", "1", "1", "3"),
        List.of("2025-26 (so far)", "1", "0", "1", "2", "4"));
  }

  @Test
  void aCouncilsOwnRouteIsNamedInWords() {
    RouteTable routes = RouteTable.of(Map.of(ReasonEpisodeCeased.E11, Route.ADOPTION,
        ReasonEpisodeCeased.E12, Route.ADOPTION, ReasonEpisodeCeased.E45, Route.of("KINSHIP_CARE")));
    Document html = html(ReportExamples.report(ReportInputs.builder().data(ReportExamples.data())
        .rates(ReportExamples.RATES).routes(routes).build()));

    // A, C and F left by E45, now kinship care; B and E's E4A is no longer an exit
    assertThat(body(html, "Exits by route, year by year")).containsExactly(
        List.of("2023-24", "0", "0", "0"),
        List.of("2024-25", "1", "1", "2"),
        List.of("2025-26 (so far)", "1", "2", "3"));
    assertThat(table(html, "Exits by route, year by year").get(0))
        .containsExactly("Year", "Adoption", "Kinship care", "All routes");
    assertThat(bullets(html, "How these figures are calculated"))
        .contains("Routes out of care, by reason for ceasing (REC): Adoption (E11, E12); Kinship care (E45).");
  }

  // ---------------------------------------------------------------- savings

  @Test
  void theSavingsSayTheirHorizonAndAnyDiscount() {
    String plain = "An exit saves the placement cost it avoids (the placement the child left, at the rate card's"
        + " weekly rates) less the support paid after it (such as a special guardianship allowance), counted"
        + " over the 52 weeks after each exit.";

    assertThat(paragraphs(html(full()), "Savings")).first().isEqualTo(plain);
    assertThat(paragraphs(html(ReportExamples.everything("T")), "Savings")).first()
        .isEqualTo(plain + " Present values discount each later year at 3.5% a year.");
    assertThat(paragraphs(html(ReportExamples.report(ReportExamples.bare(), ReportParameters.builder()
        .asAt(AS_AT).horizon(Horizon.inYear()).build())), "Savings")).first()
        .isEqualTo(plain.replace("the 52 weeks after each exit", "the rest of the financial year of each exit"));
  }

  // ---------------------------------------------------------------- pipeline

  @Test
  void thePipelineProjectsTheYearByRoute() {
    Document html = html(full());

    // P3's 1 May 2026 is after the target date
    assertThat(paragraphs(html, "Pipeline to 31 March 2026")).containsExactly(
        "Exits achieved so far in 2025-26, and the planned exits on or before 31 March 2026: scheduled (the order"
            + " or return is arranged) give the low projection, and adding those in assessment (carers being"
            + " assessed) gives the high. 1 planned exit falls after the target date and is not counted.",
        // P1 and P3 scheduled, P2 and P4 in assessment: 31,760 + 36,400 + 68,160 + 36,400
        "Planned exits in all: 2 scheduled, 2 in assessment; their net saving would be £172,720.00.");
    // achieved C, D, E, F; P1 (SGO) scheduled; P2 (SGO) and P4 (home) in assessment
    assertThat(body(html, "Projected exits by 31 March 2026")).containsExactly(
        List.of("Adoption", "1", "0", "0", "1", "1", "2"),
        List.of("CAO", "0", "0", "0", "0", "0", "–"),
        List.of("Return home", "1", "0", "1", "1", "2", "–"),
        List.of("SGO", "2", "1", "1", "3", "4", "2"),
        List.of("All routes", "4", "1", "2", "5", "7", "5"));
    assertThat(body(html, "Projected net saving of 2025-26's exits, over the 52 weeks after each exit"))
        .containsExactly(List.of("Net saving", "£99,420.00", "£131,180.00", "£235,740.00", "£120,000.00"));
  }

  @Test
  void withoutTargetsOrPlansThePipelineIsTheExitsAchieved() {
    Document html = html(bare());

    assertThat(paragraphs(html, "Pipeline to 31 March 2026")).first().asString()
        .endsWith("gives the high. No planned exit falls later.");
    assertThat(paragraphs(html, "Pipeline to 31 March 2026")).last()
        .isEqualTo("Planned exits in all: 0 scheduled, 0 in assessment; their net saving would be £0.00.");
    assertThat(body(html, "Projected exits by 31 March 2026")).last()
        .isEqualTo(List.of("All routes", "4", "0", "0", "4", "4", "–"));
    assertThat(body(html, "Projected net saving of 2025-26's exits, over the 52 weeks after each exit"))
        .containsExactly(List.of("Net saving", "£99,420.00", "£99,420.00", "£99,420.00", "–"));
  }

  @Test
  void plansAfterAnEarlierTargetDateAreSaidNotToCount() {
    Document html = html(ReportExamples.report(ReportExamples.full(), ReportParameters.builder().asAt(AS_AT)
        .targetDate(LocalDate.parse("2026-03-20")).build()));

    // P4 (31 March) and P3 (1 May) fall after 20 March
    assertThat(paragraphs(html, "Pipeline to 20 March 2026")).first().asString()
        .endsWith(" 2 planned exits fall after the target date and are not counted.");
  }

  @Test
  void aDiscountRateAddsThePresentValueOfTheProjection() {
    Document html = html(ReportExamples.everything("T"));

    // achieved: 97,716.33 (ProgressReportCalculatorTest). P1 (SGO from U4 on 1 February 2026):
    // 59 days in 2025-26, 5,900 - (590 + 1,000) = 4,310, then 305 days, 30,500 - 3,050 = 27,450,
    // / 1.035 = 26,521.74: 30,831.74. P2 (SGO from U5 on 15 March 2026): 17 days, 3,400 - 1,170 =
    // 2,230, then 347 days, 69,400 - 3,470 = 65,930, / 1.035 = 63,700.48: 65,930.48. P4 (home
    // from U4 on 31 March 2026): 1 day, 100, then 363 days, 36,300 / 1.035 = 35,072.46: 35,172.46.
    // low = 97,716.33 + 30,831.74 = 128,548.07; high = 128,548.07 + 65,930.48 + 35,172.46 = 229,651.01
    assertThat(body(html, "Projected net saving of 2025-26's exits, over the 52 weeks after each exit"))
        .containsExactly(List.of("Net saving", "£99,420.00", "£131,180.00", "£235,740.00", "£120,000.00"),
            List.of("Present value", "£97,716.33", "£128,548.07", "£229,651.01", "–"));
  }

  // ---------------------------------------------------------------- durations

  @Test
  void durationsCompareThisYearsMeanWithLastYears() {
    Document html = html(full());

    // 2024-25: 1,296 / 3 = 432.00 days, 61.71 weeks, median 397; 2025-26: 237.00, 33.86 weeks,
    // median 212. 432 - 237 = 195 days, 27.86 weeks, shorter
    assertThat(body(html, "Periods of care ended, by the financial year they ended in")).containsExactly(
        List.of("2023-24", "0", "–", "–", "–"),
        List.of("2024-25", "3", "432.00", "61.7", "397.00"),
        List.of("2025-26 (so far)", "5", "237.00", "33.9", "212.00"));
    // the scenario: C, E and F lose 42 days at £100, G its 35 and D 42 at £0: 16,100;
    // (1,185 - 203) / 5 = 196.40 days after, 203 / 5 = 40.60 shorter
    assertThat(paragraphs(html, "Durations in care")).containsExactly(
        "This year's mean is 237.00 days (33.9 weeks), 195.00 days (27.9 weeks) shorter than last year's"
            + " 432.00 days.",
        "Had each of the 5 periods of care ended this year ended 6 weeks sooner (never before it began), the"
            + " council would have saved £16,100.00 in placement costs, and the mean time in care would have"
            + " been 196.40 days instead of 237.00 (40.60 days shorter).");
  }

  @Test
  void aScenarioOfOneWeekSaysWeek() {
    Document html = html(ReportExamples.report(ReportExamples.bare(), ReportParameters.builder().asAt(AS_AT)
        .scenarioWeeks(1).build()));

    // 7 days each: C, E, F and G at £100 = 2,800, D at £0; (1,185 - 35) / 5 = 230.00
    assertThat(section(html, "Durations in care").select("> h3")).extracting(Element::text)
        .containsExactly("1 week shorter: the scenario");
    assertThat(paragraphs(html, "Durations in care")).last().isEqualTo("Had each of the 5 periods of care ended"
        + " this year ended 1 week sooner (never before it began), the council would have saved £2,800.00 in"
        + " placement costs, and the mean time in care would have been 230.00 days instead of 237.00 (7.00"
        + " days shorter).");
    assertThat(bullets(html, "How these figures are calculated")).last()
        .isEqualTo("Pipeline target date: 31 March 2026; duration scenario: 1 week.");
  }

  /**
   * Children in U4 who go to live with relatives (E13, not an exit): L1 from 1 May 2024 for 100
   * days, to 9 August 2024; L2 from 1 May 2025 for the days given; L0 in care from 1 May 2024 and
   * still in care.
   */
  private static ProgressReport durations(boolean withLastYear, long thisYearsDays) {
    String episodes = ReportExamples.lines("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC",
        withLastYear ? "L1,2024-05-01,S,C2,N1,U4,PR1,2024-08-09,E13" : "L0,2024-05-01,S,C2,N1,U4,PR1,,",
        "L2,2025-05-01,S,C2,N1,U4,PR1," + LocalDate.parse("2025-05-01").plusDays(thisYearsDays) + ",E13");
    return ReportExamples.report(ReportInputs.builder().data(ReportExamples.data(ReportExamples.lines("CHILD,DOB",
        "L0,10/06/2015", "L1,10/06/2015", "L2,10/06/2015"), episodes)).rates(ReportExamples.RATES).build());
  }

  @Test
  void aMeanLikeLastYearsIsTheSameAndALongerOneLonger() {
    assertThat(paragraphs(html(durations(true, 100)), "Durations in care")).first()
        .isEqualTo("This year's mean is 100.00 days (14.3 weeks), the same as last year's.");
    // 170 - 100 = 70 days, 10.0 weeks
    assertThat(paragraphs(html(durations(true, 170)), "Durations in care")).first()
        .isEqualTo("This year's mean is 170.00 days (24.3 weeks), 70.00 days (10.0 weeks) longer than last"
            + " year's 100.00 days.");
  }

  @Test
  void withNoPeriodEndedLastYearThereIsNothingToCompare() {
    ProgressReport report = durations(false, 100);

    assertThat(report.years()).hasSize(2);
    assertThat(paragraphs(html(report), "Durations in care")).noneMatch(text -> text.startsWith("This year's mean"));
  }

  @Test
  void withOneYearOfDataThereIsNothingToCompare() {
    ProgressReport report = ReportExamples.report(ReportInputs.builder().data(ReportExamples.data(
            ReportExamples.lines("CHILD,DOB", "L2,10/06/2015"),
            ReportExamples.lines("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC",
                "L2,2025-05-01,S,C2,N1,U4,PR1,2025-08-09,E13")))
        .rates(ReportExamples.RATES).build());

    assertThat(report.years()).hasSize(1);
    assertThat(paragraphs(html(report), "Durations in care")).noneMatch(text -> text.startsWith("This year's mean"));
  }

  // ---------------------------------------------------------------- adoption

  @Test
  void adoptionTimelinessIsJudgedAgainstTheThresholds() {
    Document html = html(full());
    String caption = "Adoption timeliness by the financial year of the adoption";

    // I: 507 days, over 426; 123 days to match, over 121. D: 183 and 45, within both; the three
    // years: 345.00 and 84.00, within both
    assertThat(body(html, caption)).containsExactly(
        List.of("2023-24", "0", "–", "–", "0", "–", "–"),
        List.of("2024-25", "1", "507.00", "no", "1", "123.00", "no"),
        List.of("2025-26 (so far)", "1", "183.00", "yes", "1", "45.00", "yes"),
        List.of("3 years to 31 December 2025", "2", "345.00", "yes", "2", "84.00", "yes"));
    assertThat(paragraphs(html, "Adoption timeliness")).hasSize(1);

    // without the adoption file there is no match to measure, and the report says why
    Document bare = html(bare());
    assertThat(body(bare, caption)).last()
        .isEqualTo(List.of("3 years to 31 December 2025", "2", "345.00", "yes", "0", "–", "–"));
    assertThat(paragraphs(bare, "Adoption timeliness")).last()
        .isEqualTo("No adoption file (match dates) was given, so authority to match is not measured.");
  }

  // ---------------------------------------------------------------- method

  @Test
  void theMethodListsTheChoicesTheFiguresWereMadeWith() {
    assertThat(bullets(html(full()), "How these figures are calculated")).containsExactly(
        "As-at date: 31 December 2025; years reported: 2023-24 to 2025-26.",
        "Care data: 13 children, 15 episodes.",
        "Horizon of each exit's saving: the 52 weeks after each exit (full-year).",
        "Discount rate: none.",
        "Rate card effective from: 1 January 2020, 1 April 2024.",
        "Support card effective from: 1 January 2020.",
        "Routes out of care, by reason for ceasing (REC): Adoption (E11, E12); CAO (child arrangements order)"
            + " (E41); Return home (E4A); SGO (special guardianship order) (E45, E46, E47, E48).",
        "Pipeline target date: 31 March 2026; duration scenario: 6 weeks.");
    assertThat(bullets(html(ReportExamples.everything("T")), "How these figures are calculated"))
        .contains("Discount rate: 3.5%.");
    assertThat(bullets(html(ReportExamples.report(ReportInputs.builder().data(ReportExamples.data())
        .rates(ReportExamples.RATES).build())), "How these figures are calculated"))
        .contains("Support card effective from: no support card.");
  }

  @Test
  void eachHorizonIsSaidInWords() {
    assertThat(words(Horizon.fullYear())).isEqualTo("the 52 weeks after each exit");
    assertThat(words(Horizon.inYear())).isEqualTo("the rest of the financial year of each exit");
    assertThat(words(Horizon.toEighteen())).isEqualTo("the years to each child's 18th birthday");
    assertThat(words(Horizon.weeks(26))).isEqualTo("the 26 weeks after each exit");
    assertThat(words(Horizon.weeks(1))).isEqualTo("the 1 week after each exit");
    // until a date, not included: the last day counted is the day before
    assertThat(words(Horizon.until(LocalDate.parse("2026-04-01"))))
        .isEqualTo("the days after each exit up to 31 March 2026");

    Document html = html(ReportExamples.report(ReportExamples.bare(), ReportParameters.builder().asAt(AS_AT)
        .horizon(Horizon.weeks(26)).discountRate(ExitSavingsCalculator.GREEN_BOOK_RATE).build()));
    assertThat(bullets(html, "How these figures are calculated"))
        .contains("Horizon of each exit's saving: the 26 weeks after each exit (weeks:26).");
  }

  private static String words(Horizon horizon) {
    return ReportContent.horizonWords(ReportParameters.builder().asAt(AS_AT).horizon(horizon).build());
  }

  // ---------------------------------------------------------------- failures

  @Test
  void childrenWhoseFiguresFailedAreNamedOnceEach() {
    ProgressReport report = ReportExamples.report(ReportInputs.builder()
        .data(ReportExamples.data(ReportExamples.HEADER + "X,1,10/06/2015\nY,2,10/06/2015\n", ReportExamples.EPISODES
            + "X,2025-01-01,S,C2,N1,R1,PR1,2025-10-01,E4A\nY,2025-02-01,S,C2,N1,R1,PR1,2025-10-01,E4A\n"))
        .rates(ReportExamples.RATES).build());

    // each fails twice (its exit and the scenario), and is named once
    assertThat(report.failures().size()).isGreaterThan(2);
    assertThat(paragraphs(html(report), "Incomplete figures")).containsExactly(
        "The figures of 2 children could not be calculated and are left out of those below: X, Y. Each reason is"
            + " in the report's failures; the command line says them and writes no report.");
  }

  @Test
  void thePlansAreCountedByStatus() {
    CareData data = ReportExamples.data();
    // P3's plan left out: P1 scheduled, P2 and P4 in assessment
    List<PlannedExit> plans = ReportExamples.planned(data).stream()
        .filter(plan -> !plan.childId().value().equals("P3")).toList();
    Document html = html(ReportExamples.report(ReportInputs.builder().data(data).rates(ReportExamples.RATES)
        .support(ReportExamples.SUPPORT).addAllPlanned(plans).build()));

    // 31,760 + 68,160 + 36,400
    assertThat(paragraphs(html, "Pipeline to 31 March 2026")).last()
        .isEqualTo("Planned exits in all: 1 scheduled, 2 in assessment; their net saving would be £136,320.00.");
  }
}
