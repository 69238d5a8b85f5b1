package org.permanence.child;

import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A child's identifier as the council records it (SSDA903 field {@code CHILD}), such as {@code
 * "C0042"}.
 *
 * <p>Identifiers order as text by Unicode code point, the order of every output of the library.
 * The identifier is not personal data in itself and appears in messages.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ChildId implements Comparable<ChildId> {

  /** Orders strings by Unicode code point, which differs from {@link String#compareTo} above U+FFFF. */
  public static final Comparator<String> CODE_POINT_ORDER = ChildId::compareCodePoints;

  ChildId() {}

  /**
   * Returns the identifier for the given text.
   *
   * @param value the identifier, not blank, with no surrounding white space
   * @return the identifier
   * @throws IllegalArgumentException if the value is blank or has surrounding white space
   */
  public static ChildId of(String value) {
    return ImmutableChildId.of(value);
  }

  /**
   * Returns the identifier as written.
   *
   * @return the text of the identifier
   */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void check() {
    String value = value();
    // a value that neither starts nor ends with white space is not blank either
    if (value.isEmpty()
        || Character.isWhitespace(value.codePointAt(0))
        || Character.isWhitespace(value.codePointBefore(value.length()))) {
      if (value.isBlank()) {
        throw new IllegalArgumentException("child identifier must not be blank");
      }
      throw new IllegalArgumentException(
          "child identifier '" + value + "' must not start or end with white space");
    }
  }

  @Override
  public int compareTo(ChildId other) {
    return compareCodePoints(value(), other.value());
  }

  /**
   * Returns the identifier's text.
   *
   * @return the identifier
   */
  @Override
  public String toString() {
    return value();
  }

  private static int compareCodePoints(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    for (int k = 0; k < shorter; k++) {
      char ca = a.charAt(k);
      char cb = b.charAt(k);
      if (ca != cb) {
        // below the surrogates, UTF-16 order is code-point order
        if (ca < Character.MIN_SURROGATE && cb < Character.MIN_SURROGATE) {
          return ca - cb;
        }
        return compareCodePointsFrom(a, b, k);
      }
    }
    return a.length() - b.length();
  }

  private static int compareCodePointsFrom(String a, String b, int from) {
    // step back to the start of a surrogate pair split by the first difference
    int start = from > 0 && Character.isHighSurrogate(a.charAt(from - 1)) ? from - 1 : from;
    int i = start;
    int j = start;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
