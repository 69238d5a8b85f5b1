package org.permanence.code;

import java.util.Optional;

/**
 * Who provides a placement (SSDA903 field {@code PLACE_PROVIDER}).
 *
 * <p>The field may be empty for placements with no provider (temporary placements, for example);
 * such a placement is held as an empty {@code Optional} on the episode.
 */
public enum PlacementProvider implements Ssda903Code {
  /** Parent or other person with parental responsibility. */
  PR0("PR0", "Parent or other person with parental responsibility"),
  /** Own provision by the local authority. */
  PR1("PR1", "Own provision by the local authority"),
  /** Other local authority provision. */
  PR2("PR2", "Other local authority provision"),
  /** Other public provision, such as a primary care trust or school. */
  PR3("PR3", "Other public provision, such as a primary care trust or school"),
  /** Private provision. */
  PR4("PR4", "Private provision"),
  /** Voluntary or third sector provision. */
  PR5("PR5", "Voluntary or third sector provision");

  private static final CodeLookup<PlacementProvider> LOOKUP = new CodeLookup<>(PlacementProvider.class, "placement provider (PLACE_PROVIDER)");

  private final String code;
  private final String description;

  PlacementProvider(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the constant for a code, such as {@code "PR0"}.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive)
   * @return the constant
   * @throws IllegalArgumentException if the code is not in the list; the message lists the valid codes
   */
  public static PlacementProvider of(String code) {
    return LOOKUP.of(code);
  }

  /**
   * Finds the constant for a code, or empty if the code is not in the list.
   *
   * @param code the code exactly as the DfE writes it (case-sensitive); any character sequence,
   *     so a reader can look a code up in its buffer without making a string
   * @return the constant, or empty
   */
  public static Optional<PlacementProvider> find(CharSequence code) {
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
