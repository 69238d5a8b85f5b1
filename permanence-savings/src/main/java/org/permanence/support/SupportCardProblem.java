package org.permanence.support;

import org.immutables.value.Value;

/** Two rows of a support card that clash: which applies would be ambiguous. */
@Value.Immutable
public abstract class SupportCardProblem {

  SupportCardProblem() {}

  /** How two rows clash. */
  public enum Kind {
    /** Equal in route, kind, ages and effective date. */
    DUPLICATE,
    /** Equal in route, kind and effective date, with ages that overlap. */
    AGE_OVERLAP
  }

  static SupportCardProblem of(Kind kind, int rowIndex, int otherIndex, String message) {
    return ImmutableSupportCardProblem.builder()
        .kind(kind).rowIndex(rowIndex).otherIndex(otherIndex).message(message).build();
  }

  /**
   * Returns how the rows clash.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the index of the later row.
   *
   * @return the row's index in the list given
   */
  public abstract int rowIndex();

  /**
   * Returns the index of the earlier row it clashes with.
   *
   * @return the other row's index
   */
  public abstract int otherIndex();

  /**
   * Returns what is wrong, naming both rows.
   *
   * @return the message
   */
  public abstract String message();
}
