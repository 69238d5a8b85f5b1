package org.permanence.rate;

import org.immutables.value.Value;

/**
 * A reason a set of rows cannot form a rate card: two rows that would both apply to the same
 * placement, age and date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RateCardProblem {

  RateCardProblem() {}

  /** What is wrong. */
  public enum Kind {
    /** Two rows equal in place, provider, ages and effective date. */
    DUPLICATE,
    /** Two rows with the same place, provider and effective date whose age ranges overlap. */
    AGE_OVERLAP
  }

  static RateCardProblem of(Kind kind, int rowIndex, int otherIndex, String message) {
    return ImmutableRateCardProblem.builder()
        .kind(kind)
        .rowIndex(rowIndex)
        .otherIndex(otherIndex)
        .message(message)
        .build();
  }

  /**
   * Returns what is wrong.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the index of the later row at fault, in the rows as given.
   *
   * @return a zero-based index
   */
  public abstract int rowIndex();

  /**
   * Returns the index of the earlier row it clashes with.
   *
   * @return a zero-based index
   */
  public abstract int otherIndex();

  /**
   * Returns the problem in words.
   *
   * @return the message
   */
  public abstract String message();
}
