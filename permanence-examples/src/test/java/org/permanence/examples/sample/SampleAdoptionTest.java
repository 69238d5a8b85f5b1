package org.permanence.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permanence.adoption.AdoptionRecord;
import org.permanence.adoption.AdoptionRecords;
import org.permanence.adoption.AdoptionTimeliness;
import org.permanence.adoption.AdoptionTimelinessCalculator;
import org.permanence.batch.BatchResult;
import org.permanence.care.CareData;
import org.permanence.child.ChildId;
import org.permanence.ssda903.Ssda903Reader;
import org.threeten.extra.LocalDateRange;

/** The bundled sample's adoption file: it loads against the sample, and fits its adoptions. */
class SampleAdoptionTest {

  private static CareData data;
  private static List<AdoptionRecord> records;
  private static List<AdoptionTimeliness> adoptions;

  @BeforeAll
  static void load() {
    data = Ssda903Reader.strict().read(SampleData.header(), SampleData.episodes()).strict();
    records = AdoptionRecords.read(SampleData.adoption(), data);
    // every adoption the sample holds, from its first day to its as-at date
    LocalDateRange everything = LocalDateRange.of(LocalDate.of(1990, 1, 1), SampleData.asAt().plusDays(1));
    BatchResult<AdoptionTimeliness> result =
        AdoptionTimelinessCalculator.DEFAULT.timeliness(data, everything, SampleData.asAt(), records);
    assertThat(result.failures()).isEmpty();
    adoptions = result.values();
  }

  @Test
  void everyRecordIsOfAChildAdoptedInTheSample() {
    Set<ChildId> adopted = adoptions.stream().map(AdoptionTimeliness::childId).collect(Collectors.toSet());

    assertThat(records).isNotEmpty();
    assertThat(records).allSatisfy(record -> assertThat(adopted).contains(record.childId()));
  }

  @Test
  void mostButNotEveryAdoptionIsMatched() {
    long matched = adoptions.stream().filter(a -> a.authorityToMatchDays().isPresent()).count();

    assertThat(matched).isGreaterThan(adoptions.size() / 2).isLessThan(adoptions.size());
  }

  @Test
  void eachRecordIsInOrderAndSomeMatchesCameBeforeTheAuthority() {
    for (AdoptionTimeliness adoption : adoptions) {
      AdoptionRecord record = records.stream().filter(r -> r.childId().equals(adoption.childId())).findFirst()
          .orElse(null);
      if (record == null) {
        continue;
      }
      // the decision while in care and before the match; the match before the child moved in
      assertThat(record.decisionDate()).hasValueSatisfying(decision -> {
        assertThat(decision).isAfterOrEqualTo(adoption.periodStart());
        assertThat(decision).isBefore(record.matchDate().orElseThrow());
      });
      assertThat(record.matchDate()).hasValueSatisfying(match -> assertThat(match).isBeforeOrEqualTo(adoption.movedIn()));
    }
    // a match before the placement order counts as 0 days
    assertThat(adoptions)
        .filteredOn(a -> a.match().isPresent() && a.authority().isPresent() && a.match().get().isBefore(a.authority().get()))
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.authorityToMatchDays()).contains(0L));
  }
}
