package org.permanence.cost;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.child.ChildId;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;

/**
 * Days of a stay that no row of the rate card prices: a placement is never silently free.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MissingRate {

  MissingRate() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MissingRate}; each attribute may be set once. */
  public static final class Builder extends ImmutableMissingRate.Builder {
    Builder() {}
  }

  /**
   * Returns the child.
   *
   * @return the child's identifier
   */
  public abstract ChildId childId();

  /**
   * Returns the start ({@code DECOM}) of the episode, or of the stay, that has no rate.
   *
   * @return the episode's start
   */
  public abstract LocalDate episodeStart();

  /**
   * Returns the placement type.
   *
   * @return the placement type
   */
  public abstract PlacementType placementType();

  /**
   * Returns the provider, or empty for a placement with none.
   *
   * @return the provider
   */
  public abstract Optional<PlacementProvider> placementProvider();

  /**
   * Returns the child's age on those days.
   *
   * @return the age in completed years
   */
  public abstract int age();

  /**
   * Returns the first day with no rate.
   *
   * @return the first day
   */
  public abstract LocalDate firstDay();

  /**
   * Returns the last day with no rate, inclusive.
   *
   * @return the last day
   */
  public abstract LocalDate lastDay();

  /**
   * Says what is missing and how to put it right.
   *
   * @return the message
   */
  public String message() {
    return "child " + childId() + ", episode starting " + episodeStart() + ": no rate for placement "
        + placementType().code() + " with provider "
        + placementProvider().map(PlacementProvider::code).orElse("(none)") + " at age " + age()
        + (lastDay().equals(firstDay()) ? " on " + firstDay() : " from " + firstDay() + " to " + lastDay())
        + "; expected a rate card row that matches (a 0 row if the placement costs nothing)";
  }

  @Override
  public String toString() {
    return message();
  }
}
