package org.permanence.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.exit.Exit;
import org.permanence.exit.ExitFinder;
import org.permanence.exit.Route;
import org.permanence.exit.RouteTable;
import org.permanence.testkit.PermanenceArbitraries;
import org.threeten.extra.LocalDateRange;

/** What holds of the adoptions of any care data in any window. */
class AdoptionPropertiesTest {

  private static final AdoptionTimelinessCalculator CALCULATOR = AdoptionTimelinessCalculator.DEFAULT;

  private static final LocalDate AS_AT = LocalDate.parse("2025-12-31");

  @Provide
  Arbitrary<CareData> data() {
    return PermanenceArbitraries.careData(AS_AT);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return PermanenceArbitraries.datesBetween(LocalDate.parse("2005-01-01"), AS_AT.plusDays(2));
  }

  /** Few generated histories end in adoption (only from a placement for adoption): try many. */
  @Property(tries = 1000)
  void theAdoptionsAreTheExitsByTheAdoptionRoute(@ForAll("data") CareData data, @ForAll("days") LocalDate from) {
    LocalDateRange window = LocalDateRange.ofClosed(from.isAfter(AS_AT) ? AS_AT : from, AS_AT);

    BatchResult<AdoptionTimeliness> result = CALCULATOR.timeliness(data, window, AS_AT, List.of());

    assertThat(result.failures()).isEmpty();
    // the exit finder, by its own route, finds the same children on the same days in the same order
    List<Exit> adoptions = ExitFinder.DEFAULT.exits(data, RouteTable.DEFAULT, window, AS_AT).stream()
        .filter(exit -> exit.route().equals(Route.ADOPTION)).toList();
    assertThat(result.values()).extracting(AdoptionTimeliness::childId, AdoptionTimeliness::adoptionDate,
            AdoptionTimeliness::periodStart)
        .containsExactlyElementsOf(adoptions.stream()
            .map(exit -> tuple(exit.childId(), exit.date(), exit.periodStart()))
            .toList());
    for (AdoptionTimeliness adoption : result.values()) {
      long inCare = adoption.adoptionDate().toEpochDay() - adoption.periodStart().toEpochDay();
      assertThat(adoption.entryToPlacementDays()).isBetween(0L, inCare);
      assertThat(adoption.authorityToMatchDays()).isEmpty();
    }
    Statistics.label("some adoption").collect(!result.values().isEmpty());
    Statistics.label("some adoption").coverage(coverage -> coverage.check(true).count(count -> count >= 20));
  }

  @Property(tries = 200)
  void splittingAWindowInTwoAddsUp(@ForAll("data") CareData data, @ForAll("days") LocalDate a,
      @ForAll("days") LocalDate b) {
    LocalDate start = a.isBefore(b) ? a : b;
    LocalDate split = a.isBefore(b) ? b : a;
    LocalDate end = AS_AT.plusDays(1);
    if (split.isAfter(end)) {
      split = end;
    }
    LocalDateRange whole = LocalDateRange.of(start, end);

    List<AdoptionTimeliness> all = CALCULATOR.timeliness(data, whole, AS_AT, List.of()).values();
    List<AdoptionTimeliness> first = CALCULATOR.timeliness(data, LocalDateRange.of(start, split), AS_AT, List.of())
        .values();
    List<AdoptionTimeliness> second = CALCULATOR.timeliness(data, LocalDateRange.of(split, end), AS_AT, List.of())
        .values();

    assertThat(first.size() + second.size()).isEqualTo(all.size());
    AdoptionAverages averages = AdoptionAverages.of(whole, all);
    assertThat(averages.count()).isEqualTo(all.size());
    assertThat(averages.fosterCarerAdoptions()).isEqualTo(
        AdoptionAverages.of(whole, first).fosterCarerAdoptions() + AdoptionAverages.of(whole, second).fosterCarerAdoptions());
    assertThat(sum(first) + sum(second)).isEqualTo(sum(all));
  }

  private static long sum(List<AdoptionTimeliness> adoptions) {
    return adoptions.stream().mapToLong(AdoptionTimeliness::entryToPlacementDays).sum();
  }
}
