package org.permanence.support;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.permanence.exit.Route;

/**
 * What a council pays after an exit: weekly allowances and one-off costs by route, age and
 * effective date. Reference data, immutable and thread-safe.
 *
 * <p>The row for an exit by a route, for a child of an age, on a day: of the rows of that kind
 * that match the route (named, or {@code *}) and the age, and have taken effect by that day,
 * keep the most specific (a named route over {@code *}, then an age-bounded row over an unbounded
 * one); of those, the latest {@code effective_from} wins. No row means no support: a route with
 * no rows costs nothing after exit.
 */
public final class SupportCard {

  /** Most specific first, then latest effective date first. */
  private static final Comparator<SupportRow> PREFERENCE =
      Comparator.comparing((SupportRow row) -> row.route().isPresent() ? 0 : 1)
          .thenComparing(row -> row.isAgeBounded() ? 0 : 1)
          .thenComparing(SupportRow::effectiveFrom, Comparator.reverseOrder());

  /** The card with no rows: no support is paid after any exit. */
  public static final SupportCard NONE = new SupportCard(List.of());

  private final List<SupportRow> rows;
  private final List<SupportRow> preferred;

  private SupportCard(List<SupportRow> rows) {
    this.rows = rows;
    this.preferred = rows.stream().sorted(PREFERENCE).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the card of the given rows.
   *
   * @param rows the rows
   * @return the card
   * @throws IllegalArgumentException if two rows clash ({@link #problems})
   */
  public static SupportCard of(List<SupportRow> rows) {
    requireNonNull(rows, "rows");
    List<SupportCardProblem> problems = problems(rows);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.stream().map(SupportCardProblem::message)
          .collect(Collectors.joining("; ")));
    }
    return new SupportCard(List.copyOf(rows));
  }

  /**
   * Returns every clash between rows: two rows equal in route, kind, ages and effective date, or
   * equal in route, kind and effective date with ages that overlap (an unbounded range counting
   * as 0 to 17).
   *
   * @param rows the rows
   * @return the clashes, each naming both rows
   */
  public static List<SupportCardProblem> problems(List<SupportRow> rows) {
    requireNonNull(rows, "rows");
    List<SupportCardProblem> problems = new ArrayList<>(0);
    Map<List<Object>, List<Integer>> sameKey = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      SupportRow row = rows.get(i);
      List<Integer> before = sameKey.computeIfAbsent(
          List.of(row.route(), row.kind(), row.effectiveFrom()), k -> new ArrayList<>(1));
      for (int j : before) {
        SupportRow other = rows.get(j);
        if (other.minAge().equals(row.minAge()) && other.maxAge().equals(row.maxAge())) {
          problems.add(SupportCardProblem.of(SupportCardProblem.Kind.DUPLICATE, i, j, "the row "
              + row + " repeats the route, kind, ages and effective date of " + other));
        } else if (row.lowestAge() <= other.highestAge() && other.lowestAge() <= row.highestAge()) {
          problems.add(SupportCardProblem.of(SupportCardProblem.Kind.AGE_OVERLAP, i, j, "the row "
              + row + " has the same route, kind and effective date as " + other
              + " and their ages overlap, so which applies would be ambiguous"));
        }
      }
      before.add(i);
    }
    return problems;
  }

  /**
   * Returns the row that applies to an exit by a route, for a child of an age, on a day.
   *
   * @param kind weekly or one-off
   * @param route the exit's route
   * @param age the child's age in completed years on the day
   * @param day the day: each day of a weekly allowance, or the exit date for a one-off cost
   * @return the row, or empty when none applies (no support)
   */
  public Optional<SupportRow> row(SupportKind kind, Route route, int age, LocalDate day) {
    requireNonNull(kind, "kind");
    requireNonNull(route, "route");
    requireNonNull(day, "day");
    for (SupportRow row : preferred) {
      if (row.kind() == kind && row.matches(route, age) && !row.effectiveFrom().isAfter(day)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the rows, in the order given.
   *
   * @return the rows
   */
  public List<SupportRow> rows() {
    return rows;
  }

  /**
   * Returns every date on which a row takes effect, in order: where a weekly allowance can
   * change.
   *
   * @return the effective dates
   */
  public SortedSet<LocalDate> effectiveDates() {
    return rows.stream().map(SupportRow::effectiveFrom)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Override
  public String toString() {
    return "SupportCard[" + rows.size() + " rows]";
  }
}
