package org.permanence.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.time.Age;

/**
 * One row of a rate card: the weekly cost of a kind of placement, for children of an age band,
 * from a date.
 *
 * <p>The row {@code U*, PR4, 11, 15, 2024-04-01, 950} charges £950 a week for any foster
 * placement ({@code U1}-{@code U6}) with a private provider, for a child aged 11 to 15 inclusive,
 * from 1 April 2024 until a more recent or more specific row applies. An empty provider means
 * {@code *} (any provider, including none); an empty age bound means unbounded.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RateRow {

  RateRow() {}

  /**
   * Returns a builder for a row.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RateRow}; each attribute may be set once. */
  public static final class Builder extends ImmutableRateRow.Builder {
    Builder() {}
  }

  /**
   * Returns the placement types the row applies to.
   *
   * @return the place pattern
   */
  public abstract PlacePattern place();

  /**
   * Returns the provider the row applies to, or empty for {@code *}: any provider, including a
   * placement with none.
   *
   * @return the provider, or empty for any
   */
  public abstract Optional<PlacementProvider> provider();

  /**
   * Returns the youngest age the row applies to, in completed years, if bounded.
   *
   * @return the minimum age, inclusive, or empty
   */
  public abstract Optional<Integer> minAge();

  /**
   * Returns the oldest age the row applies to, in completed years, if bounded.
   *
   * @return the maximum age, inclusive, or empty
   */
  public abstract Optional<Integer> maxAge();

  /**
   * Returns the first day the rate applies.
   *
   * @return the effective date, inclusive
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns the weekly cost in pounds, exact; a day costs a seventh of it.
   *
   * @return the weekly cost, zero or more
   */
  public abstract BigDecimal weeklyCost();

  /**
   * Returns where the row came from, such as {@code rates.csv line 7}, for explanations.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Tells whether either age bound is given; a bounded row is more specific than an unbounded
   * one.
   *
   * @return true if age-bounded
   */
  public boolean isAgeBounded() {
    return minAge().isPresent() || maxAge().isPresent();
  }

  /**
   * Returns the youngest age covered, 0 when unbounded.
   *
   * @return the lower age, inclusive
   */
  public int lowestAge() {
    return minAge().orElse(0);
  }

  /**
   * Returns the oldest age covered, 17 when unbounded (no child is looked after at 18).
   *
   * @return the upper age, inclusive
   */
  public int highestAge() {
    return maxAge().orElse(Age.ADULTHOOD - 1);
  }

  /**
   * Tells whether the row applies to a placement and age, whatever the date.
   *
   * @param type the placement type
   * @param provider the provider, or empty for a placement with none
   * @param age the child's age in completed years
   * @return true if place, provider and age all match
   */
  public boolean matches(PlacementType type, Optional<PlacementProvider> provider, int age) {
    return place().matches(type)
        && (provider().isEmpty() || provider().equals(provider))
        && age >= lowestAge()
        && age <= highestAge();
  }

  /**
   * Returns the row as written in a rate card CSV: {@code place,provider,min_age,max_age,
   * effective_from,weekly_cost}.
   *
   * @return the row as text
   */
  @Override
  public String toString() {
    return place() + "," + provider().map(PlacementProvider::code).orElse("*") + ","
        + minAge().map(String::valueOf).orElse("") + "," + maxAge().map(String::valueOf).orElse("")
        + "," + effectiveFrom() + "," + weeklyCost().toPlainString();
  }

  @Value.Check
  void check() {
    if (weeklyCost().signum() < 0) {
      throw new IllegalArgumentException("weekly cost must not be negative, but was " + weeklyCost());
    }
    for (Optional<Integer> bound : java.util.List.of(minAge(), maxAge())) {
      if (bound.isPresent() && (bound.get() < 0 || bound.get() >= Age.ADULTHOOD)) {
        throw new IllegalArgumentException("an age bound must be 0 to 17, but was " + bound.get());
      }
    }
    if (lowestAge() > highestAge()) {
      throw new IllegalArgumentException(
          "min_age " + lowestAge() + " must not be above max_age " + highestAge());
    }
  }
}
