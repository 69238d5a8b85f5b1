package org.permanence.testkit;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of CSV files made from a valid one by a few {@link CsvMutation}s: truncated
 * lines, stray quotes, wrong encodings, impossible dates, huge numbers, negative amounts,
 * formulas, control characters, very long cells, blank lines, byte-order marks in the right place
 * and the wrong one, columns missing, duplicated or reordered, extra fields. Use them to check
 * that a reader of CSV files answers every file with a result or a list of problems, each on a
 * line of the file, and never with an unexpected exception:
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<CsvMutant> rateCards() {
 *   return CsvMutants.of(Files.readString(Path.of("src/test/resources/rates.csv")));
 * }
 *
 * @Property
 * void readsOrSaysWhere(@ForAll("rateCards") CsvMutant card) {
 *   try {
 *     RateCards.read(card.file("rates.csv"));
 *   } catch (InvalidInputException e) {
 *     assertThat(e.problems()).allMatch(problem -> card.isLineOf(problem.line()));
 *   }
 * }
 * }</pre>
 *
 * <p>Start from a small valid file that exercises every rule of its reader: most mutants are
 * near-valid (one changed cell, a date moved a few days, a value copied from another column), so
 * they get past the header and reach the checks of rows and of rows against each other. Each
 * mutation is chosen by whole numbers (which line, which cell, which value), so that a failing
 * property shrinks to one small change.
 *
 * <p>Each method returns a new arbitrary; arbitraries are immutable and may be shared.
 */
public final class CsvMutants {

  /** The most mutations of {@link #of(String)}: one to three. */
  public static final int MOST_MUTATIONS = 3;

  private CsvMutants() {}

  /**
   * Returns mutants of a valid CSV file, each made by one to three mutations of any kind.
   *
   * @param validCsv the valid file's text, lines ended by line feeds, cells not quoted
   * @return an arbitrary of mutants
   */
  public static Arbitrary<CsvMutant> of(String validCsv) {
    return of(validCsv, MOST_MUTATIONS, EnumSet.allOf(CsvMutation.class));
  }

  /**
   * Returns mutants of a valid CSV file, each made by one or more mutations of the given kinds.
   *
   * @param validCsv the valid file's text, lines ended by line feeds, cells not quoted
   * @param mostMutations the most mutations of one mutant, at least 1
   * @param kinds the kinds of mutation to make, not empty
   * @return an arbitrary of mutants
   */
  public static Arbitrary<CsvMutant> of(String validCsv, int mostMutations, Collection<CsvMutation> kinds) {
    requireNonNull(validCsv, "validCsv");
    requireNonNull(kinds, "kinds");
    if (mostMutations < 1) {
      throw new IllegalArgumentException("mostMutations must be at least 1, but was " + mostMutations);
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must not be empty");
    }
    List<String> lines = lines(validCsv);
    List<Tuple.Tuple2<Integer, CsvMutation>> weighted = new ArrayList<>();
    for (CsvMutation kind : EnumSet.copyOf(kinds)) {
      weighted.add(Tuple.of(WEIGHTS.getOrDefault(kind, 1), kind));
    }
    Arbitrary<CsvMutation> kind = Arbitraries.frequency(weighted);
    Arbitrary<Integer> number = Arbitraries.integers().between(0, 1 << 16);
    Arbitrary<Step> step = Combinators.combine(kind, number, number, number).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(mostMutations).map(steps -> mutate(lines, steps));
  }

  /**
   * Returns mutants of the files of one extract, such as an SSDA903 header file and episodes
   * file, in the order given: most often one file mutated as by {@link #of(String)} and the others
   * unchanged; at times every file changed the same way at once, as an extract exported with the
   * wrong settings would be (its line endings, its encoding, a byte-order mark, or every date in
   * another year: a century out, or with two-digit years as {@code 0019}), so that the files still
   * agree with each other and reach the checks of one against the other.
   *
   * @param validCsvs the valid files' texts, lines ended by line feeds, cells not quoted
   * @return an arbitrary of the files' mutants, in the order given
   */
  public static Arbitrary<List<CsvMutant>> ofExtract(String... validCsvs) {
    requireNonNull(validCsvs, "validCsvs");
    List<String> files = List.of(validCsvs);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("validCsvs must name at least one file");
    }
    List<CsvMutant> unchanged = files.stream().map(CsvMutants::unchanged).toList();
    List<Tuple.Tuple2<Integer, Arbitrary<List<CsvMutant>>>> choices = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      int index = i;
      choices.add(Tuple.of(3, of(files.get(i)).map(mutant -> {
        List<CsvMutant> mutants = new ArrayList<>(unchanged);
        mutants.set(index, mutant);
        return List.copyOf(mutants);
      })));
    }
    Arbitrary<Integer> number = Arbitraries.integers().between(0, 1 << 16);
    Arbitrary<Step> whole = Combinators.combine(Arbitraries.frequency(WHOLE_FILE), number, number, number).as(Step::new);
    choices.add(Tuple.of(1 + files.size() / 2,
        whole.map(step -> files.stream().map(file -> mutate(lines(file), List.of(step))).toList())));
    return Arbitraries.frequencyOf(choices);
  }

  /**
   * The mutations that can change every file of an extract the same way, and how often each is
   * chosen: the dates most, as they reach the checks of the files against each other.
   */
  private static final List<Tuple.Tuple2<Integer, CsvMutation>> WHOLE_FILE = List.of(
      Tuple.of(2, CsvMutation.SHIFTED_YEARS), Tuple.of(1, CsvMutation.LINE_ENDINGS),
      Tuple.of(1, CsvMutation.BOM), Tuple.of(1, CsvMutation.UTF16));

  /**
   * Returns a valid file as a mutant with no change, to read alongside a mutant of another file
   * (a header file with a mutated episodes file, say).
   *
   * @param validCsv the valid file's text
   * @return the file, unchanged, as UTF-8
   */
  public static CsvMutant unchanged(String validCsv) {
    requireNonNull(validCsv, "validCsv");
    return new CsvMutant(validCsv.getBytes(StandardCharsets.UTF_8), List.of(), Set.of());
  }

  /** How often each kind is chosen against the others: the near-valid ones most. */
  private static final Map<CsvMutation, Integer> WEIGHTS = weights();

  private static Map<CsvMutation, Integer> weights() {
    Map<CsvMutation, Integer> weights = new EnumMap<>(CsvMutation.class);
    weights.put(CsvMutation.CELL_VALUE, 8);
    weights.put(CsvMutation.COPIED_CELL, 5);
    weights.put(CsvMutation.SHIFTED_DATE, 5);
    weights.put(CsvMutation.IMPOSSIBLE_DATE, 3);
    weights.put(CsvMutation.HUGE_NUMBER, 3);
    weights.put(CsvMutation.NEGATIVE_NUMBER, 3);
    weights.put(CsvMutation.PADDED_CELL, 2);
    weights.put(CsvMutation.STRAY_QUOTE, 2);
    weights.put(CsvMutation.TRUNCATED_LINE, 2);
    weights.put(CsvMutation.CHANGED_CASE, 2);
    weights.put(CsvMutation.REORDERED_LINES, 2);
    weights.put(CsvMutation.DUPLICATED_LINE, 2);
    return weights;
  }

  /** One mutation: its kind and the whole numbers that choose where and what. */
  private record Step(CsvMutation kind, int where, int which, int what) {}

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static CsvMutant mutate(List<String> valid, List<Step> steps) {
    Draft draft = new Draft(valid);
    List<Step> ordered = new ArrayList<>(steps);
    // the text first, then its encoding, then the bytes: a stable sort keeps each stage's order
    ordered.sort((a, b) -> a.kind().stage().compareTo(b.kind().stage()));
    byte[] bytes = null;
    for (Step step : ordered) {
      if (step.kind().stage() == CsvMutation.Stage.BYTES && bytes == null) {
        bytes = draft.encode();
      }
      if (bytes == null) {
        draft.apply(step);
      } else {
        bytes = draft.applyToBytes(step, bytes);
      }
    }
    if (bytes == null) {
      bytes = draft.encode();
    }
    return new CsvMutant(bytes, draft.changes, draft.kinds);
  }

  // -------------------------------------------------------------------------------------------
  // the values a cell is given

  /** Troublesome values for {@link CsvMutation#CELL_VALUE}, chosen by a whole number. */
  private static final List<String> VALUES = List.of(
      // impossible dates, and dates in forms no reader accepts
      "31/02/2019", "29/02/2019", "30/02/2020", "31/04/2019", "00/01/2020", "32/01/2020",
      "01/13/2020", "2019-02-29", "2019-13-01", "2019-00-10", "2019-04-31", "2019-04-00",
      "0000-01-01", "0001-01-01", "9999-12-31", "31/12/9999", "1/1/0000", "01/01/10000",
      "2019/04/01", "1-4-2019", "01/04/19", "01.04.2019", "2019-4-1", "20190401", "43556",
      "1 April 2019", "2019-04-01T00:00", "+2019-04-01", "-2019-04-01", "2019-04-01Z",
      "\u0660\u0661/\u0660\u0664/\u0662\u0660\u0661\u0669", "\uFF10\uFF11/\uFF10\uFF14/\uFF12\uFF10\uFF11\uFF19",
      // huge, negative and malformed numbers
      "99999999999999999999999999999999", "1" + "0".repeat(400), "2147483648",
      "9223372036854775808", "1e6", "1E400", "NaN", "Infinity", "0x10", "+850", "850.", ".5",
      "850.5.5", "1,234.00", "\u00A3850", "8 50", "-1", "-0", "-0.00", "-850.50", "-", "18", "99",
      "00000000000000000000000850", "0.0000000000000000000000000000001", "\u0661\u0662\u0663",
      // codes of the wrong list, case or shape
      "u4", "U 4", "U9", "PR0", "pr1", "PR9", "E4C", "X1", "e11", "V3", "V4", "Z1", "K3", "H5",
      "P2", "A5", "*", "**", "U**", "*U", "A*", "SGO", "sgo", "ADOPTION", "KINSHIP", "weekly",
      "one-off", "WEEKLY", "scheduled", "Assessing", "exits", "exits:SGO", "exits:", ":SGO",
      "exits:sgo", "net_saving", "mean_days", "2025-26", "2025-27", "9999-00", "0000-01",
      "2025/26", "M", "F", "U", "3",
      // text a reader must not trip over
      "", " ", "null", "NULL", "N/A", "#N/A", "#VALUE!", "=1+1", "+SUM(A1:A2)", "-2+3",
      "@SUM(1)", "=HYPERLINK(\"http://example.org\")", "Zo\u00EB", "\uD83D\uDE00", "C\u0301",
      "\u200B", "\u00A0", "\uFEFF", "\u2028", "\u0000", "\u0007", "\u001B[31m", "\u007F",
      "\uFFFD", "\\", "'", "\"\"", "<script>", "%s%n", "${jndi:ldap://x}");

  private static final List<String> EXTRA_FIELDS = List.of("", "x", " ", "=1+1", "2019-04-01", "0");

  private static final List<String> BLANKS = List.of("", "   ", ",,,,,", "\t", ",", "\u00A0", " , ");

  private static final List<String> FORMULA_PREFIXES = List.of("=", "+", "-", "@", "\t=", "=-");

  private static final List<String> CONTROLS = List.of(
      "\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u007F", "\u0085", "\u2028",
      "\u2029", "\u200B", "\uFFFE", "\uFFFF", "\uD800", "\r", "\n");

  private static final List<String> PADS = List.of(
      " ", "  ", "\t", "\u00A0", "\u2007", "\u202F", "\u3000", "\u200B", " \t ");

  private static final List<String> NON_ASCII = List.of("\u00E9", "\u00A3", "\u00FC", "\u00DF", "\u00F1", "\u20AC", "\u00A9");

  /** Up to more than the 1 MiB a reader of plain files reads at once. */
  private static final int[] LONG_LENGTHS = {300, 5_000, 70_000, 1_100_000};

  private static final int[] SHIFTS = {1, -1, 7, -7, 30, -30, 365, -365, 366 * 18, -366 * 18};

  private static final byte[] BOM_BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final List<byte[]> INVALID = List.of(
      new byte[] {(byte) 0xFF},
      new byte[] {(byte) 0xFE},
      new byte[] {(byte) 0xC0, (byte) 0x80},
      new byte[] {(byte) 0x80},
      new byte[] {(byte) 0xE2, (byte) 0x82},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xC3});

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private static <T> T pick(List<T> values, int choice) {
    return values.get(Math.floorMod(choice, values.size()));
  }

  private static boolean isDate(String cell) {
    return ISO_DATE.matcher(cell).matches() || UK_DATE.matcher(cell).matches();
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private static boolean isNumber(String cell) {
    return NUMBER.matcher(cell).matches();
  }

  /** A date written with its year changed, in the same form; null if the text is no date. */
  private static String withYear(String text, IntUnaryOperator year) {
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.matches()) {
      return String.format(Locale.ROOT, "%04d-%s-%s", year.applyAsInt(Integer.parseInt(iso.group(1))),
          iso.group(2), iso.group(3));
    }
    Matcher uk = UK_DATE.matcher(text);
    if (uk.matches()) {
      return String.format(Locale.ROOT, "%s/%s/%04d", uk.group(1), uk.group(2),
          year.applyAsInt(Integer.parseInt(uk.group(3))));
    }
    return null;
  }

  /** A date made impossible, or put in an implausible year, in the form it was written. */
  private static String impossible(String text, int choice) {
    Matcher iso = ISO_DATE.matcher(text);
    boolean isoForm = iso.matches();
    Matcher uk = UK_DATE.matcher(text);
    String year = isoForm ? iso.group(1) : uk.matches() ? uk.group(3) : "2019";
    String month = isoForm ? iso.group(2) : uk.matches() ? uk.group(2) : "04";
    String day = isoForm ? iso.group(3) : uk.matches() ? uk.group(1) : "01";
    String[] date = switch (Math.floorMod(choice, 8)) {
      case 0 -> new String[] {year, "02", "31"};
      case 1 -> new String[] {"2019", "02", "29"};
      case 2 -> new String[] {year, "04", "31"};
      case 3 -> new String[] {year, month, "00"};
      case 4 -> new String[] {year, "13", day};
      case 5 -> new String[] {"00" + year.substring(2), month, day};
      case 6 -> new String[] {"1899", month, day};
      default -> new String[] {"0000", month, day};
    };
    return isoForm ? date[0] + "-" + date[1] + "-" + date[2] : date[2] + "/" + date[1] + "/" + date[0];
  }

  // -------------------------------------------------------------------------------------------
  // a file being mutated

  /** A file being changed: its lines while the text changes, then its encoding. */
  private static final class Draft {
    private final List<String> lines;
    private final List<String> changes = new ArrayList<>();
    private final Set<CsvMutation> kinds = EnumSet.noneOf(CsvMutation.class);
    /** 0 line feeds, 1 CR LF, 2 lone CRs, 3 a mixture. */
    private int endings;
    private boolean lastBreak = true;
    private Charset charset = StandardCharsets.UTF_8;
    private boolean utf16Bom;

    Draft(List<String> lines) {
      this.lines = new ArrayList<>(lines);
    }

    private void changed(Step step, String what) {
      kinds.add(step.kind());
      changes.add(step.kind() + ": " + what);
    }

    private int line(int choice) {
      return Math.floorMod(choice, lines.size());
    }

    /**
     * The cells of a line, split at every comma. Not a CSV parser on purpose: the valid file's
     * cells are never quoted, and a line an earlier mutation broke (a stray quote) must still be
     * cut into cells to be mutated again, which a parser would refuse.
     */
    private String[] cells(int line) {
      return lines.get(line).split(",", -1);
    }

    private void setCells(int line, String[] cells) {
      lines.set(line, String.join(",", cells));
    }

    private static String shown(String value) {
      String text = value.length() > 40 ? value.substring(0, 40) + "... (" + value.length() + " chars)" : value;
      StringBuilder shown = new StringBuilder(text.length() + 2).append('\'');
      for (char c : text.toCharArray()) {
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c > 0x7E) {
          shown.append(String.format("\\u%04X", (int) c));
        } else {
          shown.append(c);
        }
      }
      return shown.append('\'').toString();
    }

    /** Replaces a cell through a function of its value, and records the change. */
    private void changeCell(Step step, UnaryOperator<String> change) {
      if (lines.isEmpty()) {
        return;
      }
      int line = line(step.where());
      String[] cells = cells(line);
      int cell = Math.floorMod(step.which(), cells.length);
      cells[cell] = change.apply(cells[cell]);
      setCells(line, cells);
      changed(step, "line " + (line + 1) + ", cell " + (cell + 1) + " = " + shown(cells[cell]));
    }

    /** Applies a change to every line's cells: to a column. */
    private void eachLine(Function<List<String>, List<String>> change) {
      for (int i = 0; i < lines.size(); i++) {
        lines.set(i, String.join(",", change.apply(new ArrayList<>(Arrays.asList(cells(i))))));
      }
    }

    private int headerWidth() {
      return lines.isEmpty() ? 1 : cells(0).length;
    }

    void apply(Step step) {
      if (lines.isEmpty() && step.kind() != CsvMutation.LINE_ENDINGS && step.kind() != CsvMutation.BLANK_LINES
          && step.kind() != CsvMutation.UTF16) {
        return;
      }
      switch (step.kind()) {
        case TRUNCATED_LINE -> {
          int line = line(step.where());
          String text = lines.get(line);
          int cut = Math.floorMod(step.which(), Math.max(1, text.length()));
          lines.set(line, text.substring(0, cut));
          changed(step, "line " + (line + 1) + " cut to " + cut + " characters");
        }
        case MISSING_FIELD -> {
          int line = line(step.where());
          String[] cells = cells(line);
          setCells(line, cells.length > 1 ? Arrays.copyOf(cells, cells.length - 1) : new String[] {""});
          changed(step, "line " + (line + 1) + " without its last cell");
        }
        case EXTRA_FIELD -> {
          int line = line(step.where());
          String extra = pick(EXTRA_FIELDS, step.what());
          lines.set(line, lines.get(line) + "," + extra);
          changed(step, "line " + (line + 1) + " with an extra cell " + shown(extra));
        }
        case DELETED_LINE -> {
          int line = line(step.where());
          lines.remove(line);
          changed(step, "line " + (line + 1) + " left out");
        }
        case DUPLICATED_LINE -> {
          int line = line(step.where());
          int to = Math.floorMod(step.which(), lines.size() + 1);
          lines.add(to, lines.get(line));
          changed(step, "line " + (line + 1) + " written again as line " + (to + 1));
        }
        case REORDERED_LINES -> {
          int line = line(step.where());
          int other = line(step.which());
          String text = lines.get(line);
          lines.set(line, lines.get(other));
          lines.set(other, text);
          changed(step, "lines " + (line + 1) + " and " + (other + 1) + " swapped");
        }
        case BLANK_LINES -> {
          int at = Math.floorMod(step.where(), lines.size() + 1);
          String blank = pick(BLANKS, step.what());
          int count = 1 + Math.floorMod(step.which(), 3);
          for (int i = 0; i < count; i++) {
            lines.add(at, blank);
          }
          changed(step, count + " lines " + shown(blank) + " before line " + (at + 1));
        }
        case STRAY_QUOTE -> strayQuote(step);
        case CELL_VALUE -> changeCell(step, value -> pick(VALUES, step.what()));
        case COPIED_CELL -> {
          int from = line(step.what());
          String[] source = cells(from);
          String copied = source[Math.floorMod(step.what() / lines.size(), source.length)];
          changeCell(step, value -> copied);
        }
        case SHIFTED_DATE -> shiftDate(step);
        case IMPOSSIBLE_DATE -> changeCellOf(step, CsvMutants::isDate, value -> impossible(value, step.what()));
        case SHIFTED_YEARS -> shiftYears(step);
        case HUGE_NUMBER -> changeCellOf(step, CsvMutants::isNumber, value -> switch (Math.floorMod(step.what(), 7)) {
          case 0 -> "9".repeat(20);
          case 1 -> "9223372036854775808";
          case 2 -> "1" + "0".repeat(400);
          case 3 -> value + "0".repeat(30);
          case 4 -> "0." + "0".repeat(40) + "1";
          case 5 -> value + (value.contains(".") ? "" : ".") + "9".repeat(60);
          default -> "99999999999999999999.999999";
        });
        case NEGATIVE_NUMBER -> changeCellOf(step, CsvMutants::isNumber, value -> switch (Math.floorMod(step.what(), 6)) {
          case 0 -> "-" + value;
          case 1 -> "-0";
          case 2 -> "-0.00";
          case 3 -> "-" + value + ".5";
          case 4 -> "(" + value + ")";
          default -> value + "-";
        });
        case FORMULA -> changeCell(step, value -> pick(FORMULA_PREFIXES, step.what()) + value);
        case CONTROL_CHARACTER -> changeCell(step, value -> {
          String control = pick(CONTROLS, step.what());
          int at = switch (Math.floorMod(step.what() / CONTROLS.size(), 3)) {
            case 0 -> 0;
            case 1 -> value.length() / 2;
            default -> value.length();
          };
          return value.substring(0, at) + control + value.substring(at);
        });
        case LONG_CELL -> changeCell(step, value -> {
          int length = LONG_LENGTHS[Math.floorMod(step.what() / 4, LONG_LENGTHS.length)];
          return switch (Math.floorMod(step.what(), 4)) {
            case 0 -> "9".repeat(length);
            case 1 -> "C".repeat(length);
            case 2 -> value + " ".repeat(length);
            default -> "\u00E9".repeat(length);
          };
        });
        case PADDED_CELL -> changeCell(step, value -> {
          String pad = pick(PADS, step.what());
          return switch (Math.floorMod(step.what() / PADS.size(), 3)) {
            case 0 -> pad + value;
            case 1 -> value + pad;
            default -> pad + value + pad;
          };
        });
        case CHANGED_CASE -> changeCell(step, value -> value.equals(value.toUpperCase(Locale.ROOT))
            ? value.toLowerCase(Locale.ROOT) : value.toUpperCase(Locale.ROOT));
        case DROPPED_COLUMN -> {
          int column = Math.floorMod(step.which(), headerWidth());
          eachLine(cells -> {
            if (column < cells.size()) {
              cells.remove(column);
            }
            return cells;
          });
          changed(step, "column " + (column + 1) + " left out");
        }
        case DUPLICATED_COLUMN -> {
          int column = Math.floorMod(step.which(), headerWidth());
          boolean sameName = Math.floorMod(step.what(), 2) == 0;
          for (int i = 0; i < lines.size(); i++) {
            String[] cells = cells(i);
            String copy = column < cells.length ? cells[column] : "";
            if (i == 0 && !sameName) {
              copy = copy + "_COPY";
            }
            lines.set(i, lines.get(i) + "," + copy);
          }
          changed(step, "column " + (column + 1) + " written again at the end"
              + (sameName ? ", under the same name" : ", under another name"));
        }
        case REORDERED_COLUMNS -> {
          int column = Math.floorMod(step.which(), headerWidth());
          int other = Math.floorMod(step.what(), headerWidth());
          eachLine(cells -> {
            if (column < cells.size() && other < cells.size()) {
              String swapped = cells.get(column);
              cells.set(column, cells.get(other));
              cells.set(other, swapped);
            }
            return cells;
          });
          changed(step, "columns " + (column + 1) + " and " + (other + 1) + " swapped");
        }
        case RENAMED_COLUMN -> {
          String[] header = cells(0);
          int column = Math.floorMod(step.which(), header.length);
          String name = header[column];
          header[column] = switch (Math.floorMod(step.what(), 7)) {
            case 0 -> name + "X";
            case 1 -> "";
            case 2 -> name.isEmpty() ? "" : name.substring(1);
            case 3 -> " " + name + " ";
            case 4 -> name.isEmpty() ? " " : name.charAt(0) + " " + name.substring(1);
            case 5 -> header[Math.floorMod(step.what() / 7, header.length)];
            default -> name.toLowerCase(Locale.ROOT);
          };
          setCells(0, header);
          changed(step, "column " + (column + 1) + " named " + shown(header[column]));
        }
        case HEADER_ONLY -> {
          lines.subList(1, lines.size()).clear();
          changed(step, "only the header left");
        }
        case EMPTY_FILE -> {
          lines.clear();
          int breaks = Math.floorMod(step.what(), 3);
          for (int i = 0; i < breaks; i++) {
            lines.add("");
          }
          changed(step, breaks == 0 ? "nothing left" : breaks + " line breaks left");
        }
        case LINE_ENDINGS -> {
          endings = Math.floorMod(step.what(), 4);
          lastBreak = Math.floorMod(step.which(), 3) != 0;
          changed(step, List.of("LF", "CR LF", "CR", "mixed").get(endings)
              + (lastBreak ? "" : ", no line break after the last line"));
        }
        case LATIN1 -> {
          String character = pick(NON_ASCII, step.what());
          charset = Math.floorMod(step.what() / NON_ASCII.size(), 2) == 0
              ? StandardCharsets.ISO_8859_1 : Charset.forName("windows-1252");
          changeCell(step, value -> value.isEmpty() ? character : value.charAt(0) + character + value.substring(1));
          changes.set(changes.size() - 1, changes.get(changes.size() - 1) + ", saved as " + charset);
        }
        case UTF16 -> {
          int form = Math.floorMod(step.what(), 4);
          charset = form < 2 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
          utf16Bom = form % 2 == 0;
          changed(step, "saved as " + charset + (utf16Bom ? " with" : " without") + " a byte-order mark");
        }
        default -> throw new IllegalStateException("not a change of the text: " + step.kind());
      }
    }

    private void strayQuote(Step step) {
      int line = line(step.where());
      String[] cells = cells(line);
      int cell = Math.floorMod(step.which(), cells.length);
      String value = cells[cell];
      int form = Math.floorMod(step.what(), 6);
      int middle = value.length() / 2;
      cells[cell] = switch (form) {
        case 0 -> value.substring(0, middle) + "\"" + value.substring(middle);
        case 1 -> "\"" + value;
        case 2 -> "\"" + value + "\"";
        case 3 -> "\"" + value.substring(0, middle) + "\n" + value.substring(middle) + "\"";
        case 4 -> "\"" + value.substring(0, middle) + "\"" + value.substring(middle) + "\"";
        default -> "\"" + value.substring(0, middle) + "\"\"" + value.substring(middle) + "\"";
      };
      setCells(line, cells);
      changed(step, "line " + (line + 1) + ", cell " + (cell + 1) + " = " + shown(cells[cell]));
    }

    /** Moves a date of the chosen line (or the next line that has one) some days. */
    private void shiftDate(Step step) {
      for (int k = 0; k < lines.size(); k++) {
        int line = line(step.where() + k);
        String[] cells = cells(line);
        List<Integer> dates = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
          if (ISO_DATE.matcher(cells[c]).matches() || UK_DATE.matcher(cells[c]).matches()) {
            dates.add(c);
          }
        }
        if (dates.isEmpty()) {
          continue;
        }
        int cell = dates.get(Math.floorMod(step.which(), dates.size()));
        // a shift of the list, or any of up to 2000 days either way
        int choice = Math.floorMod(step.what(), SHIFTS.length + 1);
        int shift = choice < SHIFTS.length ? SHIFTS[choice]
            : Math.floorMod(step.what() / (SHIFTS.length + 1), 4000) - 2000;
        shift = shift == 0 ? 1 : shift;
        String shifted = shifted(cells[cell], shift);
        if (shifted == null) {
          return;
        }
        cells[cell] = shifted;
        setCells(line, cells);
        changed(step, "line " + (line + 1) + ", cell " + (cell + 1) + " moved " + shift + " days to " + shifted);
        return;
      }
    }

    /**
     * Replaces a cell of a kind (a date, a number) through a function of its value: one of the
     * chosen line's, or of the next line that has one; nothing if no line has one.
     */
    private void changeCellOf(Step step, Predicate<String> kind,
        UnaryOperator<String> change) {
      for (int k = 0; k < lines.size(); k++) {
        int line = line(step.where() + k);
        String[] cells = cells(line);
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
          if (kind.test(cells[c])) {
            found.add(c);
          }
        }
        if (!found.isEmpty()) {
          int cell = found.get(Math.floorMod(step.which(), found.size()));
          cells[cell] = change.apply(cells[cell]);
          setCells(line, cells);
          changed(step, "line " + (line + 1) + ", cell " + (cell + 1) + " = " + shown(cells[cell]));
          return;
        }
      }
    }

    /** Writes every date of the file's rows in another year, the same way. */
    private void shiftYears(Step step) {
      int form = Math.floorMod(step.what(), 4);
      int changedCells = 0;
      for (int line = 1; line < lines.size(); line++) {
        String[] cells = cells(line);
        for (int c = 0; c < cells.length; c++) {
          String moved = withYear(cells[c], year -> switch (form) {
            case 0 -> year - 100;
            case 1 -> year + 100;
            case 2 -> year % 100;
            default -> year + 1;
          });
          if (moved != null) {
            cells[c] = moved;
            changedCells++;
          }
        }
        setCells(line, cells);
      }
      changed(step, changedCells + " dates " + List.of("a century earlier", "a century later",
          "with two-digit years, as 0019", "a year later").get(form));
    }

    /** The date written, moved some days and written in the same form; null if it is no date. */
    private static String shifted(String text, int days) {
      Matcher iso = ISO_DATE.matcher(text);
      Matcher uk = UK_DATE.matcher(text);
      try {
        if (iso.matches()) {
          LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
              Integer.parseInt(iso.group(3))).plusDays(days);
          return String.format(Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }
        if (uk.matches()) {
          LocalDate date = LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
              Integer.parseInt(uk.group(1))).plusDays(days);
          return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
      } catch (DateTimeException e) {
        // an impossible date made by an earlier mutation: left as it is
        return null;
      }
      return null;
    }

    /** The text, encoded. */
    byte[] encode() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        text.append(lines.get(i));
        if (i < lines.size() - 1 || lastBreak) {
          text.append(switch (endings) {
            case 0 -> "\n";
            case 1 -> "\r\n";
            case 2 -> "\r";
            default -> List.of("\n", "\r\n", "\r").get(i % 3);
          });
        }
      }
      byte[] bytes = text.toString().getBytes(charset);
      if (utf16Bom) {
        byte[] bom = charset.equals(StandardCharsets.UTF_16LE)
            ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        bytes = insert(bytes, 0, bom);
      }
      return bytes;
    }

    byte[] applyToBytes(Step step, byte[] bytes) {
      switch (step.kind()) {
        case BOM -> {
          int times = 1 + Math.floorMod(step.what(), 2);
          byte[] result = bytes;
          for (int i = 0; i < times; i++) {
            result = insert(result, 0, BOM_BYTES);
          }
          changed(step, times == 1 ? "a byte-order mark at the start" : "two byte-order marks at the start");
          return result;
        }
        case MISPLACED_BOM -> {
          int at;
          if (Math.floorMod(step.what(), 2) == 0) {
            List<Integer> starts = lineStarts(bytes);
            at = starts.size() > 1 ? starts.get(1 + Math.floorMod(step.where(), starts.size() - 1)) : bytes.length;
          } else {
            at = Math.floorMod(step.where(), bytes.length + 1);
          }
          changed(step, "a byte-order mark at byte " + at);
          return insert(bytes, at, BOM_BYTES);
        }
        case INVALID_UTF8 -> {
          byte[] invalid = pick(INVALID, step.what());
          int at = Math.floorMod(step.where(), bytes.length + 1);
          StringBuilder hex = new StringBuilder();
          for (byte b : invalid) {
            hex.append(String.format("%02X", b & 0xFF));
          }
          changed(step, "bytes " + hex + " at byte " + at);
          return insert(bytes, at, invalid);
        }
        case TRUNCATED_FILE -> {
          if (bytes.length == 0) {
            return bytes;
          }
          int at = Math.floorMod(step.where(), bytes.length);
          changed(step, "cut at byte " + at + " of " + bytes.length);
          return Arrays.copyOf(bytes, at);
        }
        case NUL_BYTES -> {
          int count = 1 + Math.floorMod(step.what(), 4);
          int at = Math.floorMod(step.where(), bytes.length + 1);
          changed(step, count + " NUL bytes at byte " + at);
          return insert(bytes, at, new byte[count]);
        }
        default -> throw new IllegalStateException("not a change of the bytes: " + step.kind());
      }
    }

    private static List<Integer> lineStarts(byte[] bytes) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n' && i + 1 < bytes.length) {
          starts.add(i + 1);
        }
      }
      return starts;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
      out.write(bytes, 0, at);
      out.write(inserted, 0, inserted.length);
      out.write(bytes, at, bytes.length - at);
      return out.toByteArray();
    }

  }
}
