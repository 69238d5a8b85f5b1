package org.permanence.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.care.CareHistory;
import org.permanence.code.CategoryOfNeed;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.code.ReasonForPlacementChange;
import org.permanence.code.Ssda903Code;
import org.permanence.input.InputFile;

/**
 * A plain file is read from its bytes, any other as text ({@link Ssda903Reader#asText()}): the
 * two ways give the same result, for generated files mixing valid rows with every kind of problem
 * the reader reports.
 */
class Ssda903ReaderPathsPropertiesTest {

  private static final String HEADER = "header.csv";
  private static final String EPISODES = "episodes.csv";

  private static final List<String> HEADER_COLUMNS =
      List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
  private static final List<String> EPISODE_COLUMNS =
      List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
          "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");
  private static final List<String> HEADER_OPTIONAL = List.of("SEX", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
  private static final List<String> EPISODE_OPTIONAL =
      List.of("CIN", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");

  private static final List<String> SEXES = List.of("1", "2", "M", "F", "U");
  private static final LocalDate FIRST_BIRTH = LocalDate.of(2004, 1, 1);
  private static final LocalDate FIRST_START = LocalDate.of(2016, 4, 1);

  // ---------------------------------------------------------------- the result both ways

  /** Asserts that a reader gives the same from bytes as from text, and returns the result. */
  private static Ssda903Read assertSameBothWays(Ssda903Reader reader, InputFile header, InputFile episodes) {
    Ssda903Read fromBytes = reader.read(header, episodes);
    Ssda903Read asText = reader.asText().read(header, episodes);

    assertThat(fromBytes.fatal()).as("fatal").isEqualTo(asText.fatal());
    assertThat(fromBytes.problems()).as("problems").containsExactlyElementsOf(asText.problems());
    assertThat(fromBytes.rejectedRows()).as("rejected rows").containsExactlyElementsOf(asText.rejectedRows());
    assertThat(fromBytes.rowsRead()).as("rows read").isEqualTo(asText.rowsRead());
    assertThat(fromBytes.acceptedRows()).as("accepted rows").isEqualTo(asText.acceptedRows());
    List<CareHistory> histories = List.copyOf(fromBytes.accepted().histories());
    assertThat(histories).as("histories").containsExactlyElementsOf(List.copyOf(asText.accepted().histories()));
    return fromBytes;
  }

  // ---------------------------------------------------------------- generated files

  /**
   * A header row: its child (0 to 7), what is wrong with it (0 for nothing), white space around
   * one of its cells (0 for none, see {@link #pad}), the form of its date of birth, the birth as
   * days after {@link #FIRST_BIRTH}, and its SEX code.
   */
  record HeaderRow(int child, int fault, int padding, int dateForm, int birthDays, int sex) {}

  /**
   * An episode row: its child (0 to 8, child 8 never in the header), days after the child's last
   * episode (negative for an overlap), its length in days, whether it is open, the form of its
   * dates, what is wrong with it (0 for nothing), white space around one of its cells (0 for
   * none, see {@link #pad}), and a seed choosing its codes.
   */
  record EpisodeRow(int child, int gap, int days, boolean open, int dateForm, int fault, int padding,
      int codes) {}

  /**
   * How the files are laid out: a seed for the choices below, line ends (0 LF, 1 CRLF, 2 mixed),
   * byte-order marks (bit 0 on the header file, bit 1 on the episodes file), blank lines (0 none,
   * 1 some, 2 more), which files are made not plain (bit 0 the header, bit 1 the episodes), the
   * columns (bit 0 shuffled, bit 1 optional ones left out), a trailing comma on the header line,
   * and the episode rows shuffled.
   */
  record Layout(long seed, int lineEnds, int boms, int blankLines, int notPlain, int columns,
      boolean trailingComma, boolean shuffleRows) {

    boolean headerBom() {
      return (boms & 1) != 0;
    }

    boolean episodesBom() {
      return (boms & 2) != 0;
    }

    boolean shuffleColumns() {
      return (columns & 1) != 0;
    }

    boolean dropColumns() {
      return (columns & 2) != 0;
    }
  }

  /** Mostly 0, for nothing wrong, else one of 1 to {@code kinds}. */
  private static Arbitrary<Integer> fault(int kinds, int percentWrong) {
    return Arbitraries.frequencyOf(
        Tuple.of(100 - percentWrong, Arbitraries.just(0)),
        Tuple.of(percentWrong, Arbitraries.integers().between(1, kinds)));
  }

  @Provide
  Arbitrary<List<HeaderRow>> headerRows() {
    Arbitrary<HeaderRow> row = Combinators.combine(
            Arbitraries.integers().between(0, 7),
            fault(HEADER_FAULTS, 12),
            fault(4 * HEADER_PADDED.size(), 35),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3_000),
            Arbitraries.integers().between(0, SEXES.size() - 1))
        .as(HeaderRow::new);
    return row.list().ofMaxSize(10);
  }

  @Provide
  Arbitrary<List<EpisodeRow>> episodeRows() {
    Arbitrary<EpisodeRow> row = Combinators.combine(
            Arbitraries.integers().between(0, 8),
            Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(1, 30)),
                Tuple.of(1, Arbitraries.integers().between(-20, -1))),
            Arbitraries.integers().between(0, 400),
            Arbitraries.of(false, false, false, true),
            Arbitraries.integers().between(0, 3),
            fault(EPISODE_FAULTS, 10),
            fault(4 * EPISODE_PADDED.size(), 25),
            Arbitraries.integers().between(0, 1_000))
        .as(EpisodeRow::new);
    return row.list().ofMaxSize(24);
  }

  @Provide
  Arbitrary<Layout> layouts() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(0, 2),
            Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(1, 3))),
            Arbitraries.integers().between(0, 2),
            Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(1, 3))),
            Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(1, 3))),
            Arbitraries.of(false, false, false, true),
            Arbitraries.of(false, true))
        .as(Layout::new);
  }

  private static String date(LocalDate date, int form) {
    int d = date.getDayOfMonth();
    int m = date.getMonthValue();
    int y = date.getYear();
    switch (form) {
      case 0:
        return String.format("%02d/%02d/%04d", d, m, y);
      case 1:
        return d + "/" + m + "/" + y;
      case 2:
        return String.format("%d/%02d/%04d", d, m, y);
      default:
        return date.toString();
    }
  }

  private static String code(Random random, Ssda903Code[] codes) {
    return codes[random.nextInt(codes.length)].code();
  }

  /** The cells that white space can surround: a reader trims it, so the row stays valid. */
  private static final List<String> HEADER_PADDED = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN");
  private static final List<String> EPISODE_PADDED = List.of("CHILD", "DECOM", "RNE", "LS", "CIN",
      "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "URN");

  /**
   * Puts white space around one cell, chosen by {@code padding} (from 1): a space before or after,
   * a tab before, or (in place of the value) only spaces.
   */
  private static void pad(Map<String, String> cells, List<String> padded, int padding) {
    if (padding == 0) {
      return;
    }
    String column = padded.get((padding - 1) % padded.size());
    String value = cells.get(column);
    switch ((padding - 1) / padded.size()) {
      case 0 -> cells.put(column, " " + value);
      case 1 -> cells.put(column, value + " ");
      case 2 -> cells.put(column, "\t" + value);
      default -> cells.put(column, "  ");
    }
  }

  private static final int HEADER_FAULTS = 16;

  /** A header row's cells by column, and what to do to the written line (see {@link #line}). */
  private static Map<String, String> headerCells(HeaderRow row, List<String> cellsOut) {
    Map<String, String> cells = new HashMap<>();
    String child = "C" + row.child();
    cells.put("CHILD", child);
    cells.put("SEX", SEXES.get(row.sex()));
    cells.put("DOB", date(FIRST_BIRTH.plusDays(row.birthDays()), row.dateForm()));
    cells.put("ETHNIC", "WBRI");
    cells.put("UPN", "A1234567890" + row.child());
    cells.put("MOTHER", "");
    cells.put("MC_DOB", "");
    switch (row.fault()) {
      case 1 -> cells.put("SEX", "X");
      case 2 -> cells.put("SEX", " " + cells.get("SEX"));
      case 3 -> cells.put("SEX", "");
      case 4 -> cells.put("DOB", "30/02/2010");
      case 5 -> cells.put("DOB", "");
      case 6 -> cells.put("DOB", " " + cells.get("DOB") + "\t");
      case 7 -> cells.put("ETHNIC", " WBRI");
      case 8 -> cells.put("CHILD", "");
      case 9 -> cells.put("CHILD", " " + child);
      case 10 -> cellsOut.add("extra");
      case 11 -> cellsOut.add("fewer");
      case 12 -> cellsOut.add("");
      case 13 -> cells.put("UPN", "   ");
      case 14 -> cells.put("DOB", date(FIRST_START.plusYears(2), row.dateForm()));
      case 15 -> cellsOut.add("header");
      case 16 -> cells.put("CHILD", "c" + row.child());
      default -> { }
    }
    pad(cells, HEADER_PADDED, row.padding());
    return cells;
  }

  private static final int EPISODE_FAULTS = 30;

  private static Map<String, String> episodeCells(EpisodeRow row, LocalDate start, List<String> cellsOut) {
    Random random = new Random(row.codes());
    Map<String, String> cells = new HashMap<>();
    LocalDate end = start.plusDays(row.days());
    cells.put("CHILD", "C" + row.child());
    cells.put("DECOM", date(start, row.dateForm()));
    cells.put("RNE", code(random, ReasonForNewEpisode.values()));
    cells.put("LS", code(random, LegalStatus.values()));
    cells.put("CIN", random.nextInt(4) == 0 ? "" : code(random, CategoryOfNeed.values()));
    cells.put("PLACE", code(random, PlacementType.values()));
    cells.put("PLACE_PROVIDER", random.nextInt(5) == 0 ? "" : code(random, PlacementProvider.values()));
    cells.put("DEC", row.open() ? "" : date(end, (row.dateForm() + random.nextInt(2)) % 4));
    cells.put("REC", row.open() ? "" : code(random, ReasonEpisodeCeased.values()));
    cells.put("REASON_PLACE_CHANGE", random.nextBoolean() ? "" : code(random, ReasonForPlacementChange.values()));
    cells.put("HOME_POST", random.nextBoolean() ? "" : "SW1A 1AA");
    cells.put("PL_POST", random.nextBoolean() ? "" : "M60 2LA");
    cells.put("URN", random.nextBoolean() ? "" : "SC" + (100_000 + random.nextInt(20)));
    switch (row.fault()) {
      case 1 -> cells.put("RNE", "X");
      case 2 -> cells.put("LS", cells.get("LS").toLowerCase());
      case 3 -> cells.put("PLACE", " " + cells.get("PLACE"));
      case 4 -> cells.put("DECOM", cells.get("DECOM") + " ");
      case 5 -> cells.put("DECOM", "");
      case 6 -> cells.put("RNE", "");
      case 7 -> cells.put("LS", "");
      case 8 -> cells.put("PLACE", "");
      case 9 -> cells.put("REC", "");
      case 10 -> cells.put("DEC", "");
      case 11 -> {
        cells.put("DEC", date(start.minusDays(1 + row.days() % 30), row.dateForm()));
        cells.put("REC", "X1");
      }
      case 12 -> cells.put("DECOM", "31/02/2019");
      case 13 -> cells.put("DEC", row.open() ? "" : "2019-13-01");
      case 14 -> cellsOut.add("extra");
      case 15 -> cellsOut.add("fewer");
      case 16 -> cellsOut.add("");
      case 17 -> cellsOut.add(" ");
      case 18 -> cells.put("CHILD", "");
      case 19 -> cells.put("CHILD", " " + cells.get("CHILD"));
      case 20 -> cells.put("CIN", "N0");
      case 21 -> cells.put("PLACE_PROVIDER", "PR9");
      case 22 -> cells.put("REC", row.open() ? "" : "X9");
      case 23 -> cells.put("URN", " SC1");
      case 24 -> cells.put("URN", "  ");
      case 25 -> cells.put("REASON_PLACE_CHANGE", "MOVED");
      case 26 -> cells.put("PLACE", "\t" + cells.get("PLACE"));
      case 27 -> cellsOut.add("header");
      case 28 -> {
        cells.put("CIN", "");
        cells.put("PLACE_PROVIDER", "");
      }
      case 29 -> cells.put("REC", " " + cells.get("REC"));
      case 30 -> cells.put("DECOM", " " + cells.get("DECOM"));
      default -> { }
    }
    pad(cells, EPISODE_PADDED, row.padding());
    return cells;
  }

  /** A row's line: its cells in column order, with a cell added or left out as its fault says. */
  private static String line(List<String> columns, Map<String, String> cells, List<String> shape) {
    if (shape.contains("header")) {
      return String.join(",", columns);
    }
    List<String> values = columns.stream().map(c -> cells.getOrDefault(c, "")).collect(Collectors.toList());
    if (shape.contains("fewer")) {
      values.remove(values.size() - 1);
    } else if (shape.contains("extra")) {
      values.add("extra");
    } else if (shape.contains("")) {
      values.add("");
    } else if (shape.contains(" ")) {
      values.add(" ");
    }
    return String.join(",", values);
  }

  private static List<String> columns(List<String> all, List<String> optional, Layout layout, Random random) {
    List<String> columns = new ArrayList<>(all);
    if (layout.dropColumns()) {
      columns.removeIf(c -> optional.contains(c) && random.nextInt(3) == 0);
    }
    if (layout.shuffleColumns()) {
      Collections.shuffle(columns, random);
    }
    return columns;
  }

  /** Writes a file: header line, rows, blank lines, line ends, a byte-order mark, and a quote if not plain. */
  private static String file(List<String> columns, List<String> rows, Layout layout, Random random,
      boolean bom, boolean notPlain) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", columns) + (layout.trailingComma() ? "," : ""));
    for (String row : rows) {
      if (layout.blankLines() > 0 && random.nextInt(6 - 2 * layout.blankLines()) == 0) {
        lines.add(List.of("", "", ",,,", " , ", "\t").get(random.nextInt(5)));
      }
      lines.add(row);
    }
    if (layout.blankLines() == 2) {
      lines.add("");
    }
    if (notPlain) {
      // a quoted cell, which a text reader unquotes: here or in the header line
      int at = random.nextInt(lines.size());
      String[] cells = lines.get(at).split(",", -1);
      int cell = random.nextInt(cells.length);
      cells[cell] = "\"" + cells[cell] + "\"";
      lines.set(at, String.join(",", cells));
    }
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    for (int i = 0; i < lines.size(); i++) {
      text.append(lines.get(i));
      boolean last = i == lines.size() - 1;
      if (!last || random.nextInt(4) != 0) {
        boolean crlf = layout.lineEnds() == 1 || (layout.lineEnds() == 2 && random.nextBoolean());
        text.append(crlf ? "\r\n" : "\n");
      }
    }
    return text.toString();
  }

  /** The two files a generated case describes. */
  record Files(InputFile header, InputFile episodes, boolean plain) {}

  private static Files files(List<HeaderRow> headerRows, List<EpisodeRow> episodeRows, Layout layout) {
    Random random = new Random(layout.seed());
    List<String> headerColumns = columns(HEADER_COLUMNS, HEADER_OPTIONAL, layout, random);
    List<String> episodeColumns = columns(EPISODE_COLUMNS, EPISODE_OPTIONAL, layout, random);

    List<String> header = new ArrayList<>();
    for (HeaderRow row : headerRows) {
      List<String> shape = new ArrayList<>();
      Map<String, String> cells = headerCells(row, shape);
      header.add(line(headerColumns, cells, shape));
    }
    // each child's episodes follow on from its last, by the gap
    Map<Integer, LocalDate> next = new HashMap<>();
    List<String> episodes = new ArrayList<>();
    for (EpisodeRow row : episodeRows) {
      LocalDate start = next.getOrDefault(row.child(), FIRST_START).plusDays(row.gap());
      next.put(row.child(), start.plusDays(row.open() ? 1 + row.days() / 2 : row.days()));
      List<String> shape = new ArrayList<>();
      Map<String, String> cells = episodeCells(row, start, shape);
      episodes.add(line(episodeColumns, cells, shape));
    }
    if (layout.shuffleRows()) {
      Collections.shuffle(episodes, random);
    }
    boolean headerNotPlain = (layout.notPlain() & 1) != 0;
    boolean episodesNotPlain = (layout.notPlain() & 2) != 0;
    String headerText = file(headerColumns, header, layout, random, layout.headerBom(), headerNotPlain);
    String episodesText = file(episodeColumns, episodes, layout, random, layout.episodesBom(), episodesNotPlain);
    return new Files(InputFile.ofText(HEADER, headerText), InputFile.ofText(EPISODES, episodesText),
        layout.notPlain() == 0);
  }

  // ---------------------------------------------------------------- properties

  @Property(tries = 200)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void strictAndLenientReadingGiveTheSameFromBytesAsFromText(
      @ForAll("headerRows") List<HeaderRow> headerRows,
      @ForAll("episodeRows") List<EpisodeRow> episodeRows,
      @ForAll("layouts") Layout layout) {
    Files files = files(headerRows, episodeRows, layout);

    Ssda903Read strict = assertSameBothWays(Ssda903Reader.strict(), files.header(), files.episodes());
    Ssda903Read lenient = assertSameBothWays(Ssda903Reader.lenient(), files.header(), files.episodes());

    // the generated files are varied enough to compare something
    Statistics.label("plain").collect(files.plain())
        .coverage(check -> check.check(true).percentage(p -> p >= 50));
    Statistics.label("some children accepted").collect(!lenient.accepted().histories().isEmpty())
        .coverage(check -> check.check(true).percentage(p -> p >= 40));
    Statistics.label("some problems").collect(!strict.problems().isEmpty())
        .coverage(check -> check.check(true).percentage(p -> p >= 40));
    Statistics.label("some rows rejected").collect(!lenient.rejectedRows().isEmpty())
        .coverage(check -> check.check(true).percentage(p -> p >= 30));
    Statistics.label("fatal").collect(strict.fatal());
  }

  // ---------------------------------------------------------------- examples

  private static String episodeLine(String child, LocalDate start, LocalDate end, String rec) {
    return String.join(",", child, start.toString(), "S", "C2", "N1", "U4", "PR1",
        end == null ? "" : end.toString(), rec, "", "", "", "SC123456");
  }

  /** Files larger than the reader's buffer of 1 MiB, so that rows straddle its refills. */
  @Test
  void largeFilesGiveTheSameFromBytesAsFromText() {
    StringBuilder header = new StringBuilder(String.join(",", HEADER_COLUMNS)).append("\r\n");
    StringBuilder episodes = new StringBuilder(String.join(",", EPISODE_COLUMNS)).append("\r\n");
    Random random = new Random(7);
    for (int child = 0; child < 12_000; child++) {
      String id = "CH" + child;
      header.append(String.join(",", id, SEXES.get(child % 5),
          date(FIRST_BIRTH.plusDays(child % 3_000), child % 4), "WBRI", "", "", "")).append("\r\n");
      LocalDate start = FIRST_START.plusDays(child % 100);
      int count = 1 + random.nextInt(3);
      for (int e = 0; e < count; e++) {
        LocalDate end = e == count - 1 && random.nextBoolean() ? null : start.plusDays(1 + random.nextInt(90));
        String line = episodeLine(id, start, end, end == null ? "" : "X1");
        if (random.nextInt(200) == 0) {
          line = line.replace(",U4,", random.nextBoolean() ? ", U4," : ",U9,");
        }
        episodes.append(line).append(random.nextInt(50) == 0 ? "\n\n" : "\n");
        start = end == null ? start : end;
      }
    }
    assertThat(episodes.length()).isGreaterThan(1 << 20);
    InputFile headerFile = InputFile.ofText(HEADER, header.toString());
    InputFile episodesFile = InputFile.ofText(EPISODES, episodes.toString());

    Ssda903Read strict = assertSameBothWays(Ssda903Reader.strict(), headerFile, episodesFile);
    assertSameBothWays(Ssda903Reader.lenient(), headerFile, episodesFile);

    assertThat(strict.accepted().size()).isGreaterThan(11_000);
    assertThat(strict.problems()).isNotEmpty();
  }

  /**
   * A file starting with an empty line: its header is its first non-empty line, and as text the
   * rows after it are read as they would be without the empty line; read from bytes, the header
   * line is taken for a row.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"header", "episodes"})
  void aFileStartingWithAnEmptyLineGivesTheSameFromBytesAsFromText(String which) {
    String header = "CHILD,SEX,DOB\nC1,1,2010-06-01\n";
    String episodes = String.join(",", EPISODE_COLUMNS) + "\n"
        + episodeLine("C1", LocalDate.of(2019, 4, 1), null, "") + "\n";
    InputFile headerFile = InputFile.ofText(HEADER, which.equals("header") ? "\n" + header : header);
    InputFile episodesFile = InputFile.ofText(EPISODES, which.equals("episodes") ? "\n" + episodes : episodes);

    Ssda903Read read = assertSameBothWays(Ssda903Reader.strict(), headerFile, episodesFile);
    assertSameBothWays(Ssda903Reader.lenient(), headerFile, episodesFile);

    assertThat(read.problems()).isEmpty();
    assertThat(read.rowsRead()).isEqualTo(2);
  }
}
