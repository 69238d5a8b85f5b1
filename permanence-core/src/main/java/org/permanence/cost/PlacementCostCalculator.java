package org.permanence.cost;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.permanence.batch.BatchResult;
import org.permanence.batch.Failure;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.EpisodeColumns;
import org.permanence.care.ShortBreaks;
import org.permanence.child.Child;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.money.ExactAmount;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;
import org.permanence.rate.RateTimeline;
import org.permanence.time.Age;
import org.permanence.time.EpochDays;
import org.permanence.time.FinancialYear;
import org.threeten.extra.LocalDateRange;

/**
 * Costs placements with a rate card: a stay, a child's care history within a window, or a whole
 * batch of children, by financial year.
 *
 * <p>The days costed are the days in care of section "Durations": each episode as at the as-at
 * date (an open episode runs to the end of the as-at date), within the window, never the 18th
 * birthday or after, short breaks (V3, V4) left out unless the calculator is made with {@link
 * ShortBreaks#INCLUDE}. Each stay is split wherever its rate can change (a row taking effect, a
 * birthday, 1 April, the window's edges) and each piece costs {@code weekly_rate * days / 7},
 * exactly; nothing is rounded here.
 *
 * <p>Days that no row of the card prices are an error listing every such stretch, with the child,
 * the episode's start, the placement, the age and the days ({@link MissingRateException}); a batch
 * keeps going past such a child and reports it as a failure.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
public final class PlacementCostCalculator {

  /** The calculator that leaves short breaks out, as the DfE does. */
  public static final PlacementCostCalculator DEFAULT = new PlacementCostCalculator(ShortBreaks.EXCLUDE);

  private final ShortBreaks shortBreaks;

  private PlacementCostCalculator(ShortBreaks shortBreaks) {
    this.shortBreaks = shortBreaks;
  }

  /**
   * Returns a calculator that costs or leaves out short breaks.
   *
   * @param shortBreaks whether V3 and V4 episodes are costed
   * @return the calculator
   */
  public static PlacementCostCalculator of(ShortBreaks shortBreaks) {
    requireNonNull(shortBreaks, "shortBreaks");
    return shortBreaks == ShortBreaks.EXCLUDE ? DEFAULT : new PlacementCostCalculator(shortBreaks);
  }

  /**
   * Returns whether this calculator costs short breaks.
   *
   * @return the short-break setting
   */
  public ShortBreaks shortBreaks() {
    return shortBreaks;
  }

  /**
   * Costs a child's stay in one placement, as if the child stayed there on each of its days (up to
   * the day before the 18th birthday), whatever the child's records say. Its segments, and any
   * missing rate, name the stay's first day as their episode's start.
   *
   * @param child the child
   * @param place the placement type
   * @param provider the placement provider, or empty for a placement with none
   * @param stay the days, half-open {@code [start, end)}, not before the date of birth
   * @param card the rate card
   * @return the cost by financial year
   * @throws MissingRateException if some day has no rate
   */
  public PlacementCost stay(
      Child child, PlacementType place, Optional<PlacementProvider> provider, LocalDateRange stay, RateCard card) {
    requireNonNull(stay, "stay");
    return stay(child, place, provider, stay.getStart(), stay, card);
  }

  /**
   * Costs a child's stay in one placement as the continuation of an episode: as {@link
   * #stay(Child, PlacementType, Optional, LocalDateRange, RateCard)}, with its segments, and any
   * missing rate, naming the episode's start. An exit's avoided placement is costed this way, as
   * the stay the child would have had in the episode left.
   *
   * @param child the child
   * @param place the placement type
   * @param provider the placement provider, or empty for a placement with none
   * @param episodeStart the start ({@code DECOM}) of the episode the stay continues
   * @param stay the days, half-open {@code [start, end)}, not before the date of birth
   * @param card the rate card
   * @return the cost by financial year
   * @throws MissingRateException if some day has no rate
   */
  public PlacementCost stay(Child child, PlacementType place, Optional<PlacementProvider> provider,
      LocalDate episodeStart, LocalDateRange stay, RateCard card) {
    requireNonNull(child, "child");
    requireNonNull(place, "place");
    requireNonNull(provider, "provider");
    requireNonNull(episodeStart, "episodeStart");
    requireNonNull(stay, "stay");
    requireNonNull(card, "card");
    if (stay.getStart().isBefore(child.dateOfBirth())) {
      throw new IllegalArgumentException("a stay cannot start before the child's date of birth");
    }
    Supplier<String> scope = () -> "in " + place.code() + " "
        + provider.map(PlacementProvider::code).orElse("(no provider)") + " from " + stay.getStart()
        + describeEnd(stay);
    long started = episodeStart.toEpochDay();
    Run totals = new Run(child, card, false);
    totals.stay(stay.getStart().toEpochDay(), endDay(stay), place, provider, started);
    return totals.result(scope, () -> {
      Run explained = new Run(child, card, true);
      explained.stay(stay.getStart().toEpochDay(), endDay(stay), place, provider, started);
      return explained.segments;
    });
  }

  /**
   * Costs a child's days in care within a window, as at a date.
   *
   * @param history the child's history
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive; open episodes run to the end of it
   * @param card the rate card
   * @return the cost by financial year, a year listed when at least one of its days is costed
   * @throws MissingRateException if some day to be costed has no rate
   */
  public PlacementCost cost(CareHistory history, LocalDateRange window, LocalDate asAt, RateCard card) {
    requireNonNull(history, "history");
    return cost(CareData.of(List.of(history)), 0, window, asAt, card);
  }

  /**
   * Costs the days in care within a window, as at a date, of the child at an index of the data.
   *
   * @param data the children's data
   * @param index the child's index in the data
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive; open episodes run to the end of it
   * @param card the rate card
   * @return the cost by financial year, a year listed when at least one of its days is costed
   * @throws MissingRateException if some day to be costed has no rate
   */
  public PlacementCost cost(CareData data, int index, LocalDateRange window, LocalDate asAt, RateCard card) {
    requireNonNull(data, "data");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    requireNonNull(card, "card");
    Objects.checkIndex(index, data.size());
    return cost(data, index, window, asAt, card, scope(window, asAt), new Run(card, false));
  }

  private static Supplier<String> scope(LocalDateRange window, LocalDate asAt) {
    return () -> "from " + window.getStart() + describeEnd(window) + ", as at " + asAt;
  }

  /** Costs a child with a run that may have costed another child before: a batch needs only one. */
  private PlacementCost cost(CareData data, int index, LocalDateRange window, LocalDate asAt,
      RateCard card, Supplier<String> scope, Run totals) {
    totals.reset(data.child(index));
    episodes(data, index, window, asAt, totals);
    return totals.result(scope, () -> {
      Run explained = new Run(data.child(index), card, true);
      episodes(data, index, window, asAt, explained);
      return explained.segments;
    });
  }

  /**
   * Costs every child's days in care within a window, as at a date, in the order given, keeping
   * going past a child that cannot be costed (a missing rate, for one).
   *
   * <p>Children with no day costed in the window are left out.
   *
   * @param histories the children's histories
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive
   * @param card the rate card
   * @return the costs, and the children that failed with every reason
   */
  public BatchResult<PlacementCost> costs(
      Iterable<CareHistory> histories, LocalDateRange window, LocalDate asAt, RateCard card) {
    requireNonNull(histories, "histories");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    requireNonNull(card, "card");
    List<PlacementCost> values = new ArrayList<>();
    List<Failure> failures = new ArrayList<>(0);
    Supplier<String> scope = scope(window, asAt);
    Run totals = new Run(card, false);
    for (CareHistory history : histories) {
      costInto(CareData.of(List.of(history)), 0, window, asAt, card, scope, totals, values, failures);
    }
    return BatchResult.of(values, failures);
  }

  /**
   * Costs every child's days in care within a window, as at a date, in order of child, keeping
   * going past a child that cannot be costed (a missing rate, for one).
   *
   * <p>This is the way to cost a whole extract: it reads the episodes' columns and makes no
   * object per episode. Children with no day costed in the window are left out.
   *
   * @param data the children's data
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive
   * @param card the rate card
   * @return the costs in order of child, and the children that failed with every reason
   */
  public BatchResult<PlacementCost> costs(CareData data, LocalDateRange window, LocalDate asAt, RateCard card) {
    requireNonNull(data, "data");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    requireNonNull(card, "card");
    return costs(data, 0, data.size(), window, asAt, card);
  }

  /**
   * Costs as {@link #costs(CareData, LocalDateRange, LocalDate, RateCard)} does, on several
   * threads: the children are split into runs costed on the common fork-join pool, and the
   * results put back in order of child. The result is the same; on a machine with more than one
   * core it comes sooner.
   *
   * @param data the children's data
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive
   * @param card the rate card
   * @return the costs in order of child, and the children that failed with every reason
   */
  public BatchResult<PlacementCost> costsInParallel(
      CareData data, LocalDateRange window, LocalDate asAt, RateCard card) {
    requireNonNull(data, "data");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    requireNonNull(card, "card");
    int runs = Math.max(1, Math.min(64, data.size() / 4096));
    List<BatchResult<PlacementCost>> parts = IntStream.range(0, runs).parallel()
        .mapToObj(run -> costs(data, (int) ((long) data.size() * run / runs),
            (int) ((long) data.size() * (run + 1) / runs), window, asAt, card))
        .collect(Collectors.toList());
    List<PlacementCost> values = new ArrayList<>();
    List<Failure> failures = new ArrayList<>(0);
    for (BatchResult<PlacementCost> part : parts) {
      values.addAll(part.values());
      failures.addAll(part.failures());
    }
    return BatchResult.of(values, failures);
  }

  /**
   * Costs as {@link #costs(CareData, LocalDateRange, LocalDate, RateCard)} does, the children at
   * indices {@code from} to {@code to - 1} only: to cost a whole extract in runs, and use each
   * run's results while the next is costed.
   *
   * @param data the children's data
   * @param from the index of the first child, inclusive
   * @param to the index after the last child
   * @param window the half-open window {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive
   * @param card the rate card
   * @return the costs in order of child, and the children that failed with every reason
   * @throws IndexOutOfBoundsException if the indices are not a range of the data's children
   */
  public BatchResult<PlacementCost> costs(
      CareData data, int from, int to, LocalDateRange window, LocalDate asAt, RateCard card) {
    requireNonNull(data, "data");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    requireNonNull(card, "card");
    Objects.checkFromToIndex(from, to, data.size());
    List<PlacementCost> values = new ArrayList<>();
    List<Failure> failures = new ArrayList<>(0);
    long windowStart = window.getStart().toEpochDay();
    long windowEnd = Math.min(endDay(window), asAt.toEpochDay() + 1);
    Supplier<String> scope = scope(window, asAt);
    Run totals = new Run(card, false);
    for (int index = from; index < to; index++) {
      // most children of a whole extract were not in care in the window: no costing to set up
      if (inCareWithin(data, index, windowStart, windowEnd)) {
        costInto(data, index, window, asAt, card, scope, totals, values, failures);
      }
    }
    return BatchResult.of(values, failures);
  }

  /** Tells whether a child has an episode with a day in {@code [from, to)}. */
  private static boolean inCareWithin(CareData data, int index, long from, long to) {
    EpisodeColumns episodes = data.episodes();
    for (int row = data.firstEpisode(index); row < data.endEpisode(index); row++) {
      if (episodes.startDay(row) < to && episodes.endDay(row) > from) {
        return true;
      }
    }
    return false;
  }

  private void costInto(CareData data, int index, LocalDateRange window, LocalDate asAt, RateCard card,
      Supplier<String> scope, Run totals, List<PlacementCost> values, List<Failure> failures) {
    try {
      PlacementCost cost = cost(data, index, window, asAt, card, scope, totals);
      if (!cost.years().isEmpty()) {
        values.add(cost);
      }
    } catch (MissingRateException | IllegalArgumentException | IllegalStateException
        | ArithmeticException | DateTimeException e) {
      failures.add(Failure.of(data.child(index).id(), e.getMessage()));
    }
  }

  /** Feeds a child's days in care within the window to a run, episode by episode. */
  private void episodes(CareData data, int index, LocalDateRange window, LocalDate asAt, Run run) {
    EpisodeColumns episodes = data.episodes();
    long windowStart = window.getStart().toEpochDay();
    long windowEnd = endDay(window);
    long lastDay = asAt.toEpochDay();
    for (int row = data.firstEpisode(index); row < data.endEpisode(index); row++) {
      long start = episodes.startDay(row);
      if (start > lastDay || start >= windowEnd) {
        break;
      }
      if (shortBreaks == ShortBreaks.EXCLUDE && episodes.isShortBreak(row)) {
        continue;
      }
      // an episode that ended after the as-at date was open at it
      long end = Math.min(Math.min(episodes.endDay(row), lastDay + 1), windowEnd);
      long from = Math.max(start, windowStart);
      if (from < end) {
        run.stay(from, end, episodes.placementType(row), episodes.placementProvider(row), start);
      }
    }
  }

  private static long endDay(LocalDateRange range) {
    return range.isUnboundedEnd() ? Long.MAX_VALUE : range.getEnd().toEpochDay();
  }

  private static String describeEnd(LocalDateRange range) {
    return range.isUnboundedEnd() ? " on" : range.isEmpty() ? " (no days)" : " to " + range.getEndInclusive();
  }

  /**
   * One costing of one child: splits stays into segments and adds them up by financial year,
   * keeping the segments themselves only when asked to.
   */
  private static final class Run {
    private Child child;
    private final RateCard card;
    private final boolean keepSegments;
    /** The date of birth, as numbers: birthdays are worked out as epoch days, with no objects. */
    private int birthYear;
    private int birthMonth;
    private int birthDay;
    /** The 18th birthday as an epoch day, worked out when first needed. */
    private long adulthood = Long.MIN_VALUE;
    private int yearCount;
    private int[] yearStarts;
    private long[] yearDays;
    /**
     * Seven times each year's amount, exactly: in ten-thousandths of a pound while every rate
     * has at most four decimals, plus any part at rates that have more, with the most decimals of
     * any rate added, so that the sum has the scale a sum of the rates' products would have.
     */
    private long[] yearScaled;
    private BigDecimal[] yearExtra;
    private int[] yearScale;
    final List<CostSegment> segments;
    private List<Gap> missing;

    Run(Child child, RateCard card, boolean keepSegments) {
      this(card, keepSegments);
      reset(child);
    }

    Run(RateCard card, boolean keepSegments) {
      this.card = card;
      this.keepSegments = keepSegments;
      this.segments = keepSegments ? new ArrayList<>() : List.of();
    }

    /** Starts costing a child afresh, keeping the arrays: a run costs a whole batch, child by child. */
    Run reset(Child next) {
      this.child = next;
      LocalDate born = next.dateOfBirth();
      this.birthYear = born.getYear();
      this.birthMonth = born.getMonthValue();
      this.birthDay = born.getDayOfMonth();
      this.adulthood = Long.MIN_VALUE;
      this.yearCount = 0;
      this.missing = null;
      if (keepSegments) {
        segments.clear();
      }
      return this;
    }

    /** The epoch day the child attains an age: for a 29 February birth, 1 March in a common year. */
    private long birthday(int age) {
      int year = birthYear + age;
      if (birthMonth == 2 && birthDay == 29 && !EpochDays.isLeap(year)) {
        return EpochDays.of(year, 3, 1);
      }
      return EpochDays.of(year, birthMonth, birthDay);
    }

    /** The age in completed years on an epoch day, as {@link Age#completedYears}. */
    private int ageOn(long day) {
      int years = EpochDays.yearOf(day) - birthYear;
      if (years < 0 || (years == 0 && birthday(0) > day)) {
        throw new IllegalArgumentException("onDate must not be before the date of birth");
      }
      return birthday(years) > day ? years - 1 : years;
    }

    /** Costs the days {@code [start, end)} in one placement, never the 18th birthday or after. */
    void stay(long start, long end, PlacementType place, Optional<PlacementProvider> provider, long episodeStart) {
      if (end <= start) {
        return;
      }
      if (adulthood == Long.MIN_VALUE) {
        adulthood = birthday(Age.ADULTHOOD);
      }
      end = Math.min(end, adulthood);
      if (end <= start) {
        return;
      }
      RateTimeline timeline = card.timeline(place, provider);
      int age = ageOn(start);
      long nextBirthday = birthday(age + 1);
      int year = EpochDays.financialYearOf(start);
      long yearEnd = EpochDays.firstOfApril(year + 1);
      int span = timeline.spanAt(age, start);
      long spanEnd = timeline.spanEnd(age, span);
      long cursor = start;
      while (cursor < end) {
        long to = Math.min(Math.min(end, nextBirthday), Math.min(yearEnd, spanEnd));
        RateRow row = timeline.rowOrNull(age, span);
        if (row == null) {
          // a birthday where the age changes, or the 18th on which care ends (whoever cut the
          // stay there), bounds the stretch: its message must not date it
          boolean startsOnBirthday = cursor != start && cursor == birthday(age);
          boolean endsBeforeBirthday = to == nextBirthday && (to < end || to == adulthood);
          missing(cursor, to, age, place, provider, episodeStart, startsOnBirthday, endsBeforeBirthday);
        } else {
          add(year, cursor, to, row, timeline.weeklyTenThousandths(age, span), age, place, provider,
              episodeStart);
        }
        cursor = to;
        if (cursor == yearEnd) {
          year++;
          yearEnd = EpochDays.firstOfApril(year + 1);
        }
        if (cursor == nextBirthday) {
          age++;
          if (cursor >= end) {
            break;
          }
          nextBirthday = birthday(age + 1);
          span = timeline.spanAt(age, cursor);
          spanEnd = timeline.spanEnd(age, span);
        } else if (cursor == spanEnd) {
          span++;
          spanEnd = timeline.spanEnd(age, span);
        }
      }
    }

    private void add(int year, long from, long to, RateRow row, long scaledWeekly, int age,
        PlacementType place, Optional<PlacementProvider> provider, long episodeStart) {
      if (yearCount == 0 || yearStarts[yearCount - 1] != year) {
        if (yearStarts == null) {
          yearStarts = new int[2];
          yearDays = new long[2];
          yearScaled = new long[2];
          yearExtra = new BigDecimal[2];
          yearScale = new int[2];
        } else if (yearCount == yearStarts.length) {
          yearStarts = Arrays.copyOf(yearStarts, yearCount * 2);
          yearDays = Arrays.copyOf(yearDays, yearCount * 2);
          yearScaled = Arrays.copyOf(yearScaled, yearCount * 2);
          yearExtra = Arrays.copyOf(yearExtra, yearCount * 2);
          yearScale = Arrays.copyOf(yearScale, yearCount * 2);
        }
        yearStarts[yearCount] = year;
        yearDays[yearCount] = 0;
        yearScaled[yearCount] = 0;
        yearExtra[yearCount] = null;
        yearScale[yearCount] = 0;
        yearCount++;
      }
      int y = yearCount - 1;
      long days = to - from;
      yearDays[y] += days;
      yearScale[y] = Math.max(yearScale[y], row.weeklyCost().scale());
      // a weekly rate below 2^40 ten-thousandths times a stay's days cannot overflow; the sum
      // could only after millions of segments, and then goes on exactly in BigDecimal
      long product = scaledWeekly * days;
      if (scaledWeekly >= 0 && days < (1L << 22) && yearScaled[y] <= Long.MAX_VALUE - product) {
        yearScaled[y] += product;
      } else {
        BigDecimal part = row.weeklyCost().multiply(BigDecimal.valueOf(days));
        yearExtra[y] = yearExtra[y] == null ? part : yearExtra[y].add(part);
      }
      if (keepSegments) {
        segments.add(CostSegment.builder()
            .childId(child.id())
            .episodeStart(LocalDate.ofEpochDay(episodeStart))
            .financialYear(FinancialYear.of(year))
            .range(LocalDateRange.of(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to)))
            .placementType(place)
            .placementProvider(provider)
            .age(age)
            .row(row)
            .build());
      }
    }

    /** Notes days with no rate, joining them to the stretch before when they run on from it. */
    private void missing(long from, long to, int age, PlacementType place,
        Optional<PlacementProvider> provider, long episodeStart, boolean startsOnBirthday,
        boolean endsBeforeBirthday) {
      if (missing == null) {
        missing = new ArrayList<>(1);
      }
      Gap last = missing.isEmpty() ? null : missing.get(missing.size() - 1);
      if (last != null && last.end == from && last.age == age && last.episodeStart == episodeStart) {
        last.end = to;
        last.endsBeforeBirthday = endsBeforeBirthday;
      } else {
        missing.add(new Gap(episodeStart, place, provider, age, from, to, startsOnBirthday,
            endsBeforeBirthday));
      }
    }

    PlacementCost result(Supplier<String> scope, Supplier<List<CostSegment>> breakdown) {
      if (missing != null) {
        List<MissingRate> all = new ArrayList<>(missing.size());
        for (Gap gap : missing) {
          all.add(MissingRate.builder()
              .childId(child.id())
              .episodeStart(LocalDate.ofEpochDay(gap.episodeStart))
              .placementType(gap.place)
              .placementProvider(gap.provider)
              .age(gap.age)
              .firstDay(LocalDate.ofEpochDay(gap.start))
              .lastDay(LocalDate.ofEpochDay(gap.end - 1))
              .startsOnBirthday(gap.startsOnBirthday)
              .endsBeforeBirthday(gap.endsBeforeBirthday)
              .build());
        }
        throw new MissingRateException(all);
      }
      if (yearCount == 0) {
        return new PlacementCost(child.id(), scope, List.of(), breakdown);
      }
      YearCost[] years = new YearCost[yearCount];
      for (int i = 0; i < yearCount; i++) {
        BigDecimal sevenTimes = BigDecimal.valueOf(yearScaled[i], 4);
        if (yearExtra[i] != null) {
          sevenTimes = sevenTimes.add(yearExtra[i]);
        }
        years[i] = YearCost.of(FinancialYear.of(yearStarts[i]), yearDays[i],
            ExactAmount.ofSevenTimes(sevenTimes.setScale(yearScale[i], RoundingMode.UNNECESSARY)));
      }
      return new PlacementCost(child.id(), scope, List.of(years), breakdown);
    }
  }

  /** Days of one episode, at one age, that no row prices. */
  private static final class Gap {
    final long episodeStart;
    final PlacementType place;
    final Optional<PlacementProvider> provider;
    final int age;
    final long start;
    final boolean startsOnBirthday;
    long end;
    boolean endsBeforeBirthday;

    Gap(long episodeStart, PlacementType place, Optional<PlacementProvider> provider, int age,
        long start, long end, boolean startsOnBirthday, boolean endsBeforeBirthday) {
      this.episodeStart = episodeStart;
      this.place = place;
      this.provider = provider;
      this.age = age;
      this.start = start;
      this.end = end;
      this.startsOnBirthday = startsOnBirthday;
      this.endsBeforeBirthday = endsBeforeBirthday;
    }
  }
}
