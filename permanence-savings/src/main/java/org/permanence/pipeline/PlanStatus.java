package org.permanence.pipeline;

import java.util.Locale;
import java.util.Optional;

/** How sure a planned exit is. */
public enum PlanStatus {
  /** The order or return is arranged: the exit is expected on its date. */
  SCHEDULED("scheduled"),
  /** Carers are being assessed (as prospective special guardians, say): the exit may not happen. */
  ASSESSING("assessing");

  private final String code;

  PlanStatus(String code) {
    this.code = code;
  }

  /**
   * Returns the status as a planned-exits file writes it.
   *
   * @return {@code scheduled} or {@code assessing}
   */
  public String code() {
    return code;
  }

  /**
   * Finds a status by its code, in any case.
   *
   * @param text the code, such as {@code scheduled}
   * @return the status, or empty if the text is neither code
   */
  public static Optional<PlanStatus> find(String text) {
    String code = text.trim().toLowerCase(Locale.ROOT);
    for (PlanStatus status : values()) {
      if (status.code.equals(code)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
