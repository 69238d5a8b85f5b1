package org.permanence.code;

/**
 * A value of one of the SSDA903 code lists, carrying the code as the DfE writes it and a short
 * description.
 *
 * <p>Every code list is an enum implementing this interface, for example {@link
 * PlacementType#U4}. Codes are case-sensitive, as in the DfE's validator: {@code U4} is a code,
 * {@code u4} is not.
 */
public interface Ssda903Code {

  /**
   * Returns the code as written in the SSDA903 return, such as {@code "U4"} or {@code "E4A"}.
   *
   * @return the code, never empty
   */
  String code();

  /**
   * Returns a short description of the code in plain English.
   *
   * @return the description, never empty
   */
  String description();
}
