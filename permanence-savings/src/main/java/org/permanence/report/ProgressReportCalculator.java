package org.permanence.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.permanence.adoption.AdoptionAverages;
import org.permanence.adoption.AdoptionTimeliness;
import org.permanence.adoption.AdoptionTimelinessCalculator;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.duration.CohortDurations;
import org.permanence.duration.DurationCalculator;
import org.permanence.exit.Exit;
import org.permanence.exit.ExitFinder;
import org.permanence.money.Pence;
import org.permanence.pipeline.PipelineCalculator;
import org.permanence.pipeline.PipelineSaving;
import org.permanence.reduction.DurationReduction;
import org.permanence.reduction.DurationReductionCalculator;
import org.permanence.saving.ExitSaving;
import org.permanence.saving.ExitSavingsCalculator;
import org.permanence.targets.Measure;
import org.permanence.targets.Target;
import org.permanence.targets.TargetProgress;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * Makes a {@link ProgressReport} from care data, cards, targets and plans.
 *
 * <p>The years reported run from the financial year of the earliest episode to the as-at date's.
 * Each year's figures are those of the library's calculators on that year's window, the current
 * year's ending with the as-at date:
 *
 * <ul>
 *   <li>exits ({@link ExitFinder}) priced at the report's horizon ({@link ExitSavingsCalculator});
 *   <li>each target's actual: the exits (in total or by route) or net saving of the year's exits,
 *       or the mean days of the periods ended in the year ({@link DurationCalculator#cohort}),
 *       judged by {@link TargetProgress};
 *   <li>the planned exits priced and projected to the target date ({@link PipelineCalculator});
 *   <li>the duration-reduction scenario for this year ({@link DurationReductionCalculator});
 *   <li>adoption timeliness by year and over the three years to the as-at date
 *       ({@link AdoptionTimelinessCalculator}).
 * </ul>
 *
 * <p>A child who cannot be costed (a placement with no rate, say) is reported among the
 * failures and the report goes on without that child's figure.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class ProgressReportCalculator {

  /** The calculator. */
  public static final ProgressReportCalculator DEFAULT = new ProgressReportCalculator();

  private ProgressReportCalculator() {}

  /**
   * Makes the report.
   *
   * @param inputs the care data, cards, targets, plans and adoption records
   * @param parameters the as-at date and the other choices
   * @return the report, with any failures
   */
  public ProgressReport report(ReportInputs inputs, ReportParameters parameters) {
    requireNonNull(inputs, "inputs");
    requireNonNull(parameters, "parameters");
    CareData data = inputs.data();
    LocalDate asAt = parameters.asAt();
    LocalDate endExclusive = asAt.plusDays(1);
    List<FinancialYear> years = years(data, asAt);
    LocalDateRange all = LocalDateRange.of(years.get(0).start(), endExclusive);
    Set<Failure> failures = new LinkedHashSet<>();

    List<Exit> exits = ExitFinder.DEFAULT.exits(data, inputs.routes(), all, asAt);
    BatchResult<ExitSaving> priced = ExitSavingsCalculator.DEFAULT.savings(exits,
        parameters.horizon(), inputs.rates(), inputs.support(), parameters.discountRate());
    failures.addAll(priced.failures());

    List<CohortDurations> durations = DurationCalculator.DEFAULT.cohorts(data.histories(),
        years.stream().map(year -> window(year, asAt)).toList(), asAt);
    durations.forEach(cohort -> failures.addAll(cohort.failures()));

    BatchResult<PipelineSaving> pipeline = PipelineCalculator.DEFAULT.savings(inputs.planned(), data,
        asAt, parameters.horizon(), inputs.rates(), inputs.support(), parameters.discountRate());
    failures.addAll(pipeline.failures());

    DurationReduction reduction = DurationReductionCalculator.DEFAULT.reduction(data,
        window(parameters.year(), asAt), asAt, inputs.rates(), parameters.scenarioWeeks());
    failures.addAll(reduction.failures());

    LocalDateRange threeYears = LocalDateRange.of(endExclusive.minusYears(3), endExclusive);
    LocalDateRange adoptionWindow = LocalDateRange.of(
        threeYears.getStart().isBefore(all.getStart()) ? threeYears.getStart() : all.getStart(), endExclusive);
    BatchResult<AdoptionTimeliness> adoptions = AdoptionTimelinessCalculator.DEFAULT.timeliness(data,
        adoptionWindow, asAt, inputs.adoptions());
    failures.addAll(adoptions.failures());
    List<AdoptionAverages> adoptionByYear = new ArrayList<>();
    for (FinancialYear year : years) {
      adoptionByYear.add(averages(window(year, asAt), adoptions.values()));
    }

    ImmutableProgressReport.Builder report = ProgressReport.builder()
        .parameters(parameters)
        .addAllYears(years)
        .routeTable(inputs.routes())
        .addAllExitSavings(priced.values())
        .addAllPipeline(pipeline.values())
        .projection(PipelineCalculator.DEFAULT.projection(priced.values(), pipeline.values(), asAt,
            parameters.targetDate()))
        .addAllDurations(durations)
        .reduction(reduction)
        .addAllAdoptions(adoptions.values())
        .addAllAdoptionByYear(adoptionByYear)
        .adoptionThreeYears(averages(threeYears, adoptions.values()))
        .adoptionRecordsGiven(!inputs.adoptions().isEmpty())
        .addAllRateCardDates(inputs.rates().effectiveDates())
        .addAllSupportCardDates(inputs.support().effectiveDates())
        .children(data.size())
        .episodes(data.episodeCount());
    judge(inputs.targets(), years, asAt, priced.values(), durations, report);
    return report.addAllFailures(failures).build();
  }

  /** The years from the earliest episode seen at the as-at date to the as-at date's year. */
  private static List<FinancialYear> years(CareData data, LocalDate asAt) {
    LocalDate earliest = asAt;
    for (CareHistory history : data.histories()) {
      if (!history.episodes().isEmpty()) {
        LocalDate start = history.episodes().get(0).start();
        if (start.isBefore(earliest)) {
          earliest = start;
        }
      }
    }
    List<FinancialYear> years = new ArrayList<>();
    for (FinancialYear year = FinancialYear.from(earliest); !year.start().isAfter(asAt); year = year.next()) {
      years.add(year);
    }
    return years;
  }

  /** A year's window, the year under way ending with the as-at date. */
  private static LocalDateRange window(FinancialYear year, LocalDate asAt) {
    LocalDate end = asAt.plusDays(1);
    return LocalDateRange.of(year.start(), end.isBefore(year.endExclusive()) ? end : year.endExclusive());
  }

  private static AdoptionAverages averages(LocalDateRange window, List<AdoptionTimeliness> adoptions) {
    return AdoptionAverages.of(window,
        adoptions.stream().filter(adoption -> window.contains(adoption.adoptionDate())).toList());
  }

  /** Each target's actual and status, or the target set aside as not judged. */
  private static void judge(List<Target> targets, List<FinancialYear> years, LocalDate asAt,
      List<ExitSaving> savings, List<CohortDurations> durations, ImmutableProgressReport.Builder report) {
    List<Target> ordered = new ArrayList<>(targets);
    ordered.sort(Comparator.comparing(Target::year));
    for (Target target : ordered) {
      int index = years.indexOf(target.year());
      Optional<BigDecimal> actual = index < 0 ? Optional.empty()
          : actual(target.measure(), target.year(), savings, durations.get(index));
      if (actual.isPresent()) {
        report.addTargets(TargetProgress.of(target, actual.get(), asAt));
      } else {
        report.addTargetsNotJudged(target);
      }
    }
  }

  private static Optional<BigDecimal> actual(Measure measure, FinancialYear year,
      List<ExitSaving> savings, CohortDurations cohort) {
    List<ExitSaving> inYear = savings.stream().filter(saving -> year.contains(saving.exit().date())).toList();
    switch (measure.kind()) {
      case EXITS:
        return Optional.of(BigDecimal.valueOf(inYear.stream()
            .filter(saving -> measure.route().map(route -> route.equals(saving.exit().route())).orElse(true))
            .count()));
      case NET_SAVING:
        return Optional.of(Pence.sum(inYear.stream().map(ExitSaving::netSaving)::iterator));
      default:
        // the mean of no periods is not a figure to judge
        return cohort.count() == 0 ? Optional.empty() : Optional.of(cohort.meanDays());
    }
  }
}
