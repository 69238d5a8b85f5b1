package org.permanence.care;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.care.CareHistoryProblem.Kind;
import org.permanence.child.Child;
import org.permanence.child.ChildId;

/**
 * One child and all their episodes, checked to form a valid history of care.
 *
 * <p>Episodes are held in order of start ({@code DECOM}), then end ({@code DEC}) with an open
 * episode last, so a zero-day episode may sit between two others on the same day. A valid history
 * has no two episodes that overlap, no open episode but possibly the last, and no episode that
 * starts before the child's date of birth. {@link #problems} lists every breach without throwing,
 * so a whole file can be checked.
 *
 * <p>A history is the whole record as extracted; {@link #asAt} gives the record as it stood at
 * the end of an earlier date, and {@link #periodsOfCare} links its episodes into periods of care.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CareHistory {

  /** Orders episodes by start, then end with an open episode after every ended one. */
  public static final Comparator<Episode> EPISODE_ORDER = CareHistory::compareEpisodes;

  CareHistory() {}

  /**
   * Returns the valid history of a child's episodes, given in any order.
   *
   * @param child the child
   * @param episodes the child's episodes, in any order, possibly none
   * @return the history, episodes in order
   * @throws InvalidCareHistoryException listing every problem, if the episodes are not valid, each
   *     problem's indices referring to the list as given
   */
  public static CareHistory of(Child child, List<Episode> episodes) {
    requireNonNull(child, "child");
    requireNonNull(episodes, "episodes");
    List<Episode> sorted = new ArrayList<>(episodes);
    sorted.sort(EPISODE_ORDER);
    try {
      // the built value checks itself (see check()) and throws with every problem
      return ImmutableCareHistory.builder().child(child).addAllEpisodes(sorted).build();
    } catch (InvalidCareHistoryException e) {
      // its problems index the episodes in order; the caller knows them in the order it gave
      throw new InvalidCareHistoryException(child.id(), problems(child, episodes));
    }
  }

  /**
   * Lists every reason the episodes cannot form a valid history of the child, without throwing.
   *
   * <p>Indices in the problems refer to the list as given.
   *
   * @param child the child
   * @param episodes the child's episodes, in any order
   * @return the problems, empty when the episodes are valid
   */
  public static List<CareHistoryProblem> problems(Child child, List<Episode> episodes) {
    requireNonNull(child, "child");
    requireNonNull(episodes, "episodes");
    List<CareHistoryProblem> problems = new ArrayList<>(0);
    Integer[] order = new Integer[episodes.size()];
    for (int i = 0; i < order.length; i++) {
      Episode episode = episodes.get(i);
      order[i] = i;
      if (!episode.childId().equals(child.id())) {
        problems.add(
            CareHistoryProblem.of(
                Kind.OTHER_CHILD,
                i,
                Optional.empty(),
                "episode starting " + episode.start() + " belongs to child " + episode.childId()
                    + ", not " + child.id()));
      }
      if (episode.start().isBefore(child.dateOfBirth())) {
        problems.add(
            CareHistoryProblem.of(
                Kind.STARTS_BEFORE_BIRTH,
                i,
                Optional.empty(),
                "episode starting " + episode.start() + " starts before the child's date of birth"));
      }
    }
    if (!isOrdered(episodes)) {
      Arrays.sort(order, Comparator.comparing(episodes::get, EPISODE_ORDER));
    }
    int furthest = -1;
    boolean furthestReported = false;
    for (int index : order) {
      Episode episode = episodes.get(index);
      if (furthest >= 0) {
        Episode before = episodes.get(furthest);
        if (before.isOpen()) {
          if (!furthestReported) {
            problems.add(
                CareHistoryProblem.of(
                    Kind.OPEN_NOT_LAST,
                    furthest,
                    Optional.of(index),
                    "open episode starting " + before.start()
                        + " (no DEC) is not the child's last: an episode starts "
                        + episode.start()));
            furthestReported = true;
          }
          continue;
        }
        if (episode.start().isBefore(before.endExclusive().get())) {
          problems.add(
              CareHistoryProblem.of(
                  Kind.OVERLAP,
                  index,
                  Optional.of(furthest),
                  "episode starting " + episode.start() + " overlaps the episode "
                      + before.start() + " to " + before.endExclusive().get()));
        }
      }
      if (furthest < 0 || endsLater(episode, episodes.get(furthest))) {
        furthest = index;
        furthestReported = false;
      }
    }
    return problems;
  }

  private static int compareEpisodes(Episode a, Episode b) {
    int byStart = a.start().compareTo(b.start());
    if (byStart != 0) {
      return byStart;
    }
    return a.endExclusive().orElse(LocalDate.MAX).compareTo(b.endExclusive().orElse(LocalDate.MAX));
  }

  private static boolean isOrdered(List<Episode> episodes) {
    for (int i = 1; i < episodes.size(); i++) {
      if (EPISODE_ORDER.compare(episodes.get(i - 1), episodes.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsLater(Episode episode, Episode than) {
    return episode.isOpen()
        || (!than.isOpen() && episode.endExclusive().get().isAfter(than.endExclusive().get()));
  }

  /**
   * Returns the child.
   *
   * @return the child
   */
  public abstract Child child();

  /**
   * Returns the child's episodes in order (start, then end with an open episode last).
   *
   * @return the episodes, possibly none
   */
  public abstract List<Episode> episodes();

  /**
   * Returns the child's identifier.
   *
   * @return the identifier
   */
  public ChildId childId() {
    return child().id();
  }

  /**
   * Returns the history as it stood at the end of an as-at date: episodes that start after it are
   * left out, and an episode that ends after it is open (its end was not yet known).
   *
   * <p>So a report for 31 December gives the same figures from that date's extract and from the
   * next year's.
   *
   * @param asAt the as-at date, inclusive
   * @return the history seen at that date
   */
  public CareHistory asAt(LocalDate asAt) {
    requireNonNull(asAt, "asAt");
    List<Episode> seen = new ArrayList<>(episodes().size());
    boolean changed = false;
    for (Episode episode : episodes()) {
      if (episode.start().isAfter(asAt)) {
        changed = true;
        break;
      }
      Episode view = episode.asAt(asAt);
      changed |= view != episode;
      seen.add(view);
    }
    return changed ? ImmutableCareHistory.builder().child(child()).addAllEpisodes(seen).build() : this;
  }

  /**
   * Returns the periods of care as at a date, short breaks left out.
   *
   * @param asAt the as-at date, inclusive
   * @return the periods in order of start
   * @see #periodsOfCare(LocalDate, ShortBreaks)
   */
  public List<PeriodOfCare> periodsOfCare(LocalDate asAt) {
    return periodsOfCare(asAt, ShortBreaks.EXCLUDE);
  }

  /**
   * Returns the periods of care as at a date.
   *
   * <p>The history is first seen as at the date ({@link #asAt}); short-break episodes are removed
   * unless asked for; then each episode continues the current period when it starts on the day
   * the previous one ended and the previous one ended with {@code X1}, and otherwise starts a new
   * period. A period whose last episode ended {@code X1} with nothing following the same day ends
   * there, with reason {@code X1}.
   *
   * @param asAt the as-at date, inclusive
   * @param shortBreaks whether V3 and V4 episodes count
   * @return the periods in order of start
   */
  public List<PeriodOfCare> periodsOfCare(LocalDate asAt, ShortBreaks shortBreaks) {
    requireNonNull(shortBreaks, "shortBreaks");
    List<PeriodOfCare> periods = new ArrayList<>(2);
    List<Episode> current = new ArrayList<>(4);
    Episode previous = null;
    for (Episode episode : asAt(asAt).episodes()) {
      if (shortBreaks == ShortBreaks.EXCLUDE && episode.isShortBreak()) {
        continue;
      }
      if (previous != null && !continues(previous, episode)) {
        periods.add(PeriodOfCare.of(child(), current, asAt));
        current = new ArrayList<>(4);
      }
      current.add(episode);
      previous = episode;
    }
    if (!current.isEmpty()) {
      periods.add(PeriodOfCare.of(child(), current, asAt));
    }
    return periods;
  }

  private static boolean continues(Episode previous, Episode next) {
    return previous.reasonEnded().map(r -> r.isContinuation()).orElse(false)
        && previous.endExclusive().get().equals(next.start());
  }

  @Value.Check
  void check() {
    if (!isOrdered(episodes())) {
      throw new IllegalArgumentException("episodes must be in order of start, then end");
    }
    List<CareHistoryProblem> problems = problems(child(), episodes());
    if (!problems.isEmpty()) {
      throw new InvalidCareHistoryException(child().id(), problems);
    }
  }
}
