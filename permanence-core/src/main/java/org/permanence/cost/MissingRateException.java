package org.permanence.cost;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when days of care cannot be costed because no row of the rate card applies to them. It
 * lists every such stretch of the child's days, not only the first.
 */
public final class MissingRateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<MissingRate> missing;

  /**
   * Makes the exception.
   *
   * @param missing every stretch of days with no rate, at least one
   */
  public MissingRateException(List<MissingRate> missing) {
    super(missing.stream().map(MissingRate::message).collect(Collectors.joining("\n")));
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("a missing rate exception names at least one missing rate");
    }
    this.missing = List.copyOf(missing);
  }

  /**
   * Returns every stretch of days with no rate.
   *
   * @return the missing rates, in order of day
   */
  public List<MissingRate> missing() {
    return missing;
  }
}
