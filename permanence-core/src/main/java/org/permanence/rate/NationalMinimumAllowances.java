package org.permanence.rate;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The national minimum fostering allowances for England, as ready rate cards: pounds a week by
 * region and age band, for every year the project has a sourced figure for.
 *
 * <p>The allowance is the child's allowance only (a carer's fee and an agency's overheads are
 * extra). Each year's rates run from the start of the tax year, 6 April, so a stay across
 * 6 April is costed at both years' rates. Rows apply to every foster placement ({@code U*}) with
 * any provider, in the age bands 0-2, 3-4, 5-10, 11-15 and 16-17.
 *
 * <p>Sources: 2024-25 from GOV.UK ("Help with the cost of fostering"); 2025-26 from a sector
 * publication citing GOV.UK. Earlier years' rates were not found from a primary source and are
 * not derived from the published uplifts, which the DfE applies to unrounded figures.
 */
public final class NationalMinimumAllowances {

  /** The regions the allowance is set for. */
  public enum Region {
    /** London. */
    LONDON,
    /** The South East. */
    SOUTH_EAST,
    /** The rest of England. */
    REST_OF_ENGLAND
  }

  private static final int[][] AGE_BANDS = {{0, 2}, {3, 4}, {5, 10}, {11, 15}, {16, 17}};

  /** Pounds a week, by year (from 6 April), region, then age band. */
  private static final Object[][] TABLE = {
    {LocalDate.of(2024, 4, 6), Region.LONDON, new int[] {191, 195, 217, 248, 289}},
    {LocalDate.of(2024, 4, 6), Region.SOUTH_EAST, new int[] {183, 189, 208, 238, 278}},
    {LocalDate.of(2024, 4, 6), Region.REST_OF_ENGLAND, new int[] {165, 170, 187, 213, 249}},
    {LocalDate.of(2025, 4, 6), Region.LONDON, new int[] {198, 201, 225, 257, 299}},
    {LocalDate.of(2025, 4, 6), Region.SOUTH_EAST, new int[] {189, 196, 216, 247, 288}},
    {LocalDate.of(2025, 4, 6), Region.REST_OF_ENGLAND, new int[] {170, 176, 194, 220, 258}},
  };

  private NationalMinimumAllowances() {}

  /**
   * Returns the allowances of one region as a rate card.
   *
   * @param region the region
   * @return a card of {@code U*} rows by age band, one set per year
   */
  public static RateCard card(Region region) {
    requireNonNull(region, "region");
    List<RateRow> rows = new ArrayList<>();
    for (Object[] year : TABLE) {
      if (year[1] != region) {
        continue;
      }
      int[] rates = (int[]) year[2];
      for (int band = 0; band < AGE_BANDS.length; band++) {
        rows.add(RateRow.builder()
            .place(PlacePattern.parse("U*"))
            .minAge(AGE_BANDS[band][0])
            .maxAge(AGE_BANDS[band][1])
            .effectiveFrom((LocalDate) year[0])
            .weeklyCost(BigDecimal.valueOf(rates[band]))
            .source("national minimum fostering allowance " + region + " from " + year[0])
            .build());
      }
    }
    return RateCard.of(rows);
  }
}
