package org.permanence.rate;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.time.Age;

/**
 * The rates of one placement ({@code place, provider}) resolved once into a timeline for each
 * age: spans of days over which one row of the card applies, so that costing a stay looks up
 * each span once instead of applying the card's rule day by day.
 *
 * <p>For an age, span {@code i} runs from {@link #spanStart} to the start of span {@code i + 1}
 * (exclusive); the first span starts at the beginning of time and has no row when no row has
 * taken effect yet. Days are epoch days ({@link LocalDate#toEpochDay()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateTimeline {

  private final PlacementType place;
  private final Optional<PlacementProvider> provider;
  /** By age: the first day of each span, ascending; the first is {@link Long#MIN_VALUE}. */
  private final long[][] starts;
  /** By age: the row of each span, or null where none applies. */
  private final RateRow[][] rows;
  /** Each span's weekly cost in ten-thousandths of a pound, or -1; see {@link #weeklyTenThousandths}. */
  private final long[][] scaled;

  private RateTimeline(
      PlacementType place, Optional<PlacementProvider> provider, long[][] starts, RateRow[][] rows) {
    this.place = place;
    this.provider = provider;
    this.starts = starts;
    this.rows = rows;
    this.scaled = new long[rows.length][];
    for (int age = 0; age < rows.length; age++) {
      scaled[age] = new long[rows[age].length];
      for (int span = 0; span < rows[age].length; span++) {
        scaled[age][span] = rows[age][span] == null ? -1 : tenThousandths(rows[age][span].weeklyCost());
      }
    }
  }

  /** Below this, a weekly cost in ten-thousandths times the days of any stay fits a long many times over. */
  private static final long SCALED_LIMIT = 1L << 40;

  private static long tenThousandths(BigDecimal weekly) {
    BigDecimal scaled = weekly.movePointRight(4);
    if (weekly.signum() < 0 || scaled.stripTrailingZeros().scale() > 0
        || scaled.compareTo(BigDecimal.valueOf(SCALED_LIMIT)) >= 0) {
      return -1;
    }
    return scaled.longValueExact();
  }

  /**
   * Resolves the rows that can apply to a placement, given most preferred first, into a timeline.
   *
   * @param place the placement type
   * @param provider the provider, or empty for a placement with none
   * @param candidates the rows that match the placement, in order of preference
   * @return the timeline
   */
  static RateTimeline of(
      PlacementType place, Optional<PlacementProvider> provider, List<RateRow> candidates) {
    long[][] starts = new long[Age.ADULTHOOD][];
    RateRow[][] rows = new RateRow[Age.ADULTHOOD][];
    for (int age = 0; age < Age.ADULTHOOD; age++) {
      List<RateRow> forAge = new ArrayList<>();
      TreeSet<LocalDate> changes = new TreeSet<>();
      for (RateRow row : candidates) {
        if (age >= row.lowestAge() && age <= row.highestAge()) {
          forAge.add(row);
          changes.add(row.effectiveFrom());
        }
      }
      List<Long> spanStarts = new ArrayList<>();
      List<RateRow> spanRows = new ArrayList<>();
      spanStarts.add(Long.MIN_VALUE);
      spanRows.add(null);
      for (LocalDate change : changes) {
        // the first candidate in order of preference that has taken effect wins
        RateRow winner = null;
        for (RateRow row : forAge) {
          if (!row.effectiveFrom().isAfter(change)) {
            winner = row;
            break;
          }
        }
        if (winner != spanRows.get(spanRows.size() - 1)) {
          spanStarts.add(change.toEpochDay());
          spanRows.add(winner);
        }
      }
      starts[age] = spanStarts.stream().mapToLong(Long::longValue).toArray();
      rows[age] = spanRows.toArray(new RateRow[0]);
    }
    return new RateTimeline(place, provider, starts, rows);
  }

  /**
   * Returns the placement type.
   *
   * @return the placement type
   */
  public PlacementType place() {
    return place;
  }

  /**
   * Returns the provider, or empty for a placement with none.
   *
   * @return the provider
   */
  public Optional<PlacementProvider> provider() {
    return provider;
  }

  /**
   * Returns the row that applies to a child of an age on a day, as {@link RateCard#rate} would.
   *
   * @param age the child's age in completed years, 0 to 17
   * @param day the day
   * @return the row, or empty if none applies
   */
  public Optional<RateRow> rowOn(int age, LocalDate day) {
    requireNonNull(day, "day");
    return Optional.ofNullable(rowOrNull(age, spanAt(age, day.toEpochDay())));
  }

  /**
   * Returns the span of an age's timeline that contains a day.
   *
   * @param age the child's age in completed years, 0 to 17
   * @param epochDay the day, as an epoch day
   * @return the index of the span
   */
  public int spanAt(int age, long epochDay) {
    long[] ageStarts = startsFor(age);
    int found = Arrays.binarySearch(ageStarts, epochDay);
    return found >= 0 ? found : -found - 2;
  }

  /**
   * Returns the first day of a span.
   *
   * @param age the child's age
   * @param span the span's index
   * @return its first day, as an epoch day; {@link Long#MIN_VALUE} for the first span
   */
  public long spanStart(int age, int span) {
    return startsFor(age)[span];
  }

  /**
   * Returns the first day after a span: the start of the next, or {@link Long#MAX_VALUE} for the
   * last.
   *
   * @param age the child's age
   * @param span the span's index
   * @return the end of the span, exclusive, as an epoch day
   */
  public long spanEnd(int age, int span) {
    long[] ageStarts = startsFor(age);
    return span + 1 < ageStarts.length ? ageStarts[span + 1] : Long.MAX_VALUE;
  }

  /**
   * Returns the row that applies over a span, or null when none does (a missing rate).
   *
   * @param age the child's age
   * @param span the span's index
   * @return the row, or null
   */
  public RateRow rowOrNull(int age, int span) {
    return rows[checkAge(age)][span];
  }

  /**
   * Returns the weekly cost of a span's row as a whole number of ten-thousandths of a pound,
   * so that a costing can add {@code weekly * days} exactly in {@code long} arithmetic; -1 when
   * there is no row, or its cost has more than four decimals or is too large for that (the cost is
   * then to be had from {@link #rowOrNull}).
   *
   * @param age the age in completed years, 0 to 17
   * @param span the span, from {@link #spanAt}
   * @return the weekly cost times 10,000, or -1
   */
  public long weeklyTenThousandths(int age, int span) {
    return scaled[checkAge(age)][span];
  }

  private long[] startsFor(int age) {
    return starts[checkAge(age)];
  }

  private static int checkAge(int age) {
    if (age < 0 || age >= Age.ADULTHOOD) {
      throw new IllegalArgumentException("a child in care is 0 to 17, but the age was " + age);
    }
    return age;
  }

  @Override
  public String toString() {
    return "RateTimeline[" + place + "," + provider.map(PlacementProvider::code).orElse("no provider") + "]";
  }
}
