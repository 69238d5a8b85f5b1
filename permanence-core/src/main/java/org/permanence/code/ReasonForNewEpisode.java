package org.permanence.code;

import java.util.Optional;

/**
 * Why an episode of care started (SSDA903 field {@code RNE}).
 */
public enum ReasonForNewEpisode implements Ssda903Code {
  /** Started to be looked after. */
  S("S", "Started to be looked after"),
  /** Change of placement and carer. */
  P("P", "Change of placement and carer"),
  /** Change of legal status only. */
  L("L", "Change of legal status only"),
  /** Change of placement, same carer. */
  T("T", "Change of placement, same carer"),
  /** Change of legal status and placement, same carer. */
  U("U", "Change of legal status and placement, same carer"),
  /** Change of legal status, placement and carer. */
  B("B", "Change of legal status, placement and carer");

  private static final CodeLookup<ReasonForNewEpisode> LOOKUP = new CodeLookup<>(ReasonForNewEpisode.class, "reason for new episode (RNE)");

  private final String code;
  private final String description;

  ReasonForNewEpisode(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the constant for a code, such as {@code "S"}.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive)
   * @return the constant
   * @throws IllegalArgumentException if the code is not in the list; the message lists the valid codes
   */
  public static ReasonForNewEpisode of(String code) {
    return LOOKUP.of(code);
  }

  /**
   * Finds the constant for a code, or empty if the code is not in the list.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive); any character sequence,
   *     so a reader can look a code up in its buffer without making a string
   * @return the constant, or empty
   */
  public static Optional<ReasonForNewEpisode> find(CharSequence code) {
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
}
