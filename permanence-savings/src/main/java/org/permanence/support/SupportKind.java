package org.permanence.support;

import java.util.Optional;

/** Whether support is paid each week from the exit date, or once on it. */
public enum SupportKind {
  /** An allowance paid weekly from the exit date to the horizon's end, costed by the day. */
  WEEKLY("weekly"),
  /** A cost charged once, on the exit date. */
  ONE_OFF("one-off");

  private final String code;

  SupportKind(String code) {
    this.code = code;
  }

  /**
   * Returns the kind as a support card writes it.
   *
   * @return {@code weekly} or {@code one-off}
   */
  public String code() {
    return code;
  }

  /**
   * Finds the kind a support card names.
   *
   * @param code {@code weekly} or {@code one-off}
   * @return the kind, or empty for anything else
   */
  public static Optional<SupportKind> find(String code) {
    for (SupportKind kind : values()) {
      if (kind.code.equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
