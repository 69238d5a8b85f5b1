package org.permanence.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.care.CareHistoryProblem.Kind;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;

class CareHistoryTest {

  private static final ChildId ID = ChildId.of("C1");
  private static final Child CHILD = Child.of(ID, date("2010-06-01"));

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static Episode open(String start) {
    return open(start, LegalStatus.C2);
  }

  private static Episode open(String start, LegalStatus status) {
    return builder(start, status).build();
  }

  private static Episode ended(String start, String endExclusive, String reason) {
    return ended(start, endExclusive, reason, LegalStatus.C2);
  }

  private static Episode ended(String start, String endExclusive, String reason, LegalStatus status) {
    return builder(start, status)
        .endExclusive(date(endExclusive))
        .reasonEnded(ReasonEpisodeCeased.of(reason))
        .build();
  }

  private static Episode.Builder builder(String start, LegalStatus status) {
    return Episode.builder()
        .childId(ID)
        .start(date(start))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(status)
        .placementType(PlacementType.U4)
        .placementProvider(PlacementProvider.PR1);
  }

  private static CareHistory history(Episode... episodes) {
    return CareHistory.of(CHILD, List.of(episodes));
  }

  /** Periods as (start, end exclusive or null, reason or null, number of episodes). */
  private static List<PeriodOfCare> periods(CareHistory history, String asAt) {
    return history.periodsOfCare(date(asAt));
  }

  // ---------------------------------------------------------------- linking into periods

  @Test
  void anX1EndFollowedTheSameDayContinuesThePeriod() {
    CareHistory history = history(
        ended("2019-04-01", "2019-05-10", "X1"),
        ended("2019-05-10", "2019-08-01", "X1"),
        ended("2019-08-01", "2019-09-15", "E4A"));

    assertThat(periods(history, "2019-12-31"))
        .extracting(PeriodOfCare::start, PeriodOfCare::endExclusive, PeriodOfCare::reasonEnded, p -> p.episodes().size())
        .containsExactly(tuple(date("2019-04-01"), Optional.of(date("2019-09-15")),
            Optional.of(ReasonEpisodeCeased.E4A), 3));
  }

  @Test
  void anX1EndFollowedByAGapEndsThePeriodWithX1() {
    CareHistory history = history(
        ended("2019-04-01", "2019-05-10", "X1"),
        open("2019-05-11"));

    assertThat(periods(history, "2019-12-31"))
        .extracting(PeriodOfCare::start, PeriodOfCare::endExclusive, PeriodOfCare::reasonEnded)
        .containsExactly(
            tuple(date("2019-04-01"), Optional.of(date("2019-05-10")), Optional.of(ReasonEpisodeCeased.X1)),
            tuple(date("2019-05-11"), Optional.empty(), Optional.empty()));
  }

  @Test
  void anX1EndWithNoFollowerEndsThePeriodWithX1() {
    CareHistory history = history(ended("2019-04-01", "2019-05-10", "X1"));

    assertThat(periods(history, "2019-12-31")).singleElement().satisfies(period -> {
      assertThat(period.endExclusive()).contains(date("2019-05-10"));
      assertThat(period.reasonEnded()).contains(ReasonEpisodeCeased.X1);
      assertThat(period.isOpen()).isFalse();
      assertThat(period.daysInCare()).isEqualTo(39);
    });
  }

  @Test
  void aReturnHomeAndReEntryOnTheSameDayMakeTwoPeriods() {
    CareHistory history = history(
        ended("2019-04-01", "2019-05-10", "E4A"),
        open("2019-05-10"));

    assertThat(periods(history, "2019-12-31"))
        .extracting(PeriodOfCare::start, PeriodOfCare::endExclusive, PeriodOfCare::reasonEnded)
        .containsExactly(
            tuple(date("2019-04-01"), Optional.of(date("2019-05-10")), Optional.of(ReasonEpisodeCeased.E4A)),
            tuple(date("2019-05-10"), Optional.empty(), Optional.empty()));
  }

  @Test
  void aZeroDayEpisodeBetweenTwoOthersLinksThemWhenAllEndX1() {
    CareHistory history = history(
        open("2019-05-10"),
        ended("2019-05-10", "2019-05-10", "X1"),
        ended("2019-04-01", "2019-05-10", "X1"));

    assertThat(history.episodes()).extracting(Episode::start, Episode::endExclusive)
        .containsExactly(
            tuple(date("2019-04-01"), Optional.of(date("2019-05-10"))),
            tuple(date("2019-05-10"), Optional.of(date("2019-05-10"))),
            tuple(date("2019-05-10"), Optional.empty()));
    assertThat(periods(history, "2019-12-31")).singleElement()
        .satisfies(period -> assertThat(period.episodes()).hasSize(3));
  }

  @Test
  void shortBreaksAreLeftOutBeforeLinking() {
    CareHistory history = history(
        ended("2019-04-01", "2019-05-10", "X1"),
        ended("2019-05-10", "2019-05-12", "X1", LegalStatus.V3),
        open("2019-05-12"));

    // without the short break, the first episode's X1 has no follower the same day
    assertThat(history.periodsOfCare(date("2019-12-31"), ShortBreaks.EXCLUDE))
        .extracting(PeriodOfCare::start, PeriodOfCare::endExclusive, PeriodOfCare::reasonEnded)
        .containsExactly(
            tuple(date("2019-04-01"), Optional.of(date("2019-05-10")), Optional.of(ReasonEpisodeCeased.X1)),
            tuple(date("2019-05-12"), Optional.empty(), Optional.empty()));
    assertThat(history.periodsOfCare(date("2019-12-31")))
        .isEqualTo(history.periodsOfCare(date("2019-12-31"), ShortBreaks.EXCLUDE));
    assertThat(history.periodsOfCare(date("2019-12-31"), ShortBreaks.INCLUDE))
        .extracting(PeriodOfCare::start, PeriodOfCare::endExclusive, p -> p.episodes().size())
        .containsExactly(tuple(date("2019-04-01"), Optional.empty(), 3));
  }

  @Test
  void aHistoryOfShortBreaksOnlyHasNoPeriodUnlessAskedFor() {
    CareHistory history = history(
        ended("2019-04-01", "2019-04-03", "E13", LegalStatus.V3),
        ended("2019-05-01", "2019-05-03", "E13", LegalStatus.V4));

    assertThat(history.periodsOfCare(date("2019-12-31"))).isEmpty();
    assertThat(history.periodsOfCare(date("2019-12-31"), ShortBreaks.INCLUDE))
        .extracting(PeriodOfCare::start).containsExactly(date("2019-04-01"), date("2019-05-01"));
  }

  @Test
  void aChildWithNoEpisodesHasNoPeriods() {
    assertThat(history().periodsOfCare(date("2019-12-31"))).isEmpty();
  }

  // ---------------------------------------------------------------- as-at view

  @ParameterizedTest(name = "as at {0}: {1} episodes, first open {2}")
  @CsvSource({
    // the first episode ends (DEC) 2019-05-10, the second starts that day and ends 2019-06-01
    "2019-04-01, 1, true",
    "2019-05-09, 1, true",
    "2019-05-10, 2, false",
    "2019-05-31, 2, false",
    "2019-06-01, 2, false",
  })
  void theAsAtViewDropsLaterEpisodesAndReopensLaterEnds(String asAt, int episodes, boolean firstOpen) {
    CareHistory history = history(
        ended("2019-04-01", "2019-05-10", "X1"),
        ended("2019-05-10", "2019-06-01", "E4A"));

    CareHistory seen = history.asAt(date(asAt));

    assertThat(seen.episodes()).hasSize(episodes);
    assertThat(seen.episodes().get(0).isOpen()).isEqualTo(firstOpen);
    assertThat(seen.episodes().get(0).reasonEnded().isPresent()).isEqualTo(!firstOpen);
  }

  @Test
  void anEndAfterTheAsAtDateIsNotYetKnown() {
    CareHistory history = history(
        ended("2019-04-01", "2019-05-10", "X1"),
        ended("2019-05-10", "2019-06-01", "E4A"));

    // as at 31 May the second episode had not ended: its DEC and REC were not yet known
    assertThat(history.periodsOfCare(date("2019-05-31"))).singleElement().satisfies(period -> {
      assertThat(period.isOpen()).isTrue();
      assertThat(period.endExclusive()).isEmpty();
      assertThat(period.reasonEnded()).isEmpty();
      assertThat(period.daysInCare()).isEqualTo(61); // 1 April to 31 May inclusive
    });
    // as at 1 June it had: a DEC on the as-at date stays
    assertThat(history.periodsOfCare(date("2019-06-01"))).singleElement().satisfies(period -> {
      assertThat(period.endExclusive()).contains(date("2019-06-01"));
      assertThat(period.reasonEnded()).contains(ReasonEpisodeCeased.E4A);
      assertThat(period.daysInCare()).isEqualTo(61);
    });
  }

  @Test
  void anEpisodeStartingOnTheAsAtDateIsSeenAndOneStartingAfterIsNot() {
    CareHistory history = history(
        ended("2019-04-01", "2019-05-10", "E4A"),
        open("2019-06-01"));

    assertThat(history.periodsOfCare(date("2019-05-31"))).hasSize(1);
    assertThat(history.periodsOfCare(date("2019-06-01"))).hasSize(2)
        .last().satisfies(period -> assertThat(period.daysInCare()).isEqualTo(1));
  }

  @Test
  void theAsAtViewOfAHistoryUnchangedByItIsTheSameHistory() {
    CareHistory history = history(ended("2019-04-01", "2019-05-10", "E4A"));

    assertThat(history.asAt(date("2019-05-10"))).isSameAs(history);
    assertThat(history.asAt(date("2019-05-09"))).isNotEqualTo(history);
    assertThat(history.asAt(date("2019-03-31")).episodes()).isEmpty();
  }

  @Test
  void periodsAreSeenAtTheirAsAtDate() {
    CareHistory history = history(open("2019-04-01"));

    assertThat(periods(history, "2019-12-31")).singleElement()
        .satisfies(period -> assertThat(period.asAt()).isEqualTo(date("2019-12-31")));
  }

  // ---------------------------------------------------------------- validity

  @Test
  void episodesAreOrderedByStartThenEndWithOpenLast() {
    CareHistory history = history(
        open("2019-06-01"),
        ended("2019-06-01", "2019-06-01", "X1"),
        ended("2019-04-01", "2019-06-01", "X1"));

    assertThat(history.episodes()).extracting(Episode::start, Episode::isOpen)
        .containsExactly(
            tuple(date("2019-04-01"), false),
            tuple(date("2019-06-01"), false),
            tuple(date("2019-06-01"), true));
  }

  @Test
  void twoZeroDayEpisodesOnOneDayAreAValidHistory() {
    // each lasts no day, so neither overlaps the other or the episode that follows that day
    CareHistory history = history(
        ended("2019-06-01", "2019-06-01", "X1"),
        ended("2019-06-01", "2019-06-01", "X1"),
        open("2019-06-01"));

    assertThat(history.episodes()).extracting(Episode::start, Episode::isOpen)
        .containsExactly(
            tuple(date("2019-06-01"), false),
            tuple(date("2019-06-01"), false),
            tuple(date("2019-06-01"), true));
  }

  @Test
  void anOverlapIsAProblemOfTheLaterEpisode() {
    List<Episode> episodes = List.of(
        ended("2019-05-01", "2019-07-01", "E4A"),   // 0
        ended("2019-04-01", "2019-05-10", "X1"));   // 1

    assertThat(CareHistory.problems(CHILD, episodes))
        .extracting(CareHistoryProblem::kind, CareHistoryProblem::episodeIndex, CareHistoryProblem::relatedIndex)
        .containsExactly(tuple(Kind.OVERLAP, 0, Optional.of(1)));
    assertThatThrownBy(() -> CareHistory.of(CHILD, episodes))
        .isInstanceOf(InvalidCareHistoryException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C1")
        .isInstanceOfSatisfying(InvalidCareHistoryException.class, e -> {
          assertThat(e.childId()).isEqualTo(ID);
          assertThat(e.problems()).isEqualTo(CareHistory.problems(CHILD, episodes)).hasSize(1);
        });
  }

  @Test
  void anEpisodeInsideALongerOneOverlapsIt() {
    List<Episode> episodes = List.of(
        ended("2019-04-01", "2019-09-01", "E4A"),
        ended("2019-05-01", "2019-06-01", "X1"),
        ended("2019-07-01", "2019-08-01", "X1"));

    assertThat(CareHistory.problems(CHILD, episodes))
        .extracting(CareHistoryProblem::kind, CareHistoryProblem::episodeIndex, CareHistoryProblem::relatedIndex)
        .containsExactly(tuple(Kind.OVERLAP, 1, Optional.of(0)), tuple(Kind.OVERLAP, 2, Optional.of(0)));
  }

  @Test
  void anOverlapIsFoundWithTheEpisodeBeforeEvenWhenTheOneBeforeThatEndedEarlier() {
    List<Episode> episodes = List.of(
        ended("2019-01-01", "2019-02-01", "X1"),   // 0
        ended("2019-02-01", "2019-03-01", "X1"),   // 1
        ended("2019-02-15", "2019-04-01", "E4A")); // 2: overlaps 1, not 0

    assertThat(CareHistory.problems(CHILD, episodes))
        .extracting(CareHistoryProblem::kind, CareHistoryProblem::episodeIndex, CareHistoryProblem::relatedIndex)
        .containsExactly(tuple(Kind.OVERLAP, 2, Optional.of(1)));
  }

  @Test
  void everyEpisodeInsideALongerOneOverlapsIt() {
    List<Episode> episodes = List.of(
        ended("2019-01-01", "2019-06-01", "E4A"),  // 0
        ended("2019-02-01", "2019-03-01", "X1"),   // 1: inside 0
        ended("2019-04-01", "2019-05-01", "X1"));  // 2: inside 0, after 1 has ended

    assertThat(CareHistory.problems(CHILD, episodes))
        .extracting(CareHistoryProblem::kind, CareHistoryProblem::episodeIndex, CareHistoryProblem::relatedIndex)
        .containsExactly(tuple(Kind.OVERLAP, 1, Optional.of(0)), tuple(Kind.OVERLAP, 2, Optional.of(0)));
  }

  @Test
  void adjacentEpisodesDoNotOverlap() {
    assertThat(CareHistory.problems(CHILD, List.of(
        ended("2019-04-01", "2019-05-10", "X1"),
        ended("2019-05-10", "2019-05-10", "X1"),
        open("2019-05-10")))).isEmpty();
  }

  @Test
  void anOpenEpisodeThatIsNotLastIsAProblem() {
    List<Episode> episodes = List.of(
        ended("2019-05-10", "2019-07-01", "E4A"),   // 0
        open("2019-04-01"));                         // 1

    assertThat(CareHistory.problems(CHILD, episodes))
        .extracting(CareHistoryProblem::kind, CareHistoryProblem::episodeIndex, CareHistoryProblem::relatedIndex)
        .containsExactly(tuple(Kind.OPEN_NOT_LAST, 1, Optional.of(0)));
  }

  @Test
  void anEpisodeBeforeBirthIsAProblemWithoutTheDateOfBirthInIt() {
    Child baby = Child.of(ID, date("2019-04-15"));
    List<Episode> episodes = List.of(ended("2019-04-01", "2019-05-10", "E4A"), open("2019-05-10"));

    assertThat(CareHistory.problems(baby, episodes)).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(Kind.STARTS_BEFORE_BIRTH);
      assertThat(problem.episodeIndex()).isZero();
      assertThat(problem.message()).doesNotContain("2019-04-15");
    });
    assertThatThrownBy(() -> CareHistory.of(baby, episodes)).hasMessageNotContaining("2019-04-15");
    assertThat(CareHistory.problems(Child.of(ID, date("2019-04-01")), episodes)).isEmpty();
  }

  @Test
  void anotherChildsEpisodeIsAProblem() {
    Episode other = Episode.builder()
        .childId(ChildId.of("C2"))
        .start(date("2019-04-01"))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(LegalStatus.C2)
        .placementType(PlacementType.U4)
        .build();

    assertThat(CareHistory.problems(CHILD, List.of(other)))
        .extracting(CareHistoryProblem::kind).containsExactly(Kind.OTHER_CHILD);
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> CareHistory.of(null, List.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CareHistory.of(CHILD, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> history().asAt(null)).isInstanceOf(NullPointerException.class);
  }
}
