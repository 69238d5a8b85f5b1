package org.permanence.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.exit.Route;
import org.permanence.time.Age;

/**
 * One row of a support card: {@code route,kind,min_age,max_age,effective_from,amount}. A row with
 * no route is written {@code *} and applies to any route, less specifically than a row naming
 * the route.
 */
@Value.Immutable
public abstract class SupportRow {

  SupportRow() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupportRow}; each attribute may be set once. */
  public static final class Builder extends ImmutableSupportRow.Builder {
    Builder() {}
  }

  /**
   * Returns the route the row is for, or empty for any route ({@code *}).
   *
   * @return the route
   */
  public abstract Optional<Route> route();

  /**
   * Returns whether the amount is weekly or once.
   *
   * @return the kind
   */
  public abstract SupportKind kind();

  /**
   * Returns the youngest age the row is for, if bounded.
   *
   * @return the lower bound, inclusive
   */
  public abstract Optional<Integer> minAge();

  /**
   * Returns the oldest age the row is for, if bounded.
   *
   * @return the upper bound, inclusive
   */
  public abstract Optional<Integer> maxAge();

  /**
   * Returns the first day the row applies.
   *
   * @return the effective date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns the amount in pounds: a week's allowance, or the one-off cost.
   *
   * @return the amount, zero or more
   */
  public abstract BigDecimal amount();

  /**
   * Returns where the row came from, such as {@code support.csv line 4}, for explanations.
   *
   * @return the source, if known
   */
  @Value.Auxiliary
  public abstract Optional<String> source();

  /**
   * Tells whether either age bound is given; a bounded row is more specific than an unbounded one.
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
   * Returns the oldest age covered, 17 when unbounded.
   *
   * @return the upper age, inclusive
   */
  public int highestAge() {
    return maxAge().orElse(Age.ADULTHOOD - 1);
  }

  /**
   * Tells whether the row applies to an exit by a route at an age, whatever the date.
   *
   * @param exitRoute the exit's route
   * @param age the child's age in completed years
   * @return true if the route and age match
   */
  public boolean matches(Route exitRoute, int age) {
    return (route().isEmpty() || route().get().equals(exitRoute))
        && age >= lowestAge()
        && age <= highestAge();
  }

  /**
   * Returns the row as written in a support card CSV.
   *
   * @return the row as text
   */
  @Override
  public String toString() {
    return route().map(Route::name).orElse("*") + "," + kind().code() + ","
        + minAge().map(String::valueOf).orElse("") + "," + maxAge().map(String::valueOf).orElse("")
        + "," + effectiveFrom() + "," + amount().toPlainString();
  }

  @Value.Check
  void check() {
    if (amount().signum() < 0) {
      throw new IllegalArgumentException("a support amount must not be negative, but was " + amount());
    }
    for (Optional<Integer> bound : List.of(minAge(), maxAge())) {
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
