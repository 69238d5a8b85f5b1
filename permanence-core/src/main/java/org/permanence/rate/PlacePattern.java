package org.permanence.rate;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;
import org.permanence.code.PlacementType;

/**
 * Which placement types a rate card row applies to: one type ({@code U4}), every type whose code
 * starts with a prefix ({@code U*}), or every type ({@code *}).
 *
 * <p>A more specific pattern wins over a less specific one: an exact type over any prefix, a
 * longer prefix over a shorter one, any prefix over {@code *}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlacePattern {

  private static final PlacePattern ANY = new PlacePattern("", null);

  private final String prefix;
  private final PlacementType exact;

  private PlacePattern(String prefix, PlacementType exact) {
    this.prefix = prefix;
    this.exact = exact;
  }

  /**
   * Returns the pattern matching one placement type.
   *
   * @param type the placement type
   * @return the exact pattern
   */
  public static PlacePattern of(PlacementType type) {
    requireNonNull(type, "type");
    return new PlacePattern(type.code(), type);
  }

  /**
   * Returns the pattern matching every placement type.
   *
   * @return the {@code *} pattern
   */
  public static PlacePattern any() {
    return ANY;
  }

  /**
   * Parses a pattern as written in a rate card: {@code U4}, {@code U*} or {@code *}.
   *
   * @param text the pattern, case-sensitive as codes are
   * @return the pattern
   * @throws IllegalArgumentException if the text is not a placement type code, a prefix of one or
   *     more codes followed by {@code *}, or {@code *}
   */
  public static PlacePattern parse(String text) {
    requireNonNull(text, "text");
    if (text.equals("*")) {
      return ANY;
    }
    if (text.endsWith("*")) {
      String prefix = text.substring(0, text.length() - 1);
      if (prefix.contains("*")
          || Arrays.stream(PlacementType.values()).noneMatch(t -> t.code().startsWith(prefix))) {
        throw new IllegalArgumentException("place pattern '" + text
            + "' is not a prefix of any placement type code followed by *, such as U*");
      }
      return new PlacePattern(prefix, null);
    }
    Optional<PlacementType> type = PlacementType.find(text);
    if (type.isEmpty()) {
      throw new IllegalArgumentException("place '" + text + "' is not a placement type code ("
          + PlacementType.validCodes() + "), a prefix followed by * such as U*, or *");
    }
    return of(type.get());
  }

  /**
   * Tells whether the pattern applies to a placement type.
   *
   * @param type the placement type
   * @return true if it matches
   */
  public boolean matches(PlacementType type) {
    return exact != null ? exact == type : type.code().startsWith(prefix);
  }

  /**
   * Returns how specific the pattern is: higher wins. {@code *} is 0, a prefix its length, an
   * exact type more than any prefix.
   *
   * @return the specificity
   */
  public int specificity() {
    return exact != null ? 100 : prefix.length();
  }

  /**
   * Returns the exact placement type, if the pattern names one.
   *
   * @return the type, or empty for a prefix or {@code *}
   */
  public Optional<PlacementType> exact() {
    return Optional.ofNullable(exact);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PlacePattern)) {
      return false;
    }
    PlacePattern other = (PlacePattern) obj;
    return exact == other.exact && prefix.equals(other.prefix);
  }

  @Override
  public int hashCode() {
    return prefix.hashCode() * 31 + (exact == null ? 0 : 1);
  }

  /**
   * Returns the pattern as written in a rate card.
   *
   * @return {@code U4}, {@code U*} or {@code *}
   */
  @Override
  public String toString() {
    return exact != null ? exact.code() : prefix + "*";
  }
}
