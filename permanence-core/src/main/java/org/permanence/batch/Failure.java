package org.permanence.batch;

import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.child.ChildId;

/**
 * Why one item of a batch, usually one child, has no result.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Failure {

  Failure() {}

  /**
   * Returns a failure of one child.
   *
   * @param childId the child
   * @param message what went wrong, without personal data
   * @return the failure
   */
  public static Failure of(ChildId childId, String message) {
    return ImmutableFailure.builder().childId(childId).message(message).build();
  }

  /**
   * Returns the child that failed, if the failure is about one child.
   *
   * @return the child, or empty
   */
  public abstract Optional<ChildId> childId();

  /**
   * Returns what went wrong.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the failure as text, naming the child once: {@code child C1: the reason}, or the
   * message alone when it already begins by naming the child, as a missing rate's does
   * ({@code child C1, episode starting ...}).
   *
   * @return the failure as text
   */
  @Override
  public String toString() {
    if (childId().isEmpty() || namesChildFirst(message(), childId().get())) {
      return message();
    }
    return "child " + childId().get() + ": " + message();
  }

  private static boolean namesChildFirst(String message, ChildId childId) {
    String named = "child " + childId.value();
    if (!message.startsWith(named)) {
      return false;
    }
    // "child C1" names C1 in "child C1, ..." or "child C1's ...", but not in "child C10, ..."
    return message.length() == named.length() || ",:' \n".indexOf(message.charAt(named.length())) >= 0;
  }
}
