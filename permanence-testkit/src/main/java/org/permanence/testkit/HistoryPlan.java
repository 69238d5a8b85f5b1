package org.permanence.testkit;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.Child;
import org.permanence.code.CategoryOfNeed;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.code.ReasonForPlacementChange;
import org.permanence.time.Age;

/**
 * A care history written as whole numbers (gaps, lengths and code choices) that jqwik generates
 * and shrinks, and the rule that turns it into a valid {@link CareHistory}.
 *
 * <p>Periods are laid end to end from the date of birth: a gap (the first is the age at entry, in
 * days), then the period's episodes chained by {@code X1}. A short break may sit inside a gap and
 * another after the last period. Every value of the plan gives a valid history, so shrinking
 * never leaves the valid space; numbers out of range are folded back into it.
 *
 * @param child the child
 * @param first the first period of care; its gap is the days from birth to entering care
 * @param later the periods after it; each gap is the days out of care before it, 0 for a same-day
 *     re-entry
 * @param openAtEnd whether the last episode is left open
 * @param endsByEighteen whether care is cut at the 18th birthday, as the law requires
 * @param trailingShortBreak a short break after the last period, when that period has ended
 */
record HistoryPlan(
    Child child,
    PeriodPlan first,
    List<PeriodPlan> later,
    boolean openAtEnd,
    boolean endsByEighteen,
    Optional<ShortBreakPlan> trailingShortBreak) {

  /** The longest short break the DfE accepts (validator rule 365), in days. */
  static final int MAX_SHORT_BREAK_DAYS = 17;

  /** The longest temporary placement (T4 is "seven days or less"), in days. */
  static final int MAX_TEMPORARY_DAYS = 7;

  /**
   * One episode within a period of care.
   *
   * @param lengthDays the days from DECOM to DEC, 0 for a zero-day episode
   * @param reasonChoice chooses the RNE of a continuation
   * @param legalChoice chooses a new legal status
   * @param placementChoice chooses the placement type
   * @param providerChoice chooses the placement provider
   * @param changeChoice chooses the reason for a placement change recorded when this placement
   *     ends, or none when a multiple of 5
   */
  record EpisodePlan(
      int lengthDays,
      int reasonChoice,
      int legalChoice,
      int placementChoice,
      int providerChoice,
      int changeChoice) {}

  /**
   * One short break (legal status V3).
   *
   * @param offsetDays the days from the start of its gap to its start
   * @param lengthDays chooses its length, 1 to 17 days
   * @param choice chooses its codes
   */
  record ShortBreakPlan(int offsetDays, int lengthDays, int choice) {}

  /**
   * One period of care and the gap before it.
   *
   * @param gapDays the days out of care before the period
   * @param shortBreak a short break within the gap, if it fits
   * @param needChoice chooses the category of need
   * @param entryChoice chooses the legal status on entry
   * @param episodes the episodes, at least one
   * @param endChoice chooses the reason the period ends
   */
  record PeriodPlan(
      int gapDays,
      Optional<ShortBreakPlan> shortBreak,
      int needChoice,
      int entryChoice,
      List<EpisodePlan> episodes,
      int endChoice) {}

  /**
   * Builds the history, whole or as extracted at the end of a date.
   *
   * @param asAt the extract date, not before the date of birth; when given, care starts by it and
   *     the history is seen as at it
   * @return the valid history, with at least one period of care
   */
  CareHistory build(Optional<LocalDate> asAt) {
    LocalDate birth = child.dateOfBirth();
    LocalDate adulthood = child.eighteenthBirthday();
    long entryBound = DAYS.between(birth, adulthood);
    if (asAt.isPresent()) {
      entryBound = Math.min(entryBound, DAYS.between(birth, asAt.get()) + 1);
    }
    List<Draft> care = new ArrayList<>();
    List<Draft> breaks = new ArrayList<>();
    LocalDate cursor = birth;
    List<PeriodPlan> periods = new ArrayList<>(later.size() + 1);
    periods.add(first);
    periods.addAll(later);
    for (int p = 0; p < periods.size(); p++) {
      PeriodPlan period = periods.get(p);
      long gap = p == 0 ? Math.floorMod(period.gapDays(), entryBound) : period.gapDays();
      LocalDate gapStart = cursor;
      period.shortBreak().flatMap(plan -> shortBreakIn(gapStart, gap, plan)).ifPresent(breaks::add);
      cursor = addPeriod(period, cursor.plusDays(gap), care);
    }
    if (openAtEnd) {
      Draft last = care.get(care.size() - 1);
      last.end = null;
      last.reasonEnded = null;
    } else if (trailingShortBreak.isPresent()) {
      ShortBreakPlan plan = trailingShortBreak.get();
      breaks.add(
          shortBreak(
              cursor.plusDays(Math.floorMod(plan.offsetDays(), 1000)),
              1 + Math.floorMod(plan.lengthDays(), MAX_SHORT_BREAK_DAYS),
              plan.choice()));
    }
    if (endsByEighteen) {
      endByAdulthood(care, breaks, adulthood, asAt);
    }
    if (asAt.isPresent()) {
      // at the extract date an episode still running has no known end, nor a reason for leaving
      // its placement; the as-at view below removes the end and its reason
      for (Draft draft : care) {
        if (draft.end == null || draft.end.isAfter(asAt.get())) {
          draft.placementChange = null;
        }
      }
    }
    List<Episode> episodes = new ArrayList<>(care.size() + breaks.size());
    for (Draft draft : care) {
      episodes.add(draft.toEpisode(child));
    }
    for (Draft draft : breaks) {
      episodes.add(draft.toEpisode(child));
    }
    CareHistory history = CareHistory.of(child, episodes);
    return asAt.map(history::asAt).orElse(history);
  }

  private LocalDate addPeriod(PeriodPlan period, LocalDate entry, List<Draft> care) {
    CategoryOfNeed need = PlausibleCodes.need(period.needChoice());
    LocalDate cursor = entry;
    LegalStatus status = PlausibleCodes.entryStatus(period.entryChoice());
    PlacementType placement = null;
    Optional<PlacementProvider> provider = Optional.empty();
    Draft previous = null;
    EpisodePlan previousPlan = null;
    int count = period.episodes().size();
    for (int i = 0; i < count; i++) {
      EpisodePlan plan = period.episodes().get(i);
      int age = Age.completedYears(child.dateOfBirth(), cursor);
      // a period may neither start nor end in a temporary placement (validator rules 380, 381)
      boolean temporaryAllowed = i > 0 && i < count - 1;
      ReasonForNewEpisode reason;
      if (i == 0) {
        reason = ReasonForNewEpisode.S;
        placement =
            PlausibleCodes.placements(status, cursor, age, false).pick(plan.placementChoice());
        provider = PlausibleCodes.provider(placement, plan.providerChoice(), Optional.empty());
      } else {
        reason = PlausibleCodes.continuation(plan.reasonChoice());
        if (reason == ReasonForNewEpisode.L) {
          Optional<LegalStatus> changed =
              PlausibleCodes.changedStatus(status, plan.legalChoice(), Optional.of(placement));
          boolean placementCanStay =
              PlausibleCodes.inUse(placement, cursor)
                  && (temporaryAllowed || !PlausibleCodes.isTemporary(placement));
          if (changed.isPresent() && placementCanStay) {
            status = changed.get();
          } else {
            reason = ReasonForNewEpisode.B;
          }
        }
        if (reason == ReasonForNewEpisode.U || reason == ReasonForNewEpisode.B) {
          status =
              PlausibleCodes.changedStatus(status, plan.legalChoice(), Optional.empty()).get();
        }
        WeightedChoice<PlacementType> open =
            PlausibleCodes.placements(status, cursor, age, temporaryAllowed);
        switch (reason) {
          case P, B -> {
            placement = open.pick(plan.placementChoice());
            provider = PlausibleCodes.provider(placement, plan.providerChoice(), Optional.empty());
          }
          case T, U -> {
            placement = open.pickOther(plan.placementChoice(), placement);
            provider = PlausibleCodes.provider(placement, plan.providerChoice(), provider);
          }
          default -> {
            // L: same placement and provider
          }
        }
        if (reason != ReasonForNewEpisode.L && previousPlan.changeChoice() % 5 != 0) {
          previous.placementChange = PlausibleCodes.placementChange(previousPlan.changeChoice());
        }
      }
      long length =
          PlausibleCodes.isTemporary(placement)
              ? Math.floorMod(plan.lengthDays(), MAX_TEMPORARY_DAYS + 1)
              : plan.lengthDays();
      Draft draft = new Draft(cursor, reason, status, need, placement, provider);
      draft.end = cursor.plusDays(length);
      draft.reasonEnded =
          i < count - 1
              ? ReasonEpisodeCeased.X1
              : PlausibleCodes.periodEnd(
                  period.endChoice(),
                  placement,
                  status,
                  Age.completedYears(child.dateOfBirth(), draft.end));
      care.add(draft);
      previous = draft;
      previousPlan = plan;
      cursor = draft.end;
    }
    return cursor;
  }

  private static Optional<Draft> shortBreakIn(LocalDate gapStart, long gap, ShortBreakPlan plan) {
    if (gap < 1) {
      return Optional.empty();
    }
    long length = 1 + Math.floorMod(plan.lengthDays(), Math.min(MAX_SHORT_BREAK_DAYS, gap));
    long offset = Math.floorMod(plan.offsetDays(), gap - length + 1);
    return Optional.of(shortBreak(gapStart.plusDays(offset), length, plan.choice()));
  }

  private static Draft shortBreak(LocalDate start, long length, int choice) {
    PlacementType placement = PlausibleCodes.shortBreakPlacement(choice);
    Draft draft =
        new Draft(
            start,
            ReasonForNewEpisode.S,
            LegalStatus.V3,
            PlausibleCodes.shortBreakNeed(choice / 7),
            placement,
            PlausibleCodes.provider(placement, choice / 3, Optional.empty()));
    draft.end = start.plusDays(length);
    draft.reasonEnded = PlausibleCodes.shortBreakEnd(choice / 11);
    return draft;
  }

  /**
   * Ends care by the 18th birthday: drops what starts on or after it and closes what runs past
   * it. An open last episode stays open unless the extract date shows it closed.
   */
  private static void endByAdulthood(
      List<Draft> care, List<Draft> breaks, LocalDate adulthood, Optional<LocalDate> asAt) {
    care.removeIf(draft -> !draft.start.isBefore(adulthood));
    breaks.removeIf(draft -> !draft.start.isBefore(adulthood));
    for (Draft draft : breaks) {
      if (draft.end.isAfter(adulthood)) {
        draft.end = adulthood;
      }
    }
    Draft last = care.get(care.size() - 1);
    int choice = last.start.getDayOfYear();
    if (last.end == null) {
      if (asAt.isPresent() && !asAt.get().isBefore(adulthood)) {
        last.endAt(adulthood, PlausibleCodes.atAdulthood(choice));
      }
    } else if (last.end.isAfter(adulthood)
        || last.reasonEnded == ReasonEpisodeCeased.X1) {
      last.endAt(adulthood, PlausibleCodes.atAdulthood(choice));
    }
    // a period may not end in a temporary placement: end it at the placement before instead
    while (PlausibleCodes.isTemporary(last.placement)) {
      care.remove(care.size() - 1);
      last = care.get(care.size() - 1);
      last.endAt(last.end, PlausibleCodes.atAdulthood(choice));
    }
  }

  /** An episode being laid out; its end and reasons are settled after the rest. */
  private static final class Draft {
    final LocalDate start;
    final ReasonForNewEpisode reasonForNewEpisode;
    final LegalStatus legalStatus;
    final CategoryOfNeed need;
    final PlacementType placement;
    final Optional<PlacementProvider> provider;
    LocalDate end;
    ReasonEpisodeCeased reasonEnded;
    ReasonForPlacementChange placementChange;

    Draft(
        LocalDate start,
        ReasonForNewEpisode reasonForNewEpisode,
        LegalStatus legalStatus,
        CategoryOfNeed need,
        PlacementType placement,
        Optional<PlacementProvider> provider) {
      this.start = start;
      this.reasonForNewEpisode = reasonForNewEpisode;
      this.legalStatus = legalStatus;
      this.need = need;
      this.placement = placement;
      this.provider = provider;
    }

    /** Ends care here: the placement did not change into another, so no reason for a change. */
    void endAt(LocalDate endExclusive, ReasonEpisodeCeased reason) {
      end = endExclusive;
      reasonEnded = reason;
      placementChange = null;
    }

    Episode toEpisode(Child child) {
      return Episode.builder()
          .childId(child.id())
          .start(start)
          .endExclusive(Optional.ofNullable(end))
          .reasonForNewEpisode(reasonForNewEpisode)
          .legalStatus(legalStatus)
          .categoryOfNeed(need)
          .placementType(placement)
          .placementProvider(provider)
          .reasonEnded(Optional.ofNullable(reasonEnded))
          .reasonForPlacementChange(Optional.ofNullable(placementChange))
          .build();
    }
  }
}
