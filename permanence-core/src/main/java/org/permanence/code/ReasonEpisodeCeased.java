package org.permanence.code;

import java.util.Optional;

/**
 * Why an episode of care ended (SSDA903 field {@code REC}).
 *
 * <p>{@link #X1} means the episode ended and another began the same day, continuing the period of
 * care; every other code ends the period. The permanence routes out of care are adoption ({@link
 * #E11}, {@link #E12}), special guardianship ({@link #E45} to {@link #E48}), a child arrangements
 * order ({@link #E41}) and a planned return home ({@link #E4A}).
 */
public enum ReasonEpisodeCeased implements Ssda903Code {
  /** Adopted, application for an adoption order unopposed. */
  E11("E11", "Adopted, application for an adoption order unopposed"),
  /** Adopted, consent dispensed with by the court. */
  E12("E12", "Adopted, consent dispensed with by the court"),
  /** Left care to live with parents, relatives or other persons with no parental responsibility. */
  E13("E13", "Left care to live with parents, relatives or other persons with no parental responsibility"),
  /** Accommodation on remand ended. */
  E14("E14", "Accommodation on remand ended"),
  /** Age assessment determined child is aged 18 or over. */
  E15("E15", "Age assessment determined child is aged 18 or over"),
  /** Child moved abroad. */
  E16("E16", "Child moved abroad"),
  /** Aged 18 or over and remained with current carers (staying put). */
  E17("E17", "Aged 18 or over and remained with current carers (staying put)"),
  /** Died. */
  E2("E2", "Died"),
  /** Care taken over by another local authority in the UK. */
  E3("E3", "Care taken over by another local authority in the UK"),
  /** Residence order or child arrangements order naming who the child lives with. */
  E41("E41", "Residence order or child arrangements order naming who the child lives with"),
  /** Special guardianship order made to former foster carers who are relatives or friends. */
  E45("E45", "Special guardianship order made to former foster carers who are relatives or friends"),
  /** Special guardianship order made to former foster carers who are not relatives or friends. */
  E46("E46", "Special guardianship order made to former foster carers who are not relatives or friends"),
  /** Special guardianship order made to carers other than former foster carers, who are relatives or friends. */
  E47("E47", "Special guardianship order made to carers other than former foster carers, who are relatives or friends"),
  /** Special guardianship order made to carers other than former foster carers, who are not relatives or friends. */
  E48("E48", "Special guardianship order made to carers other than former foster carers, who are not relatives or friends"),
  /** Returned home to live with parents or other person with parental responsibility as part of the care planning process. */
  E4A("E4A", "Returned home to live with parents or other person with parental responsibility as part of the care planning process"),
  /** Returned home to live with parents or other person with parental responsibility not as part of the care planning process. */
  E4B("E4B", "Returned home to live with parents or other person with parental responsibility not as part of the care planning process"),
  /** Moved into independent living arrangement with formalised support. */
  E5("E5", "Moved into independent living arrangement with formalised support"),
  /** Moved into independent living arrangement without formalised support. */
  E6("E6", "Moved into independent living arrangement without formalised support"),
  /** Transferred to residential care funded by adult social care. */
  E7("E7", "Transferred to residential care funded by adult social care"),
  /** Period of being looked after ceased for any other reason. */
  E8("E8", "Period of being looked after ceased for any other reason"),
  /** Sentenced to custody. */
  E9("E9", "Sentenced to custody"),
  /** Episode ceases and a new episode begins on the same day. */
  X1("X1", "Episode ceases and a new episode begins on the same day");

  private static final CodeLookup<ReasonEpisodeCeased> LOOKUP = new CodeLookup<>(ReasonEpisodeCeased.class, "reason episode ceased (REC)");

  private final String code;
  private final String description;

  ReasonEpisodeCeased(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the constant for a code, such as {@code "E11"}.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive)
   * @return the constant
   * @throws IllegalArgumentException if the code is not in the list; the message lists the valid codes
   */
  public static ReasonEpisodeCeased of(String code) {
    return LOOKUP.of(code);
  }

  /**
   * Finds the constant for a code, or empty if the code is not in the list.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive); any character sequence,
   *     so a reader can look a code up in its buffer without making a string
   * @return the constant, or empty
   */
  public static Optional<ReasonEpisodeCeased> find(CharSequence code) {
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
   * Tells whether this reason continues the period of care ({@link #X1}): the episode ended and a
   * new one began the same day.
   *
   * @return true for X1 only
   */
  public boolean isContinuation() {
    return this == X1;
  }
}
