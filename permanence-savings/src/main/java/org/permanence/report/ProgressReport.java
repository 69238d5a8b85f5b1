package org.permanence.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.permanence.adoption.AdoptionAverages;
import org.permanence.adoption.AdoptionTimeliness;
import org.permanence.batch.Failure;
import org.permanence.duration.CohortDurations;
import org.permanence.exit.Exit;
import org.permanence.exit.Route;
import org.permanence.exit.RouteTable;
import org.permanence.money.Pence;
import org.permanence.pipeline.PipelineSaving;
import org.permanence.pipeline.Projection;
import org.permanence.reduction.DurationReduction;
import org.permanence.saving.ExitSaving;
import org.permanence.saving.SavingYear;
import org.permanence.targets.Target;
import org.permanence.targets.TargetProgress;
import org.permanence.time.FinancialQuarter;
import org.permanence.time.FinancialYear;

/**
 * A progress report's figures, before they are rendered: exits against targets, savings by year,
 * the pipeline, durations in care and adoption timeliness, for the financial year of the as-at
 * date and the years before it that the data covers.
 *
 * <p>Every figure is one of the library's own results ({@link ExitSaving}, {@link Projection},
 * {@link CohortDurations}, {@link DurationReduction}, {@link AdoptionAverages}), so each can be
 * explained; the tables are sums of their rounded rows. Made by {@link ProgressReportCalculator}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressReport {

  ProgressReport() {}

  static ImmutableProgressReport.Builder builder() {
    return ImmutableProgressReport.builder();
  }

  /**
   * Returns the parameters the report was made with.
   *
   * @return the parameters
   */
  public abstract ReportParameters parameters();

  /**
   * Returns the years reported, from the first the data covers to the as-at date's, in order.
   *
   * @return the years, the last being {@link #year()}
   */
  public abstract List<FinancialYear> years();

  /**
   * Returns the route table the exits were found with.
   *
   * @return the route table
   */
  public abstract RouteTable routeTable();

  /**
   * Returns every exit in the years reported up to the as-at date, priced at the report's
   * horizon, sorted by exit date then child.
   *
   * @return the exits' savings
   */
  public abstract List<ExitSaving> exitSavings();

  /**
   * Returns each target of a year reported, with its actual and status at the as-at date, in the
   * order of year then the targets file.
   *
   * @return the targets judged
   */
  public abstract List<TargetProgress> targets();

  /**
   * Returns the targets that cannot be judged: those for a year not reported (not begun, or
   * before the data), and a mean-days target for a year in which no period of care ended.
   *
   * @return the targets not judged
   */
  public abstract List<Target> targetsNotJudged();

  /**
   * Returns every planned exit, priced at the report's horizon.
   *
   * @return the planned exits' savings
   */
  public abstract List<PipelineSaving> pipeline();

  /**
   * Returns the projection of the target date's year at the target date.
   *
   * @return the projection
   */
  public abstract Projection projection();

  /**
   * Returns the count, mean and median days of the periods of care ended in each year reported
   * (the current one to the as-at date), in year order.
   *
   * @return one cohort a year
   */
  public abstract List<CohortDurations> durations();

  /**
   * Returns the duration-reduction scenario for the periods ended this year so far.
   *
   * @return the scenario
   */
  public abstract DurationReduction reduction();

  /**
   * Returns every adoption in the years reported and in the three years to the as-at date,
   * sorted by adoption date then child.
   *
   * @return the adoptions' timeliness
   */
  public abstract List<AdoptionTimeliness> adoptions();

  /**
   * Returns adoption timeliness averaged over each year reported (the current one to the as-at
   * date), in year order.
   *
   * @return one average a year
   */
  public abstract List<AdoptionAverages> adoptionByYear();

  /**
   * Returns adoption timeliness averaged over the three years to the as-at date, as the
   * national scorecard averages it.
   *
   * @return the three-year average
   */
  public abstract AdoptionAverages adoptionThreeYears();

  /**
   * Returns whether adoption records (match dates) were given, without which authority to match
   * cannot be measured.
   *
   * @return true if records were given
   */
  public abstract boolean adoptionRecordsGiven();

  /**
   * Returns the dates on which the rate card's rates take effect.
   *
   * @return the effective dates, in order
   */
  public abstract List<LocalDate> rateCardDates();

  /**
   * Returns the dates on which the support card's amounts take effect.
   *
   * @return the effective dates, in order; empty with no support card
   */
  public abstract List<LocalDate> supportCardDates();

  /**
   * Returns the number of children in the care data.
   *
   * @return the children
   */
  public abstract int children();

  /**
   * Returns the number of episodes in the care data.
   *
   * @return the episodes
   */
  public abstract long episodes();

  /**
   * Returns what could not be calculated, such as a placement with no rate, child by child. A
   * report with failures is incomplete: its figures leave those children out.
   *
   * @return the failures
   */
  public abstract List<Failure> failures();

  /**
   * Returns the financial year the report is for, the as-at date's.
   *
   * @return the year
   */
  public FinancialYear year() {
    return parameters().year();
  }

  /**
   * Returns the as-at date.
   *
   * @return the as-at date, inclusive
   */
  public LocalDate asAt() {
    return parameters().asAt();
  }

  /**
   * Returns the routes of the route table, in name order.
   *
   * @return the routes
   */
  public List<Route> routes() {
    return routeTable().routes().stream().sorted().toList();
  }

  /**
   * Returns the quarters of the report's year begun by the as-at date.
   *
   * @return one to four quarters, in order
   */
  public List<FinancialQuarter> quartersBegun() {
    return year().quarters().stream().filter(quarter -> !quarter.start().isAfter(asAt())).toList();
  }

  /**
   * Returns the exits in a financial year (to the as-at date).
   *
   * @param year the year
   * @return the number of exits
   */
  public int exits(FinancialYear year) {
    return count(exit -> year.contains(exit.date()));
  }

  /**
   * Returns the exits by one route in a financial year (to the as-at date).
   *
   * @param year the year
   * @param route the route
   * @return the number of exits
   */
  public int exits(FinancialYear year, Route route) {
    return count(exit -> year.contains(exit.date()) && exit.route().equals(route));
  }

  /**
   * Returns the exits in a quarter (to the as-at date).
   *
   * @param quarter the quarter
   * @return the number of exits
   */
  public int exits(FinancialQuarter quarter) {
    return count(exit -> quarter.range().contains(exit.date()));
  }

  /**
   * Returns the exits by one route in a quarter (to the as-at date).
   *
   * @param quarter the quarter
   * @param route the route
   * @return the number of exits
   */
  public int exits(FinancialQuarter quarter, Route route) {
    return count(exit -> quarter.range().contains(exit.date()) && exit.route().equals(route));
  }

  /**
   * Returns the net saving of the exits of the report's year so far: the sum of all their rows at
   * the report's horizon, including any that fall in later years.
   *
   * @return the net saving, in pounds
   */
  public BigDecimal netSaving() {
    return savingsByExitYear().rows().stream().filter(row -> row.year().equals(year()))
        .map(SavingsRow::net).findFirst().orElse(Pence.sum(List.of()));
  }

  /**
   * Returns the savings of the exits by the financial year of the exit, one row for each year
   * reported: the committee's "2018-19: 10 exits, £215,833.83".
   *
   * @return the table
   */
  public SavingsTable savingsByExitYear() {
    List<SavingsRow> rows = new ArrayList<>();
    for (FinancialYear year : years()) {
      List<SavingYear> lines = new ArrayList<>();
      int exits = 0;
      for (ExitSaving saving : exitSavings()) {
        if (year.contains(saving.exit().date())) {
          exits++;
          lines.addAll(saving.years());
        }
      }
      rows.add(row(year, exits, lines));
    }
    return SavingsTable.of(rows);
  }

  /**
   * Returns the same savings by the financial year in which they fall: an exit in February at a
   * full-year horizon saves in two years. Each row counts the exits with a saving row in its year;
   * the totals equal those of {@link #savingsByExitYear()}.
   *
   * @return the table
   */
  public SavingsTable savingsByYearFalling() {
    List<FinancialYear> years = exitSavings().stream()
        .flatMap(saving -> saving.years().stream().map(SavingYear::year))
        .distinct().sorted().toList();
    List<SavingsRow> rows = new ArrayList<>();
    for (FinancialYear year : years) {
      List<SavingYear> lines = new ArrayList<>();
      int exits = 0;
      for (ExitSaving saving : exitSavings()) {
        List<SavingYear> inYear = saving.years().stream().filter(line -> line.year().equals(year)).toList();
        if (!inYear.isEmpty()) {
          exits++;
          lines.addAll(inYear);
        }
      }
      rows.add(row(year, exits, lines));
    }
    return SavingsTable.of(rows);
  }

  /**
   * Returns the durations of the periods ended in a year reported.
   *
   * @param year the year
   * @return the cohort, if the year is reported
   */
  public Optional<CohortDurations> durations(FinancialYear year) {
    return durations().stream().filter(cohort -> cohort.window().getStart().equals(year.start())).findFirst();
  }

  /**
   * Returns the targets of the report's year, judged: the headline.
   *
   * @return the targets of the year
   */
  public List<TargetProgress> headline() {
    return targets().stream().filter(progress -> progress.target().year().equals(year())).toList();
  }

  private static SavingsRow row(FinancialYear year, int exits, List<SavingYear> lines) {
    return SavingsRow.of(year, exits,
        Pence.sum(lines.stream().map(SavingYear::avoidedCost)::iterator),
        Pence.sum(lines.stream().map(SavingYear::supportCost)::iterator),
        Pence.sum(lines.stream().map(SavingYear::netSaving)::iterator),
        Pence.sum(lines.stream().map(SavingYear::presentValue)::iterator));
  }

  private int count(Predicate<Exit> test) {
    return (int) exitSavings().stream().map(ExitSaving::exit).filter(test).count();
  }
}
