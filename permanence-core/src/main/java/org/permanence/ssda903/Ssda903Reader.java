package org.permanence.ssda903;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.permanence.care.CareData;
import org.permanence.care.CareHistory;
import org.permanence.care.CareHistoryProblem;
import org.permanence.care.Episode;
import org.permanence.care.EpisodeColumns;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.CategoryOfNeed;
import org.permanence.code.CodeTable;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.code.ReasonForPlacementChange;
import org.permanence.code.Sex;
import org.permanence.input.CsvInput;
import org.permanence.input.DateText;
import org.permanence.input.InputFile;
import org.permanence.input.InputProblem;
import org.permanence.input.PlainRow;
import org.permanence.input.RowText;

/**
 * Reads the SSDA903 header and episodes CSV files into care histories, finding every problem.
 *
 * <p>The header file has the columns {@code CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB} ({@code CHILD}
 * and {@code DOB} required); the episodes file {@code CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,
 * DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN} ({@code CHILD, DECOM, RNE, LS, PLACE,
 * PLACE_PROVIDER} required). Headers are matched in any case and order; extra columns are
 * ignored; dates may be {@code dd/mm/yyyy} or {@code yyyy-mm-dd}. Codes are checked against the
 * DfE lists of every year since 2017-18. Columns that no calculation uses ({@code ETHNIC}, {@code
 * MOTHER}, {@code MC_DOB}, {@code UPN}, {@code HOME_POST}, {@code PL_POST}, {@code URN}) are kept
 * as text or ignored, not checked.
 *
 * <p>Every problem is reported with its file, line, column, value (never a date of birth or a
 * postcode) and what was expected. A row with more or fewer cells than the header is reported as
 * such and its cells are not checked further, since they are not under their columns. A strict
 * reader's result is used all or nothing; a lenient reader also lists every row of the children
 * it leaves out. A child is loaded whole or not at all.
 *
 * <p>The reader streams each file once (twice for lenient reading with rejected rows, to copy
 * them out), the header file on a second thread while this one reads the episodes, and keeps only
 * the parsed episodes, in columns ({@link EpisodeColumns}). Plain files ({@link
 * CsvInput#readPlain}) are read from their bytes: a row whose every cell is valid as written goes
 * straight into the columns, and any other row is checked as text, as in a file that is not
 * plain, so the result is the same either way. If either file turns out not to be plain, both
 * are read again as text. The reader is immutable and thread-safe.
 */
public final class Ssda903Reader {

  private static final Ssda903Reader STRICT = new Ssda903Reader(false, true);
  private static final Ssda903Reader LENIENT = new Ssda903Reader(true, true);

  private static final CodeTable<Sex> SEX = CodeTable.of(Sex.class);
  /**
   * The code lists of an episode row read from bytes: RNE, LS and PLACE, which are required, then
   * CIN, PLACE_PROVIDER, REC and REASON_PLACE_CHANGE.
   */
  private static final CodeTable<?>[] CODE_TABLES = {
    CodeTable.of(ReasonForNewEpisode.class),
    CodeTable.of(LegalStatus.class),
    CodeTable.of(PlacementType.class),
    CodeTable.of(CategoryOfNeed.class),
    CodeTable.of(PlacementProvider.class),
    CodeTable.of(ReasonEpisodeCeased.class),
    CodeTable.of(ReasonForPlacementChange.class)
  };
  private static final int CODED = CODE_TABLES.length;
  private static final int REQUIRED_CODED = 3;
  private static final int REC_CODE = 5;

  static final List<String> HEADER_REQUIRED = List.of("CHILD", "DOB");

  /** A UK postcode, with or without its space: no code of the DfE's lists looks like one. */
  private static final Pattern POSTCODE =
      Pattern.compile("[A-Za-z]{1,2}[0-9][A-Za-z0-9]? *[0-9][A-Za-z]{2}");

  /** A unique pupil number: a letter and 12 characters, digits but for a temporary UPN's last. */
  private static final Pattern UPN = Pattern.compile("[A-Za-z][0-9]{11}[0-9A-Za-z]");
  static final List<String> EPISODES_REQUIRED =
      List.of("CHILD", "DECOM", "RNE", "LS", "PLACE", "PLACE_PROVIDER");

  /** Days from 1900-01-01 to 2099-12-31 share one {@code LocalDate} each while reading. */
  private static final long FIRST_SHARED_DAY = LocalDate.of(1900, 1, 1).toEpochDay();

  private static final int SHARED_DAYS =
      (int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_SHARED_DAY);

  /** The fewest bytes a header row can take with a date of birth in it, near enough. */
  private static final int HEADER_ROW_BYTES = 32;

  /** How many children a header file's size suggests, or a small number when it is unknown. */
  private static int expectedChildren(InputFile headerFile) {
    try (InputStream in = headerFile.open()) {
      return (int) Math.max(1 << 10, Math.min(1 << 24, in.available() / HEADER_ROW_BYTES));
    } catch (IOException e) {
      // reported when the file is read
      return 1 << 10;
    }
  }

  /** An empty optional date cell. */
  private static final long NO_DATE = Long.MAX_VALUE;

  private final boolean lenient;
  /** Whether plain files are read from their bytes; off only to test that both ways agree. */
  private final boolean bytesWhenPlain;

  private Ssda903Reader(boolean lenient, boolean bytesWhenPlain) {
    this.lenient = lenient;
    this.bytesWhenPlain = bytesWhenPlain;
  }

  /**
   * Returns a reader like this one that reads every file as text, as it reads a file that is not
   * plain ({@link CsvInput#readPlain}): its results must be the same.
   */
  Ssda903Reader asText() {
    return new Ssda903Reader(lenient, false);
  }

  /**
   * Returns the strict reader: any problem makes the data unusable.
   *
   * @return the strict reader
   */
  public static Ssda903Reader strict() {
    return STRICT;
  }

  /**
   * Returns the lenient reader: it loads every child without a problem and lists every row it
   * leaves out.
   *
   * @return the lenient reader
   */
  public static Ssda903Reader lenient() {
    return LENIENT;
  }

  /**
   * Reads a header file and an episodes file from paths.
   *
   * @param headerFile the header CSV
   * @param episodesFile the episodes CSV
   * @return what was read and every problem found
   */
  public Ssda903Read read(Path headerFile, Path episodesFile) {
    return read(InputFile.of(headerFile), InputFile.of(episodesFile));
  }

  /**
   * Reads a header file and an episodes file.
   *
   * <p>A file that cannot be opened or read is reported as a problem of that file, not thrown.
   *
   * @param headerFile the header CSV
   * @param episodesFile the episodes CSV
   * @return what was read and every problem found
   */
  public Ssda903Read read(InputFile headerFile, InputFile episodesFile) {
    requireNonNull(headerFile, "headerFile");
    requireNonNull(episodesFile, "episodesFile");
    if (bytesWhenPlain) {
      Ssda903Read read = new Pass(headerFile, episodesFile, true).run();
      if (read != null) {
        return read;
      }
    }
    // a file is not plain: read both again as text
    return new Pass(headerFile, episodesFile, false).run();
  }

  /** The state of one reading of a pair of files. */
  private final class Pass {
    private final InputFile headerFile;
    private final InputFile episodesFile;
    /** Whether the files are read from their bytes, while they are plain. */
    private final boolean plain;
    private volatile boolean notPlain;
    private final List<InputProblem> problems = new ArrayList<>();
    /**
     * Each child by its identifier as written, shared by the two reading threads so that each
     * child is one object whichever file names it first. Made with room for the children the
     * header file's size suggests: a map growing while both threads use it costs them both.
     */
    private final Map<String, ChildRows> children;
    /** The children once both files are read, in the order of {@link ChildRows#index}. */
    private final List<ChildRows> childList = new ArrayList<>();
    /** The children with a header row, in the order of their first (read by the header thread). */
    private final List<ChildRows> headerChildren = new ArrayList<>();
    /** The same children in order of identifier, sorted by the header thread once it has read them. */
    private List<ChildRows> headerChildrenByKey = List.of();
    /** Every episode row in file order: its child's index (-1 for none), line, and its values if it parsed. */
    private int rowCount;
    private int[] rowChild = new int[1024];
    /** Lines as ints: a file of more lines than an int holds could not be held in columns either. */
    private int[] rowLine = new int[1024];
    private final EpisodeColumns.Builder columns = EpisodeColumns.builder();
    /** After reading: the rows of child c are order[firstRow[c]] .. order[firstRow[c + 1] - 1]. */
    private int[] firstRow;
    private int[] order;
    /** Then the parsed rows of child c, in the order of a history: sorted[childStart[c]] .. sorted[childStart[c + 1] - 1]. */
    private int[] sorted;
    private int[] childStart;
    private final Map<Long, List<String>> headerReasons = new HashMap<>();
    /** One instance per date: a national file repeats a few thousand dates a million times. */
    private final LocalDate[] dates = new LocalDate[SHARED_DAYS];
    private String lastKey = "";
    private ChildRows lastRows;
    private final Map<Long, List<String>> episodeReasons = new HashMap<>();
    private long rowsRead;
    /**
     * The episodes file is read while the header file is read on another thread, so until both
     * are read an episode row knows its child by its place in this list, the children in the
     * order the episodes file first names them. Their problems are kept apart until then too.
     */
    private final List<ChildRows> episodeKeys = new ArrayList<>();
    private final List<InputProblem> episodeProblems = new ArrayList<>();

    Pass(InputFile headerFile, InputFile episodesFile, boolean plain) {
      this.headerFile = headerFile;
      this.episodesFile = episodesFile;
      this.plain = plain;
      this.children = new ConcurrentHashMap<>(expectedChildren(headerFile));
    }

    Ssda903Read run() {
      CsvInput header = CsvInput.open(headerFile, HEADER_REQUIRED, problems);
      CsvInput episodes = CsvInput.open(episodesFile, EPISODES_REQUIRED, problems);
      if (header == null || episodes == null) {
        return fatal(List.of());
      }
      List<InputProblem> headerUnreadable = new ArrayList<>(0);
      List<InputProblem> episodesUnreadable = new ArrayList<>(0);
      readBoth(header, headerUnreadable, episodes, episodesUnreadable);
      if (notPlain) {
        return null;
      }
      problems.addAll(headerUnreadable);
      problems.addAll(episodesUnreadable);
      if (!headerUnreadable.isEmpty() || !episodesUnreadable.isEmpty()) {
        problems.addAll(episodeProblems);
        List<InputProblem> unreadable = new ArrayList<>(headerUnreadable);
        unreadable.addAll(episodesUnreadable);
        return fatal(unreadable);
      }
      joinEpisodesToChildren();
      groupRowsByChild();
      // each child's parsed rows in the order of a history, children in the order first seen;
      // the work is done child by child in small methods, which a fresh JVM compiles early
      sorted = new int[rowCount];
      childStart = new int[childList.size() + 1];
      int count = 0;
      for (ChildRows rows : childList) {
        count = collect(rows, count);
      }
      childStart[childList.size()] = count;
      EpisodeColumns parsed = columns.build(Arrays.copyOf(sorted, count));
      // the children with a valid header row and no problem in their rows, in order of
      // identifier: loaded if their episodes form a valid history, which CareData checks
      List<ChildRows> candidates = new ArrayList<>(childList.size());
      for (ChildRows rows : headerChildrenByKey) {
        if (rows.child != null && rows.firstProblem == null) {
          candidates.add(rows);
        }
      }
      List<Child> children = new ArrayList<>(candidates.size());
      int[] firstEpisode = new int[candidates.size()];
      int[] endEpisode = new int[candidates.size()];
      for (int i = 0; i < candidates.size(); i++) {
        ChildRows rows = candidates.get(i);
        children.add(rows.child);
        firstEpisode[i] = childStart[rows.index];
        endEpisode[i] = childStart[rows.index + 1];
      }
      boolean[] loaded = new boolean[childList.size()];
      for (ChildRows rows : candidates) {
        loaded[rows.index] = true;
      }
      // the rows of children left out stay in the columns, unclaimed
      CareData data = CareData.ofValid(children, firstEpisode, endEpisode, parsed,
          leftOut -> loaded[candidates.get(leftOut).index] = false);
      long acceptedRows = 0;
      for (ChildRows rows : childList) {
        if (loaded[rows.index]) {
          acceptedRows += 1 + childStart[rows.index + 1] - childStart[rows.index];
        } else {
          reportLeftOut(rows, parsed);
        }
      }
      problems.addAll(episodeProblems);
      sortByFileThenLine();
      List<RejectedRow> rejected = lenient && acceptedRows < rowsRead ? rejectedRows() : List.of();
      return ImmutableSsda903Read.builder()
          .accepted(data)
          .addAllProblems(problems)
          .fatal(false)
          .addAllRejectedRows(rejected)
          .rowsRead(rowsRead)
          .acceptedRows(acceptedRows)
          .build();
    }

    /** Puts a child's parsed rows into {@link #sorted} from {@code count}, in order; returns the new count. */
    private int collect(ChildRows rows, int count) {
      childStart[rows.index] = count;
      for (int k = firstRow[rows.index]; k < firstRow[rows.index + 1]; k++) {
        if (columns.isSet(order[k])) {
          sorted[count++] = order[k];
        }
      }
      sortEpisodes(sorted, childStart[rows.index], count);
      return count;
    }

    /** Records why a child is not loaded: no header row, or episodes that are not a history. */
    private void reportLeftOut(ChildRows rows, EpisodeColumns parsed) {
      int from = childStart[rows.index];
      int to = childStart[rows.index + 1];
      if (rows.headerLine == 0) {
        for (int k = firstRow[rows.index]; k < firstRow[rows.index + 1]; k++) {
          add(rows, false, InputProblem.builder().file(episodesFile.name()).line(rowLine[order[k]])
              .column("CHILD").value(rows.key).child(rows.key)
              .message("the child is not in the header file; expected every child to have a header row")
              .build());
        }
      }
      List<Episode> childEpisodes = new ArrayList<>(to - from);
      long[] lines = new long[to - from];
      for (int k = from; k < to; k++) {
        lines[k - from] = rowLine[sorted[k]];
        childEpisodes.add(parsed.episode(k, rows.id()));
      }
      crossCheck(rows, childEpisodes, lines);
    }

    /**
     * Reads the header file on a second thread while this one reads the episodes file: on a
     * machine with more than one core the two overlap. Each file has its own state until both
     * are read.
     */
    private void readBoth(CsvInput header, List<InputProblem> headerUnreadable, CsvInput episodes,
        List<InputProblem> episodesUnreadable) {
      FutureTask<Long> headerRows = new FutureTask<>(() -> {
        long rows = readAll(header, new HeaderRows(header), headerUnreadable);
        // while the episodes are still being read: only children with a header row can be loaded
        headerChildrenByKey = new ArrayList<>(headerChildren);
        headerChildrenByKey.sort((a, b) -> ChildId.CODE_POINT_ORDER.compare(a.key, b.key));
        return rows;
      });
      Thread thread = new Thread(headerRows, "permanence-read-" + headerFile.name());
      thread.setDaemon(true);
      thread.start();
      long episodeRows = 0;
      try {
        episodeRows = readAll(episodes, new EpisodeRows(episodes), episodesUnreadable);
      } finally {
        try {
          rowsRead = headerRows.get() + episodeRows;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while reading " + headerFile.name(), e);
        } catch (ExecutionException e) {
          Throwables.throwIfUnchecked(e.getCause());
          throw new IllegalStateException(e.getCause());
        }
      }
    }

    /** Reads a file through a handler, from its bytes while plain; sets {@link #notPlain} if not. */
    private <H extends CsvInput.CellHandler & CsvInput.PlainRowHandler> long readAll(
        CsvInput input, H handler, List<InputProblem> unreadable) {
      if (!plain) {
        return input.readCells(handler, unreadable);
      }
      long rows = input.readPlain(handler, handler, unreadable);
      if (rows == CsvInput.NOT_PLAIN) {
        notPlain = true;
        return 0;
      }
      return rows;
    }

    /**
     * Numbers the children and gives each episode row its child, now that both files are read:
     * children not in the header after those that are, in the order first seen; a child's first
     * problem is its header's, if any, else its first episode row's.
     */
    private void joinEpisodesToChildren() {
      childList.addAll(headerChildren);
      for (ChildRows rows : episodeKeys) {
        if (rows.headerOrder < 0) {
          childList.add(rows);
        }
      }
      for (int i = 0; i < childList.size(); i++) {
        childList.get(i).index = i;
      }
      int[] childOfKey = new int[episodeKeys.size()];
      for (int i = 0; i < childOfKey.length; i++) {
        childOfKey[i] = episodeKeys.get(i).index;
      }
      for (int r = 0; r < rowCount; r++) {
        if (rowChild[r] >= 0) {
          rowChild[r] = childOfKey[rowChild[r]];
        }
      }
      for (InputProblem problem : episodeProblems) {
        if (problem.child().isPresent()) {
          ChildRows rows = children.get(problem.child().get());
          if (rows.firstProblem == null) {
            rows.firstProblem = problem;
          }
        }
      }
    }

    /** Header problems first, then episodes, each by line; a line's problems in column order. */
    private void sortByFileThenLine() {
      String first = headerFile.name();
      problems.sort((a, b) -> {
        int byFile = Boolean.compare(!a.file().equals(first), !b.file().equals(first));
        return byFile != 0 ? byFile : Long.compare(a.line(), b.line());
      });
    }

    /**
     * What reading found when a file could not be read as a table: every problem, no child, and,
     * leniently, every row read rejected because of the file that could not be read to its end.
     */
    private Ssda903Read fatal(List<InputProblem> unreadable) {
      sortByFileThenLine();
      return ImmutableSsda903Read.builder()
          .accepted(CareData.empty())
          .addAllProblems(problems)
          .fatal(true)
          .addAllRejectedRows(lenient && !unreadable.isEmpty() ? everyRowRejected(unreadable.get(0)) : List.of())
          .rowsRead(rowsRead)
          .acceptedRows(0)
          .build();
    }

    /** Every row read, rejected because a file could not be read to its end, so no child is loaded. */
    private List<RejectedRow> everyRowRejected(InputProblem unreadable) {
      List<String> because = List.of("not loaded, as no child is when a file cannot be read: " + unreadable);
      List<RejectedRow> rejected = new ArrayList<>();
      copyRows(headerFile, line -> because, rejected);
      copyRows(episodesFile, line -> because, rejected);
      return rejected;
    }

    /** The date written, one shared instance per day, or null when the text is not a date. */
    private LocalDate date(CharSequence text) {
      long epochDay = DateText.parseEpochDay(text);
      return epochDay == DateText.INVALID ? null : date(epochDay);
    }

    /** The date of an epoch day, one shared instance per day. */
    private LocalDate date(long epochDay) {
      long slot = epochDay - FIRST_SHARED_DAY;
      if (slot < 0 || slot >= SHARED_DAYS) {
        return LocalDate.ofEpochDay(epochDay);
      }
      LocalDate known = dates[(int) slot];
      if (known == null) {
        known = LocalDate.ofEpochDay(epochDay);
        dates[(int) slot] = known;
      }
      return known;
    }

    /** The child of a header row, as the header thread sees it. */
    private ChildRows rowsOf(String key) {
      // a child's rows usually follow one another, so the last child is checked first
      if (!key.equals(lastKey)) {
        ChildRows rows = shared(key);
        if (rows.headerOrder < 0) {
          rows.headerOrder = headerChildren.size();
          headerChildren.add(rows);
        }
        lastRows = rows;
        lastKey = key;
      }
      return lastRows;
    }

    /** The one object of a child, made by whichever thread first names it. */
    private ChildRows shared(String key) {
      ChildRows rows = children.get(key);
      if (rows == null) {
        ChildRows made = new ChildRows(key);
        rows = children.putIfAbsent(key, made);
        if (rows == null) {
          rows = made;
        }
      }
      return rows;
    }

    /** Adds an episode row, not yet parsed, and returns its index. */
    private int addEpisodeRow(int keyIndex, long line) {
      columns.addRow();
      if (rowCount == rowLine.length) {
        growRows(rowCount * 2);
      }
      rowChild[rowCount] = keyIndex;
      rowLine[rowCount] = Math.toIntExact(line);
      return rowCount++;
    }

    private void growRows(int capacity) {
      rowChild = Arrays.copyOf(rowChild, capacity);
      rowLine = Arrays.copyOf(rowLine, capacity);
    }

    /** Sorts the episode rows by child, keeping file order within a child (a counting sort). */
    private void groupRowsByChild() {
      firstRow = new int[childList.size() + 1];
      for (int r = 0; r < rowCount; r++) {
        if (rowChild[r] >= 0) {
          firstRow[rowChild[r] + 1]++;
        }
      }
      for (int c = 0; c < childList.size(); c++) {
        firstRow[c + 1] += firstRow[c];
      }
      int[] next = Arrays.copyOf(firstRow, childList.size());
      order = new int[firstRow[childList.size()]];
      for (int r = 0; r < rowCount; r++) {
        if (rowChild[r] >= 0) {
          order[next[rowChild[r]]++] = r;
        }
      }
    }

    /**
     * Puts rows {@code from} to {@code to - 1} of {@code rows} in the order of a history: by start,
     * then end with an open episode last. Files are usually in that order already.
     */
    private void sortEpisodes(int[] rows, int from, int to) {
      boolean ordered = true;
      for (int k = from + 1; k < to && ordered; k++) {
        ordered = compareEpisodes(rows[k - 1], rows[k]) <= 0;
      }
      if (ordered) {
        return;
      }
      Integer[] boxed = new Integer[to - from];
      for (int k = from; k < to; k++) {
        boxed[k - from] = rows[k];
      }
      // a stable sort, so that equal episodes stay in file order
      Arrays.sort(boxed, this::compareEpisodes);
      for (int k = from; k < to; k++) {
        rows[k] = boxed[k - from];
      }
    }

    private int compareEpisodes(int a, int b) {
      int byStart = Integer.compare(columns.startDay(a), columns.startDay(b));
      return byStart != 0 ? byStart : Integer.compare(columns.endDay(a), columns.endDay(b));
    }

    /**
     * Checks the child's readable episodes against each other, even when other rows of the child
     * have problems, so that every problem is reported at once. Without a valid header row there
     * is no date of birth to check against.
     */
    private void crossCheck(ChildRows rows, List<Episode> episodes, long[] lines) {
      Child child = rows.child != null ? rows.child : Child.of(rows.id(), LocalDate.MIN);
      for (CareHistoryProblem found : CareHistory.problems(child, episodes)) {
        String related = found.relatedIndex()
            .map(i -> " (the other episode is on line " + lines[i] + ")")
            .orElse("");
        String column;
        String expected;
        switch (found.kind()) {
          case OPEN_NOT_LAST:
            column = "DEC";
            expected = "; expected only a child's last episode to be open";
            break;
          case OVERLAP:
            column = "DECOM";
            expected = "; expected each episode to start on or after the end (DEC) of the one before";
            break;
          case STARTS_BEFORE_BIRTH:
            column = "DECOM";
            expected = "; expected DECOM on or after the date of birth";
            break;
          default:
            column = "CHILD";
            expected = "";
            break;
        }
        add(rows, false, InputProblem.builder()
            .file(episodesFile.name())
            .line(lines[found.episodeIndex()])
            .column(column)
            .child(rows.key)
            .message(found.message() + related + expected)
            .build());
      }
    }

    private void add(ChildRows rows, boolean inHeader, InputProblem problem) {
      (inHeader ? problems : episodeProblems).add(problem);
      if (rows != null && rows.firstProblem == null) {
        rows.firstProblem = problem;
      }
      (inHeader ? headerReasons : episodeReasons)
          .computeIfAbsent(problem.line(), k -> new ArrayList<>(1))
          .add(problem.column().map(c -> c + ": ").orElse("") + problem.message());
    }

    private List<RejectedRow> rejectedRows() {
      for (ChildRows rows : childList) {
        if (rows.child != null && rows.firstProblem == null) {
          continue;
        }
        String because = "child " + rows.key + " not loaded because of the problem on "
            + rows.firstProblem.file() + " line " + rows.firstProblem.line();
        for (long line : rows.headerLines()) {
          headerReasons.computeIfAbsent(line, k -> new ArrayList<>(List.of(because)));
        }
        for (int k = firstRow[rows.index]; k < firstRow[rows.index + 1]; k++) {
          episodeReasons.computeIfAbsent((long) rowLine[order[k]], x -> new ArrayList<>(List.of(because)));
        }
      }
      List<RejectedRow> rejected = new ArrayList<>();
      copyRows(headerFile, headerReasons::get, rejected);
      copyRows(episodesFile, episodeReasons::get, rejected);
      return rejected;
    }

    /** Copies out the rows that have reasons to be rejected (none for a row whose reasons are null). */
    private void copyRows(InputFile file, Function<Long, List<String>> reasons, List<RejectedRow> into) {
      List<InputProblem> ignored = new ArrayList<>();
      CsvInput input = CsvInput.open(file, List.of(), ignored);
      if (input == null) {
        return;
      }
      int childIndex = input.index("CHILD");
      input.readCells(row -> {
        List<String> reason = reasons.apply(row.line());
        if (reason != null) {
          String child = row.text(childIndex);
          List<String> cells = new ArrayList<>(row.cellCount());
          for (int i = 0; i < row.cellCount(); i++) {
            cells.add(row.rawText(i));
          }
          into.add(RejectedRow.of(file.name(), row.line(),
              child.isEmpty() ? Optional.empty() : Optional.of(child),
              String.join("; ", reason), cells));
        }
      }, ignored);
    }

    /** Reads the header file's rows into children. */
    private final class HeaderRows implements CsvInput.CellHandler, CsvInput.PlainRowHandler {
      private final String file;
      private final int width;
      private final int child;
      private final int dob;
      private final int sex;
      private final int ethnic;
      private final int upn;
      /** Repeated ethnicities and UPNs, kept once. */
      private final TextTable texts = new TextTable();
      private final Cells cells = new Cells(headerFile.name(), true);

      HeaderRows(CsvInput input) {
        this.file = headerFile.name();
        this.width = input.names().size();
        this.child = input.index("CHILD");
        this.dob = input.index("DOB");
        this.sex = input.index("SEX");
        this.ethnic = input.index("ETHNIC");
        this.upn = input.index("UPN");
      }

      /** Takes a row whose every cell is valid as written; declines any other, to be checked as text. */
      @Override
      public boolean row(PlainRow row) {
        if (row.cellCount() != width || !row.isTrimmedValue(child)) {
          return false;
        }
        byte[] bytes = row.bytes();
        long dateOfBirth = DateText.parseEpochDay(bytes, row.from(dob), row.to(dob));
        Sex sexCode = row.isEmpty(sex) ? null : SEX.find(bytes, row.from(sex), row.to(sex));
        if (dateOfBirth == DateText.INVALID || (sexCode == null && !row.isEmpty(sex))
            || !(row.isEmpty(ethnic) || row.isTrimmedValue(ethnic))
            || !(row.isEmpty(upn) || row.isTrimmedValue(upn))) {
          return false;
        }
        ChildRows rows = rowsOf(texts.shared(bytes, row.from(child), row.to(child), false));
        if (rows.headerLine != 0) {
          // a second row for the child, reported as text
          return false;
        }
        rows.headerLine = row.line();
        Child.Builder builder = Child.builder().id(rows.id()).dateOfBirth(date(dateOfBirth));
        if (sexCode != null) {
          builder.sex(sexCode);
        }
        if (!row.isEmpty(ethnic)) {
          builder.ethnicity(texts.shared(bytes, row.from(ethnic), row.to(ethnic), true));
        }
        if (!row.isEmpty(upn)) {
          builder.upn(texts.shared(bytes, row.from(upn), row.to(upn), true));
        }
        rows.child = builder.build();
        return true;
      }

      @Override
      public void row(RowText text) {
        String key = text.text(child);
        long line = text.line();
        ChildRows rows = key.isEmpty() ? null : rowsOf(key);
        Cells row = cells.reset(text, key, rows);
        boolean misaligned = !text.fits();
        if (misaligned) {
          row.problem(null, null, "the row has " + text.cellCount() + " cells; expected " + width
              + ", one for each column of the header");
        }
        if (rows == null) {
          row.problem("CHILD", null, "empty; expected the child's identifier");
          return;
        }
        if (rows.headerLine != 0) {
          rows.addDuplicateHeaderLine(line);
          row.problem("CHILD", key, "the child appears more than once in the header (first on line "
              + rows.headerLine + "); expected one row per child");
          rows.child = null;
          return;
        }
        rows.headerLine = line;
        if (misaligned) {
          // the cells are not under their columns: checking them would report (and print) one
          // column's value as another's, such as a date of birth as an unknown SEX code
          return;
        }
        LocalDate dateOfBirth = row.personalDate(dob, "DOB", "date of birth");
        Optional<Sex> sexCode = row.optionalCode(sex, "SEX", Sex::find, Sex.validCodes());
        if (row.clean) {
          Child.Builder builder = Child.builder().id(rows.id()).dateOfBirth(dateOfBirth).sex(sexCode);
          if (!text.isEmpty(ethnic)) {
            builder.ethnicity(texts.shared(text, ethnic));
          }
          if (!text.isEmpty(upn)) {
            builder.upn(texts.shared(text, upn));
          }
          rows.child = builder.build();
        }
      }
    }

    /** Reads the episodes file's rows into each child's list. */
    private final class EpisodeRows implements CsvInput.CellHandler, CsvInput.PlainRowHandler {
      /** The last child identifier read, kept as characters to compare the next row's with. */
      private String lastKeyText = "";
      /** The same identifier's bytes when a row read from bytes named it, else a length of -1. */
      private byte[] lastKeyBytes = new byte[32];
      private int lastKeyLength = -1;
      /** The index of the last child identifier among the episode keys, -1 for an empty one. */
      private int lastKeyIndex = -1;
      /** Repeated URNs, kept once. */
      private final TextTable urns = new TextTable();
      private final Cells cells = new Cells(episodesFile.name(), false);
      private final String file;
      private final int width;
      private final int child;
      private final int decom;
      private final int rne;
      private final int ls;
      private final int cin;
      private final int place;
      private final int provider;
      private final int dec;
      private final int rec;
      private final int reasonPlaceChange;
      private final int urn;

      /** The columns of codes: the required ones first, then the optional; see {@link #CODE_TABLES}. */
      private final int[] codeColumns;
      private final Enum<?>[] codes = new Enum<?>[CODED];
      private final long[] days = new long[2];

      EpisodeRows(CsvInput input) {
        this.file = episodesFile.name();
        this.width = input.names().size();
        this.child = input.index("CHILD");
        this.decom = input.index("DECOM");
        this.rne = input.index("RNE");
        this.ls = input.index("LS");
        this.cin = input.index("CIN");
        this.place = input.index("PLACE");
        this.provider = input.index("PLACE_PROVIDER");
        this.dec = input.index("DEC");
        this.rec = input.index("REC");
        this.reasonPlaceChange = input.index("REASON_PLACE_CHANGE");
        this.urn = input.index("URN");
        this.codeColumns = new int[] {rne, ls, place, cin, provider, rec, reasonPlaceChange};
      }

      private int keyIndex(String key) {
        ChildRows rows = shared(key);
        if (rows.episodeOrder < 0) {
          rows.episodeOrder = episodeKeys.size();
          episodeKeys.add(rows);
        }
        return rows.episodeOrder;
      }

      /** Takes a row whose every cell is valid as written; declines any other, to be checked as text. */
      @Override
      public boolean row(PlainRow row) {
        if (row.cellCount() != width || !row.isTrimmedValue(child)) {
          return false;
        }
        byte[] bytes = row.bytes();
        // one small loop over the coded columns, rather than a call per column, so that a fresh
        // JVM compiles this method quickly
        for (int k = 0; k < CODED; k++) {
          int column = codeColumns[k];
          if (row.isEmpty(column)) {
            if (k < REQUIRED_CODED) {
              return false;
            }
            codes[k] = null;
          } else {
            codes[k] = CODE_TABLES[k].find(bytes, row.from(column), row.to(column));
            if (codes[k] == null) {
              return false;
            }
          }
        }
        boolean open = codes[REC_CODE] == null;
        if (open != row.isEmpty(dec) || !(row.isEmpty(urn) || row.isTrimmedValue(urn))) {
          return false;
        }
        // DECOM, then DEC unless the episode is open: one loop, so one copy of the date parser
        for (int d = 0; d < (open ? 1 : 2); d++) {
          int column = d == 0 ? decom : dec;
          days[d] = DateText.parseEpochDay(bytes, row.from(column), row.to(column));
          if (days[d] == DateText.INVALID) {
            return false;
          }
        }
        long start = days[0];
        long end = open ? NO_DATE : days[1];
        if (end < start) {
          return false;
        }
        int from = row.from(child);
        int to = row.to(child);
        if (!sameKey(bytes, from, to)) {
          lastKeyText = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
          lastKeyIndex = keyIndex(lastKeyText);
          if (to - from > lastKeyBytes.length) {
            lastKeyBytes = new byte[to - from];
          }
          System.arraycopy(bytes, from, lastKeyBytes, 0, to - from);
          lastKeyLength = to - from;
        }
        int index = addEpisodeRow(lastKeyIndex, row.line());
        // a four-digit year's epoch day fits an int
        columns.set(index, (int) start, open ? EpisodeColumns.OPEN : (int) end,
            (ReasonForNewEpisode) codes[0], (LegalStatus) codes[1], (CategoryOfNeed) codes[3],
            (PlacementType) codes[2], (PlacementProvider) codes[4], (ReasonEpisodeCeased) codes[REC_CODE],
            (ReasonForPlacementChange) codes[6],
            row.isEmpty(urn) ? null : urns.shared(bytes, row.from(urn), row.to(urn), true));
        return true;
      }

      @Override
      public void expectRows(long rows) {
        // a little over the estimate, so that a file of longer lines at its end needs no copy
        int room = (int) Math.min(Integer.MAX_VALUE - 8, rows + rows / 16 + 16);
        columns.ensureCapacity(room);
        if (room > rowLine.length) {
          growRows(room);
        }
      }

      private boolean sameKey(byte[] bytes, int from, int to) {
        return to - from == lastKeyLength
            && Arrays.equals(bytes, from, to, lastKeyBytes, 0, lastKeyLength);
      }

      @Override
      public void row(RowText text) {
        // a child's rows usually follow one another: no new string for the same identifier
        if (!text.cellEquals(child, lastKeyText)) {
          lastKeyLength = -1;
          lastKeyText = text.text(child);
          lastKeyIndex = lastKeyText.isEmpty() ? -1 : keyIndex(lastKeyText);
        }
        String key = lastKeyText;
        long line = text.line();
        Cells row = cells.reset(text, key, null);
        int index = addEpisodeRow(lastKeyIndex, line);
        boolean misaligned = !text.fits();
        if (misaligned) {
          row.problem(null, null, "the row has " + text.cellCount() + " cells; expected " + width
              + ", one for each column of the header");
        }
        if (key.isEmpty()) {
          row.problem("CHILD", null, "empty; expected the child's identifier");
        }
        if (misaligned) {
          // the cells are not under their columns: checking them would report (and print) one
          // column's value as another's, such as a postcode as an unknown code
          return;
        }
        long start = row.requiredDay(decom, "DECOM");
        ReasonForNewEpisode reasonNew = row.requiredCode(rne, "RNE", ReasonForNewEpisode::find, ReasonForNewEpisode.validCodes());
        LegalStatus status = row.requiredCode(ls, "LS", LegalStatus::find, LegalStatus.validCodes());
        Optional<CategoryOfNeed> need = row.optionalCode(cin, "CIN", CategoryOfNeed::find, CategoryOfNeed.validCodes());
        PlacementType type = row.requiredCode(place, "PLACE", PlacementType::find, PlacementType.validCodes());
        Optional<PlacementProvider> by = row.optionalCode(provider, "PLACE_PROVIDER", PlacementProvider::find, PlacementProvider.validCodes());
        long end = row.optionalDay(dec, "DEC");
        Optional<ReasonEpisodeCeased> reasonEnded = row.optionalCode(rec, "REC", ReasonEpisodeCeased::find, ReasonEpisodeCeased.validCodes());
        Optional<ReasonForPlacementChange> change =
            row.optionalCode(reasonPlaceChange, "REASON_PLACE_CHANGE", ReasonForPlacementChange::find, ReasonForPlacementChange.validCodes());
        boolean hasDec = !text.isEmpty(dec);
        boolean hasRec = !text.isEmpty(rec);
        if (hasRec && !hasDec) {
          row.problem("REC", text.text(rec), "a reason for ceasing without a DEC; expected both DEC and REC, or neither for an open episode");
        } else if (hasDec && !hasRec) {
          row.problem("DEC", text.text(dec), "a DEC without a reason for ceasing (REC); expected both DEC and REC, or neither for an open episode");
        }
        if (start != DateText.INVALID && end != DateText.INVALID && end != NO_DATE && end < start) {
          row.problem("DEC", text.text(dec), "the episode ends before it starts (DECOM "
              + LocalDate.ofEpochDay(start) + "); expected DEC on or after DECOM");
        }
        if (!row.clean) {
          return;
        }
        // a four-digit year's epoch day fits an int
        columns.set(index, (int) start, end == NO_DATE ? EpisodeColumns.OPEN : (int) end, reasonNew,
            status, need.orElse(null), type, by.orElse(null), reasonEnded.orElse(null),
            change.orElse(null), text.isEmpty(urn) ? null : urns.shared(text, urn));
      }
    }

    /** Checks the cells of one row, recording each problem. */
    private final class Cells {
      private final String file;
      private final boolean inHeader;
      private RowText text;
      private long line;
      private String key;
      private ChildRows rows;
      boolean clean;

      Cells(String file, boolean inHeader) {
        this.file = file;
        this.inHeader = inHeader;
      }

      /** Points the checks at the next row: one instance serves every row of a file. */
      Cells reset(RowText row, String childKey, ChildRows childRows) {
        this.text = row;
        this.line = row.line();
        this.key = childKey;
        this.rows = childRows;
        this.clean = true;
        return this;
      }

      void problem(String column, String value, String message) {
        clean = false;
        InputProblem.Builder problem = InputProblem.builder().file(file).line(line).message(message);
        if (column != null) {
          problem.column(column);
        }
        if (value != null) {
          problem.value(value);
        }
        if (!key.isEmpty()) {
          problem.child(key);
        }
        add(rows, inHeader, problem.build());
      }

      /** The day written, as an epoch day, or {@link DateText#INVALID} after reporting a problem. */
      long requiredDay(int index, String column) {
        if (text.isEmpty(index)) {
          problem(column, null, "empty; expected " + DateText.EXPECTED);
          return DateText.INVALID;
        }
        long day = DateText.parseEpochDay(text.cell(index));
        if (day == DateText.INVALID) {
          problem(column, text.text(index), "not a valid date; expected " + DateText.EXPECTED);
        }
        return day;
      }

      /** As {@link #requiredDay}, or {@link #NO_DATE} for an empty cell. */
      long optionalDay(int index, String column) {
        return text.isEmpty(index) ? NO_DATE : requiredDay(index, column);
      }

      /** A date whose value is personal data: messages say what is wrong without showing it. */
      LocalDate personalDate(int index, String column, String what) {
        if (text.isEmpty(index)) {
          problem(column, null, "empty; expected the " + what + " as " + DateText.EXPECTED);
          return null;
        }
        LocalDate date = date(text.cell(index));
        if (date == null) {
          problem(column, null, "not a valid date (the value is not shown: it is a " + what
              + "); expected " + DateText.EXPECTED);
        }
        return date;
      }

      <C> C requiredCode(int index, String column, Function<CharSequence, Optional<C>> find, String valid) {
        if (text.isEmpty(index)) {
          problem(column, null, "empty; expected one of: " + valid);
          return null;
        }
        return optionalCode(index, column, find, valid).orElse(null);
      }

      <C> Optional<C> optionalCode(int index, String column, Function<CharSequence, Optional<C>> find, String valid) {
        if (text.isEmpty(index)) {
          return Optional.empty();
        }
        Optional<C> code = find.apply(text.cell(index));
        if (code.isEmpty()) {
          String value = text.text(index);
          String personal = personalLooking(value);
          if (personal == null) {
            problem(column, value, "unknown code; expected one of: " + valid);
          } else {
            problem(column, null, "unknown code (the value is not shown: it looks like " + personal
                + ", perhaps in the wrong column); expected one of: " + valid);
          }
        }
        return code;
      }

      /**
       * What a cell that is no code looks like, if it looks like personal data a row holds in
       * another column: a date of birth (any date, in the header file), a postcode or a UPN;
       * otherwise null, and the value may be shown.
       */
      private String personalLooking(String value) {
        if (inHeader && DateText.parseEpochDay(value) != DateText.INVALID) {
          return "a date";
        }
        if (POSTCODE.matcher(value).matches()) {
          return "a postcode";
        }
        return UPN.matcher(value).matches() ? "a UPN" : null;
      }
    }
  }

  /**
   * Recent texts, so that a value repeated across rows is kept once: a small table indexed by
   * hash, where a newer value replaces an older one in its slot. Each reading thread has its own.
   */
  private static final class TextTable {
    private final String[] texts = new String[1 << 14];

    /**
     * The text of ASCII bytes; kept for later rows only if {@code keep}, for values that repeat.
     */
    String shared(byte[] bytes, int from, int to, boolean keep) {
      if (!keep) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
      }
      int hash = 0;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + bytes[i];
      }
      int slot = hash & (texts.length - 1);
      String known = texts[slot];
      if (known != null && known.length() == to - from) {
        boolean same = true;
        for (int i = 0; i < to - from && same; i++) {
          same = known.charAt(i) == bytes[from + i];
        }
        if (same) {
          return known;
        }
      }
      texts[slot] = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
      return texts[slot];
    }

    String shared(RowText row, int index) {
      int slot = row.cellHash(index) & (texts.length - 1);
      String known = texts[slot];
      if (known != null && row.cellEquals(index, known)) {
        return known;
      }
      texts[slot] = row.text(index);
      return texts[slot];
    }
  }

  /** What is known of one child while reading, keyed by the identifier as written. */
  private static final class ChildRows {
    final String key;
    /** The child's number once both files are read. */
    int index = -1;
    /** Set by the header thread: the child's place among those with a header row, or -1. */
    int headerOrder = -1;
    /** Set by the episodes thread: the child's place among those with episodes, or -1. */
    int episodeOrder = -1;
    private ChildId id;
    Child child;
    /** The line of the child's header row, 0 while none has been read. */
    long headerLine;
    private List<Long> duplicateHeaderLines;
    InputProblem firstProblem;

    ChildRows(String key) {
      this.key = key;
    }

    ChildId id() {
      if (id == null) {
        id = ChildId.of(key);
      }
      return id;
    }

    void addDuplicateHeaderLine(long line) {
      if (duplicateHeaderLines == null) {
        duplicateHeaderLines = new ArrayList<>(1);
      }
      duplicateHeaderLines.add(line);
    }

    List<Long> headerLines() {
      List<Long> lines = new ArrayList<>(1);
      if (headerLine != 0) {
        lines.add(headerLine);
      }
      if (duplicateHeaderLines != null) {
        lines.addAll(duplicateHeaderLines);
      }
      return lines;
    }
  }
}
