package org.permanence.code;

import java.util.Optional;

/**
 * A child's sex as recorded in the SSDA903 header (field {@code SEX}).
 *
 * <p>Up to 2023-24 the field held {@code 1} or {@code 2}; from 2024-25 it holds {@code M}, {@code F}
 * or {@code U}. A history file mixes years, so all five codes are accepted.
 */
public enum Sex implements Ssda903Code {
  /** Male (code used up to 2023-24). */
  MALE_1("1", "Male (code used up to 2023-24)"),
  /** Female (code used up to 2023-24). */
  FEMALE_2("2", "Female (code used up to 2023-24)"),
  /** Male. */
  M("M", "Male"),
  /** Female. */
  F("F", "Female"),
  /** Unknown or not recorded. */
  U("U", "Unknown or not recorded");

  private static final CodeLookup<Sex> LOOKUP = new CodeLookup<>(Sex.class, "sex (SEX)");

  private final String code;
  private final String description;

  Sex(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the constant for a code, such as {@code "1"}.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive)
   * @return the constant
   * @throws IllegalArgumentException if the code is not in the list; the message lists the valid codes
   */
  public static Sex of(String code) {
    return LOOKUP.of(code);
  }

  /**
   * Finds the constant for a code, or empty if the code is not in the list.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive); any character sequence,
   *     so a reader can look a code up in its buffer without making a string
   * @return the constant, or empty
   */
  public static Optional<Sex> find(CharSequence code) {
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
