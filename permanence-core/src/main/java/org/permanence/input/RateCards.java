package org.permanence.input;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.permanence.code.PlacementProvider;
import org.permanence.rate.PlacePattern;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateCardProblem;
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

  private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");

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
    requireNonNull(file, "file");
    List<InputProblem> problems = new ArrayList<>();
    CsvInput input = CsvInput.open(file, COLUMNS, problems);
    if (input == null) {
      throw new InvalidInputException(problems);
    }
    int[] column = COLUMNS.stream().mapToInt(input::index).toArray();
    List<RateRow> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    input.readCells(text -> {
      Row row = new Row(file.name(), text, problems);
      if (!text.fits()) {
        row.problem(null, null, "the row has " + text.cellCount() + " cells; expected "
            + input.names().size() + ", one for each column of the header");
        return;
      }
      PlacePattern place = row.place(column[0]);
      Optional<PlacementProvider> provider = row.provider(column[1]);
      Optional<Integer> minAge = row.age(column[2], "min_age");
      Optional<Integer> maxAge = row.age(column[3], "max_age");
      LocalDate from = row.date(column[4]);
      BigDecimal cost = row.amount(column[5]);
      if (minAge != null && maxAge != null && minAge.isPresent() && maxAge.isPresent()
          && minAge.get() > maxAge.get()) {
        row.problem("max_age", text.text(column[3]),
            "max_age is below min_age " + minAge.get() + "; expected min_age <= max_age");
      }
      if (row.clean) {
        rows.add(RateRow.builder().place(place).provider(provider).minAge(minAge).maxAge(maxAge)
            .effectiveFrom(from).weeklyCost(cost).source(file.name() + " line " + text.line())
            .build());
        lines.add(text.line());
      }
    }, problems);
    for (RateCardProblem clash : RateCard.problems(rows)) {
      problems.add(InputProblem.builder().file(file.name()).line(lines.get(clash.rowIndex()))
          .message(clash.message() + " (line " + lines.get(clash.otherIndex())
              + "); expected one row for each place, provider, age and effective date")
          .build());
    }
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Long.compare(a.line(), b.line()));
      throw new InvalidInputException(problems);
    }
    return RateCard.of(rows);
  }

  /** Checks the cells of one row, recording each problem. */
  private static final class Row {
    private final String file;
    private final RowText text;
    private final List<InputProblem> problems;
    boolean clean = true;

    Row(String file, RowText text, List<InputProblem> problems) {
      this.file = file;
      this.text = text;
      this.problems = problems;
    }

    void problem(String column, String value, String message) {
      clean = false;
      InputProblem.Builder problem = InputProblem.builder().file(file).line(text.line()).message(message);
      if (column != null) {
        problem.column(column);
      }
      if (value != null) {
        problem.value(value);
      }
      problems.add(problem.build());
    }

    PlacePattern place(int index) {
      String value = text.text(index);
      if (value.isEmpty()) {
        problem("place", null, "empty; expected a placement type such as U4, a prefix such as U*, or *");
        return null;
      }
      try {
        return PlacePattern.parse(value);
      } catch (IllegalArgumentException e) {
        problem("place", value, e.getMessage());
        return null;
      }
    }

    Optional<PlacementProvider> provider(int index) {
      String value = text.text(index);
      if (value.equals("*")) {
        return Optional.empty();
      }
      Optional<PlacementProvider> provider = PlacementProvider.find(value);
      if (provider.isEmpty()) {
        problem("provider", value.isEmpty() ? null : value, (value.isEmpty() ? "empty" : "unknown provider")
            + "; expected one of " + PlacementProvider.validCodes() + ", or * for any provider");
      }
      return provider;
    }

    Optional<Integer> age(int index, String column) {
      String value = text.text(index);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (!WHOLE.matcher(value).matches() || Integer.parseInt(value) > 17) {
        problem(column, value, "not an age; expected whole years from 0 to 17, or empty for no bound");
        return null;
      }
      return Optional.of(Integer.parseInt(value));
    }

    LocalDate date(int index) {
      String value = text.text(index);
      Optional<LocalDate> date = DateText.parse(value);
      if (date.isEmpty()) {
        problem("effective_from", value.isEmpty() ? null : value,
            (value.isEmpty() ? "empty" : "not a valid date") + "; expected " + DateText.EXPECTED);
        return null;
      }
      return date.get();
    }

    BigDecimal amount(int index) {
      String value = text.text(index);
      if (AMOUNT.matcher(value).matches()) {
        return new BigDecimal(value);
      }
      String what = value.isEmpty() ? "empty"
          : value.startsWith("-") && AMOUNT.matcher(value.substring(1)).matches()
              ? "a negative amount" : "not an amount";
      problem("weekly_cost", value.isEmpty() ? null : value, what
          + "; expected a weekly cost in pounds of zero or more, such as 850 or 134.29");
      return null;
    }
  }
}
