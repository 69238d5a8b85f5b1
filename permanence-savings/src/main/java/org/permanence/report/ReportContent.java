package org.permanence.report;

import static org.permanence.report.Block.Run.strong;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.permanence.adoption.AdoptionAverages;
import org.permanence.child.ChildId;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.duration.CohortDurations;
import org.permanence.exit.Route;
import org.permanence.money.Pence;
import org.permanence.pipeline.PipelineSaving;
import org.permanence.pipeline.PlanStatus;
import org.permanence.pipeline.Projection;
import org.permanence.reduction.DurationReduction;
import org.permanence.report.Block.Bullets;
import org.permanence.report.Block.Chart;
import org.permanence.report.Block.Heading;
import org.permanence.report.Block.Level;
import org.permanence.report.Block.Paragraph;
import org.permanence.report.Block.Series;
import org.permanence.report.Block.Table;
import org.permanence.targets.Measure;
import org.permanence.targets.Target;
import org.permanence.targets.TargetProgress;
import org.permanence.time.FinancialQuarter;
import org.permanence.time.FinancialYear;

/**
 * What a progress report says, section by section, in the words both formats print: every
 * figure comes from the {@link ProgressReport}, formatted here once.
 */
final class ReportContent {

  private static final String NONE = "–";
  private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

  private static final Map<String, String> ROUTE_NAMES = Map.of(
      Route.ADOPTION.name(), "Adoption",
      Route.SGO.name(), "SGO",
      Route.CAO.name(), "CAO",
      Route.RETURN_HOME.name(), "Return home");

  private final ProgressReport report;
  private final List<Block> blocks = new ArrayList<>();

  private ReportContent(ProgressReport report) {
    this.report = report;
  }

  /** The report's blocks, from the title to the parameters. */
  static List<Block> of(ProgressReport report) {
    ReportContent content = new ReportContent(report);
    content.title();
    content.failures();
    content.headline();
    content.exits();
    content.savings();
    content.pipeline();
    content.durations();
    content.adoption();
    content.method();
    return List.copyOf(content.blocks);
  }

  // ---- the sections

  private void title() {
    blocks.add(new Heading(1, report.parameters().title()));
    FinancialQuarter quarter = FinancialQuarter.from(report.asAt());
    blocks.add(Paragraph.of(strong("Financial year " + report.year()), ", as at "
        + day(report.asAt()) + " (quarter " + quarter.number() + "). Figures are from the"
        + " SSDA903 returns of " + report.children() + " children, as the data stood at the end of"
        + " that day."));
  }

  private void failures() {
    if (report.failures().isEmpty()) {
      return;
    }
    // the children only: a failure's message may carry dates (a rate missing from a birthday on)
    // that a paper passed round a committee should not
    List<String> children = report.failures().stream()
        .map(failure -> failure.childId().map(ChildId::value).orElse("(no child named)"))
        .distinct().toList();
    blocks.add(new Heading(2, "Incomplete figures"));
    blocks.add(Paragraph.of(strong("The figures of " + children.size() + " "
        + plural(children.size(), "child", "children") + " could not be calculated"),
        " and are left out of those below: " + String.join(", ", children) + ". Each reason is in"
        + " the report's failures; the command line says them and writes no report."));
  }

  private void headline() {
    blocks.add(new Heading(2, "Headline"));
    FinancialYear year = report.year();
    int exits = report.exits(year);
    List<Paragraph> items = new ArrayList<>();
    Optional<TargetProgress> exitTarget = progress(Measure.EXITS, year);
    items.add(Paragraph.of(strong(exits + " " + plural(exits, "exit", "exits")),
        " from care to a permanent home so far this year"
            + exitTarget.map(p -> ", against a target of " + count(p.target().target()) + " for the year: ").orElse("."),
        exitTarget.map(p -> strong(status(p))).orElse(strong("")),
        exitTarget.isPresent() ? "." : ""));
    Optional<TargetProgress> savingTarget = progress(Measure.NET_SAVING, year);
    items.add(Paragraph.of("Net saving of this year's exits: ", strong(money(report.netSaving())),
        " over " + horizon() + savingTarget.map(p -> ", against a target of "
            + money(p.target().target()) + ": ").orElse("."),
        savingTarget.map(p -> strong(status(p))).orElse(strong("")),
        savingTarget.isPresent() ? "." : ""));
    Projection projection = report.projection();
    items.add(Paragraph.of("Projected exits by " + day(projection.target()) + ": ",
        strong(projection.lowExits() + " to " + projection.highExits()),
        " (" + projection.achievedExits() + " so far, "
            + projection.scheduled().size() + " scheduled, " + projection.assessing().size()
            + " with carers being assessed)."));
    CohortDurations now = report.durations().get(report.durations().size() - 1);
    if (now.count() > 0) {
      Optional<TargetProgress> daysTarget = progress(Measure.MEAN_DAYS, year);
      items.add(Paragraph.of("Mean time in care of the " + now.count() + " "
          + plural(now.count(), "period", "periods") + " of care ended this year: ",
          strong(days(now.meanDays()) + " days"), " (" + weeks(now.meanDays()) + " weeks)"
              + daysTarget.map(p -> ", against a target of " + days(p.target().target()) + " days: ").orElse("."),
          daysTarget.map(p -> strong(status(p))).orElse(strong("")),
          daysTarget.isPresent() ? "." : ""));
    }
    blocks.add(new Bullets(items));

    List<TargetProgress> current = report.headline();
    if (!current.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (TargetProgress progress : current) {
        Measure measure = progress.target().measure();
        rows.add(List.of(measure(measure), amount(measure, progress.target().target()),
            measure.lowerIsBetter() ? NONE : amount(measure, progress.proRataTarget()),
            amount(measure, progress.actual()), status(progress)));
      }
      blocks.add(new Table("Targets for " + year + " at " + day(report.asAt()),
          List.of("Measure", "Target for the year", "Share of the target to " + shortDay(report.asAt()),
              "Actual", "Status"), rows, false));
      blocks.add(Paragraph.of("A count or saving is ", strong("met"), " when the actual reaches the"
          + " year's target, ", strong("on track"), " when it reaches the target's share of the year"
          + " so far (the target times the days from 1 April to the as-at date, over the days in the"
          + " year), and ", strong("behind"), " otherwise. Mean days are met at or below the target."));
    }
    List<TargetProgress> earlier = report.targets().stream()
        .filter(progress -> progress.target().year().compareTo(year) < 0).toList();
    if (!earlier.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (TargetProgress progress : earlier) {
        Measure measure = progress.target().measure();
        rows.add(List.of(progress.target().year().toString(), measure(measure),
            amount(measure, progress.target().target()), amount(measure, progress.actual()), status(progress)));
      }
      blocks.add(new Table("Earlier years' targets", List.of("Year", "Measure", "Target", "Actual", "Status"),
          rows, false));
    }
    if (!report.targetsNotJudged().isEmpty()) {
      blocks.add(Paragraph.of("Not judged: " + report.targetsNotJudged().stream()
          .map(target -> measure(target.measure()) + " " + target.year() + " (" + notJudged(target) + ")")
          .collect(Collectors.joining("; ")) + "."));
    }
  }

  private void exits() {
    FinancialYear year = report.year();
    blocks.add(new Heading(2, "Exits by route and quarter, " + year));
    List<FinancialQuarter> begun = report.quartersBegun();
    List<FinancialQuarter> quarters = year.quarters();
    List<String> header = new ArrayList<>(List.of("Route"));
    quarters.forEach(quarter -> header.add(quarterName(quarter)));
    header.addAll(List.of("Year so far", "Target", "Status"));
    List<List<String>> rows = new ArrayList<>();
    for (Route route : report.routes()) {
      List<String> row = new ArrayList<>(List.of(route(route)));
      quarters.forEach(quarter -> row.add(begun.contains(quarter) ? count(report.exits(quarter, route)) : NONE));
      row.add(count(report.exits(year, route)));
      targetCells(progress(Measure.exits(route), year), row);
      rows.add(row);
    }
    List<String> total = new ArrayList<>(List.of("All routes"));
    quarters.forEach(quarter -> total.add(begun.contains(quarter) ? count(report.exits(quarter)) : NONE));
    total.add(count(report.exits(year)));
    targetCells(progress(Measure.EXITS, year), total);
    rows.add(total);
    blocks.add(new Table("Exits by route and quarter, " + year + " (quarters not begun: " + NONE + ")",
        header, rows, true));
    blocks.add(exitsChart(year, begun));

    List<String> yearsHeader = new ArrayList<>(List.of("Year"));
    report.routes().forEach(route -> yearsHeader.add(route(route)));
    yearsHeader.add("All routes");
    List<List<String>> yearRows = new ArrayList<>();
    for (FinancialYear each : report.years()) {
      List<String> row = new ArrayList<>(List.of(each + (each.equals(year) ? " (so far)" : "")));
      report.routes().forEach(route -> row.add(count(report.exits(each, route))));
      row.add(count(report.exits(each)));
      yearRows.add(row);
    }
    blocks.add(new Table("Exits by route, year by year", yearsHeader, yearRows, false));
  }

  private Chart exitsChart(FinancialYear year, List<FinancialQuarter> begun) {
    List<FinancialQuarter> quarters = year.quarters();
    List<String> categories = quarters.stream().map(ReportContent::quarterName).toList();
    List<Series> series = new ArrayList<>();
    for (Route route : report.routes()) {
      series.add(new Series(route(route), cumulative(quarters, begun, quarter -> report.exits(quarter, route))));
    }
    Optional<TargetProgress> target = progress(Measure.EXITS, year);
    Optional<Series> line = target.map(progress -> new Series("Target's share",
        quarters.stream().map(quarter -> Optional.of(share(progress.target(), quarter))).toList()));
    List<Optional<BigDecimal>> all = cumulative(quarters, begun, report::exits);
    List<String> header = new ArrayList<>(List.of("Quarter"));
    series.forEach(one -> header.add(one.name()));
    header.add("All routes");
    line.ifPresent(one -> header.add(one.name()));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < quarters.size(); i++) {
      List<String> row = new ArrayList<>(List.of(categories.get(i) + " (to " + shortDay(quarterEnd(quarters.get(i))) + ")"));
      for (Series one : series) {
        row.add(one.values().get(i).map(ReportContent::count).orElse(NONE));
      }
      row.add(all.get(i).map(ReportContent::count).orElse(NONE));
      int index = i;
      line.ifPresent(one -> row.add(one.values().get(index).map(ReportContent::days).orElse(NONE)));
      rows.add(row);
    }
    StringBuilder description = new StringBuilder("Exits so far this year at the end of each quarter,"
        + " stacked by route: ");
    description.append(begun.stream().map(quarter -> quarterName(quarter) + " "
        + all.get(quarters.indexOf(quarter)).map(ReportContent::count).orElse(NONE))
        .collect(Collectors.joining(", ")));
    description.append(target.map(progress -> ". The line is the target's share of the year by each"
        + " quarter's end, reaching the target of " + count(progress.target().target()) + " on "
        + day(year.endInclusive()) + ".").orElse(". No exits target was given for the year."));
    return new Chart("Exits so far this year, by the end of each quarter", description.toString(),
        categories, series, line,
        target.map(progress -> new Level("Target: " + count(progress.target().target()), progress.target().target())),
        false, new Table("Data of the chart: exits so far at the end of each quarter", header, rows, false));
  }

  private void savings() {
    blocks.add(new Heading(2, "Savings"));
    boolean discounted = report.parameters().discountRate().isPresent();
    blocks.add(Paragraph.of("An exit saves the placement cost it avoids (the placement the child left,"
        + " at the rate card's weekly rates) less the support paid after it (such as a special"
        + " guardianship allowance), counted over " + horizon() + "."
        + (discounted ? " Present values discount each later year at " + rate() + " a year." : "")));
    SavingsTable byExit = report.savingsByExitYear();
    blocks.add(savingsChart(byExit, discounted));
    SavingsTable falling = report.savingsByYearFalling();
    if (!falling.rows().isEmpty()) {
      blocks.add(savingsTable("The same savings by the financial year in which they fall",
          "Exits saving in the year", falling, discounted));
      blocks.add(Paragraph.of("An exit saves in each year its horizon reaches, so it counts in each"
          + " of those years, and the exits of this table are not added up."));
      blocks.add(Paragraph.of("Both tables hold the same rows, so their totals agree. Each amount is"
          + " rounded to the penny row by row, and each total is the sum of the rounded rows."));
    }
  }

  private Chart savingsChart(SavingsTable table, boolean discounted) {
    List<String> categories = table.rows().stream().map(row -> row.year().toString()).toList();
    Series net = new Series("Net saving", table.rows().stream().map(row -> Optional.of(row.net())).toList());
    String description = "Net saving of each year's exits: " + table.rows().stream()
        .map(row -> row.year() + " " + money(row.net())).collect(Collectors.joining(", ")) + ".";
    return new Chart("Net saving by the financial year of the exit", description, categories,
        List.of(net), Optional.empty(), Optional.empty(), true,
        savingsTable("Savings by the financial year of the exit", "Exits", table, discounted));
  }

  private static Table savingsTable(String caption, String exitsHeader, SavingsTable table, boolean discounted) {
    List<String> header = new ArrayList<>(List.of("Year", exitsHeader, "Placement cost avoided",
        "Support paid", "Net saving"));
    if (discounted) {
      header.add("Present value");
    }
    List<List<String>> rows = new ArrayList<>();
    for (SavingsRow row : table.rows()) {
      rows.add(savingsCells(row.year().toString(), row.exits(), row.avoided(), row.support(), row.net(),
          row.presentValue(), discounted));
    }
    List<String> total = savingsCells("Total", table.exits(), table.avoided(), table.support(), table.net(),
        table.presentValue(), discounted);
    if (!exitsHeader.equals("Exits")) {
      total.set(1, NONE);
    }
    rows.add(total);
    return new Table(caption, header, rows, true);
  }

  private static List<String> savingsCells(String year, int exits, BigDecimal avoided, BigDecimal support,
      BigDecimal net, BigDecimal presentValue, boolean discounted) {
    List<String> cells = new ArrayList<>(List.of(year, count(exits), money(avoided), money(support), money(net)));
    if (discounted) {
      cells.add(money(presentValue));
    }
    return cells;
  }

  private void pipeline() {
    Projection projection = report.projection();
    blocks.add(new Heading(2, "Pipeline to " + day(projection.target())));
    long later = report.pipeline().stream().filter(saving -> saving.plan().date().isAfter(projection.target())).count();
    blocks.add(Paragraph.of("Exits achieved so far in " + projection.year() + ", and the planned exits"
        + " on or before " + day(projection.target()) + ": ", strong("scheduled"), " (the order or return"
        + " is arranged) give the low projection, and adding those ", strong("in assessment"),
        " (carers being assessed) gives the high. "
        + (later == 0 ? "No planned exit falls later." : later + " planned " + plural((int) later, "exit falls", "exits fall")
            + " after the target date and " + plural((int) later, "is", "are") + " not counted.")));
    FinancialYear year = projection.year();
    List<List<String>> rows = new ArrayList<>();
    for (Route route : report.routes()) {
      rows.add(List.of(route(route), count(projection.achievedExits(route)),
          count(projection.lowExits(route) - projection.achievedExits(route)),
          count(projection.highExits(route) - projection.lowExits(route)),
          count(projection.lowExits(route)), count(projection.highExits(route)),
          progress(Measure.exits(route), year).map(p -> count(p.target().target())).orElse(NONE)));
    }
    rows.add(List.of("All routes", count(projection.achievedExits()),
        count(projection.lowExits() - projection.achievedExits()),
        count(projection.highExits() - projection.lowExits()),
        count(projection.lowExits()), count(projection.highExits()),
        targetFor(Measure.EXITS, year).map(t -> count(t.target())).orElse(NONE)));
    blocks.add(new Table("Projected exits by " + day(projection.target()),
        List.of("Route", "Achieved", "Scheduled", "In assessment", "Low", "High", "Target"), rows, true));
    List<List<String>> money = new ArrayList<>();
    money.add(List.of("Net saving", money(projection.achievedSaving()), money(projection.lowSaving()),
        money(projection.highSaving()),
        targetFor(Measure.NET_SAVING, year).map(t -> money(t.target())).orElse(NONE)));
    if (report.parameters().discountRate().isPresent()) {
      money.add(List.of("Present value", money(projection.achievedPresentValue()),
          money(projection.lowPresentValue()), money(projection.highPresentValue()), NONE));
    }
    blocks.add(new Table("Projected net saving of " + projection.year() + "'s exits, over " + horizon(),
        List.of("Measure", "Achieved", "Low", "High", "Target"), money, false));
    int scheduled = (int) report.pipeline().stream().filter(s -> s.plan().status() == PlanStatus.SCHEDULED).count();
    int assessing = report.pipeline().size() - scheduled;
    blocks.add(Paragraph.of("Planned exits in all: " + scheduled + " scheduled, " + assessing
        + " in assessment; their net saving would be " + money(planned(report.pipeline())) + "."));
  }

  private void durations() {
    blocks.add(new Heading(2, "Durations in care"));
    List<List<String>> rows = new ArrayList<>();
    for (CohortDurations cohort : report.durations()) {
      FinancialYear year = FinancialYear.from(cohort.window().getStart());
      boolean any = cohort.count() > 0;
      rows.add(List.of(year + (year.equals(report.year()) ? " (so far)" : ""), count(cohort.count()),
          any ? days(cohort.meanDays()) : NONE, any ? weeks(cohort.meanDays()) : NONE,
          any ? days(cohort.medianDays()) : NONE));
    }
    blocks.add(new Table("Periods of care ended, by the financial year they ended in",
        List.of("Year", "Periods ended", "Mean days", "Mean weeks", "Median days"), rows, false));
    List<CohortDurations> cohorts = report.durations();
    CohortDurations now = cohorts.get(cohorts.size() - 1);
    if (now.count() > 0 && cohorts.size() > 1 && cohorts.get(cohorts.size() - 2).count() > 0) {
      CohortDurations last = cohorts.get(cohorts.size() - 2);
      BigDecimal change = now.meanDays().subtract(last.meanDays());
      blocks.add(Paragraph.of("This year's mean is ", strong(days(now.meanDays()) + " days"),
          " (" + weeks(now.meanDays()) + " weeks), "
              + (change.signum() == 0 ? "the same as last year's."
                  : days(change.abs()) + " days (" + weeks(change.abs()) + " weeks) "
                      + (change.signum() < 0 ? "shorter" : "longer") + " than last year's "
                      + days(last.meanDays()) + " days.")));
    }
    DurationReduction reduction = report.reduction();
    int weeks = reduction.weeks();
    blocks.add(new Heading(3, weeks + " " + plural(weeks, "week", "weeks") + " shorter: the scenario"));
    if (reduction.count() == 0) {
      blocks.add(Paragraph.of("No period of care has ended this year, so the scenario saves nothing yet."));
    } else {
      blocks.add(Paragraph.of("Had each of the " + reduction.count() + " " + plural(reduction.count(), "period", "periods")
          + " of care ended this year ended " + weeks + " " + plural(weeks, "week", "weeks")
          + " sooner (never before it began), the council would have saved ",
          strong(money(reduction.avoidedCost())), " in placement costs, and the mean time in care would"
          + " have been " + days(reduction.meanDaysAfter()) + " days instead of " + days(reduction.meanDays())
          + " (" + days(reduction.meanDaysShorter()) + " days shorter)."));
    }
  }

  private void adoption() {
    blocks.add(new Heading(2, "Adoption timeliness"));
    blocks.add(Paragraph.of("For each child adopted: days from entering care to moving in with the"
        + " adoptive family (the first placement for adoption; for an adoption by the child's foster"
        + " carers, the adoption date), and days from the court's authority to place (the first"
        + " episode with legal status E1) to the match with the adopters (0 when the match came first)."
        + " The national thresholds of the adoption scorecard are "
        + AdoptionAverages.ENTRY_TO_PLACEMENT_THRESHOLD_DAYS + " days (14 months) and "
        + AdoptionAverages.AUTHORITY_TO_MATCH_THRESHOLD_DAYS + " days (4 months), averaged over three years."));
    List<List<String>> rows = new ArrayList<>();
    for (AdoptionAverages averages : report.adoptionByYear()) {
      FinancialYear year = FinancialYear.from(averages.window().getStart());
      rows.add(adoptionRow(year + (year.equals(report.year()) ? " (so far)" : ""), averages));
    }
    rows.add(adoptionRow("3 years to " + day(report.asAt()), report.adoptionThreeYears()));
    blocks.add(new Table("Adoption timeliness by the financial year of the adoption",
        List.of("Adopted in", "Adoptions", "Mean days, care to moving in", "Within "
            + AdoptionAverages.ENTRY_TO_PLACEMENT_THRESHOLD_DAYS + " days", "Matched",
            "Mean days, authority to match", "Within " + AdoptionAverages.AUTHORITY_TO_MATCH_THRESHOLD_DAYS + " days"),
        rows, false));
    if (!report.adoptionRecordsGiven()) {
      blocks.add(Paragraph.of("No adoption file (match dates) was given, so authority to match is not"
          + " measured."));
    }
  }

  private static List<String> adoptionRow(String label, AdoptionAverages averages) {
    return List.of(label, count(averages.count()),
        averages.meanEntryToPlacementDays().map(ReportContent::days).orElse(NONE),
        averages.entryToPlacementWithinThreshold().map(ReportContent::yesNo).orElse(NONE),
        count(averages.matchedCount()),
        averages.meanAuthorityToMatchDays().map(ReportContent::days).orElse(NONE),
        averages.authorityToMatchWithinThreshold().map(ReportContent::yesNo).orElse(NONE));
  }

  private void method() {
    ReportParameters parameters = report.parameters();
    blocks.add(new Heading(2, "How these figures are calculated"));
    blocks.add(Paragraph.of("Each child's SSDA903 episodes are linked into periods of care (short"
        + " breaks left out). An exit is the end of a period of care by a permanence route, on its"
        + " date of ceasing (the first day out of care). Costs are the rate card's weekly rate"
        + " divided by 7 for each day, exactly; amounts are rounded to the penny, half up, once per"
        + " row, and every total is the sum of its rounded rows. Days are counted from the start date"
        + " up to, not including, the end date."));
    List<Paragraph> items = new ArrayList<>();
    items.add(Paragraph.of("As-at date: " + day(parameters.asAt()) + "; years reported: "
        + report.years().get(0) + " to " + report.year() + "."));
    items.add(Paragraph.of("Care data: " + count(report.children()) + " children, " + count(report.episodes()) + " episodes."));
    items.add(Paragraph.of("Horizon of each exit's saving: " + horizon() + " (" + parameters.horizon() + ")."));
    items.add(Paragraph.of("Discount rate: " + parameters.discountRate().map(r -> rate()).orElse("none") + "."));
    items.add(Paragraph.of("Rate card effective from: " + dates(report.rateCardDates()) + "."));
    items.add(Paragraph.of("Support card effective from: "
        + (report.supportCardDates().isEmpty() ? "no support card" : dates(report.supportCardDates())) + "."));
    items.add(Paragraph.of("Routes out of care, by reason for ceasing (REC): " + report.routes().stream()
        .map(route -> routeInFull(route) + " (" + report.routeTable().asMap().entrySet().stream()
            .filter(entry -> entry.getValue().equals(route)).map(Map.Entry::getKey)
            .map(ReasonEpisodeCeased::code).sorted().collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining("; ")) + "."));
    items.add(Paragraph.of("Pipeline target date: " + day(parameters.targetDate()) + "; duration scenario: "
        + parameters.scenarioWeeks() + " " + plural(parameters.scenarioWeeks(), "week", "weeks") + "."));
    blocks.add(new Bullets(items));
  }

  // ---- helpers of the sections

  private Optional<TargetProgress> progress(Measure measure, FinancialYear year) {
    return report.targets().stream().filter(progress -> progress.target().year().equals(year)
        && progress.target().measure().equals(measure)).findFirst();
  }

  private Optional<Target> targetFor(Measure measure, FinancialYear year) {
    return progress(measure, year).map(TargetProgress::target);
  }

  private static void targetCells(Optional<TargetProgress> progress, List<String> row) {
    row.add(progress.map(p -> count(p.target().target())).orElse(NONE));
    row.add(progress.map(ReportContent::status).orElse(NONE));
  }

  private List<Optional<BigDecimal>> cumulative(List<FinancialQuarter> quarters, List<FinancialQuarter> begun,
      ToIntFunction<FinancialQuarter> exits) {
    List<Optional<BigDecimal>> values = new ArrayList<>();
    int sum = 0;
    for (FinancialQuarter quarter : quarters) {
      sum += exits.applyAsInt(quarter);
      values.add(begun.contains(quarter) ? Optional.of(BigDecimal.valueOf(sum)) : Optional.empty());
    }
    return values;
  }

  /** The target's share of the year by a quarter's last day, to two decimals, half up. */
  private static BigDecimal share(Target target, FinancialQuarter quarter) {
    long days = quarter.endExclusive().toEpochDay() - target.year().start().toEpochDay();
    return target.target().multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(target.year().lengthInDays()), 2, RoundingMode.HALF_UP);
  }

  private String notJudged(Target target) {
    if (target.year().compareTo(report.year()) > 0) {
      return "year not begun";
    }
    if (target.year().compareTo(report.years().get(0)) < 0) {
      return "before the data";
    }
    return "no period of care ended";
  }

  private String horizon() {
    return horizonWords(report.parameters());
  }

  private String rate() {
    return report.parameters().discountRate()
        .map(rate -> rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%").orElse("none");
  }

  private static BigDecimal planned(List<PipelineSaving> pipeline) {
    return Pence.sum(pipeline.stream().map(saving -> saving.saving().netSaving())::iterator);
  }

  static String horizonWords(ReportParameters parameters) {
    String text = parameters.horizon().toString();
    if (text.equals("full-year")) {
      return "the 52 weeks after each exit";
    }
    if (text.equals("in-year")) {
      return "the rest of the financial year of each exit";
    }
    if (text.equals("to-18")) {
      return "the years to each child's 18th birthday";
    }
    if (text.startsWith("weeks:")) {
      int weeks = Integer.parseInt(text.substring(6));
      return "the " + weeks + " " + plural(weeks, "week", "weeks") + " after each exit";
    }
    return "the days after each exit up to " + day(LocalDate.parse(text.substring(6)).minusDays(1));
  }

  // ---- formats, used by both renderers

  /** A date as a committee paper writes it, "31 December 2025"; the same on every JDK. */
  static String day(LocalDate date) {
    return shortDay(date) + " " + date.getYear();
  }

  /** A day and month, "31 December". */
  static String shortDay(LocalDate date) {
    return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
  }

  static String money(BigDecimal amount) {
    String text = String.format(Locale.UK, "£%,.2f", amount.abs());
    return amount.signum() < 0 ? "-" + text : text;
  }

  static String count(long value) {
    return String.format(Locale.UK, "%,d", value);
  }

  static String count(BigDecimal value) {
    // a whole number of any size (a target is not bounded), grouped as a long would be
    return value.stripTrailingZeros().scale() <= 0 ? String.format(Locale.UK, "%,d", value.toBigIntegerExact())
        : String.format(Locale.UK, "%,.2f", value);
  }

  static String days(BigDecimal value) {
    return String.format(Locale.UK, "%,.2f", value);
  }

  static String weeks(BigDecimal days) {
    return String.format(Locale.UK, "%,.1f", days.divide(SEVEN, 1, RoundingMode.HALF_UP));
  }

  static String dates(List<LocalDate> dates) {
    return dates.stream().map(ReportContent::day).collect(Collectors.joining(", "));
  }

  static String plural(int count, String one, String many) {
    return count == 1 ? one : many;
  }

  private static String yesNo(boolean yes) {
    return yes ? "yes" : "no";
  }

  static String route(Route route) {
    String known = ROUTE_NAMES.get(route.name());
    if (known != null) {
      return known;
    }
    String words = route.name().replace('_', ' ').toLowerCase(Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A route's name in full, "SGO (special guardianship order)", where the tables abbreviate it. */
  static String routeInFull(Route route) {
    if (route.equals(Route.SGO)) {
      return "SGO (special guardianship order)";
    }
    if (route.equals(Route.CAO)) {
      return "CAO (child arrangements order)";
    }
    return route(route);
  }

  static String measure(Measure measure) {
    switch (measure.kind()) {
      case EXITS:
        return measure.route().map(route -> "Exits: " + route(route)).orElse("Exits");
      case NET_SAVING:
        return "Net saving";
      default:
        return "Mean days in care";
    }
  }

  static String amount(Measure measure, BigDecimal value) {
    switch (measure.kind()) {
      case EXITS:
        return count(value);
      case NET_SAVING:
        return money(value);
      default:
        return days(value);
    }
  }

  static String status(TargetProgress progress) {
    return progress.status().map(status -> status.label()).orElse("not begun");
  }

  static String quarterName(FinancialQuarter quarter) {
    return "Q" + quarter.number();
  }

  /** The last day a quarter's figures count: its own last day, or the as-at date in it. */
  private LocalDate quarterEnd(FinancialQuarter quarter) {
    LocalDate last = quarter.endExclusive().minusDays(1);
    return last.isAfter(report.asAt()) && quarter.range().contains(report.asAt()) ? report.asAt() : last;
  }
}
