package org.permanence.testkit;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.CategoryOfNeed;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.code.ReasonForPlacementChange;
import org.permanence.code.Sex;
import org.permanence.rate.PlacePattern;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;
import org.permanence.testkit.HistoryPlan.EpisodePlan;
import org.permanence.testkit.HistoryPlan.PeriodPlan;
import org.permanence.testkit.HistoryPlan.ShortBreakPlan;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * jqwik arbitraries for permanence's domain types: codes, children, dates and windows, financial
 * years, episodes, valid care histories, whole extracts, and rate card rows and cards.
 *
 * <p>Use them in a {@code @Provide} method of a jqwik property:
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<CareHistory> histories() {
 *   return PermanenceArbitraries.careHistories();
 * }
 *
 * @Property
 * void daysInCareFitTheWindow(@ForAll("histories") CareHistory history) { ... }
 * }</pre>
 *
 * <p>The generators favour the dates that break calculations: 29 February births, zero-day
 * episodes, re-entry to care on the day of leaving, episodes open at the as-at date, care running
 * up to (and sometimes past) the 18th birthday, short breaks, and windows that are empty, one day
 * long, or cross 31 March and 1 April. Every care history is built from whole numbers (gaps,
 * lengths, code choices) with jqwik's combinators, so a failing property shrinks to a small,
 * ordinary history. Every value is valid: a history passes {@link CareHistory#of}.
 *
 * <p>Each method returns a new arbitrary; arbitraries are immutable and may be shared.
 */
public final class PermanenceArbitraries {

  /** The earliest date of birth of {@link #children()}, inclusive. */
  private static final LocalDate FIRST_BIRTH = LocalDate.of(1995, 1, 1);

  /** The day after the last date of birth of {@link #children()}. */
  private static final LocalDate AFTER_LAST_BIRTH = LocalDate.of(2026, 1, 1);

  /** The bounds of {@link #dateWindows()}: wide enough for every child of {@link #children()}. */
  private static final LocalDateRange WINDOW_BOUNDS =
      LocalDateRange.of(FIRST_BIRTH, LocalDate.of(2046, 1, 1));

  /** How far before an extract date a child of {@link #careHistories(LocalDate)} may be born. */
  private static final int OLDEST_AT_EXTRACT_YEARS = 19;

  private static final int LONGEST_WINDOW_DAYS = 1100;
  private static final int LONGEST_EPISODE_DAYS = 900;
  private static final int LONGEST_GAP_DAYS = 1500;
  private static final int MOST_EPISODES_PER_PERIOD = 6;
  private static final int MOST_LATER_PERIODS = 3;
  private static final int MOST_CHILDREN = 8;

  /** The effective date of the row of {@link #rateCards()} that prices every placement. */
  private static final LocalDate CATCH_ALL_FROM = LocalDate.of(1900, 1, 1);

  /** The bounds of the effective dates of {@link #rateRows()}: those of {@link #dateWindows()}. */
  private static final LocalDateRange EFFECTIVE_DATES = WINDOW_BOUNDS;

  private static final int MOST_RATE_ROWS = 12;
  private static final int MOST_WEEKLY_POUNDS = 5_000;

  private PermanenceArbitraries() {}

  // -------------------------------------------------------------------------------------------
  // codes

  /**
   * Returns every legal status ({@code LS}), V3 and V4 short breaks included.
   *
   * @return an arbitrary of legal statuses
   */
  public static Arbitrary<LegalStatus> legalStatuses() {
    return Arbitraries.of(LegalStatus.class);
  }

  /**
   * Returns every placement type ({@code PLACE}) of any collection year since 2017-18.
   *
   * @return an arbitrary of placement types
   */
  public static Arbitrary<PlacementType> placementTypes() {
    return Arbitraries.of(PlacementType.class);
  }

  /**
   * Returns every placement provider ({@code PLACE_PROVIDER}).
   *
   * @return an arbitrary of placement providers
   */
  public static Arbitrary<PlacementProvider> placementProviders() {
    return Arbitraries.of(PlacementProvider.class);
  }

  /**
   * Returns every reason an episode ceased ({@code REC}), {@code X1} included.
   *
   * @return an arbitrary of reasons
   */
  public static Arbitrary<ReasonEpisodeCeased> reasonsEpisodeCeased() {
    return Arbitraries.of(ReasonEpisodeCeased.class);
  }

  /**
   * Returns every category of need ({@code CIN}), N1 to N8.
   *
   * @return an arbitrary of categories of need
   */
  public static Arbitrary<CategoryOfNeed> categoriesOfNeed() {
    return Arbitraries.of(CategoryOfNeed.class);
  }

  /**
   * Returns every reason for a new episode ({@code RNE}).
   *
   * @return an arbitrary of reasons
   */
  public static Arbitrary<ReasonForNewEpisode> reasonsForNewEpisode() {
    return Arbitraries.of(ReasonForNewEpisode.class);
  }

  /**
   * Returns every reason for a placement change ({@code REASON_PLACE_CHANGE}).
   *
   * @return an arbitrary of reasons
   */
  public static Arbitrary<ReasonForPlacementChange> reasonsForPlacementChange() {
    return Arbitraries.of(ReasonForPlacementChange.class);
  }

  /**
   * Returns every recorded sex ({@code SEX}), both the {@code 1}/{@code 2} and the {@code
   * M}/{@code F}/{@code U} codes.
   *
   * @return an arbitrary of sexes
   */
  public static Arbitrary<Sex> sexes() {
    return Arbitraries.of(Sex.class);
  }

  // -------------------------------------------------------------------------------------------
  // children and dates

  /**
   * Returns child identifiers in the forms councils use: {@code C00042}, plain numbers such as
   * {@code 123456}, and letters and digits up to 12 characters.
   *
   * @return an arbitrary of identifiers, none blank and none with surrounding white space
   */
  public static Arbitrary<ChildId> childIds() {
    Arbitrary<String> prefixed =
        Arbitraries.integers().between(1, 99_999).map(n -> String.format("C%05d", n));
    Arbitrary<String> numeric =
        Arbitraries.integers().between(1, 9_999_999).map(String::valueOf);
    Arbitrary<String> mixed =
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
    return Arbitraries.frequencyOf(
            List.of(Tuple.of(3, prefixed), Tuple.of(2, numeric), Tuple.of(1, mixed)))
        .map(ChildId::of);
  }

  /**
   * Returns dates in a half-open range, spread evenly, shrinking towards the start.
   *
   * <p>{@code datesBetween(2019-04-01, 2020-04-01)} gives the days of financial year 2019-20,
   * from 1 April 2019 to 31 March 2020 inclusive; both ends are edge cases.
   *
   * @param startInclusive the first date, inclusive
   * @param endExclusive the date after the last, exclusive
   * @return an arbitrary of dates
   * @throws IllegalArgumentException if the range is empty
   */
  public static Arbitrary<LocalDate> datesBetween(LocalDate startInclusive, LocalDate endExclusive) {
    requireNonNull(startInclusive, "startInclusive");
    requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(startInclusive)) {
      throw new IllegalArgumentException(
          "endExclusive must be after startInclusive, but the range was ["
              + startInclusive + ", " + endExclusive + ")");
    }
    long days = ChronoUnit.DAYS.between(startInclusive, endExclusive);
    return Arbitraries.longs()
        .between(0, days - 1)
        .withDistribution(RandomDistribution.uniform())
        .map(startInclusive::plusDays);
  }

  /**
   * Returns dates of birth in a half-open range, with 29 February births (when the range has
   * one) given about one chance in ten.
   *
   * @param startInclusive the earliest date of birth, inclusive
   * @param endExclusive the day after the latest date of birth, exclusive
   * @return an arbitrary of dates of birth
   * @throws IllegalArgumentException if the range is empty
   */
  public static Arbitrary<LocalDate> datesOfBirth(LocalDate startInclusive, LocalDate endExclusive) {
    Arbitrary<LocalDate> any = datesBetween(startInclusive, endExclusive);
    List<LocalDate> leapDays = new ArrayList<>();
    for (int year = startInclusive.getYear(); year <= endExclusive.getYear(); year++) {
      if (Year.isLeap(year)) {
        LocalDate leapDay = LocalDate.of(year, Month.FEBRUARY, 29);
        if (!leapDay.isBefore(startInclusive) && leapDay.isBefore(endExclusive)) {
          leapDays.add(leapDay);
        }
      }
    }
    if (leapDays.isEmpty()) {
      return any;
    }
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(9, any), Tuple.of(1, Arbitraries.of(leapDays))));
  }

  /**
   * Returns children born from 1995 to 2025 inclusive, 29 February births favoured, most with a
   * recorded sex.
   *
   * @return an arbitrary of children
   */
  public static Arbitrary<Child> children() {
    return childrenBornBetween(FIRST_BIRTH, AFTER_LAST_BIRTH);
  }

  /**
   * Returns children born in a half-open range of dates, 29 February births favoured.
   *
   * @param startInclusive the earliest date of birth, inclusive
   * @param endExclusive the day after the latest date of birth, exclusive
   * @return an arbitrary of children
   * @throws IllegalArgumentException if the range is empty
   */
  public static Arbitrary<Child> childrenBornBetween(
      LocalDate startInclusive, LocalDate endExclusive) {
    return Combinators.combine(
            childIds(), datesOfBirth(startInclusive, endExclusive), sexes().optional(0.9))
        .as((id, birth, sex) -> Child.builder().id(id).dateOfBirth(birth).sex(sex).build());
  }

  // -------------------------------------------------------------------------------------------
  // time

  /**
   * Returns financial years from 2000-01 to 2040-41 inclusive.
   *
   * @return an arbitrary of financial years
   */
  public static Arbitrary<FinancialYear> financialYears() {
    return Arbitraries.integers().between(2000, 2040).map(FinancialYear::of);
  }

  /**
   * Returns half-open date windows {@code [start, end)} between 1 January 1995 and 1 January
   * 2046.
   *
   * @return an arbitrary of windows
   * @see #dateWindows(LocalDateRange)
   */
  public static Arbitrary<LocalDateRange> dateWindows() {
    return dateWindows(WINDOW_BOUNDS);
  }

  /**
   * Returns half-open date windows {@code [start, end)} lying within a range: {@code
   * within.getStart() <= start <= end <= within.getEnd()}.
   *
   * <p>Windows are up to about three years long. Empty windows ({@code start == end}), one-day
   * windows, whole financial years, and windows that start near 1 April (so that many contain
   * both 31 March and 1 April) each come up often.
   *
   * @param within the half-open range the windows lie in
   * @return an arbitrary of windows
   */
  public static Arbitrary<LocalDateRange> dateWindows(LocalDateRange within) {
    requireNonNull(within, "within");
    LocalDate lo = within.getStart();
    LocalDate hi = within.getEnd();
    if (within.isEmpty()) {
      return Arbitraries.just(within);
    }
    Arbitrary<LocalDate> starts =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(3, datesBetween(lo, hi.plusDays(1))),
                Tuple.of(1, nearFirstOfApril(lo, hi))));
    return withFinancialYears(windowsFrom(starts, hi), lo, hi);
  }

  // -------------------------------------------------------------------------------------------
  // episodes and histories

  /**
   * Returns single episodes of a child, each valid on its own though not necessarily part of a
   * valid history: {@code DECOM} from the date of birth to 19 years after it, {@code DEC} not
   * before {@code DECOM} (zero-day episodes favoured), {@code REC} exactly when ended, any codes,
   * and a provider that fits the placement.
   *
   * @param child the child whose episodes they are
   * @return an arbitrary of episodes
   */
  public static Arbitrary<Episode> episodes(Child child) {
    requireNonNull(child, "child");
    Arbitrary<EpisodeCodes> codes =
        Combinators.combine(
                reasonsForNewEpisode(),
                legalStatuses(),
                categoriesOfNeed().optional(0.9),
                placementTypes(),
                choices(),
                reasonsForPlacementChange().optional(0.3))
            .as(EpisodeCodes::new);
    Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 19 * 366);
    Arbitrary<Boolean> open = Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true));
    return Combinators.combine(offsets, episodeLengths(), open, reasonsEpisodeCeased(), codes)
        .as(
            (offset, length, isOpen, reasonEnded, code) -> {
              LocalDate start = child.dateOfBirth().plusDays(offset);
              return Episode.builder()
                  .childId(child.id())
                  .start(start)
                  .endExclusive(isOpen ? Optional.empty() : Optional.of(start.plusDays(length)))
                  .reasonForNewEpisode(code.reasonForNewEpisode())
                  .legalStatus(code.legalStatus())
                  .categoryOfNeed(code.need())
                  .placementType(code.placement())
                  .placementProvider(
                      PlausibleCodes.provider(
                          code.placement(), code.providerChoice(), Optional.empty()))
                  .reasonEnded(isOpen ? Optional.empty() : Optional.of(reasonEnded))
                  .reasonForPlacementChange(code.placementChange())
                  .build();
            });
  }

  /**
   * Returns valid care histories of children from {@link #children()}, as a council's extract
   * would hold them.
   *
   * <p>Each history has one to four periods of care, each of one to six episodes. Within a
   * period each episode starts on the day the previous one ended and the previous one ended
   * {@code X1}; the first has {@code RNE} {@code S} and the others {@code P}, {@code L}, {@code
   * T}, {@code U} or {@code B}, with legal status, placement and provider changing as that
   * reason says. A period ends with a reason other than {@code X1} that suits its last
   * placement (adoption from a placement for adoption, special guardianship from foster care,
   * and so on). Periods are apart by days or years, or follow on the same day (a return home and
   * re-entry). Zero-day episodes come up often. Some gaps hold a V3 short break of 1 to 17 days,
   * never overlapping care. Only the last episode may be open; no episode starts before the date
   * of birth; and most of the time care ends by the 18th birthday.
   *
   * <p>A history is a whole record: an open last episode is open at any as-at date, and dates
   * may lie in the future. See {@link #careHistories(LocalDate)} for histories as extracted at a
   * date.
   *
   * @return an arbitrary of valid histories, each with at least one period of care
   */
  public static Arbitrary<CareHistory> careHistories() {
    return historyPlans(children()).map(plan -> plan.build(Optional.empty()));
  }

  /**
   * Returns valid care histories as extracted at the end of a date, of children born within 19
   * years before it.
   *
   * <p>Histories are made as by {@link #careHistories()}, with care starting by the as-at date,
   * and then seen as at it ({@link CareHistory#asAt}): no episode starts after the date, and an
   * episode still running at its end is open. A child who turned 18 by the date has left care on
   * the birthday, unless the history is one of the few that runs past it.
   *
   * @param asAt the extract date, inclusive
   * @return an arbitrary of valid histories, each with at least one period of care at the date
   */
  public static Arbitrary<CareHistory> careHistories(LocalDate asAt) {
    requireNonNull(asAt, "asAt");
    Arbitrary<Child> children =
        childrenBornBetween(asAt.minusYears(OLDEST_AT_EXTRACT_YEARS), asAt.plusDays(1));
    Optional<LocalDate> extract = Optional.of(asAt);
    return historyPlans(children).map(plan -> plan.build(extract));
  }

  /**
   * Returns the care data of up to eight children with distinct identifiers, possibly none, as
   * made by {@link #careHistories()}.
   *
   * @return an arbitrary of care data
   */
  public static Arbitrary<CareData> careData() {
    return careData(careHistories());
  }

  /**
   * Returns the care data of up to eight children with distinct identifiers, possibly none, as
   * extracted at the end of a date (see {@link #careHistories(LocalDate)}).
   *
   * @param asAt the extract date, inclusive
   * @return an arbitrary of care data
   */
  public static Arbitrary<CareData> careData(LocalDate asAt) {
    return careData(careHistories(asAt));
  }

  /**
   * Returns as-at dates that matter to a history, mostly while the child is in care: every
   * episode's start and end and the day before each; the date of birth, the day before the 18th
   * birthday, the birthday and the day after; any date from the first episode to a year after the
   * last episode's end; and, less often, any date from the birth to a year after all of these.
   *
   * @param history the history
   * @return an arbitrary of as-at dates
   */
  public static Arbitrary<LocalDate> asAtDates(CareHistory history) {
    requireNonNull(history, "history");
    TreeSet<LocalDate> episodeMarks = episodeMarks(history);
    TreeSet<LocalDate> allMarks = allMarks(history);
    LocalDate after = allMarks.last().plusDays(366);
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(3, Arbitraries.of(episodeMarks)),
            Tuple.of(3, datesBetween(firstStart(history), episodeMarks.last().plusDays(366))),
            Tuple.of(1, Arbitraries.of(allMarks)),
            Tuple.of(1, datesBetween(history.child().dateOfBirth(), after))));
  }

  /**
   * Returns half-open windows around a history, from a year before its first episode to a year
   * after its last date (the 18th birthday included), as {@link #dateWindows(LocalDateRange)} makes them (empty, one-day,
   * whole financial years, across 31 March and 1 April), most of them starting while the child is
   * in care or on a date that matters to the history (see {@link #asAtDates}).
   *
   * @param history the history
   * @return an arbitrary of windows
   */
  public static Arbitrary<LocalDateRange> dateWindowsAround(CareHistory history) {
    requireNonNull(history, "history");
    TreeSet<LocalDate> episodeMarks = episodeMarks(history);
    TreeSet<LocalDate> marks = careMarks(history);
    LocalDate lo = firstStart(history).minusYears(1);
    LocalDate hi = marks.last().plusYears(1);
    LocalDate careStart = firstStart(history);
    LocalDate careEnd = episodeMarks.last().plusDays(1);
    Arbitrary<LocalDate> starts =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(3, Arbitraries.of(episodeMarks)),
                Tuple.of(3, datesBetween(careStart, careEnd)),
                Tuple.of(1, Arbitraries.of(marks)),
                Tuple.of(1, datesBetween(lo, hi)),
                Tuple.of(1, nearFirstOfApril(lo, careEnd.plusYears(1)))));
    return withFinancialYears(windowsFrom(starts, hi), lo, hi);
  }

  // -------------------------------------------------------------------------------------------
  // rate cards

  /**
   * Returns valid rate card rows, {@code place,provider,min_age,max_age,effective_from,weekly_cost}
   * as METHODOLOGY 5 defines them.
   *
   * <p>The place is an exact placement type ({@code U4}) half the time, otherwise a prefix of a
   * type's code with a star ({@code U*}, {@code Z1*}, {@code U4*}) or {@code *}. The provider is a
   * placement provider or, half the time, empty ({@code *}). The ages are unbounded, bounded below
   * or above only, or both, with bounds from 0 to 17 and {@code min_age <= max_age}. The effective
   * date is often a 1 April, from 1995 to 2045, otherwise any day from 1 January 1995 to 31
   * December 2045. The weekly cost is zero, whole pounds ({@code 850}) or pounds and pence ({@code
   * 134.29}), up to £5,000. No row has a source.
   *
   * <p>Two rows from this arbitrary may clash (the same place, provider and effective date with
   * overlapping ages); see {@link #rateCards()} for rows that form a card.
   *
   * @return an arbitrary of rows
   */
  public static Arbitrary<RateRow> rateRows() {
    return Combinators.combine(
            placePatterns(),
            placementProviders().optional(0.5),
            ageBands(),
            effectiveDates(),
            weeklyCosts())
        .as(
            (place, provider, ages, from, cost) ->
                RateRow.builder()
                    .place(place)
                    .provider(provider)
                    .minAge(ages.min())
                    .maxAge(ages.max())
                    .effectiveFrom(from)
                    .weeklyCost(cost)
                    .build());
  }

  /**
   * Returns valid rate cards that price every placement, at every age, on every day from 1 January
   * 1900.
   *
   * <p>The first row of each card is {@code *,*,,,1900-01-01,w}: any place, any provider (or
   * none), any age, from 1 January 1900, at a generated weekly cost {@code w}, which may be zero.
   * So no day of a generated history, stay or window has a missing rate, and properties of costs
   * need not deal with {@link org.permanence.cost.MissingRateException}. Up to twelve rows of
   * {@link #rateRows()} follow, in the order generated, leaving out each one that would clash with
   * a row before it (so {@link RateCard#problems} finds none). A card shrinks towards the one
   * catch-all row.
   *
   * @return an arbitrary of rate cards, each with at least one row
   */
  public static Arbitrary<RateCard> rateCards() {
    return Combinators.combine(weeklyCosts(), rateRows().list().ofMaxSize(MOST_RATE_ROWS))
        .as(
            (catchAllCost, candidates) -> {
              List<RateRow> rows = new ArrayList<>(candidates.size() + 1);
              rows.add(
                  RateRow.builder()
                      .place(PlacePattern.any())
                      .effectiveFrom(CATCH_ALL_FROM)
                      .weeklyCost(catchAllCost)
                      .build());
              for (RateRow candidate : candidates) {
                rows.add(candidate);
                if (!RateCard.problems(rows).isEmpty()) {
                  rows.remove(rows.size() - 1);
                }
              }
              return RateCard.of(rows);
            });
  }

  // -------------------------------------------------------------------------------------------
  // building blocks

  private static Arbitrary<CareData> careData(Arbitrary<CareHistory> histories) {
    return histories
        .list()
        .ofMaxSize(MOST_CHILDREN)
        .uniqueElements(CareHistory::childId)
        .map(CareData::of);
  }

  private static Arbitrary<HistoryPlan> historyPlans(Arbitrary<Child> children) {
    Arbitrary<Integer> entryAges = Arbitraries.integers().between(0, 18 * 366)
        .withDistribution(RandomDistribution.uniform());
    Arbitrary<Integer> gaps =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(1, LONGEST_GAP_DAYS))));
    Arbitrary<PeriodPlan> firstPeriods = periodPlans(entryAges);
    Arbitrary<List<PeriodPlan>> laterPeriods = periodPlans(gaps).list().ofMaxSize(MOST_LATER_PERIODS);
    Arbitrary<Boolean> open = Arbitraries.frequency(Tuple.of(7, false), Tuple.of(3, true));
    Arbitrary<Boolean> endsByEighteen =
        Arbitraries.frequency(Tuple.of(17, true), Tuple.of(3, false));
    return Combinators.combine(
            children,
            firstPeriods,
            laterPeriods,
            open,
            endsByEighteen,
            shortBreakPlans().optional(0.2))
        .as(HistoryPlan::new);
  }

  private static Arbitrary<PeriodPlan> periodPlans(Arbitrary<Integer> gaps) {
    Arbitrary<EpisodePlan> episodes =
        Combinators.combine(
                episodeLengths(), choices(), choices(), choices(), choices(), choices())
            .as(EpisodePlan::new);
    return Combinators.combine(
            gaps,
            shortBreakPlans().optional(0.2),
            choices(),
            choices(),
            episodes.list().ofMinSize(1).ofMaxSize(MOST_EPISODES_PER_PERIOD),
            choices())
        .as(PeriodPlan::new);
  }

  private static Arbitrary<ShortBreakPlan> shortBreakPlans() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 999),
            Arbitraries.integers().between(0, HistoryPlan.MAX_SHORT_BREAK_DAYS - 1),
            choices())
        .as(ShortBreakPlan::new);
  }

  /** Exact types (half), prefixes of a type's code with a star, and {@code *}. */
  private static Arbitrary<PlacePattern> placePatterns() {
    Arbitrary<PlacePattern> prefixes =
        Combinators.combine(placementTypes(), Arbitraries.integers().between(1, 3))
            .as(
                (type, length) ->
                    PlacePattern.parse(
                        type.code().substring(0, Math.min(length, type.code().length())) + "*"));
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(2, placementTypes().map(PlacePattern::of)),
            Tuple.of(1, prefixes),
            Tuple.of(1, Arbitraries.just(PlacePattern.any()))));
  }

  /** Age bands of a rate row: unbounded, one bound, or both, within 0-17 and in order. */
  private static Arbitrary<AgeBand> ageBands() {
    Arbitrary<Integer> ages = Arbitraries.integers().between(0, 17);
    Arbitrary<AgeBand> unbounded = Arbitraries.just(new AgeBand(Optional.empty(), Optional.empty()));
    Arbitrary<AgeBand> from = ages.map(min -> new AgeBand(Optional.of(min), Optional.empty()));
    Arbitrary<AgeBand> upTo = ages.map(max -> new AgeBand(Optional.empty(), Optional.of(max)));
    Arbitrary<AgeBand> both =
        Combinators.combine(ages, ages)
            .as(
                (a, b) ->
                    new AgeBand(Optional.of(Math.min(a, b)), Optional.of(Math.max(a, b))));
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(2, unbounded), Tuple.of(1, from), Tuple.of(1, upTo), Tuple.of(2, both)));
  }

  /** Effective dates: 1 April of 1995 to 2045 twice as often as any other day. */
  private static Arbitrary<LocalDate> effectiveDates() {
    LocalDate lo = EFFECTIVE_DATES.getStart();
    LocalDate hi = EFFECTIVE_DATES.getEnd();
    Arbitrary<LocalDate> firstsOfApril =
        Arbitraries.integers()
            .between(lo.getYear(), hi.getYear() - 1)
            .map(year -> LocalDate.of(year, Month.APRIL, 1));
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(2, firstsOfApril), Tuple.of(1, datesBetween(lo, hi))));
  }

  /** Weekly costs in pounds: zero, whole pounds, or pounds and pence, up to £5,000. */
  private static Arbitrary<BigDecimal> weeklyCosts() {
    Arbitrary<BigDecimal> pounds =
        Arbitraries.integers().between(1, MOST_WEEKLY_POUNDS).map(BigDecimal::valueOf);
    Arbitrary<BigDecimal> pence =
        Arbitraries.integers()
            .between(1, MOST_WEEKLY_POUNDS * 100)
            .map(amount -> BigDecimal.valueOf(amount, 2));
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
            Tuple.of(3, pounds),
            Tuple.of(3, pence)));
  }

  /** Episode lengths in days, zero-day episodes one time in eight. */
  private static Arbitrary<Integer> episodeLengths() {
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(1, Arbitraries.just(0)),
            Tuple.of(7, Arbitraries.integers().between(1, LONGEST_EPISODE_DAYS))));
  }

  /** Whole numbers that pick a code from a weighted list; they shrink to its first entry. */
  private static Arbitrary<Integer> choices() {
    return Arbitraries.integers().between(0, 9999).withDistribution(RandomDistribution.uniform());
  }

  /** Dates within 45 days of a 1 April, kept in {@code [lo, hi]}. */
  private static Arbitrary<LocalDate> nearFirstOfApril(LocalDate lo, LocalDate hi) {
    return Combinators.combine(
            Arbitraries.integers().between(lo.getYear(), hi.getYear()),
            Arbitraries.integers().between(-45, 45))
        .as(
            (year, offset) -> {
              LocalDate date = LocalDate.of(year, Month.APRIL, 1).plusDays(offset);
              return date.isBefore(lo) ? lo : date.isAfter(hi) ? hi : date;
            });
  }

  /** Windows from the given starts, empty and one-day windows favoured, ending by {@code hi}. */
  private static Arbitrary<LocalDateRange> windowsFrom(Arbitrary<LocalDate> starts, LocalDate hi) {
    Arbitrary<Integer> lengths =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.just(1)),
                Tuple.of(5, Arbitraries.integers().between(2, LONGEST_WINDOW_DAYS))));
    return Combinators.combine(starts, lengths)
        .as(
            (start, length) -> {
              LocalDate end = start.plusDays(length);
              if (end.isAfter(hi)) {
                end = start.isAfter(hi) ? start : hi;
              }
              return LocalDateRange.of(start, end);
            });
  }

  /** Adds whole financial years lying in {@code [lo, hi)} to the windows, when there are any. */
  private static Arbitrary<LocalDateRange> withFinancialYears(
      Arbitrary<LocalDateRange> windows, LocalDate lo, LocalDate hi) {
    List<LocalDateRange> years = new ArrayList<>();
    for (int year = lo.getYear() - 1; year <= hi.getYear(); year++) {
      FinancialYear financialYear = FinancialYear.of(year);
      if (!financialYear.start().isBefore(lo) && !financialYear.endExclusive().isAfter(hi)) {
        years.add(financialYear.range());
      }
    }
    if (years.isEmpty()) {
      return windows;
    }
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(6, windows), Tuple.of(1, Arbitraries.of(years))));
  }

  private static LocalDate firstStart(CareHistory history) {
    List<Episode> episodes = history.episodes();
    return episodes.isEmpty() ? history.child().dateOfBirth() : episodes.get(0).start();
  }

  /** Each episode's start and end and the day before each. */
  private static TreeSet<LocalDate> episodeMarks(CareHistory history) {
    TreeSet<LocalDate> marks = new TreeSet<>();
    for (Episode episode : history.episodes()) {
      marks.add(episode.start());
      marks.add(episode.start().minusDays(1));
      episode.endExclusive().ifPresent(end -> {
        marks.add(end);
        marks.add(end.minusDays(1));
      });
    }
    if (marks.isEmpty()) {
      marks.add(history.child().dateOfBirth());
    }
    return marks;
  }

  /** The episode marks and the days around the 18th birthday. */
  private static TreeSet<LocalDate> careMarks(CareHistory history) {
    TreeSet<LocalDate> marks = episodeMarks(history);
    LocalDate adulthood = history.child().eighteenthBirthday();
    marks.add(adulthood.minusDays(1));
    marks.add(adulthood);
    marks.add(adulthood.plusDays(1));
    return marks;
  }

  /** The care marks and the date of birth. */
  private static TreeSet<LocalDate> allMarks(CareHistory history) {
    TreeSet<LocalDate> marks = careMarks(history);
    marks.add(history.child().dateOfBirth());
    return marks;
  }

  /** The ages of a rate row, each bound empty when not given. */
  private record AgeBand(Optional<Integer> min, Optional<Integer> max) {}

  /** The codes of a stand-alone episode. */
  private record EpisodeCodes(
      ReasonForNewEpisode reasonForNewEpisode,
      LegalStatus legalStatus,
      Optional<CategoryOfNeed> need,
      PlacementType placement,
      int providerChoice,
      Optional<ReasonForPlacementChange> placementChange) {}
}
