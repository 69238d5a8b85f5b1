package org.permanence.reduction;

import java.math.BigDecimal;

/**
 * Thrown when no number of weeks saves the target: even ending every period at its start saves
 * less. It carries the most that can be saved.
 */
public final class TargetOutOfReachException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The target saving, as asked. */
  private final BigDecimal target;
  /** The most that can be saved, to pence. */
  private final BigDecimal most;
  /** The fewest weeks sooner that save the most. */
  private final int weeks;

  /**
   * Makes the exception.
   *
   * @param target the target saving
   * @param most the most that can be saved, to pence
   * @param weeks the fewest weeks that save the most
   */
  public TargetOutOfReachException(BigDecimal target, BigDecimal most, int weeks) {
    super("a saving of " + target.toPlainString() + " is out of reach: ending every period that"
        + " ended in the window at its start (" + weeks + (weeks == 1 ? " week" : " weeks")
        + " or more sooner) saves at most " + most.toPlainString());
    this.target = target;
    this.most = most;
    this.weeks = weeks;
  }

  /**
   * Returns the target saving.
   *
   * @return the target
   */
  public BigDecimal target() {
    return target;
  }

  /**
   * Returns the most that can be saved: every period's whole cost, rounded period by period.
   *
   * @return the most, to pence
   */
  public BigDecimal most() {
    return most;
  }

  /**
   * Returns the fewest weeks that save the most: enough to end the longest period at its start.
   *
   * @return the weeks
   */
  public int weeks() {
    return weeks;
  }
}
