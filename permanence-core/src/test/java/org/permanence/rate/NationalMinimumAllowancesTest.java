package org.permanence.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.rate.NationalMinimumAllowances.Region;

class NationalMinimumAllowancesTest {

  /** Figures from the published tables (pounds a week), with the tax-year change on 6 April. */
  @ParameterizedTest(name = "{0} {1} {2} aged {3} on {4}: {5}")
  @CsvSource({
    "LONDON,          U4, PR1,  0, 2024-04-06, 191",
    "LONDON,          U4, PR1,  2, 2025-04-05, 191",
    "LONDON,          U4, PR1,  3, 2025-04-05, 195",
    "LONDON,          U6, PR4, 12, 2025-04-05, 248",
    "LONDON,          U6, PR4, 12, 2025-04-06, 257",
    "LONDON,          U1, ,    17, 2026-01-01, 299",
    "SOUTH_EAST,      U5, PR5, 10, 2024-12-31, 208",
    "SOUTH_EAST,      U5, PR5, 11, 2025-06-01, 247",
    "REST_OF_ENGLAND, U3, PR1,  4, 2024-07-01, 170",
    "REST_OF_ENGLAND, U3, PR1, 16, 2025-04-06, 258",
  })
  void ratesAreThoseOfTheTables(Region region, PlacementType place, PlacementProvider provider,
      int age, LocalDate day, BigDecimal expected) {
    Optional<RateRow> row = NationalMinimumAllowances.card(region)
        .rate(place, Optional.ofNullable(provider), age, day);

    assertThat(row).map(RateRow::weeklyCost).hasValueSatisfying(
        cost -> assertThat(cost).isEqualByComparingTo(expected));
  }

  @ParameterizedTest(name = "{0} on {1}: none")
  @CsvSource({
    "U4, 2024-04-05",
    "K2, 2025-01-01",
    "A5, 2025-01-01",
  })
  void noRateBeforeTheFirstYearOrOutsideFosterCare(PlacementType place, LocalDate day) {
    assertThat(NationalMinimumAllowances.card(Region.LONDON).rate(place, Optional.empty(), 5, day))
        .isEmpty();
  }
}
