package org.permanence.duration;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.code.LegalStatus;
import org.permanence.code.ReasonEpisodeCeased;
import org.threeten.extra.LocalDateRange;

/**
 * A slow, independent reading of METHODOLOGY.md sections 1 to 4, day by day, to check the library
 * against. It uses only the raw fields of the full history, never the library's as-at view,
 * periods or ranges.
 */
final class NaiveCare {

  private NaiveCare() {}

  /** Section 1: the day the child attains 18; 29 February births turn 18 on 1 March in common years. */
  static LocalDate eighteenthBirthday(LocalDate dateOfBirth) {
    int year = dateOfBirth.getYear() + 18;
    if (dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29) {
      return Year.isLeap(year) ? LocalDate.of(year, Month.FEBRUARY, 29) : LocalDate.of(year, Month.MARCH, 1);
    }
    return LocalDate.of(year, dateOfBirth.getMonth(), dateOfBirth.getDayOfMonth());
  }

  /**
   * Sections 1 and 2: the last day an episode covers as seen at the end of {@code asAt}, plus
   * one; empty when the episode had not started by then.
   */
  static Optional<LocalDate> seenEnd(Episode episode, LocalDate asAt) {
    if (episode.start().isAfter(asAt)) {
      return Optional.empty();
    }
    LocalDate dayAfterAsAt = asAt.plusDays(1);
    LocalDate end = episode.endExclusive().orElse(dayAfterAsAt);
    return Optional.of(end.isAfter(dayAfterAsAt) ? dayAfterAsAt : end);
  }

  /** Section 1: is the child in care on day {@code d}, as seen at the end of {@code asAt}? */
  static boolean inCare(CareHistory history, LocalDate d, LocalDate asAt, boolean withShortBreaks) {
    if (!d.isBefore(eighteenthBirthday(history.child().dateOfBirth()))) {
      return false;
    }
    for (Episode episode : history.episodes()) {
      if (!withShortBreaks && isShortBreak(episode)) {
        continue;
      }
      Optional<LocalDate> end = seenEnd(episode, asAt);
      if (end.isPresent() && !d.isBefore(episode.start()) && d.isBefore(end.get())) {
        return true;
      }
    }
    return false;
  }

  /** Section 4: days in care within a window, counted one day at a time. */
  static long daysInCare(
      CareHistory history, LocalDateRange window, LocalDate asAt, boolean withShortBreaks) {
    long days = 0;
    for (LocalDate d = window.getStart(); d.isBefore(window.getEnd()); d = d.plusDays(1)) {
      if (inCare(history, d, asAt, withShortBreaks)) {
        days++;
      }
    }
    return days;
  }

  /** A period of care as section 3 describes it: its first day and, once ended, its DEC. */
  record Period(LocalDate start, Optional<LocalDate> endExclusive, long days) {}

  /**
   * Section 3: the periods of care as seen at the end of {@code asAt}, short breaks left out,
   * each with its days in care counted one at a time up to the day before the 18th birthday.
   */
  static List<Period> periods(CareHistory history, LocalDate asAt) {
    LocalDate adulthood = eighteenthBirthday(history.child().dateOfBirth());
    List<Episode> seen = new ArrayList<>();
    for (Episode episode : history.episodes()) {
      if (!isShortBreak(episode) && !episode.start().isAfter(asAt)) {
        seen.add(episode);
      }
    }
    List<Period> periods = new ArrayList<>();
    LocalDate start = null;
    for (int i = 0; i < seen.size(); i++) {
      Episode episode = seen.get(i);
      if (start == null) {
        start = episode.start();
      }
      // the DEC and REC are known at the as-at date only if the DEC is not after it
      Optional<LocalDate> knownEnd =
          episode.endExclusive().filter(end -> !end.isAfter(asAt));
      boolean continues =
          knownEnd.isPresent()
              && episode.reasonEnded().equals(Optional.of(ReasonEpisodeCeased.X1))
              && i + 1 < seen.size()
              && seen.get(i + 1).start().equals(knownEnd.get());
      if (!continues) {
        LocalDate countTo = knownEnd.orElse(asAt.plusDays(1));
        long days = 0;
        for (LocalDate d = start; d.isBefore(countTo); d = d.plusDays(1)) {
          if (d.isBefore(adulthood)) {
            days++;
          }
        }
        periods.add(new Period(start, knownEnd, days));
        start = null;
      }
    }
    return periods;
  }

  private static boolean isShortBreak(Episode episode) {
    return episode.legalStatus() == LegalStatus.V3 || episode.legalStatus() == LegalStatus.V4;
  }
}
