package org.permanence.targets;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.exit.Route;

/**
 * What a target measures: exits by any permanence route or by one ({@code exits},
 * {@code exits:SGO}), the net saving of the year's exits ({@code net_saving}), or the mean days in
 * care of the periods that ended in the year ({@code mean_days}, where lower is better).
 */
@Value.Immutable
public abstract class Measure {

  /** The kinds of measure. */
  public enum Kind {
    /** Exits by a permanence route: a count, higher is better. */
    EXITS,
    /** The net saving of the year's exits, in pounds: higher is better. */
    NET_SAVING,
    /** The mean days in care of the periods ended in the year: lower is better. */
    MEAN_DAYS
  }

  Measure() {}

  /** Exits by any permanence route. */
  public static final Measure EXITS = ImmutableMeasure.builder().kind(Kind.EXITS).build();

  /** The net saving of the year's exits. */
  public static final Measure NET_SAVING = ImmutableMeasure.builder().kind(Kind.NET_SAVING).build();

  /** The mean days in care of the periods ended in the year. */
  public static final Measure MEAN_DAYS = ImmutableMeasure.builder().kind(Kind.MEAN_DAYS).build();

  /**
   * Returns the measure of exits by one route.
   *
   * @param route the route
   * @return the measure
   */
  public static Measure exits(Route route) {
    return ImmutableMeasure.builder().kind(Kind.EXITS).route(route).build();
  }

  /**
   * Reads a measure as a targets file writes it: {@code exits}, {@code exits:ROUTE},
   * {@code net_saving} or {@code mean_days}, in any case.
   *
   * @param text the text
   * @return the measure
   * @throws IllegalArgumentException if the text is none of these, or names no route
   */
  public static Measure parse(String text) {
    String value = text.trim();
    int colon = value.indexOf(':');
    String name = (colon < 0 ? value : value.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    if (colon >= 0) {
      if (!name.equals("exits")) {
        throw new IllegalArgumentException("only exits can be by route, as exits:SGO");
      }
      return exits(Route.of(value.substring(colon + 1).trim().toUpperCase(Locale.ROOT)));
    }
    switch (name) {
      case "exits":
        return EXITS;
      case "net_saving":
        return NET_SAVING;
      case "mean_days":
        return MEAN_DAYS;
      default:
        throw new IllegalArgumentException("not a measure");
    }
  }

  /**
   * Returns the kind of measure.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the route, for exits by one route.
   *
   * @return the route, or empty for every route (and for the other kinds)
   */
  public abstract Optional<Route> route();

  /**
   * Returns whether a lower figure is better: true for mean days in care.
   *
   * @return true when lower is better
   */
  public boolean lowerIsBetter() {
    return kind() == Kind.MEAN_DAYS;
  }

  /**
   * Returns the measure as a targets file writes it.
   *
   * @return such as {@code exits:SGO}
   */
  @Override
  public String toString() {
    switch (kind()) {
      case EXITS:
        return route().map(route -> "exits:" + route.name()).orElse("exits");
      case NET_SAVING:
        return "net_saving";
      default:
        return "mean_days";
    }
  }

  @Value.Check
  void check() {
    if (route().isPresent() && kind() != Kind.EXITS) {
      throw new IllegalArgumentException("only exits can be by route");
    }
  }
}
