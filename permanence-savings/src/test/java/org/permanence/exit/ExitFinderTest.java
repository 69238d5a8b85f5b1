package org.permanence.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.Episode;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.threeten.extra.LocalDateRange;

class ExitFinderTest {

  private static final ExitFinder FINDER = ExitFinder.DEFAULT;

  /** 1 April 2025 to 31 December 2025, both included, as at 31 December 2025. */
  private static final LocalDate AS_AT = LocalDate.parse("2025-12-31");
  private static final LocalDateRange WINDOW =
      LocalDateRange.ofClosed(LocalDate.parse("2025-04-01"), AS_AT);

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static Child child(String id) {
    return Child.of(ChildId.of(id), date("2015-06-01"));
  }

  /** An episode from {@code start} to {@code end} (exclusive) ending for {@code rec}, or open. */
  private static Episode episode(String id, String start, String end, String rec, PlacementType type,
      PlacementProvider provider, LegalStatus status) {
    Episode.Builder episode = Episode.builder()
        .childId(ChildId.of(id))
        .start(date(start))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(status)
        .placementType(type)
        .placementProvider(provider);
    if (end != null) {
      episode.endExclusive(date(end)).reasonEnded(ReasonEpisodeCeased.of(rec));
    }
    return episode.build();
  }

  private static Episode episode(String id, String start, String end, String rec) {
    return episode(id, start, end, rec, PlacementType.U4, PlacementProvider.PR1, LegalStatus.C2);
  }

  private static CareHistory history(String id, Episode... episodes) {
    return CareHistory.of(child(id), List.of(episodes));
  }

  @Test
  void aSpecialGuardianshipOrderIsAnExitFromTheLastPlacement() {
    CareHistory history = history("C1",
        episode("C1", "2024-01-10", "2025-02-01", "X1", PlacementType.U4, PlacementProvider.PR4, LegalStatus.C2),
        episode("C1", "2025-02-01", "2025-08-15", "E45", PlacementType.U1, PlacementProvider.PR1, LegalStatus.C2));

    List<Exit> exits = FINDER.exits(history, RouteTable.DEFAULT, WINDOW, AS_AT);

    assertThat(exits).singleElement().satisfies(exit -> {
      assertThat(exit.childId()).isEqualTo(ChildId.of("C1"));
      assertThat(exit.date()).isEqualTo(date("2025-08-15"));
      assertThat(exit.reason()).contains(ReasonEpisodeCeased.E45);
      assertThat(exit.route()).isEqualTo(Route.SGO);
      assertThat(exit.placementType()).isEqualTo(PlacementType.U1);
      assertThat(exit.placementProvider()).contains(PlacementProvider.PR1);
      // the period began with the first episode: X1 links the two
      assertThat(exit.periodStart()).isEqualTo(date("2024-01-10"));
    });
  }

  @Test
  void eachDefaultReasonHasItsRouteAndOthersAreNotExits() {
    Map<String, Route> expected = Map.of(
        "E11", Route.ADOPTION, "E12", Route.ADOPTION, "E41", Route.CAO, "E45", Route.SGO,
        "E46", Route.SGO, "E47", Route.SGO, "E48", Route.SGO, "E4A", Route.RETURN_HOME);
    for (ReasonEpisodeCeased reason : ReasonEpisodeCeased.values()) {
      if (reason == ReasonEpisodeCeased.X1) {
        continue;
      }
      CareHistory history = history("C1", episode("C1", "2025-01-01", "2025-06-01", reason.code()));

      List<Exit> exits = FINDER.exits(history, RouteTable.DEFAULT, WINDOW, AS_AT);

      if (expected.containsKey(reason.code())) {
        assertThat(exits).as(reason.code()).extracting(Exit::route).containsExactly(expected.get(reason.code()));
      } else {
        assertThat(exits).as(reason.code()).isEmpty();
      }
    }
  }

  @Test
  void theWindowHoldsExitsFromItsFirstDayToItsLast() {
    LocalDateRange window = LocalDateRange.ofClosed(date("2025-04-01"), date("2025-06-30"));
    CareData data = CareData.of(List.of(
        history("A", episode("A", "2025-01-01", "2025-03-31", "E4A")),   // the day before: out
        history("B", episode("B", "2025-01-01", "2025-04-01", "E4A")),   // the first day: in
        history("C", episode("C", "2025-01-01", "2025-06-30", "E4A")),   // the last day: in
        history("D", episode("D", "2025-01-01", "2025-07-01", "E4A")))); // the day after: out

    List<Exit> exits = FINDER.exits(data, RouteTable.DEFAULT, window, AS_AT);

    assertThat(exits).extracting(exit -> exit.childId().value()).containsExactly("B", "C");
  }

  @Test
  void aPeriodEndingAfterTheAsAtDateIsStillOpen() {
    CareHistory history = history("C1", episode("C1", "2025-01-01", "2026-02-01", "E11"));

    assertThat(FINDER.exits(history, RouteTable.DEFAULT, WINDOW, AS_AT)).isEmpty();
    assertThat(FINDER.exits(history, RouteTable.DEFAULT,
        LocalDateRange.ofClosed(date("2025-04-01"), date("2026-03-31")), date("2026-03-31")))
        .extracting(Exit::date).containsExactly(date("2026-02-01"));
  }

  @Test
  void aReturnHomeAndReEntryTheSameDayIsAnExitAndAnOpenPeriodIsNot() {
    CareHistory history = history("C1",
        episode("C1", "2025-01-01", "2025-05-01", "E4A"),
        episode("C1", "2025-05-01", null, null));

    assertThat(FINDER.exits(history, RouteTable.DEFAULT, WINDOW, AS_AT))
        .extracting(Exit::date, Exit::route)
        .containsExactly(tuple(date("2025-05-01"), Route.RETURN_HOME));
  }

  @Test
  void aShortBreakIsNotAPeriodOfCareSoItsEndIsNoExit() {
    CareHistory history = history("C1",
        episode("C1", "2025-05-01", "2025-05-04", "E4A", PlacementType.U4, PlacementProvider.PR1, LegalStatus.V3));

    assertThat(FINDER.exits(history, RouteTable.DEFAULT, WINDOW, AS_AT)).isEmpty();
  }

  @Test
  void aCouncilsOwnTableDecidesWhatIsAnExit() {
    RouteTable table = RouteTable.of(Map.of(ReasonEpisodeCeased.E4B, Route.of("UNPLANNED_RETURN")));
    CareData data = CareData.of(List.of(
        history("A", episode("A", "2025-01-01", "2025-05-01", "E4A")),
        history("B", episode("B", "2025-01-01", "2025-05-02", "E4B"))));

    List<Exit> exits = FINDER.exits(data, table, WINDOW, AS_AT);

    assertThat(exits).extracting(exit -> exit.childId().value(), exit -> exit.route().name())
        .containsExactly(tuple("B", "UNPLANNED_RETURN"));
  }

  @Test
  void exitsAreInOrderOfDateThenChild() {
    List<CareHistory> histories = new ArrayList<>();
    histories.add(history("C10", episode("C10", "2025-01-01", "2025-06-01", "E11")));
    histories.add(history("C2", episode("C2", "2025-01-01", "2025-06-01", "E45")));
    histories.add(history("C1", episode("C1", "2025-01-01", "2025-07-01", "E41")));
    histories.add(history("C3", episode("C3", "2025-01-01", "2025-05-01", "E4A")));

    List<Exit> exits = FINDER.exits(CareData.of(histories), RouteTable.DEFAULT, WINDOW, AS_AT);

    // C10 before C2 on the same day: identifiers compare as text
    assertThat(exits).extracting(exit -> exit.childId().value()).containsExactly("C3", "C10", "C2", "C1");
  }
}
