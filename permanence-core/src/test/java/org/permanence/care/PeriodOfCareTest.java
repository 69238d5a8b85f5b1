package org.permanence.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.threeten.extra.LocalDateRange;

class PeriodOfCareTest {

  private static final ChildId ID = ChildId.of("C1");

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static Episode episode(String start, String endExclusive, String reason) {
    Episode.Builder builder = Episode.builder()
        .childId(ID)
        .start(date(start))
        .reasonForNewEpisode(ReasonForNewEpisode.S)
        .legalStatus(LegalStatus.C2)
        .placementType(PlacementType.U4)
        .placementProvider(PlacementProvider.PR1);
    if (endExclusive != null) {
      builder.endExclusive(date(endExclusive)).reasonEnded(ReasonEpisodeCeased.of(reason));
    }
    return builder.build();
  }

  /**
   * Days in care of a one-episode period, worked by hand.
   *
   * <p>Columns: date of birth, DECOM, DEC (empty while open), as-at date, days, last day counted
   * (the day before the end of the care range).
   */
  @ParameterizedTest(name = "born {0}, [{1}, {2}) as at {3}: {4} days")
  @CsvSource({
    // ended: DEC - DECOM
    "2010-06-01, 2019-04-01, 2019-04-08, 2019-12-31,   7, 2019-04-07",
    "2010-06-01, 2019-03-31, 2019-04-01, 2019-12-31,   1, 2019-03-31",
    "2010-06-01, 2019-04-01, 2019-04-01, 2019-12-31,   0, ",
    // open: to the as-at date inclusive
    "2010-06-01, 2019-04-01,           , 2019-04-01,   1, 2019-04-01",
    "2010-06-01, 2019-03-31,           , 2019-04-01,   2, 2019-04-01",
    // Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31
    "2010-06-01, 2019-04-01,           , 2019-12-31, 275, 2019-12-31",
    // Mar 2020 has 31 days, Feb 2020 29: 1 Feb to 31 Mar inclusive
    "2010-06-01, 2020-02-01,           , 2020-03-31,  60, 2020-03-31",
    // 18th birthday 2020-01-10: counted up to 2020-01-09, 275 + 9 days
    "2002-01-10, 2019-04-01,           , 2020-03-31, 284, 2020-01-09",
    "2002-01-10, 2019-04-01,           , 2020-01-10, 284, 2020-01-09",
    "2002-01-10, 2019-04-01,           , 2020-01-09, 284, 2020-01-09",
    "2002-01-10, 2019-04-01,           , 2020-01-08, 283, 2020-01-08",
    "2002-01-10, 2019-04-01, 2020-02-01, 2020-03-31, 284, 2020-01-09",
    "2002-01-10, 2019-04-01, 2020-01-10, 2020-03-31, 284, 2020-01-09",
    "2002-01-10, 2019-04-01, 2020-01-09, 2020-03-31, 283, 2020-01-08",
    // born 29 Feb 2004: 18 on 1 March 2022 (not 28 Feb); 365 (2021) + 31 (Jan) + 28 (Feb)
    "2004-02-29, 2021-01-01,           , 2022-06-30, 424, 2022-02-28",
    "2004-02-29, 2021-01-01,           , 2022-03-01, 424, 2022-02-28",
    "2004-02-29, 2021-01-01,           , 2022-02-28, 424, 2022-02-28",
    "2004-02-29, 2021-01-01,           , 2022-02-27, 423, 2022-02-27",
    // born 29 Feb 2008: 18 on 1 March 2026; 1 April 2025 to 28 Feb 2026 is 365 - 31 days
    "2008-02-29, 2025-04-01,           , 2026-03-31, 334, 2026-02-28",
    // born 29 Feb 2000: 18 on 1 March 2018; 1 March 2017 to 28 Feb 2018
    "2000-02-29, 2017-03-01, 2018-06-01, 2018-12-31, 365, 2018-02-28",
    // a period that starts on or after the 18th birthday counts nothing
    "2000-01-01, 2018-01-01,           , 2018-12-31,   0, ",
    "2000-01-01, 2018-06-01,           , 2018-12-31,   0, ",
  })
  void countsDaysInCareWorkedByHand(String dateOfBirth, String start, String endExclusive,
      String asAt, long days, String lastDayCounted) {
    Child child = Child.of(ID, date(dateOfBirth));
    PeriodOfCare period = PeriodOfCare.of(child, List.of(episode(start, endExclusive, "E4A")), date(asAt));

    assertThat(period.daysInCare()).isEqualTo(days);
    LocalDateRange range = period.careRange();
    assertThat(range.getStart()).isEqualTo(date(start));
    assertThat(range.lengthInDays()).isEqualTo(days);
    if (lastDayCounted == null) {
      assertThat(range.isEmpty()).isTrue();
    } else {
      assertThat(range.getEndInclusive()).isEqualTo(date(lastDayCounted));
    }
  }

  @Test
  void aPeriodOfLinkedEpisodesRunsFromTheFirstStartToTheLastEnd() {
    Child child = Child.of(ID, date("2010-06-01"));
    PeriodOfCare period = PeriodOfCare.of(child, List.of(
        episode("2019-04-01", "2019-05-10", "X1"),
        episode("2019-05-10", "2019-06-15", "E11")), date("2019-12-31"));

    assertThat(period.childId()).isEqualTo(ID);
    assertThat(period.child()).isEqualTo(child);
    assertThat(period.start()).isEqualTo(date("2019-04-01"));
    assertThat(period.endExclusive()).contains(date("2019-06-15"));
    assertThat(period.reasonEnded()).contains(ReasonEpisodeCeased.E11);
    assertThat(period.lastEpisode().start()).isEqualTo(date("2019-05-10"));
    assertThat(period.isOpen()).isFalse();
    // April 30 + May 31 + June 14
    assertThat(period.daysInCare()).isEqualTo(75);
  }

  @Test
  void anOpenPeriodHasNoEndOrReason() {
    PeriodOfCare period = PeriodOfCare.of(Child.of(ID, date("2010-06-01")),
        List.of(episode("2019-04-01", "2019-05-10", "X1"), episode("2019-05-10", null, null)),
        date("2019-05-10"));

    assertThat(period.isOpen()).isTrue();
    assertThat(period.endExclusive()).isEmpty();
    assertThat(period.reasonEnded()).isEmpty();
    assertThat(period.daysInCare()).isEqualTo(40);
  }

  @Test
  void episodesThatDoNotFollowOnAreRefused() {
    Child child = Child.of(ID, date("2010-06-01"));

    assertThatIllegalArgumentException().isThrownBy(() -> PeriodOfCare.of(child,
        List.of(episode("2019-04-01", "2019-05-10", "X1"), episode("2019-05-11", null, null)),
        date("2019-12-31")));
    assertThatIllegalArgumentException().isThrownBy(() -> PeriodOfCare.of(child,
        List.of(episode("2019-04-01", null, null), episode("2019-05-11", null, null)),
        date("2019-12-31")));
  }

  @Test
  void aPeriodNeedsAnEpisodeSeenAtItsAsAtDate() {
    Child child = Child.of(ID, date("2010-06-01"));

    assertThatIllegalArgumentException().isThrownBy(() -> PeriodOfCare.of(child, List.of(), date("2019-12-31")));
    assertThatIllegalArgumentException().isThrownBy(() -> PeriodOfCare.of(child,
        List.of(episode("2020-01-01", null, null)), date("2019-12-31")));
  }
}
