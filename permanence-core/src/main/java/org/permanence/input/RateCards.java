package org.permanence.input;


import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.permanence.code.PlacementProvider;
import org.permanence.rate.PlacePattern;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;

/**
 * Reads a rate card CSV: {@code place,provider,min_age,max_age,effective_from,weekly_cost}.
 *
 * <p>{@code place} is a placement type ({@code U4}), a prefix with a star ({@code U*}) or {@code
 * *}; {@code provider} a provider code ({@code PR4}) or {@code *}; the ages whole years from 0 to
 * 17, inclusive, or empty for unbounded; {@code effective_from} a date in either input form;
 * {@code weekly_cost} a non-negative amount in pounds such as {@code 850}, {@code 1234.5} or
 * {@code 134.29}, with no currency sign or thousands separator. Every problem is reported with
 * its line and column, including two rows that would both apply (naming both lines).
 */
public final class RateCards {

  static final List<String> COLUMNS =
      List.of("PLACE", "PROVIDER", "MIN_AGE", "MAX_AGE", "EFFECTIVE_FROM", "WEEKLY_COST");


  private RateCards() {}

  /**
   * Reads a rate card file.
   *
   * @param file the rate card CSV
   * @return the rate card
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static RateCard read(Path file) {
    return read(InputFile.of(file));
  }

  /**
   * Reads a rate card file.
   *
   * @param file the rate card CSV
   * @return the rate card
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static RateCard read(InputFile file) {
    return RateCard.of(CardFile.read(file, COLUMNS, RateCards::row,
        rows -> RateCard.problems(rows).stream()
            .map(clash -> new CardFile.Clash(clash.rowIndex(), clash.otherIndex(), clash.message()))
            .toList(),
        "one row for each place, provider, age and effective date"));
  }

  private static RateRow row(CardCells row, int[] column, String source) {
    PlacePattern place = place(row, column[0]);
    Optional<PlacementProvider> provider = provider(row, column[1]);
    Optional<Integer> minAge = row.age(column[2], "min_age");
    Optional<Integer> maxAge = row.age(column[3], "max_age");
    LocalDate from = row.date(column[4], "effective_from");
    BigDecimal cost = row.amount(column[5], "weekly_cost", "a weekly cost in pounds");
    row.ageOrder(minAge, maxAge, column[3]);
    return row.isClean()
        ? RateRow.builder().place(place).provider(provider).minAge(minAge).maxAge(maxAge)
            .effectiveFrom(from).weeklyCost(cost).source(source).build()
        : null;
  }

  /** Reads a rate card's place: a type, a prefix such as {@code U*}, or {@code *}. */
  private static PlacePattern place(CardCells cells, int index) {
    String value = cells.text().text(index);
    if (value.isEmpty()) {
      cells.problem("place", null, "empty; expected a placement type such as U4, a prefix such as U*, or *");
      return null;
    }
    try {
      return PlacePattern.parse(value);
    } catch (IllegalArgumentException e) {
      cells.problem("place", value, e.getMessage());
      return null;
    }
  }

  /** Reads a rate card's provider: a code, or {@code *} for any (empty). */
  private static Optional<PlacementProvider> provider(CardCells cells, int index) {
    String value = cells.text().text(index);
    if (value.equals("*")) {
      return Optional.empty();
    }
    Optional<PlacementProvider> provider = PlacementProvider.find(value);
    if (provider.isEmpty()) {
      cells.problem("provider", value.isEmpty() ? null : value, (value.isEmpty() ? "empty" : "unknown provider")
          + "; expected one of " + PlacementProvider.validCodes() + ", or * for any provider");
    }
    return provider;
  }
}
