package org.permanence.care;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.IntConsumer;
import org.permanence.child.Child;
import org.permanence.child.ChildId;

/**
 * The care histories of many children, such as a council's whole SSDA903 extract, in order of
 * child identifier.
 *
 * <p>The episodes are held in {@link EpisodeColumns}, each child's a run of rows in the order of
 * {@link CareHistory#EPISODE_ORDER}, so that a calculation over a national file reads arrays (see
 * {@link #child}, {@link #firstEpisode}, {@link #endEpisode} and {@link #episodes}). {@link
 * #histories} gives each child's {@link CareHistory} as an object, made when first asked for and
 * then kept.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CareData {

  private static final CareData EMPTY = new CareData(
      new Child[0], new int[0], new int[0], EpisodeColumns.builder().build(), new CareHistory[0]);

  private final Child[] children;
  private final int[] first;
  private final int[] end;
  private final EpisodeColumns episodes;
  /** Each child's history once made; a race makes the same history twice, which is harmless. */
  private final CareHistory[] histories;
  private final List<CareHistory> view = new HistoryList();

  private CareData(
      Child[] children, int[] first, int[] end, EpisodeColumns episodes, CareHistory[] histories) {
    this.children = children;
    this.first = first;
    this.end = end;
    this.episodes = episodes;
    this.histories = histories;
  }

  /**
   * Returns the data of the given histories.
   *
   * @param histories the histories, one per child, in any order
   * @return the data, histories in order of child identifier
   * @throws IllegalArgumentException if two histories are of the same child
   */
  public static CareData of(Collection<CareHistory> histories) {
    requireNonNull(histories, "histories");
    if (histories.isEmpty()) {
      return EMPTY;
    }
    List<CareHistory> sorted = new ArrayList<>(histories);
    sorted.sort((a, b) -> a.childId().compareTo(b.childId()));
    Child[] children = new Child[sorted.size()];
    int[] first = new int[sorted.size()];
    int[] end = new int[sorted.size()];
    EpisodeColumns.Builder columns = EpisodeColumns.builder();
    for (int i = 0; i < children.length; i++) {
      CareHistory history = sorted.get(i);
      if (i > 0 && history.childId().equals(children[i - 1].id())) {
        throw new IllegalArgumentException("two care histories of child " + history.childId());
      }
      children[i] = history.child();
      first[i] = columns.size();
      history.episodes().forEach(columns::add);
      end[i] = columns.size();
    }
    return new CareData(children, first, end, columns.build(), sorted.toArray(new CareHistory[0]));
  }

  /**
   * Returns the data of children whose episodes are given in columns, as a reader of a large file
   * makes it.
   *
   * @param children the children, in order of identifier, each once
   * @param firstEpisode for each child, the row of its first episode
   * @param endEpisode for each child, the row after its last: child {@code i}'s episodes are the
   *     rows {@code firstEpisode[i]} to {@code endEpisode[i] - 1}, in the order of {@link
   *     CareHistory#EPISODE_ORDER}; rows no child claims are ignored
   * @param episodes the episodes
   * @return the data
   * @throws InvalidCareHistoryException if a child's episodes do not form a valid history
   * @throws IllegalArgumentException if the children are not in order or the rows are out of range
   */
  public static CareData of(
      List<Child> children, int[] firstEpisode, int[] endEpisode, EpisodeColumns episodes) {
    requireNonNull(children, "children");
    requireNonNull(firstEpisode, "firstEpisode");
    requireNonNull(endEpisode, "endEpisode");
    requireNonNull(episodes, "episodes");
    Child[] array = children.toArray(new Child[0]);
    if (firstEpisode.length != array.length || endEpisode.length != array.length) {
      throw new IllegalArgumentException("firstEpisode and endEpisode must have one entry per child");
    }
    int[] first = firstEpisode.clone();
    int[] end = endEpisode.clone();
    for (int i = 0; i < array.length; i++) {
      if (!checkChild(array, first, end, episodes, i)) {
        throwInvalid(array[i], first[i], end[i], episodes);
      }
    }
    return new CareData(array, first, end, episodes, new CareHistory[array.length]);
  }

  /**
   * Returns the data of those children whose episodes form a valid history, as {@link
   * #of(List, int[], int[], EpisodeColumns)} does, telling of each child left out instead of
   * throwing: for a reader that reports every child it cannot load, and checks each only once.
   *
   * @param children the children, in order of identifier, each once
   * @param firstEpisode for each child, the row of its first episode
   * @param endEpisode for each child, the row after its last
   * @param episodes the episodes
   * @param leftOut receives the index, in {@code children}, of each child whose episodes do not
   *     form a valid history, in order
   * @return the data of the other children
   * @throws IllegalArgumentException if the children are not in order or the rows are out of range
   */
  public static CareData ofValid(List<Child> children, int[] firstEpisode, int[] endEpisode,
      EpisodeColumns episodes, IntConsumer leftOut) {
    requireNonNull(children, "children");
    requireNonNull(firstEpisode, "firstEpisode");
    requireNonNull(endEpisode, "endEpisode");
    requireNonNull(episodes, "episodes");
    requireNonNull(leftOut, "leftOut");
    Child[] array = children.toArray(new Child[0]);
    if (firstEpisode.length != array.length || endEpisode.length != array.length) {
      throw new IllegalArgumentException("firstEpisode and endEpisode must have one entry per child");
    }
    int[] first = firstEpisode.clone();
    int[] end = endEpisode.clone();
    int kept = 0;
    for (int i = 0; i < array.length; i++) {
      if (checkChild(array, first, end, episodes, i)) {
        array[kept] = array[i];
        first[kept] = first[i];
        end[kept] = end[i];
        kept++;
      } else {
        leftOut.accept(i);
      }
    }
    if (kept < array.length) {
      array = Arrays.copyOf(array, kept);
      first = Arrays.copyOf(first, kept);
      end = Arrays.copyOf(end, kept);
    }
    return new CareData(array, first, end, episodes, new CareHistory[kept]);
  }

  /**
   * Checks one child of {@link #of(List, int[], int[], EpisodeColumns)}: a small method, compiled
   * early. Children out of order or rows out of range are thrown; the result tells whether the
   * episodes form a valid history.
   */
  private static boolean checkChild(Child[] array, int[] first, int[] end, EpisodeColumns episodes, int i) {
    requireNonNull(array[i], "child");
    if (i > 0 && array[i - 1].id().compareTo(array[i].id()) >= 0) {
      throw new IllegalArgumentException("children must be in order of identifier, each once, but "
          + array[i - 1].id() + " comes before " + array[i].id());
    }
    if (first[i] < 0 || end[i] < first[i] || end[i] > episodes.size()) {
      throw new IllegalArgumentException("the episodes of child " + array[i].id() + " are rows "
          + first[i] + " to " + (end[i] - 1) + ", not rows of the " + episodes.size() + " given");
    }
    return isValidHistory(episodes, first[i], end[i], array[i].dateOfBirth().toEpochDay());
  }

  private static void throwInvalid(Child child, int first, int end, EpisodeColumns episodes) {
    List<Episode> given = new ArrayList<>(end - first);
    for (int row = first; row < end; row++) {
      given.add(episodes.episode(row, child.id()));
    }
    CareHistory.of(child, given); // throws with every problem, if there is one
    throw new IllegalArgumentException("the episodes of child " + child.id()
        + " are not in order of start, then end");
  }

  /**
   * Tells whether rows of episodes, in the order of {@link CareHistory#EPISODE_ORDER}, form a valid
   * history: in that order, none starting before the date of birth, none overlapping another, no
   * open episode but the last. The same rule as {@link CareHistory#problems}, on columns.
   *
   * @param episodes the episodes
   * @param from the first row, inclusive
   * @param to the last row, exclusive
   * @param dateOfBirth the child's date of birth, as an epoch day
   * @return true if valid
   */
  public static boolean isValidHistory(EpisodeColumns episodes, int from, int to, long dateOfBirth) {
    int furthestEnd = Integer.MIN_VALUE;
    for (int row = from; row < to; row++) {
      int start = episodes.startDay(row);
      if (start < dateOfBirth) {
        return false;
      }
      if (row > from) {
        int previousStart = episodes.startDay(row - 1);
        if (start < previousStart || (start == previousStart && episodes.endDay(row) < episodes.endDay(row - 1))) {
          return false;
        }
        if (furthestEnd == EpisodeColumns.OPEN || start < furthestEnd) {
          return false;
        }
      }
      furthestEnd = Math.max(furthestEnd, episodes.endDay(row));
    }
    return true;
  }

  /**
   * Returns data with no children.
   *
   * @return empty data
   */
  public static CareData empty() {
    return EMPTY;
  }

  /**
   * Returns every child's history, in order of child identifier (code-point order). Each is made
   * from the columns when first read, and kept.
   *
   * @return the histories
   */
  public List<CareHistory> histories() {
    return view;
  }

  /**
   * Returns the history of the child at an index.
   *
   * @param index the child's index, in order of identifier
   * @return the child's history
   */
  public CareHistory history(int index) {
    CareHistory history = histories[index];
    if (history == null) {
      Child child = children[index];
      List<Episode> list = new ArrayList<>(end[index] - first[index]);
      for (int row = first[index]; row < end[index]; row++) {
        list.add(episodes.episode(row, child.id()));
      }
      history = CareHistory.of(child, list);
      histories[index] = history;
    }
    return history;
  }

  /**
   * Returns one child's history.
   *
   * @param childId the child
   * @return the child's history
   * @throws IllegalArgumentException if the data has no such child
   */
  public CareHistory history(ChildId childId) {
    return find(childId)
        .orElseThrow(() -> new IllegalArgumentException("no child " + childId + " in the data"));
  }

  /**
   * Finds one child's history.
   *
   * @param childId the child
   * @return the child's history, or empty
   */
  public Optional<CareHistory> find(ChildId childId) {
    requireNonNull(childId, "childId");
    int low = 0;
    int high = children.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = children[middle].id().compareTo(childId);
      if (order == 0) {
        return Optional.of(history(middle));
      }
      if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the number of children.
   *
   * @return the number of histories
   */
  public int size() {
    return children.length;
  }

  /**
   * Returns the child at an index.
   *
   * @param index the index, in order of identifier
   * @return the child
   */
  public Child child(int index) {
    return children[index];
  }

  /**
   * Returns the row of the first episode of the child at an index.
   *
   * @param index the child's index
   * @return the first row, inclusive
   */
  public int firstEpisode(int index) {
    return first[index];
  }

  /**
   * Returns the row after the last episode of the child at an index.
   *
   * @param index the child's index
   * @return the last row, exclusive
   */
  public int endEpisode(int index) {
    return end[index];
  }

  /**
   * Returns every child's episodes in columns, child by child in order of identifier.
   *
   * @return the episodes
   */
  public EpisodeColumns episodes() {
    return episodes;
  }

  /**
   * Returns the number of episodes of all children.
   *
   * @return the total number of episodes
   */
  public long episodeCount() {
    long count = 0;
    for (int i = 0; i < children.length; i++) {
      count += end[i] - first[i];
    }
    return count;
  }

  @Override
  public String toString() {
    return "CareData[" + size() + " children, " + episodeCount() + " episodes]";
  }

  /** The histories as a list, made as they are read. */
  private final class HistoryList extends AbstractList<CareHistory> implements RandomAccess {
    @Override
    public CareHistory get(int index) {
      return history(index);
    }

    @Override
    public int size() {
      return children.length;
    }
  }
}
