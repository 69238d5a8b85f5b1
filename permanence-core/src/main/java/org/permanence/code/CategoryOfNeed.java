package org.permanence.code;

import java.util.Optional;

/**
 * The main reason a child came into care (SSDA903 field {@code CIN}).
 */
public enum CategoryOfNeed implements Ssda903Code {
  /** Abuse or neglect. */
  N1("N1", "Abuse or neglect"),
  /** Child's disability. */
  N2("N2", "Child's disability"),
  /** Parental illness or disability. */
  N3("N3", "Parental illness or disability"),
  /** Family in acute stress. */
  N4("N4", "Family in acute stress"),
  /** Family dysfunction. */
  N5("N5", "Family dysfunction"),
  /** Socially unacceptable behaviour. */
  N6("N6", "Socially unacceptable behaviour"),
  /** Low income. */
  N7("N7", "Low income"),
  /** Absent parenting. */
  N8("N8", "Absent parenting");

  private static final CodeLookup<CategoryOfNeed> LOOKUP = new CodeLookup<>(CategoryOfNeed.class, "category of need (CIN)");

  private final String code;
  private final String description;

  CategoryOfNeed(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the constant for a code, such as {@code "N1"}.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive)
   * @return the constant
   * @throws IllegalArgumentException if the code is not in the list; the message lists the valid codes
   */
  public static CategoryOfNeed of(String code) {
    return LOOKUP.of(code);
  }

  /**
   * Finds the constant for a code, or empty if the code is not in the list.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive); any character sequence,
   *     so a reader can look a code up in its buffer without making a string
   * @return the constant, or empty
   */
  public static Optional<CategoryOfNeed> find(CharSequence code) {
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
