package org.permanence.code;

import java.util.Optional;

/**
 * Why a placement changed (SSDA903 field {@code REASON_PLACE_CHANGE}).
 */
public enum ReasonForPlacementChange implements Ssda903Code {
  /** Change to or implementation of the care plan. */
  CARPL("CARPL", "Change to or implementation of the care plan"),
  /** Resignation or closure of the provision. */
  CLOSE("CLOSE", "Resignation or closure of the provision"),
  /** Allegation (section 47 enquiry). */
  ALLEG("ALLEG", "Allegation (section 47 enquiry)"),
  /** Standards of care concern. */
  STAND("STAND", "Standards of care concern"),
  /** Approval removed. */
  APPRR("APPRR", "Approval removed"),
  /** Carer requests placement end because of the child's behaviour. */
  CREQB("CREQB", "Carer requests placement end because of the child's behaviour"),
  /** Carer requests placement end for another reason. */
  CREQO("CREQO", "Carer requests placement end for another reason"),
  /** Child requests placement end. */
  CHILD("CHILD", "Child requests placement end"),
  /** Responsible authority requests placement end. */
  LAREQ("LAREQ", "Responsible authority requests placement end"),
  /** Change in the status of the placement only. */
  PLACE("PLACE", "Change in the status of the placement only"),
  /** Custody arrangement. */
  CUSTOD("CUSTOD", "Custody arrangement"),
  /** Other. */
  OTHER("OTHER", "Other");

  private static final CodeLookup<ReasonForPlacementChange> LOOKUP = new CodeLookup<>(ReasonForPlacementChange.class, "reason for placement change (REASON_PLACE_CHANGE)");

  private final String code;
  private final String description;

  ReasonForPlacementChange(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the constant for a code, such as {@code "CARPL"}.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive)
   * @return the constant
   * @throws IllegalArgumentException if the code is not in the list; the message lists the valid codes
   */
  public static ReasonForPlacementChange of(String code) {
    return LOOKUP.of(code);
  }

  /**
   * Finds the constant for a code, or empty if the code is not in the list.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive); any character sequence,
   *     so a reader can look a code up in its buffer without making a string
   * @return the constant, or empty
   */
  public static Optional<ReasonForPlacementChange> find(CharSequence code) {
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
