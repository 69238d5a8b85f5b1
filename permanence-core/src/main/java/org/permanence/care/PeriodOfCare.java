package org.permanence.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.ReasonEpisodeCeased;
import org.threeten.extra.LocalDateRange;

/**
 * A period of care: one child's episodes from entering care to leaving it, linked by {@code X1}
 * continuations, as seen at an as-at date.
 *
 * <p>The period starts on its first episode's {@code DECOM} and ends, exclusive, on its last
 * episode's {@code DEC}, for the reason of that episode's {@code REC}; or it is open at the as-at
 * date. The days it counts as care are {@link #careRange()}: open periods run to the end of the
 * as-at date, and no period counts the 18th birthday or any day after it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodOfCare {

  PeriodOfCare() {}

  /**
   * Returns a period of care.
   *
   * @param child the child
   * @param episodes the period's episodes in order, each starting where the previous ended
   * @param asAt the date at which the period is seen, inclusive
   * @return the period
   */
  public static PeriodOfCare of(Child child, List<Episode> episodes, LocalDate asAt) {
    return ImmutablePeriodOfCare.builder().child(child).addAllEpisodes(episodes).asAt(asAt).build();
  }

  /**
   * Returns the child.
   *
   * @return the child
   */
  public abstract Child child();

  /**
   * Returns the episodes of the period in order.
   *
   * @return the episodes, at least one
   */
  public abstract List<Episode> episodes();

  /**
   * Returns the date at which the period is seen; an open period runs to the end of it.
   *
   * @return the as-at date, inclusive
   */
  public abstract LocalDate asAt();

  /**
   * Returns the child's identifier.
   *
   * @return the identifier
   */
  public ChildId childId() {
    return child().id();
  }

  /**
   * Returns the first day in care ({@code DECOM} of the first episode).
   *
   * @return the start, inclusive
   */
  public LocalDate start() {
    return episodes().get(0).start();
  }

  /**
   * Returns the last episode, the placement the child was in when the period ended or is in now.
   *
   * @return the last episode
   */
  public Episode lastEpisode() {
    return episodes().get(episodes().size() - 1);
  }

  /**
   * Returns the first day out of care ({@code DEC} of the last episode), or empty while open.
   *
   * @return the end, exclusive, or empty
   */
  public Optional<LocalDate> endExclusive() {
    return lastEpisode().endExclusive();
  }

  /**
   * Returns why the period ended ({@code REC} of the last episode), or empty while open.
   *
   * @return the reason, or empty
   */
  public Optional<ReasonEpisodeCeased> reasonEnded() {
    return lastEpisode().reasonEnded();
  }

  /**
   * Tells whether the period is open at the as-at date.
   *
   * @return true while open
   */
  public boolean isOpen() {
    return lastEpisode().isOpen();
  }

  /**
   * Returns the days counted as care: {@code [start, end)} where the end is the period's {@code
   * DEC}, or the day after the as-at date while open, and never after the 18th birthday.
   *
   * <p>A period from 2019-04-01 ended on 2019-04-08 counts 7 days. An open period seen at
   * 2019-12-31 counts 31 December. For a child who turns 18 on 2020-01-10, a period left open
   * past that date counts to 2020-01-09 inclusive.
   *
   * @return the half-open range of days in care, possibly empty
   */
  @Value.Lazy
  public LocalDateRange careRange() {
    LocalDate end = endExclusive().orElse(asAt().plusDays(1));
    LocalDate adulthood = child().eighteenthBirthday();
    if (end.isAfter(adulthood)) {
      end = adulthood;
    }
    if (end.isBefore(start())) {
      end = start();
    }
    return LocalDateRange.of(start(), end);
  }

  /**
   * Returns the number of days counted as care, the length of {@link #careRange()}.
   *
   * @return the days in care, zero or more
   */
  public long daysInCare() {
    return careRange().lengthInDays();
  }

  @Value.Check
  void check() {
    if (episodes().isEmpty()) {
      throw new IllegalArgumentException("a period of care has at least one episode");
    }
    for (int i = 1; i < episodes().size(); i++) {
      Episode previous = episodes().get(i - 1);
      if (!previous.endExclusive().equals(Optional.of(episodes().get(i).start()))) {
        throw new IllegalArgumentException(
            "episodes of a period of care must each start on the day the previous one ended");
      }
    }
    if (lastEpisode().start().isAfter(asAt())) {
      throw new IllegalArgumentException("a period of care cannot start after its as-at date");
    }
  }
}
