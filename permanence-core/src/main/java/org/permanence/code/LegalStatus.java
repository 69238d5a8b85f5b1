package org.permanence.code;

import java.util.Optional;

/**
 * The legal status of a looked-after child (SSDA903 field {@code LS}).
 *
 * <p>Statuses {@link #V3} and {@link #V4} are short-break care, which is not a period of care and is
 * left out of every duration, cost and saving unless a caller asks for it.
 */
public enum LegalStatus implements Ssda903Code {
  /** Interim care order. */
  C1("C1", "Interim care order"),
  /** Full care order. */
  C2("C2", "Full care order"),
  /** Freeing order granted. */
  D1("D1", "Freeing order granted"),
  /** Placement order granted. */
  E1("E1", "Placement order granted"),
  /** Remanded to local authority accommodation or youth detention accommodation. */
  J1("J1", "Remanded to local authority accommodation or youth detention accommodation"),
  /** Placed in local authority accommodation under the Police and Criminal Evidence Act 1984. */
  J2("J2", "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984"),
  /** Sentenced to a youth rehabilitation order with a residence or fostering requirement. */
  J3("J3", "Sentenced to a youth rehabilitation order with a residence or fostering requirement"),
  /** Under police protection and in local authority accommodation. */
  L1("L1", "Under police protection and in local authority accommodation"),
  /** Emergency protection order. */
  L2("L2", "Emergency protection order"),
  /** Under a child assessment order and in local authority accommodation. */
  L3("L3", "Under a child assessment order and in local authority accommodation"),
  /** Single period of accommodation under section 20. */
  V2("V2", "Single period of accommodation under section 20"),
  /** Accommodated under an agreed series of short-term breaks, each break recorded as an episode. */
  V3("V3", "Accommodated under an agreed series of short-term breaks, each break recorded as an episode"),
  /** Accommodated under an agreed series of short-term breaks, only the agreement recorded. */
  V4("V4", "Accommodated under an agreed series of short-term breaks, only the agreement recorded");

  private static final CodeLookup<LegalStatus> LOOKUP = new CodeLookup<>(LegalStatus.class, "legal status (LS)");

  private final String code;
  private final String description;

  LegalStatus(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the constant for a code, such as {@code "C1"}.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive)
   * @return the constant
   * @throws IllegalArgumentException if the code is not in the list; the message lists the valid codes
   */
  public static LegalStatus of(String code) {
    return LOOKUP.of(code);
  }

  /**
   * Finds the constant for a code, or empty if the code is not in the list.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive); any character sequence,
   *     so a reader can look a code up in its buffer without making a string
   * @return the constant, or empty
   */
  public static Optional<LegalStatus> find(CharSequence code) {
    return LOOKUP.find(code);
  }

  /**
   * Returns the valid codes of this list, comma-separated, for messages.
   *
   * @return the codes in declaration order
   */
  public static String validCodes() {
    return LOOKUP.validCodes();
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }

  /**
   * Tells whether this status is short-break care ({@link #V3} or {@link #V4}), which is not a
   * period of care.
   *
   * @return true for V3 and V4
   */
  public boolean isShortBreak() {
    return this == V3 || this == V4;
  }
}
