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

  @Override
  public String toString() {
    return childId().map(id -> "child " + id + ": ").orElse("") + message();
  }
}
