package org.permanence.rate;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.rate.RateCardProblem.Kind;

/**
 * The weekly cost of placements: rows of {@code place, provider, min_age, max_age,
 * effective_from, weekly_cost}, and the rule that picks one row for a child on a day.
 *
 * <p>For a child aged {@code a} on day {@code d} in placement {@code (place, provider)}: of the
 * rows that match the place, the provider and the age, and whose {@code effective_from <= d},
 * keep the most specific (exact place, then a longer prefix, then {@code *}; then an exact
 * provider over {@code *}; then an age-bounded row over an unbounded one), and of those the one
 * with the latest {@code effective_from}. A placement with no provider matches only {@code *}.
 *
 * <p>Two rows equal in place, provider, ages and effective date cannot be in one card, nor two
 * rows with the same place, provider and effective date whose age ranges overlap (an unbounded
 * range being 0 to 17): {@link #of} rejects them, and {@link #problems} lists them.
 *
 * <p>Looking a rate up scans only the rows of the placement's own kind, worked out once per
 * {@code (place, provider)} and kept in order of preference. This class is immutable and
 * thread-safe.
 */
public final class RateCard {

  /** The order of preference: most specific first, then the latest effective date. */
  private static final Comparator<RateRow> PREFERENCE =
      Comparator.comparingInt((RateRow row) -> row.place().specificity())
          .thenComparing(row -> row.provider().isPresent())
          .thenComparing(RateRow::isAgeBounded)
          .thenComparing(RateRow::effectiveFrom)
          .reversed();

  private final List<RateRow> rows;
  private final Map<PlacementKey, RateRow[]> byPlacement = new ConcurrentHashMap<>();
  /**
   * Timelines by placement type and provider ordinal (the last for no provider), made on first
   * use. Two threads may both make one; either result is the same, and a timeline's fields are
   * final, so it is safely seen by every thread.
   */
  private final RateTimeline[][] timelines =
      new RateTimeline[PlacementType.values().length][PlacementProvider.values().length + 1];

  private RateCard(List<RateRow> rows) {
    this.rows = rows;
  }

  /**
   * Returns the card of the given rows.
   *
   * @param rows the rows, in any order
   * @return the rate card
   * @throws InvalidRateCardException listing every clash, if two rows would both apply
   */
  public static RateCard of(Collection<RateRow> rows) {
    requireNonNull(rows, "rows");
    List<RateRow> copy = List.copyOf(rows);
    List<RateCardProblem> problems = problems(copy);
    if (!problems.isEmpty()) {
      throw new InvalidRateCardException(problems);
    }
    return new RateCard(copy);
  }

  /**
   * Lists every pair of rows that cannot be in one card, without throwing.
   *
   * @param rows the rows, in the order given
   * @return the problems, empty when the rows form a card; indices refer to the list given
   */
  public static List<RateCardProblem> problems(List<RateRow> rows) {
    requireNonNull(rows, "rows");
    List<RateCardProblem> problems = new ArrayList<>(0);
    Map<Object, List<Integer>> sameKey = new java.util.HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      RateRow row = rows.get(i);
      List<Integer> before = sameKey.computeIfAbsent(
          List.of(row.place(), row.provider(), row.effectiveFrom()), k -> new ArrayList<>(1));
      for (int j : before) {
        RateRow other = rows.get(j);
        if (other.minAge().equals(row.minAge()) && other.maxAge().equals(row.maxAge())) {
          problems.add(RateCardProblem.of(Kind.DUPLICATE, i, j,
              "the row " + row + " repeats the place, provider, ages and effective date of " + other));
        } else if (row.lowestAge() <= other.highestAge() && other.lowestAge() <= row.highestAge()) {
          problems.add(RateCardProblem.of(Kind.AGE_OVERLAP, i, j,
              "the row " + row + " has the same place, provider and effective date as " + other
                  + " and their ages overlap, so which applies would be ambiguous"));
        }
      }
      before.add(i);
    }
    return problems;
  }

  /**
   * Returns the rows, in the order given.
   *
   * @return the rows
   */
  public List<RateRow> rows() {
    return rows;
  }

  /**
   * Returns every date on which a row takes effect, in order.
   *
   * @return the effective dates
   */
  public SortedSet<LocalDate> effectiveDates() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    rows.forEach(row -> dates.add(row.effectiveFrom()));
    return dates;
  }

  /**
   * Finds the row that sets the weekly rate for a child on a day.
   *
   * @param place the placement type
   * @param provider the placement provider, or empty for a placement with none
   * @param age the child's age on the day, in completed years
   * @param day the day
   * @return the row that applies, or empty if none does
   */
  public Optional<RateRow> rate(
      PlacementType place, Optional<PlacementProvider> provider, int age, LocalDate day) {
    requireNonNull(day, "day");
    for (RateRow row : rowsFor(place, provider)) {
      if (age >= row.lowestAge() && age <= row.highestAge() && !row.effectiveFrom().isAfter(day)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the rows that can apply to a placement, whatever the age and day, in order of
   * preference: the first that matches the age and has taken effect is the one that applies.
   *
   * @param place the placement type
   * @param provider the placement provider, or empty for a placement with none
   * @return the candidate rows, most preferred first
   */
  public List<RateRow> rowsFor(PlacementType place, Optional<PlacementProvider> provider) {
    requireNonNull(place, "place");
    requireNonNull(provider, "provider");
    return List.of(byPlacement.computeIfAbsent(new PlacementKey(place, provider.orElse(null)), key ->
        rows.stream()
            .filter(row -> row.place().matches(place)
                && (row.provider().isEmpty() || row.provider().equals(provider)))
            .sorted(PREFERENCE)
            .toArray(RateRow[]::new)));
  }

  /**
   * Returns the rates of a placement resolved into a timeline for each age, worked out once and
   * kept: costing a stay looks up spans of days, not rows day by day.
   *
   * @param place the placement type
   * @param provider the placement provider, or empty for a placement with none
   * @return the timeline
   */
  public RateTimeline timeline(PlacementType place, Optional<PlacementProvider> provider) {
    requireNonNull(place, "place");
    requireNonNull(provider, "provider");
    RateTimeline[] byProvider = timelines[place.ordinal()];
    int slot = provider.isPresent() ? provider.get().ordinal() : byProvider.length - 1;
    RateTimeline timeline = byProvider[slot];
    if (timeline == null) {
      timeline = RateTimeline.of(place, provider, rowsFor(place, provider));
      byProvider[slot] = timeline;
    }
    return timeline;
  }

  @Override
  public String toString() {
    return "RateCard[" + rows.size() + " rows, effective " + effectiveDates() + "]";
  }

  /** A placement's type and provider, the key of the rows that can apply to it. */
  private static final class PlacementKey {
    private final PlacementType place;
    private final PlacementProvider provider;

    PlacementKey(PlacementType place, PlacementProvider provider) {
      this.place = place;
      this.provider = provider;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof PlacementKey && ((PlacementKey) obj).place == place && ((PlacementKey) obj).provider == provider;
    }

    @Override
    public int hashCode() {
      return Objects.hash(place, provider);
    }
  }
}
