package org.permanence.pipeline;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.care.PeriodOfCare;
import org.permanence.child.ChildId;
import org.permanence.cost.MissingRateException;
import org.permanence.exit.Exit;
import org.permanence.exit.Horizon;
import org.permanence.rate.RateCard;
import org.permanence.saving.ExitSaving;
import org.permanence.saving.ExitSavingsCalculator;
import org.permanence.support.SupportCard;
import org.permanence.time.FinancialYear;

/**
 * Prices planned exits and projects a year's exits and savings at a target date.
 *
 * <p>A planned exit is priced exactly as an exit ({@link ExitSavingsCalculator}) on its planned
 * date, leaving the placement of the child's open episode at the as-at date: its type and
 * provider. The child must be in care at the as-at date (an open period of care, short breaks
 * left out), and the date after the as-at date and before the 18th birthday.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PipelineCalculator {

  /** The calculator. */
  public static final PipelineCalculator DEFAULT = new PipelineCalculator();

  /** Planned exits by date, then child in code-point order of identifier: the order of every output. */
  public static final Comparator<PlannedExit> DATE_THEN_CHILD =
      Comparator.comparing(PlannedExit::date).thenComparing(PlannedExit::childId);

  private PipelineCalculator() {}

  /**
   * Why a plan does not fit the data: the column at fault, its value as written (none where the
   * value would give away a date of birth), and what was expected.
   */
  record Problem(String column, Optional<String> value, String message) {}

  /** Why a plan cannot be priced against the data at the as-at date; empty when it can. */
  Optional<Problem> problem(PlannedExit plan, CareData data, LocalDate asAt) {
    Optional<Problem> child = childProblem(plan.childId(), data, asAt);
    return child.isPresent() ? child
        : dateProblem(plan.childId(), plan.date(), plan.date().toString(), data, asAt);
  }

  /** Why a child cannot have a planned exit: not in the data, or not in care at the as-at date. */
  Optional<Problem> childProblem(ChildId childId, CareData data, LocalDate asAt) {
    String id = childId.value();
    Optional<CareHistory> history = data.find(childId);
    if (history.isEmpty()) {
      return Optional.of(new Problem("child", Optional.of(id), "no child " + id
          + " in the SSDA903 data; expected a child in care at the as-at date"));
    }
    if (openPeriod(history.get(), asAt).isEmpty()) {
      return Optional.of(new Problem("child", Optional.of(id), "child " + id
          + " is not in care at the as-at date " + asAt
          + " (no open period of care); expected a child in care"));
    }
    return Optional.empty();
  }

  /**
   * Why a date cannot be a child's planned exit: not after the as-at date, or not before the 18th
   * birthday (whose date is never given, as it would give away the date of birth).
   */
  Optional<Problem> dateProblem(ChildId childId, LocalDate date, String written, CareData data,
      LocalDate asAt) {
    String id = childId.value();
    if (!date.isAfter(asAt)) {
      return Optional.of(new Problem("planned_exit_date", Optional.of(written), "child " + id
          + "'s planned exit is on or before the as-at date " + asAt + "; expected a date after it"));
    }
    Optional<CareHistory> history = data.find(childId);
    if (history.isPresent() && !date.isBefore(history.get().child().eighteenthBirthday())) {
      return Optional.of(new Problem("planned_exit_date", Optional.empty(), "child " + id
          + "'s planned exit is not before the child's 18th birthday, when care ends anyway;"
          + " expected an earlier date"));
    }
    return Optional.empty();
  }

  /** The child's period of care open at the end of the as-at date, if any. */
  private static Optional<PeriodOfCare> openPeriod(CareHistory history, LocalDate asAt) {
    List<PeriodOfCare> periods = history.periodsOfCare(asAt);
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    PeriodOfCare last = periods.get(periods.size() - 1);
    return last.isOpen() && last.careRange().contains(asAt) ? Optional.of(last) : Optional.empty();
  }

  /**
   * Returns a planned exit as an exit: the child's, on the planned date, by its route, from the
   * placement of the open episode at the as-at date, with no reason yet.
   *
   * @param plan the planned exit
   * @param data the children's data
   * @param asAt the as-at date
   * @return the exit
   * @throws IllegalArgumentException if the child is not in care at the as-at date, or the date is
   *     not after it and before the 18th birthday
   */
  public Exit exit(PlannedExit plan, CareData data, LocalDate asAt) {
    requireNonNull(plan, "plan");
    requireNonNull(data, "data");
    requireNonNull(asAt, "asAt");
    Optional<Problem> problem = problem(plan, data, asAt);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get().message());
    }
    CareHistory history = data.history(plan.childId());
    PeriodOfCare open = openPeriod(history, asAt).orElseThrow();
    Episode current = open.lastEpisode();
    return Exit.builder()
        .child(history.child())
        .date(plan.date())
        .route(plan.route())
        .placementType(current.placementType())
        .placementProvider(current.placementProvider())
        .periodStart(open.start())
        .placementStart(current.start())
        .build();
  }

  /**
   * Prices planned exits, keeping going past one that cannot be priced (a missing rate, or a plan
   * that does not fit the data).
   *
   * @param plans the planned exits
   * @param data the children's data
   * @param asAt the as-at date
   * @param horizon how far past each exit its saving is counted
   * @param rates the rate card
   * @param support the support card; {@link SupportCard#NONE} for none
   * @param discountRate the discount rate, or empty for none
   * @return the savings by planned date, then child ({@link #DATE_THEN_CHILD}), and the plans that
   *     failed with every reason
   */
  public BatchResult<PipelineSaving> savings(List<PlannedExit> plans, CareData data, LocalDate asAt,
      Horizon horizon, RateCard rates, SupportCard support, Optional<BigDecimal> discountRate) {
    requireNonNull(plans, "plans");
    List<PlannedExit> ordered = new ArrayList<>(plans);
    ordered.sort(DATE_THEN_CHILD);
    List<PipelineSaving> values = new ArrayList<>(ordered.size());
    List<Failure> failures = new ArrayList<>(0);
    for (PlannedExit plan : ordered) {
      try {
        Exit exit = exit(plan, data, asAt);
        values.add(PipelineSaving.of(plan,
            ExitSavingsCalculator.DEFAULT.saving(exit, horizon, rates, support, discountRate)));
      } catch (MissingRateException | IllegalArgumentException | DateTimeException e) {
        failures.add(Failure.of(plan.childId(), e.getMessage()));
      }
    }
    return BatchResult.of(values, failures);
  }

  /**
   * Projects the exits and savings of the financial year of a target date, at that date.
   *
   * <p>Achieved: the exits in the year up to the as-at date (and not after the target date).
   * Low: those and the scheduled exits planned in the year on or before the target date. High:
   * low and the exits in assessment planned in the year on or before it, as if every assessment
   * succeeds.
   *
   * @param exits the exits that have happened, priced (any outside the year are left out)
   * @param planned the planned exits, priced (any outside the year or after the target are left out)
   * @param asAt the as-at date
   * @param target the target date, inclusive
   * @return the projection
   */
  public Projection projection(List<ExitSaving> exits, List<PipelineSaving> planned, LocalDate asAt,
      LocalDate target) {
    requireNonNull(exits, "exits");
    requireNonNull(planned, "planned");
    requireNonNull(asAt, "asAt");
    requireNonNull(target, "target");
    FinancialYear year = FinancialYear.from(target);
    LocalDate lastAchieved = asAt.isBefore(target) ? asAt : target;
    List<ExitSaving> achieved = new ArrayList<>();
    for (ExitSaving saving : exits) {
      LocalDate date = saving.exit().date();
      if (!date.isBefore(year.start()) && !date.isAfter(lastAchieved)) {
        achieved.add(saving);
      }
    }
    List<PipelineSaving> scheduled = new ArrayList<>();
    List<PipelineSaving> assessing = new ArrayList<>();
    for (PipelineSaving saving : planned) {
      LocalDate date = saving.plan().date();
      if (date.isBefore(year.start()) || date.isAfter(target)) {
        continue;
      }
      (saving.plan().status() == PlanStatus.SCHEDULED ? scheduled : assessing).add(saving);
    }
    return Projection.of(year, asAt, target, achieved, scheduled, assessing);
  }
}
