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
   * Tells whether the first day is the birthday on which the child turned {@link #age()}: the
   * stretch begins there because the age changed, not at a date of the records or the window.
   *
   * @return true if the stretch begins on a birthday
   */
  @Value.Default
  public boolean startsOnBirthday() {
    return false;
  }

  /**
   * Tells whether the day after the last day is the child's next birthday: the stretch ends there
   * because the age changes, or because care ends on the 18th birthday.
   *
   * @return true if the stretch ends on the day before a birthday
   */
  @Value.Default
  public boolean endsBeforeBirthday() {
    return false;
  }

  /**
   * Says what is missing and how to put it right, such as {@code child C1, episode starting
   * 2019-05-01: no rate for placement U4 with provider PR1 at age 16 from the 16th birthday to
   * 2019-09-30; expected ...}.
   *
   * <p>A first or last day set by a birthday is named as the birthday, never by its date: the
   * date, with the age beside it, would give away the child's date of birth.
   *
   * @return the message
   */
  public String message() {
    return "child " + childId() + ", episode starting " + episodeStart() + ": no rate for placement "
        + placementType().code() + " with provider "
        + placementProvider().map(PlacementProvider::code).orElse("(none)") + " at age " + age()
        + days() + "; expected a rate card row that matches (a 0 row if the placement costs nothing)";
  }

  private String days() {
    if (!startsOnBirthday() && !endsBeforeBirthday() && lastDay().equals(firstDay())) {
      return " on " + firstDay();
    }
    String first = startsOnBirthday() ? "the " + ordinal(age()) + " birthday" : firstDay().toString();
    String last = endsBeforeBirthday() ? "the day before the " + ordinal(age() + 1) + " birthday"
        : lastDay().toString();
    return " from " + first + " to " + last;
  }

  private static String ordinal(int number) {
    int lastTwo = number % 100;
    int last = number % 10;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return number + suffix;
  }

  @Override
  public String toString() {
    return message();
  }
}
