package org.permanence.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.child.ChildId;
import org.permanence.code.CategoryOfNeed;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.code.ReasonForPlacementChange;
import org.threeten.extra.LocalDateRange;

class EpisodeTest {


  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static LocalDateRange range(String startInclusive, String endExclusive) {
    return LocalDateRange.of(date(startInclusive), date(endExclusive));
  }

  /** A builder with every required attribute set, but no end. */
  private static Episode.Builder starting(String start) {
    return Episode.builder()
        .childId(ChildId.of("C1"))
        .start(date(start))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(LegalStatus.C2)
        .placementType(PlacementType.U4)
        .placementProvider(PlacementProvider.PR1);
  }

  /** The episode [2019-06-10, 2019-12-31), ended X1, with every optional fact recorded. */
  private static Episode full() {
    return Episode.builder()
        .childId(ChildId.of("C1"))
        .start(date("2019-06-10"))
        .endExclusive(date("2019-12-31"))
        .reasonForNewEpisode(ReasonForNewEpisode.P)
        .legalStatus(LegalStatus.E1)
        .categoryOfNeed(CategoryOfNeed.N1)
        .placementType(PlacementType.A6)
        .placementProvider(PlacementProvider.PR4)
        .reasonEnded(ReasonEpisodeCeased.X1)
        .reasonForPlacementChange(ReasonForPlacementChange.CARPL)
        .urn("SC123456")
        .build();
  }

  // checks

  @Test
  void anEndedEpisodeHasAnEndAndAReason() {
    Episode episode = full();

    assertThat(episode.isOpen()).isFalse();
    assertThat(episode.endExclusive()).contains(date("2019-12-31"));
    assertThat(episode.reasonEnded()).contains(ReasonEpisodeCeased.X1);
  }

  @Test
  void anOpenEpisodeHasNeitherEndNorReason() {
    Episode episode = starting("2019-06-10").build();

    assertThat(episode.isOpen()).isTrue();
    assertThat(episode.endExclusive()).isEmpty();
    assertThat(episode.reasonEnded()).isEmpty();
  }

  @Test
  void aZeroDayEpisodeIsValid() {
    Episode episode =
        starting("2019-06-10")
            .endExclusive(date("2019-06-10"))
            .reasonEnded(ReasonEpisodeCeased.X1)
            .build();

    assertThat(episode.range(date("2019-12-31")).isEmpty()).isTrue();
    assertThat(episode.range(date("2019-12-31")).lengthInDays()).isZero();
  }

  @Test
  void anEndBeforeTheStartIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                starting("2019-06-10")
                    .endExclusive(date("2019-06-09"))
                    .reasonEnded(ReasonEpisodeCeased.E13)
                    .build())
        .withMessageContaining("2019-06-09")
        .withMessageContaining("2019-06-10")
        .withMessageContaining("before");
  }

  @Test
  void aReasonWithoutAnEndIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> starting("2019-06-10").reasonEnded(ReasonEpisodeCeased.E11).build())
        .withMessageContaining("REC")
        .withMessageContaining("DEC");
  }

  @Test
  void anEndWithoutAReasonIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> starting("2019-06-10").endExclusive(date("2019-12-31")).build())
        .withMessageContaining("REC")
        .withMessageContaining("DEC");
  }

  @Test
  void requiredAttributesMustBeSet() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Episode.builder().childId(ChildId.of("C1")).build())
        .withMessageContaining("start")
        .withMessageContaining("legalStatus")
        .withMessageContaining("placementType");
    assertThatNullPointerException().isThrownBy(() -> Episode.builder().childId(null));
  }

  @Test
  void shortBreaksAreV3AndV4() {
    Episode v3 =
        Episode.builder()
            .childId(ChildId.of("C1"))
            .start(date("2019-06-10"))
            .reasonForNewEpisode(ReasonForNewEpisode.S)
            .legalStatus(LegalStatus.V3)
            .placementType(PlacementType.U6)
            .build();

    assertThat(v3.isShortBreak()).isTrue();
    assertThat(full().isShortBreak()).isFalse();
    assertThat(v3.placementProvider()).isEmpty();
  }

  // range(asAt)

  @ParameterizedTest(name = "as at {0}: {1} to {2}")
  @CsvSource({
    "2019-06-10, 2019-06-10, 2019-12-31",
    "2019-12-30, 2019-06-10, 2019-12-31",
    "2020-03-31, 2019-06-10, 2019-12-31",
  })
  void rangeOfAnEndedEpisodeIsItsOwnWhateverTheAsAtDate(
      String asAt, String start, String endExclusive) {
    assertThat(full().range(date(asAt))).isEqualTo(range(start, endExclusive));
  }

  @ParameterizedTest(name = "as at {0}: [2019-06-10, {1})")
  @CsvSource({
    "2019-06-10, 2019-06-11", // starting on the as-at date: one day
    "2019-12-31, 2020-01-01",
    "2020-03-31, 2020-04-01",
    "2020-02-28, 2020-02-29",
  })
  void rangeOfAnOpenEpisodeRunsToTheEndOfTheAsAtDate(String asAt, String endExclusive) {
    Episode open = starting("2019-06-10").build();

    assertThat(open.range(date(asAt))).isEqualTo(range("2019-06-10", endExclusive));
  }

  @Test
  void anOpenEpisodeSeenOnItsFirstDayLastsOneDay() {
    assertThat(starting("2019-06-10").build().range(date("2019-06-10")).lengthInDays())
        .isEqualTo(1);
  }

  // asAt

  @Test
  void anEpisodeEndedByTheAsAtDateIsUnchanged() {
    Episode episode = full();

    // DEC is the first day out of care, so an episode whose DEC is the as-at date has ended
    assertThat(episode.asAt(date("2019-12-31"))).isSameAs(episode);
    assertThat(episode.asAt(date("2020-03-31"))).isSameAs(episode);
  }

  @Test
  void anEpisodeEndingAfterTheAsAtDateIsOpenAtIt() {
    Episode seen = full().asAt(date("2019-12-30"));

    assertThat(seen.isOpen()).isTrue();
    assertThat(seen.endExclusive()).isEmpty();
    assertThat(seen.reasonEnded()).isEmpty();
    assertThat(seen.range(date("2019-12-30"))).isEqualTo(range("2019-06-10", "2019-12-31"));
  }

  @Test
  void theOpenViewForgetsTheReasonForThePlacementChangeItEndedWith() {
    Episode episode = full();
    assertThat(episode.reasonForPlacementChange()).isPresent();

    assertThat(episode.asAt(date("2019-06-10")).reasonForPlacementChange()).isEmpty();
  }

  @Test
  void theOpenViewKeepsEveryOtherFact() {
    Episode episode = full();
    Episode seen = episode.asAt(date("2019-06-10"));

    assertThat(seen.childId()).isEqualTo(episode.childId());
    assertThat(seen.start()).isEqualTo(episode.start());
    assertThat(seen.reasonForNewEpisode()).isEqualTo(episode.reasonForNewEpisode());
    assertThat(seen.legalStatus()).isEqualTo(episode.legalStatus());
    assertThat(seen.categoryOfNeed()).isEqualTo(episode.categoryOfNeed());
    assertThat(seen.placementType()).isEqualTo(episode.placementType());
    assertThat(seen.placementProvider()).isEqualTo(episode.placementProvider());
    assertThat(seen.urn()).isEqualTo(episode.urn());
    assertThat(seen.range(date("2019-06-10"))).isEqualTo(range("2019-06-10", "2019-06-11"));
  }

  @Test
  void anOpenEpisodeIsUnchanged() {
    Episode open = starting("2019-06-10").build();

    assertThat(open.asAt(date("2019-06-10"))).isSameAs(open);
    assertThat(open.asAt(date("2025-01-01"))).isSameAs(open);
  }

  @Test
  void aZeroDayEpisodeOnTheAsAtDateIsUnchanged() {
    Episode zeroDays =
        starting("2019-06-10")
            .endExclusive(date("2019-06-10"))
            .reasonEnded(ReasonEpisodeCeased.X1)
            .build();

    assertThat(zeroDays.asAt(date("2019-06-10"))).isSameAs(zeroDays);
  }

  @Test
  void anEpisodeStartingAfterTheAsAtDateHasNoView() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> full().asAt(date("2019-06-09")))
        .withMessageContaining("2019-06-10")
        .withMessageContaining("2019-06-09");
  }
}
