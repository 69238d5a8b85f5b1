package org.permanence.exit;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.permanence.code.ReasonEpisodeCeased;

/**
 * Which reasons for ceasing (REC) are exits, and by which route: reference data, replaceable by
 * a council that counts exits differently.
 *
 * <p>{@link #DEFAULT} is the table of the methodology: adoption {@code E11}, {@code E12}; special
 * guardianship {@code E45} to {@code E48}; a child arrangements order {@code E41}; a planned
 * return home {@code E4A}. Any other reason, an unplanned return home ({@code E4B}) among them,
 * is not an exit. This class is immutable and thread-safe.
 */
public final class RouteTable {

  /** Why a table cannot name X1: it continues a period of care, so never ends one. */
  static final String X1_IS_NOT_AN_EXIT = "X1 continues a period of care into the next episode, so"
      + " never ends one and is never an exit; expected a reason that ends care";

  /** The methodology's table. */
  public static final RouteTable DEFAULT = of(Map.of(
      ReasonEpisodeCeased.E11, Route.ADOPTION,
      ReasonEpisodeCeased.E12, Route.ADOPTION,
      ReasonEpisodeCeased.E45, Route.SGO,
      ReasonEpisodeCeased.E46, Route.SGO,
      ReasonEpisodeCeased.E47, Route.SGO,
      ReasonEpisodeCeased.E48, Route.SGO,
      ReasonEpisodeCeased.E41, Route.CAO,
      ReasonEpisodeCeased.E4A, Route.RETURN_HOME));

  private final Map<ReasonEpisodeCeased, Route> routes;

  private RouteTable(Map<ReasonEpisodeCeased, Route> routes) {
    this.routes = routes;
  }

  /**
   * Returns the table giving each reason its route; reasons not given are not exits.
   *
   * @param routes the route of each reason that is an exit
   * @return the table
   * @throws IllegalArgumentException if the routes name {@code X1}, which never ends care
   */
  public static RouteTable of(Map<ReasonEpisodeCeased, Route> routes) {
    requireNonNull(routes, "routes");
    if (routes.containsKey(ReasonEpisodeCeased.X1)) {
      throw new IllegalArgumentException(X1_IS_NOT_AN_EXIT);
    }
    Map<ReasonEpisodeCeased, Route> copy = new EnumMap<>(ReasonEpisodeCeased.class);
    routes.forEach((reason, route) ->
        copy.put(requireNonNull(reason, "reason"), requireNonNull(route, "route")));
    return new RouteTable(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the route of a reason for ceasing, if it is an exit.
   *
   * @param reason the reason an episode ended (REC)
   * @return the route, or empty when the reason is not an exit
   */
  public Optional<Route> route(ReasonEpisodeCeased reason) {
    return Optional.ofNullable(routes.get(requireNonNull(reason, "reason")));
  }

  /**
   * Returns the route of each reason that is an exit.
   *
   * @return the table, in the order of the reasons
   */
  public Map<ReasonEpisodeCeased, Route> asMap() {
    return routes;
  }

  /**
   * Returns the routes the table gives, in order of name.
   *
   * @return the routes
   */
  public Set<Route> routes() {
    return Collections.unmodifiableSet(new TreeSet<>(routes.values()));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RouteTable && ((RouteTable) obj).routes.equals(routes);
  }

  @Override
  public int hashCode() {
    return routes.hashCode();
  }

  @Override
  public String toString() {
    return routes.entrySet().stream()
        .map(entry -> entry.getKey().code() + "=" + entry.getValue())
        .collect(Collectors.joining(", ", "RouteTable[", "]"));
  }
}
