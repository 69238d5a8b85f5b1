package org.permanence.examples.sample;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.SplittableRandom;
import org.permanence.code.Ssda903Code;

/**
 * An invented council's SSDA903 extract: a header file and an episodes file, the same for the
 * same settings, byte for byte.
 *
 * <p>The data are made up from a seed and are realistic in shape, not in any real child's detail.
 * Children come into care at every age from 0 to 17 (more babies and teenagers), on days spread
 * evenly from the first-entry date to the as-at date. Their periods of care follow the routes the
 * DfE records: adoption after a placement order and a placement for adoption (A5 or A6, then
 * {@code E11} or {@code E12}); special guardianship ({@code E45} to {@code E48}, the first two from
 * foster placements); child arrangements orders ({@code E41}); planned and unplanned returns home
 * ({@code E4A}, {@code E4B}); care until the 18th birthday ({@code E17}, {@code E5}, {@code E6},
 * {@code E8}); and other endings ({@code E13}, {@code E3}, {@code E8}, remand {@code E14} and
 * {@code E9}). Episodes within a period are linked by {@code X1} with the reason for the new
 * episode that says what changed ({@code P}, {@code T}, {@code L}, {@code U}, {@code B}), and a
 * reason for the placement change where the DfE asks for one. Some children come back into care,
 * a few of them on the day they went home; a few have only short breaks
 * (legal status {@code V3}, each break its own episode of 1 to 17 days ending {@code E8}); one in
 * fifty is born on 29 February; some episodes last zero days (police protection ended by a court
 * order the same day, an emergency placement left the same day).
 *
 * <p>Every file written is valid as the library reads it: every code is on the DfE's lists, an
 * episode never ends before it starts nor overlaps another of the child's, {@code DEC} and
 * {@code REC} are both given or both empty, only a child's last episode is open, no episode starts
 * before the child's birth or after the as-at date, no {@code DEC} is after the as-at date, and care
 * stops on the 18th birthday ({@link org.permanence.time.Age#eighteenthBirthday}), so no child of
 * 18 or over at the as-at date has an open episode. Postcodes ({@code ZZ42 7ZZ}), UPNs
 * ({@code A000000000123}, or {@code UN1} for a child under school age) and Ofsted URNs
 * ({@code SCZ4711}) are obviously fake.
 *
 * <p>The files are written one child at a time, so a million episodes take a few seconds and
 * little memory. Each child is drawn from its own random stream, derived from the seed and the
 * child's number, so the first children are the same whatever the size asked for.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleCouncil {

  /** The seed of the bundled sample. */
  public static final long DEFAULT_SEED = 20251231L;
  /** The number of children in the bundled sample. */
  public static final int DEFAULT_CHILDREN = 360;
  /** The earliest first entry into care in the bundled sample, 1 April 2016. */
  public static final LocalDate DEFAULT_FIRST_ENTRY = LocalDate.of(2016, Month.APRIL, 1);
  /** The as-at date of the bundled sample, 31 December 2025. */
  public static final LocalDate DEFAULT_AS_AT = LocalDate.of(2025, Month.DECEMBER, 31);
  /** The name of the header file, in the bundle and as written by {@link #write(Path)}. */
  public static final String HEADER_FILE = "header.csv";
  /** The name of the episodes file, in the bundle and as written by {@link #write(Path)}. */
  public static final String EPISODES_FILE = "episodes.csv";
  /** The columns of the header file, in order. */
  public static final List<String> HEADER_COLUMNS =
      List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
  /** The columns of the episodes file, in order. */
  public static final List<String> EPISODE_COLUMNS =
      List.of(
          "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
          "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");

  private static final long STREAM_GAMMA = 0x9E3779B97F4A7C15L;

  private final long seed;
  private final int children;
  private final int episodes;
  private final LocalDate firstEntry;
  private final LocalDate asAt;

  private SampleCouncil(
      long seed, int children, int episodes, LocalDate firstEntry, LocalDate asAt) {
    this.seed = seed;
    this.children = children;
    this.episodes = episodes;
    this.firstEntry = firstEntry;
    this.asAt = asAt;
  }

  /**
   * Returns the settings of the bundled sample: seed {@value #DEFAULT_SEED}, {@value
   * #DEFAULT_CHILDREN} children, first entries from 1 April 2016, as at 31 December 2025.
   *
   * @return the bundled sample's generator
   */
  public static SampleCouncil defaults() {
    return builder().build();
  }

  /**
   * Returns a builder, starting from the settings of the bundled sample.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of children asked for, or 0 when a number of episodes was asked for.
   *
   * @return the number of children, or 0
   */
  public int children() {
    return children;
  }

  /**
   * Returns the number of episode rows asked for, or 0 when a number of children was asked for.
   *
   * @return the number of episodes, or 0
   */
  public int episodes() {
    return episodes;
  }

  /**
   * Returns the earliest day a child first comes into care.
   *
   * @return the first-entry date, inclusive
   */
  public LocalDate firstEntry() {
    return firstEntry;
  }

  /**
   * Returns the as-at date of the extract: nothing starts or ends after it.
   *
   * @return the as-at date, inclusive
   */
  public LocalDate asAt() {
    return asAt;
  }

  /**
   * Writes the header and episodes files, child by child.
   *
   * <p>Both files are CSV with a header row and {@code \n} line ends, dates written {@code
   * dd/mm/yyyy}. Children are numbered from 1 ({@code C000001}); identifiers are zero-padded to
   * one width, at least six digits, so their text order is their numeric order. With a number of
   * episodes asked for, children are added until exactly that many episode rows are written; the
   * last child (or two) may have a shortened history, its last kept episode ending as a period of
   * care ends. The writers are flushed, not closed.
   *
   * @param header where the header file goes
   * @param episodes where the episodes file goes
   * @return the numbers of children and episode rows written
   * @throws IOException if a writer fails
   */
  public Counts write(Writer header, Writer episodes) throws IOException {
    requireNonNull(header, "header");
    requireNonNull(episodes, "episodes");
    CsvWriter headerCsv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(header);
    CsvWriter episodeCsv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(episodes);
    try {
      headerCsv.writeRecord(HEADER_COLUMNS);
      episodeCsv.writeRecord(EPISODE_COLUMNS);
      int width = Math.max(6, Integer.toString(Math.max(this.children, this.episodes)).length());
      String[] headerCells = new String[HEADER_COLUMNS.size()];
      String[] episodeCells = new String[EPISODE_COLUMNS.size()];
      int childCount = 0;
      int rowCount = 0;
      for (int number = 1; ; number++) {
        if (this.episodes > 0 ? rowCount >= this.episodes : number > this.children) {
          break;
        }
        SampleChild child = SampleChild.generate(stream(number), number, firstEntry, asAt);
        if (this.episodes > 0) {
          child.truncate(this.episodes - rowCount);
        }
        String id = childId(number, width);
        SampleChild.Header facts = child.header();
        headerCells[0] = id;
        headerCells[1] = facts.sex();
        headerCells[2] = date(facts.dateOfBirth());
        headerCells[3] = facts.ethnicity();
        headerCells[4] = facts.upn();
        headerCells[5] = cell(facts.mother());
        headerCells[6] = cell(facts.motherChildBorn());
        headerCsv.writeRecord(headerCells);
        for (SampleChild.Row row : child.rows()) {
          episodeCells[0] = id;
          episodeCells[1] = date(row.start());
          episodeCells[2] = cell(row.rne());
          episodeCells[3] = cell(row.status());
          episodeCells[4] = cell(row.need());
          episodeCells[5] = cell(row.place());
          episodeCells[6] = cell(row.provider());
          episodeCells[7] = cell(row.end());
          episodeCells[8] = cell(row.reasonEnded());
          episodeCells[9] = cell(row.placementChange());
          episodeCells[10] = cell(row.homePostcode());
          episodeCells[11] = cell(row.placementPostcode());
          episodeCells[12] = cell(row.urn());
          episodeCsv.writeRecord(episodeCells);
        }
        childCount++;
        rowCount += child.rows().size();
      }
      return new Counts(childCount, rowCount);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      headerCsv.flush();
      episodeCsv.flush();
    }
  }

  /**
   * Writes {@value #HEADER_FILE} and {@value #EPISODES_FILE} (UTF-8) into a directory, creating it
   * if needed and replacing files of those names.
   *
   * @param directory the directory
   * @return the numbers of children and episode rows written
   * @throws IOException if a file cannot be written
   */
  public Counts write(Path directory) throws IOException {
    requireNonNull(directory, "directory");
    Files.createDirectories(directory);
    try (Writer header = Files.newBufferedWriter(directory.resolve(HEADER_FILE), StandardCharsets.UTF_8);
        Writer episodes =
            Files.newBufferedWriter(directory.resolve(EPISODES_FILE), StandardCharsets.UTF_8)) {
      return write(header, episodes);
    }
  }

  @Override
  public String toString() {
    return "SampleCouncil[seed=" + seed
        + (episodes > 0 ? ", episodes=" + episodes : ", children=" + children)
        + ", firstEntry=" + firstEntry + ", asAt=" + asAt + "]";
  }

  /** The child's own stream: the seed and the number mixed, so streams do not overlap. */
  private SplittableRandom stream(int number) {
    return new SplittableRandom(mix(seed ^ mix(number * STREAM_GAMMA)));
  }

  /** The finalizer of SplitMix64 (Steele, Lea and Flood, 2014). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static String childId(int number, int width) {
    String digits = Integer.toString(number);
    StringBuilder id = new StringBuilder(width + 1).append('C');
    for (int i = digits.length(); i < width; i++) {
      id.append('0');
    }
    return id.append(digits).toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Ssda903Code) {
      return ((Ssda903Code) value).code();
    }
    if (value instanceof LocalDate) {
      return date((LocalDate) value);
    }
    return value.toString();
  }

  /** {@code dd/mm/yyyy}, with leading zeros. */
  private static String date(LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    int year = date.getYear();
    char[] text = {
      (char) ('0' + day / 10), (char) ('0' + day % 10), '/',
      (char) ('0' + month / 10), (char) ('0' + month % 10), '/',
      (char) ('0' + year / 1000), (char) ('0' + year / 100 % 10),
      (char) ('0' + year / 10 % 10), (char) ('0' + year % 10)
    };
    return new String(text);
  }

  /**
   * The numbers of children and episode rows written.
   *
   * @param children the header rows written
   * @param episodes the episode rows written
   */
  public record Counts(int children, int episodes) {}

  /**
   * Builds a {@link SampleCouncil}, starting from the bundled sample's settings. Ask for a number of
   * children or a number of episode rows, not both.
   */
  public static final class Builder {
    private long seed = DEFAULT_SEED;
    private int children;
    private int episodes;
    private LocalDate firstEntry = DEFAULT_FIRST_ENTRY;
    private LocalDate asAt = DEFAULT_AS_AT;

    private Builder() {}

    /**
     * Sets the seed; the same seed and settings give the same files, byte for byte.
     *
     * @param seed any number
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Asks for a number of children (default {@value SampleCouncil#DEFAULT_CHILDREN}).
     *
     * @param children the number of children, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the number is less than 1
     */
    public Builder children(int children) {
      if (children < 1) {
        throw new IllegalArgumentException("children must be at least 1, but was " + children);
      }
      this.children = children;
      return this;
    }

    /**
     * Asks for exactly this many episode rows, for benchmark files: children are added until the
     * episodes file has that many rows.
     *
     * @param episodes the number of episode rows, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the number is less than 1
     */
    public Builder episodes(int episodes) {
      if (episodes < 1) {
        throw new IllegalArgumentException("episodes must be at least 1, but was " + episodes);
      }
      this.episodes = episodes;
      return this;
    }

    /**
     * Sets the earliest day a child first comes into care (default 1 April 2016).
     *
     * @param firstEntry the first-entry date, inclusive
     * @return this builder
     */
    public Builder firstEntry(LocalDate firstEntry) {
      this.firstEntry = requireNonNull(firstEntry, "firstEntry");
      return this;
    }

    /**
     * Sets the as-at date of the extract (default 31 December 2025).
     *
     * @param asAt the as-at date, inclusive
     * @return this builder
     */
    public Builder asAt(LocalDate asAt) {
      this.asAt = requireNonNull(asAt, "asAt");
      return this;
    }

    /**
     * Returns the generator.
     *
     * @return the generator
     * @throws IllegalStateException if both children and episodes were asked for, or the
     *     first-entry date is after the as-at date
     */
    public SampleCouncil build() {
      if (children > 0 && episodes > 0) {
        throw new IllegalStateException("ask for a number of children or of episodes, not both");
      }
      if (firstEntry.isAfter(asAt)) {
        throw new IllegalStateException(
            "first entry " + firstEntry + " must not be after the as-at date " + asAt);
      }
      int childrenAsked = children == 0 && episodes == 0 ? DEFAULT_CHILDREN : children;
      return new SampleCouncil(seed, childrenAsked, episodes, firstEntry, asAt);
    }
  }
}
