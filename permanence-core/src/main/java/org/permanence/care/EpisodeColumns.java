package org.permanence.care;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.permanence.child.ChildId;
import org.permanence.code.CategoryOfNeed;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.code.ReasonForPlacementChange;

/**
 * Episodes held in columns: a day number and a small code number per cell instead of an object
 * per episode, so that a national file of a million episodes takes a few tens of megabytes and a
 * calculation over it reads plain arrays.
 *
 * <p>Row {@code i} is one episode; {@link #episode} gives it as an {@link Episode}. Days are
 * epoch days ({@link LocalDate#toEpochDay()}); an open episode's end is {@link #OPEN}. Postcodes
 * are not kept: no calculation uses them, and data not held cannot leak.
 *
 * <p>This class is immutable and thread-safe once built.
 */
public final class EpisodeColumns {

  /** The end day of an open episode. */
  public static final int OPEN = Integer.MAX_VALUE;

  private static final ReasonForNewEpisode[] RNE = ReasonForNewEpisode.values();
  private static final LegalStatus[] LS = LegalStatus.values();
  private static final CategoryOfNeed[] CIN = CategoryOfNeed.values();
  private static final PlacementType[] PLACE = PlacementType.values();
  private static final ReasonEpisodeCeased[] REC = ReasonEpisodeCeased.values();
  private static final ReasonForPlacementChange[] RPC = ReasonForPlacementChange.values();
  /** One shared {@code Optional} per provider, and the empty one last, so reading makes none. */
  private static final Optional<PlacementProvider>[] PROVIDER = providers();

  private final int size;
  private final int[] start;
  private final int[] end;
  private final byte[] rne;
  private final byte[] ls;
  private final byte[] cin;
  private final byte[] place;
  private final byte[] provider;
  private final byte[] rec;
  private final byte[] rpc;
  private final String[] urn;

  /**
   * Columns of a builder's rows: picked in the given order, or, with none, the builder's own
   * arrays, which it copies before it next changes a row.
   */
  private EpisodeColumns(Builder b, int[] order, int size) {
    this.size = size;
    if (order == null) {
      b.shared = true;
    }
    this.start = pick(b.start, order, size);
    this.end = pick(b.end, order, size);
    this.rne = pick(b.rne, order, size);
    this.ls = pick(b.ls, order, size);
    this.cin = pick(b.cin, order, size);
    this.place = pick(b.place, order, size);
    this.provider = pick(b.provider, order, size);
    this.rec = pick(b.rec, order, size);
    this.rpc = pick(b.rpc, order, size);
    this.urn = pick(b.urn, order, size);
  }

  /**
   * Returns a builder that appends rows.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of episodes.
   *
   * @return the number of rows
   */
  public int size() {
    return size;
  }

  /**
   * Returns the first day of an episode ({@code DECOM}).
   *
   * @param row the row
   * @return the start as an epoch day
   */
  public int startDay(int row) {
    return start[checkRow(row)];
  }

  /**
   * Returns the first day after an episode ({@code DEC}), or {@link #OPEN}.
   *
   * @param row the row
   * @return the end as an epoch day, exclusive, or {@link #OPEN}
   */
  public int endDay(int row) {
    return end[checkRow(row)];
  }

  /**
   * Returns the legal status.
   *
   * @param row the row
   * @return the legal status
   */
  public LegalStatus legalStatus(int row) {
    return LS[ls[checkRow(row)] - 1];
  }

  /**
   * Tells whether the episode is short-break care (legal status V3 or V4).
   *
   * @param row the row
   * @return true for a short break
   */
  public boolean isShortBreak(int row) {
    return legalStatus(row).isShortBreak();
  }

  /**
   * Returns the placement type.
   *
   * @param row the row
   * @return the placement type
   */
  public PlacementType placementType(int row) {
    return PLACE[place[checkRow(row)] - 1];
  }

  /**
   * Returns the placement provider, or empty for a placement with none.
   *
   * @param row the row
   * @return the provider
   */
  public Optional<PlacementProvider> placementProvider(int row) {
    int code = provider[checkRow(row)];
    return code == 0 ? PROVIDER[PROVIDER.length - 1] : PROVIDER[code - 1];
  }

  /**
   * Returns why the episode ended ({@code REC}), or empty while open.
   *
   * @param row the row
   * @return the reason, or empty
   */
  public Optional<ReasonEpisodeCeased> reasonEnded(int row) {
    int code = rec[checkRow(row)];
    return code == 0 ? Optional.empty() : Optional.of(REC[code - 1]);
  }

  /**
   * Returns one episode as an object.
   *
   * @param row the row
   * @param childId the child whose episode it is
   * @return the episode
   */
  public Episode episode(int row, ChildId childId) {
    checkRow(row);
    requireNonNull(childId, "childId");
    Episode.Builder episode = Episode.builder()
        .childId(childId)
        .start(LocalDate.ofEpochDay(start[row]))
        .endExclusive(end[row] == OPEN ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(end[row])))
        .reasonForNewEpisode(RNE[rne[row] - 1])
        .legalStatus(LS[ls[row] - 1])
        .categoryOfNeed(cin[row] == 0 ? Optional.empty() : Optional.of(CIN[cin[row] - 1]))
        .placementType(PLACE[place[row] - 1])
        .placementProvider(placementProvider(row))
        .reasonEnded(reasonEnded(row))
        .reasonForPlacementChange(rpc[row] == 0 ? Optional.empty() : Optional.of(RPC[rpc[row] - 1]));
    if (urn[row] != null) {
      episode.urn(urn[row]);
    }
    return episode.build();
  }

  private int checkRow(int row) {
    if (row < 0 || row >= size) {
      throw new IndexOutOfBoundsException("row " + row + " of " + size);
    }
    return row;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<PlacementProvider>[] providers() {
    PlacementProvider[] values = PlacementProvider.values();
    Optional<PlacementProvider>[] optionals = new Optional[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      optionals[i] = Optional.of(values[i]);
    }
    optionals[values.length] = Optional.empty();
    return optionals;
  }

  private static int[] pick(int[] from, int[] order, int size) {
    if (order == null) {
      return from;
    }
    int[] to = new int[size];
    for (int i = 0; i < size; i++) {
      to[i] = from[order[i]];
    }
    return to;
  }

  private static byte[] pick(byte[] from, int[] order, int size) {
    if (order == null) {
      return from;
    }
    byte[] to = new byte[size];
    for (int i = 0; i < size; i++) {
      to[i] = from[order[i]];
    }
    return to;
  }

  private static String[] pick(String[] from, int[] order, int size) {
    if (order == null) {
      return from;
    }
    String[] to = new String[size];
    for (int i = 0; i < size; i++) {
      to[i] = from[order[i]];
    }
    return to;
  }

  /** Appends episodes one row at a time; not thread-safe. */
  public static final class Builder {
    private int size;
    private int[] start = new int[16];
    private int[] end = new int[16];
    private byte[] rne = new byte[16];
    private byte[] ls = new byte[16];
    private byte[] cin = new byte[16];
    private byte[] place = new byte[16];
    private byte[] provider = new byte[16];
    private byte[] rec = new byte[16];
    private byte[] rpc = new byte[16];
    private String[] urn = new String[16];
    /** Whether built columns hold these arrays, which must then be copied before a change. */
    private boolean shared;

    Builder() {}

    /**
     * Returns the number of rows added.
     *
     * @return the size so far
     */
    public int size() {
      return size;
    }

    /**
     * Makes room for a number of rows in all, so that adding them does not copy the columns as
     * they grow.
     *
     * @param rows the number of rows expected
     * @return this builder
     */
    public Builder ensureCapacity(int rows) {
      if (rows > start.length) {
        grow(rows);
      }
      return this;
    }

    /** Copies the arrays if built columns hold them, so that the columns do not change. */
    private void own() {
      if (shared) {
        grow(start.length);
      }
    }

    private void grow(int capacity) {
      shared = false;
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      rne = Arrays.copyOf(rne, capacity);
      ls = Arrays.copyOf(ls, capacity);
      cin = Arrays.copyOf(cin, capacity);
      place = Arrays.copyOf(place, capacity);
      provider = Arrays.copyOf(provider, capacity);
      rec = Arrays.copyOf(rec, capacity);
      rpc = Arrays.copyOf(rpc, capacity);
      urn = Arrays.copyOf(urn, capacity);
    }

    /**
     * Appends an empty row, to be set with {@link #set}; a row never set is not a valid episode
     * and must be left out when building.
     *
     * @return the new row's index
     */
    public int addRow() {
      if (size == start.length) {
        grow(size * 2);
      }
      own();
      return size++;
    }

    /**
     * Sets a row to an episode's values.
     *
     * @param row the row, from {@link #addRow}
     * @param startDay the start ({@code DECOM}) as an epoch day
     * @param endDay the end ({@code DEC}) as an epoch day, or {@link #OPEN}
     * @param reasonNew {@code RNE}
     * @param status {@code LS}
     * @param need {@code CIN}, or null
     * @param type {@code PLACE}
     * @param by {@code PLACE_PROVIDER}, or null for none
     * @param reasonEnded {@code REC}, or null while open
     * @param change {@code REASON_PLACE_CHANGE}, or null
     * @param urnText {@code URN}, or null
     * @return this builder
     * @throws IllegalArgumentException if the end is before the start, or a reason for ceasing
     *     is given without an end or an end without one
     */
    public Builder set(int row, int startDay, int endDay, ReasonForNewEpisode reasonNew,
        LegalStatus status, CategoryOfNeed need, PlacementType type, PlacementProvider by,
        ReasonEpisodeCeased reasonEnded, ReasonForPlacementChange change, String urnText) {
      if (row < 0 || row >= size) {
        throw new IndexOutOfBoundsException("row " + row + " of " + size);
      }
      if (endDay < startDay) {
        throw new IllegalArgumentException("an episode cannot end before it starts");
      }
      if ((endDay == OPEN) != (reasonEnded == null)) {
        throw new IllegalArgumentException(
            "an episode has a reason for ceasing (REC) exactly when it has an end date (DEC)");
      }
      own();
      start[row] = startDay;
      end[row] = endDay;
      rne[row] = code(requireNonNull(reasonNew, "reasonNew").ordinal());
      ls[row] = code(requireNonNull(status, "status").ordinal());
      cin[row] = need == null ? 0 : code(need.ordinal());
      place[row] = code(requireNonNull(type, "type").ordinal());
      provider[row] = by == null ? 0 : code(by.ordinal());
      rec[row] = reasonEnded == null ? 0 : code(reasonEnded.ordinal());
      rpc[row] = change == null ? 0 : code(change.ordinal());
      urn[row] = urnText;
      return this;
    }

    /**
     * Appends an episode.
     *
     * @param episode the episode
     * @return this builder
     */
    public Builder add(Episode episode) {
      requireNonNull(episode, "episode");
      int row = addRow();
      return set(row, Math.toIntExact(episode.start().toEpochDay()),
          episode.endExclusive().map(d -> Math.toIntExact(d.toEpochDay())).orElse(OPEN),
          episode.reasonForNewEpisode(), episode.legalStatus(),
          episode.categoryOfNeed().orElse(null), episode.placementType(),
          episode.placementProvider().orElse(null), episode.reasonEnded().orElse(null),
          episode.reasonForPlacementChange().orElse(null), episode.urn().orElse(null));
    }

    /**
     * Tells whether a row has been set, that is holds an episode.
     *
     * @param row the row
     * @return true once set
     */
    public boolean isSet(int row) {
      return ls[row] != 0;
    }

    /**
     * Returns the start day of a row that has been set.
     *
     * @param row the row
     * @return the start as an epoch day
     */
    public int startDay(int row) {
      return start[row];
    }

    /**
     * Returns the end day of a row that has been set.
     *
     * @param row the row
     * @return the end as an epoch day, or {@link #OPEN}
     */
    public int endDay(int row) {
      return end[row];
    }

    /**
     * Builds the columns of every row, in the order added.
     *
     * @return the columns
     * @throws IllegalStateException if a row was never set
     */
    public EpisodeColumns build() {
      for (int i = 0; i < size; i++) {
        checkSet(i);
      }
      return new EpisodeColumns(this, null, size);
    }

    /**
     * Builds the columns of some rows, in a new order.
     *
     * @param rows the rows wanted, in the order wanted
     * @return the columns, row {@code i} being the builder's row {@code rows[i]}
     * @throws IllegalStateException if a row was never set
     */
    public EpisodeColumns build(int[] rows) {
      requireNonNull(rows, "rows");
      boolean inOrder = true;
      for (int i = 0; i < rows.length; i++) {
        int row = rows[i];
        if (row < 0 || row >= size) {
          throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        checkSet(row);
        inOrder &= row == i;
      }
      // a file already in the order of a history needs its rows copied, not picked one by one
      return new EpisodeColumns(this, inOrder ? null : rows, rows.length);
    }

    private void checkSet(int row) {
      if (!isSet(row)) {
        throw new IllegalStateException("row " + row + " was added but never set");
      }
    }

    private static byte code(int ordinal) {
      return (byte) (ordinal + 1);
    }
  }
}
