package org.permanence.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.testkit.PermanenceArbitraries;

@StatisticsReport(StatisticsReportMode.OFF)
class PeriodsOfCarePropertiesTest {

  /** A history and two as-at dates that matter to it, {@code earlier <= later}. */
  record Case(CareHistory history, LocalDate earlier, LocalDate later) {}

  @Provide
  Arbitrary<Case> cases() {
    return PermanenceArbitraries.careHistories()
        .flatMap(
            history ->
                Combinators.combine(
                        PermanenceArbitraries.asAtDates(history),
                        PermanenceArbitraries.asAtDates(history))
                    .as(
                        (a, b) ->
                            a.isAfter(b) ? new Case(history, b, a) : new Case(history, a, b)));
  }

  @Property(tries = 400)
  void periodsPartitionTheEpisodesOtherThanShortBreaks(@ForAll("cases") Case c) {
    LocalDate asAt = c.earlier();
    List<PeriodOfCare> periods = c.history().periodsOfCare(asAt);

    List<Episode> expected = new ArrayList<>();
    for (Episode episode : c.history().asAt(asAt).episodes()) {
      if (!episode.isShortBreak()) {
        expected.add(episode);
      }
    }
    assertThat(concatenated(periods)).containsExactlyElementsOf(expected);
    for (PeriodOfCare period : periods) {
      assertThat(period.asAt()).isEqualTo(asAt);
      assertThat(period.child()).isEqualTo(c.history().child());
    }
    Statistics.label("periods").collect(periods.size() > 2 ? "3+" : String.valueOf(periods.size()));
    Statistics.label("periods").coverage(coverage -> {
      coverage.check("1").count(n -> n > 0);
      coverage.check("2").count(n -> n > 0);
    });
  }

  @Property(tries = 400)
  void withShortBreaksThePeriodsCoverEveryEpisode(@ForAll("cases") Case c) {
    LocalDate asAt = c.earlier();
    List<PeriodOfCare> periods = c.history().periodsOfCare(asAt, ShortBreaks.INCLUDE);
    assertThat(concatenated(periods))
        .containsExactlyElementsOf(c.history().asAt(asAt).episodes());
    assertLinkedByTheRule(periods);
  }

  @Property(tries = 400)
  void episodesLinkWithinPeriodsAndNotBetweenThem(@ForAll("cases") Case c) {
    List<PeriodOfCare> periods = c.history().periodsOfCare(c.earlier());
    assertLinkedByTheRule(periods);
    for (int i = 0; i < periods.size() - 1; i++) {
      assertThat(periods.get(i).isOpen()).as("only the last period may be open").isFalse();
    }
    boolean sameDay = false;
    for (int i = 1; i < periods.size(); i++) {
      sameDay |= periods.get(i - 1).endExclusive().equals(Optional.of(periods.get(i).start()));
    }
    Statistics.label("same-day re-entry").collect(sameDay);
    Statistics.label("same-day re-entry").coverage(coverage -> coverage.check(true).count(n -> n > 0));
  }

  @Property(tries = 400)
  void asAtViewsCompose(@ForAll("cases") Case c) {
    CareHistory history = c.history();
    assertThat(history.asAt(c.later()).asAt(c.earlier())).isEqualTo(history.asAt(c.earlier()));
    assertThat(history.asAt(c.earlier()).asAt(c.earlier())).isEqualTo(history.asAt(c.earlier()));
  }

  @Property(tries = 400)
  void aLaterExtractGivesTheSamePeriods(@ForAll("cases") Case c) {
    CareHistory laterExtract = c.history().asAt(c.later());
    assertThat(laterExtract.periodsOfCare(c.earlier()))
        .isEqualTo(c.history().periodsOfCare(c.earlier()));
    assertThat(laterExtract.periodsOfCare(c.earlier(), ShortBreaks.INCLUDE))
        .isEqualTo(c.history().periodsOfCare(c.earlier(), ShortBreaks.INCLUDE));
  }

  /** Within a period each episode follows an X1 on its DEC; between periods that link fails. */
  private static void assertLinkedByTheRule(List<PeriodOfCare> periods) {
    for (PeriodOfCare period : periods) {
      List<Episode> episodes = period.episodes();
      for (int i = 1; i < episodes.size(); i++) {
        Episode previous = episodes.get(i - 1);
        assertThat(previous.reasonEnded()).contains(ReasonEpisodeCeased.X1);
        assertThat(previous.endExclusive()).contains(episodes.get(i).start());
      }
    }
    for (int i = 1; i < periods.size(); i++) {
      Episode last = periods.get(i - 1).lastEpisode();
      Episode next = periods.get(i).episodes().get(0);
      boolean links =
          last.reasonEnded().equals(Optional.of(ReasonEpisodeCeased.X1))
              && last.endExclusive().equals(Optional.of(next.start()));
      assertThat(links).as("consecutive periods must not satisfy the link rule").isFalse();
    }
  }

  private static List<Episode> concatenated(List<PeriodOfCare> periods) {
    List<Episode> all = new ArrayList<>();
    for (PeriodOfCare period : periods) {
      all.addAll(period.episodes());
    }
    return all;
  }
}
