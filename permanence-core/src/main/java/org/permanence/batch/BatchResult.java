package org.permanence.batch;

import java.util.List;
import org.immutables.value.Value;

/**
 * The results of a calculation over many children, with the children it could not calculate.
 *
 * <p>A batch keeps going past a bad child: the results of every other child are kept, and the bad
 * one is reported in {@link #failures()}.
 *
 * @param <T> the type of result
 */
@Value.Immutable
public abstract class BatchResult<T> {

  BatchResult() {}

  /**
   * Returns a batch result.
   *
   * @param <T> the type of result
   * @param values the results, in order
   * @param failures the failures, in order
   * @return the batch result
   */
  public static <T> BatchResult<T> of(List<T> values, List<Failure> failures) {
    return ImmutableBatchResult.<T>builder().addAllValues(values).addAllFailures(failures).build();
  }

  /**
   * Returns the results.
   *
   * @return the results, in order
   */
  public abstract List<T> values();

  /**
   * Returns the items that failed.
   *
   * @return the failures, empty when every item succeeded
   */
  public abstract List<Failure> failures();

  /**
   * Tells whether any item failed.
   *
   * @return true if there is at least one failure
   */
  public boolean hasFailures() {
    return !failures().isEmpty();
  }
}
