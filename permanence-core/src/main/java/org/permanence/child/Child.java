package org.permanence.child;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.code.Sex;
import org.permanence.time.Age;

/**
 * A child from the SSDA903 header file: identifier, date of birth and the few other facts kept.
 *
 * <p>The date of birth and UPN are personal data: they are redacted from {@link #toString()} and
 * never appear in a message of the library. Ethnicity, when given, is kept as written.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Child {

  Child() {}

  /**
   * Returns a child with only the two required facts.
   *
   * @param id the identifier
   * @param dateOfBirth the date of birth
   * @return the child
   */
  public static Child of(ChildId id, LocalDate dateOfBirth) {
    return builder().id(id).dateOfBirth(dateOfBirth).build();
  }

  /**
   * Returns a builder for a child.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Child}; each attribute may be set once. */
  public static final class Builder extends ImmutableChild.Builder {
    Builder() {}
  }

  /**
   * Returns the child's identifier.
   *
   * @return the identifier
   */
  public abstract ChildId id();

  /**
   * Returns the date of birth (SSDA903 {@code DOB}); redacted from {@code toString}.
   *
   * @return the date of birth
   */
  @Value.Redacted
  public abstract LocalDate dateOfBirth();

  /**
   * Returns the recorded sex, if given.
   *
   * @return the sex, or empty
   */
  public abstract Optional<Sex> sex();

  /**
   * Returns the recorded ethnicity code as written, if given.
   *
   * @return the ethnicity code, or empty
   */
  public abstract Optional<String> ethnicity();

  /**
   * Returns the unique pupil number, if given; redacted from {@code toString}.
   *
   * @return the UPN, or empty
   */
  @Value.Redacted
  public abstract Optional<String> upn();

  /**
   * Returns the day the child attains 18 and stops being looked after; care, costs and support
   * count up to the day before it.
   *
   * @return the 18th birthday (1 March for a 29 February birth in a common year)
   */
  @Value.Lazy
  public LocalDate eighteenthBirthday() {
    return Age.eighteenthBirthday(dateOfBirth());
  }

  /**
   * Returns the child's age in completed years on a date.
   *
   * @param onDate the date, not before the date of birth
   * @return the age in completed years
   * @throws IllegalArgumentException if the date is before the date of birth
   */
  public int ageOn(LocalDate onDate) {
    return Age.completedYears(dateOfBirth(), onDate);
  }
}
