package org.permanence.care;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding about one child's episodes that stops them forming a valid care history, such as two
 * episodes that overlap.
 *
 * <p>Problems are values, so that a whole file can be checked and every problem listed. The
 * message never contains a date of birth or a postcode.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CareHistoryProblem {

  CareHistoryProblem() {}

  /** What is wrong. */
  public enum Kind {
    /** The episode belongs to another child than the history's. */
    OTHER_CHILD,
    /** The episode starts before the child's date of birth. */
    STARTS_BEFORE_BIRTH,
    /** The episode overlaps an earlier one. */
    OVERLAP,
    /** An open episode (no end date) is followed by another episode. */
    OPEN_NOT_LAST
  }

  /**
   * Returns a problem.
   *
   * @param kind what is wrong
   * @param episodeIndex the index of the episode at fault, in the list as given
   * @param relatedIndex the index of the other episode involved, if any
   * @param message what is wrong, in words, without personal data
   * @return the problem
   */
  public static CareHistoryProblem of(
      Kind kind, int episodeIndex, Optional<Integer> relatedIndex, String message) {
    return ImmutableCareHistoryProblem.builder()
        .kind(kind)
        .episodeIndex(episodeIndex)
        .relatedIndex(relatedIndex)
        .message(message)
        .build();
  }

  /**
   * Returns what is wrong.
   *
   * @return the kind of problem
   */
  public abstract Kind kind();

  /**
   * Returns the index of the episode at fault, in the list of episodes as it was given.
   *
   * @return a zero-based index
   */
  public abstract int episodeIndex();

  /**
   * Returns the index of the other episode involved (the one overlapped, for example).
   *
   * @return a zero-based index, or empty
   */
  public abstract Optional<Integer> relatedIndex();

  /**
   * Returns the problem in words.
   *
   * @return the message
   */
  public abstract String message();
}
