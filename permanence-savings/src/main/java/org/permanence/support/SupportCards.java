package org.permanence.support;


import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.permanence.exit.Route;
import org.permanence.input.CardCells;
import org.permanence.input.CardFile;
import org.permanence.input.CsvInput;
import org.permanence.input.InputFile;
import org.permanence.input.InvalidInputException;

/**
 * Reads a support card CSV: the columns {@code route,kind,min_age,max_age,effective_from,amount}.
 *
 * <ul>
 *   <li>{@code route}: a route name ({@code SGO}, or a council's own) or {@code *} for any route;
 *   <li>{@code kind}: {@code weekly} (an allowance paid each week after the exit) or {@code
 *       one-off} (charged once, on the exit date);
 *   <li>{@code min_age}, {@code max_age}: whole years from 0 to 17, inclusive; empty for no bound;
 *   <li>{@code effective_from}: the first day the row applies, in either date form;
 *   <li>{@code amount}: pounds, zero or more: a week's allowance or the one-off cost.
 * </ul>
 *
 * <p>The file is read as every input is ({@link CsvInput}); every problem is reported with its
 * line and column, including two rows that clash (naming both lines), as for rate cards.
 */
public final class SupportCards {

  static final List<String> COLUMNS =
      List.of("ROUTE", "KIND", "MIN_AGE", "MAX_AGE", "EFFECTIVE_FROM", "AMOUNT");

  private SupportCards() {}

  /**
   * Reads a support card file.
   *
   * @param file the support card CSV
   * @return the card
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static SupportCard read(Path file) {
    return read(InputFile.of(file));
  }

  /**
   * Reads a support card file.
   *
   * @param file the support card CSV
   * @return the card
   * @throws InvalidInputException listing every problem, if there is any
   */
  public static SupportCard read(InputFile file) {
    return SupportCard.of(CardFile.read(file, COLUMNS, SupportCards::row,
        rows -> SupportCard.problems(rows).stream()
            .map(clash -> new CardFile.Clash(clash.rowIndex(), clash.otherIndex(), clash.message()))
            .toList(),
        "one row for each route, kind, age and effective date"));
  }

  private static SupportRow row(CardCells row, int[] column, String source) {
    Optional<Route> route = route(row, column[0]);
    SupportKind kind = kind(row, column[1]);
    Optional<Integer> minAge = row.age(column[2], "min_age");
    Optional<Integer> maxAge = row.age(column[3], "max_age");
    LocalDate from = row.date(column[4], "effective_from");
    BigDecimal amount = row.amount(column[5], "amount", "an amount in pounds");
    row.ageOrder(minAge, maxAge, column[3]);
    return row.isClean()
        ? SupportRow.builder().route(route).kind(kind).minAge(minAge).maxAge(maxAge)
            .effectiveFrom(from).amount(amount).source(source).build()
        : null;
  }

  /** A route name, or {@code *} for any route (empty); null after a problem. */
  private static Optional<Route> route(CardCells row, int index) {
    String value = row.text().text(index);
    if (value.equals("*")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Route.of(value));
    } catch (IllegalArgumentException e) {
      row.problem("route", value.isEmpty() ? null : value, (value.isEmpty() ? "empty" : "not a route")
          + "; expected a route such as SGO, ADOPTION, CAO or RETURN_HOME, or * for any route");
      return null;
    }
  }

  private static SupportKind kind(CardCells row, int index) {
    String value = row.text().text(index);
    Optional<SupportKind> kind = SupportKind.find(value);
    if (kind.isEmpty()) {
      row.problem("kind", value.isEmpty() ? null : value,
          (value.isEmpty() ? "empty" : "unknown kind") + "; expected weekly or one-off");
      return null;
    }
    return kind.get();
  }
}
