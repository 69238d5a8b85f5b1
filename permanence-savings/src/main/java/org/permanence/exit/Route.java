package org.permanence.exit;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A route out of care, such as {@code SGO}: what a {@link RouteTable} gives a reason for ceasing
 * (REC), and what support cards and planned exits name. The four of the default table are
 * constants; a council's own table may name others.
 */
@Value.Immutable
public abstract class Route implements Comparable<Route> {

  // before the constants, which are checked against it as they are made
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Adoption (REC {@code E11}, {@code E12}). */
  public static final Route ADOPTION = of("ADOPTION");

  /** A special guardianship order (REC {@code E45} to {@code E48}). */
  public static final Route SGO = of("SGO");

  /** A child arrangements order naming who the child lives with (REC {@code E41}). */
  public static final Route CAO = of("CAO");

  /** A return home as part of care planning (REC {@code E4A}). */
  public static final Route RETURN_HOME = of("RETURN_HOME");

  Route() {}

  /**
   * Returns the route of a name.
   *
   * @param name capital letters, digits and underscores, starting with a letter
   * @return the route
   * @throws IllegalArgumentException if the name is not of that form
   */
  public static Route of(String name) {
    return ImmutableRoute.of(name);
  }

  /**
   * Returns the route's name, as tables and files write it.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  void check() {
    if (!NAME.matcher(name()).matches()) {
      throw new IllegalArgumentException("a route's name is capital letters, digits and"
          + " underscores, starting with a letter, such as SGO or RETURN_HOME, but was '"
          + name() + "'");
    }
  }

  @Override
  public int compareTo(Route other) {
    return name().compareTo(other.name());
  }

  @Override
  public String toString() {
    return name();
  }
}
