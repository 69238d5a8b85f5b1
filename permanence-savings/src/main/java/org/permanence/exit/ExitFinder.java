package org.permanence.exit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.care.PeriodOfCare;
import org.permanence.code.ReasonEpisodeCeased;
import org.threeten.extra.LocalDateRange;

/**
 * Finds the exits in care histories: the periods of care, as at a date and with short breaks
 * left out, that ended within a window for a reason the route table names.
 *
 * <p>An exit is in the window when its date (DEC, the first day out of care) is; for the command
 * line's {@code --from A --to B}, that is {@code A <= DEC <= B}. A period that an episode on the
 * same day continues (REC {@code X1}) has not ended, and a child who returns home and comes back
 * into care the same day has exited once. This class is stateless and thread-safe.
 */
public final class ExitFinder {

  /** The finder. */
  public static final ExitFinder DEFAULT = new ExitFinder();

  /** Exits by date, then child in code-point order of identifier: the order of every output. */
  public static final Comparator<Exit> DATE_THEN_CHILD =
      Comparator.comparing(Exit::date).thenComparing(Exit::childId);

  private ExitFinder() {}

  /**
   * Returns a child's exits within a window, as at a date.
   *
   * @param history the child's history
   * @param routes which reasons for ceasing are exits, and by which route
   * @param window the half-open window of exit dates {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive: later episodes and ends are not yet known
   * @return the exits in order of date
   */
  public List<Exit> exits(CareHistory history, RouteTable routes, LocalDateRange window, LocalDate asAt) {
    requireNonNull(history, "history");
    requireNonNull(routes, "routes");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    List<Exit> exits = new ArrayList<>(1);
    addExits(history, routes, window, asAt, exits);
    return exits;
  }

  /**
   * Returns every child's exits within a window, as at a date.
   *
   * @param data the children's data
   * @param routes which reasons for ceasing are exits, and by which route
   * @param window the half-open window of exit dates {@code [startInclusive, endExclusive)}
   * @param asAt the as-at date, inclusive
   * @return the exits by date, then child ({@link #DATE_THEN_CHILD})
   */
  public List<Exit> exits(CareData data, RouteTable routes, LocalDateRange window, LocalDate asAt) {
    requireNonNull(data, "data");
    requireNonNull(routes, "routes");
    requireNonNull(window, "window");
    requireNonNull(asAt, "asAt");
    List<Exit> exits = new ArrayList<>();
    for (CareHistory history : data.histories()) {
      addExits(history, routes, window, asAt, exits);
    }
    exits.sort(DATE_THEN_CHILD);
    return exits;
  }

  private static void addExits(
      CareHistory history, RouteTable routes, LocalDateRange window, LocalDate asAt, List<Exit> into) {
    for (PeriodOfCare period : history.periodsOfCare(asAt)) {
      Optional<LocalDate> end = period.endExclusive();
      Optional<ReasonEpisodeCeased> reason = period.reasonEnded();
      if (end.isEmpty() || reason.isEmpty() || !window.contains(end.get())) {
        continue;
      }
      Optional<Route> route = routes.route(reason.get());
      if (route.isPresent()) {
        Episode left = period.lastEpisode();
        into.add(Exit.builder()
            .child(history.child())
            .date(end.get())
            .reason(reason.get())
            .route(route.get())
            .placementType(left.placementType())
            .placementProvider(left.placementProvider())
            .periodStart(period.start())
            .placementStart(left.start())
            .build());
      }
    }
  }
}
