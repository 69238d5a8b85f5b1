package org.permanence.targets;

/** Where a target stands at an as-at date. */
public enum TargetStatus {
  /** The actual reaches the target (for mean days, is at or below it). */
  MET("met"),
  /** In the year under way, not met, but at or past the target's share of the year so far. */
  ON_TRACK("on track"),
  /** In the year under way, short of the target's share of the year so far. */
  BEHIND("behind"),
  /** For a year gone, not met. */
  MISSED("missed");

  private final String label;

  TargetStatus(String label) {
    this.label = label;
  }

  /**
   * Returns the status as a report writes it.
   *
   * @return such as {@code on track}
   */
  public String label() {
    return label;
  }
}
