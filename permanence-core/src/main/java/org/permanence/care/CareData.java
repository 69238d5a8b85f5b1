package org.permanence.care;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.permanence.child.ChildId;

/**
 * The care histories of many children, such as a council's whole SSDA903 extract, in order of
 * child identifier.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CareData {

  private static final CareData EMPTY = new CareData(List.of(), Map.of());

  private final List<CareHistory> histories;
  private final Map<ChildId, CareHistory> byId;

  private CareData(List<CareHistory> histories, Map<ChildId, CareHistory> byId) {
    this.histories = histories;
    this.byId = byId;
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
    Map<ChildId, CareHistory> byId = new HashMap<>(sorted.size() * 4 / 3 + 1);
    for (CareHistory history : sorted) {
      if (byId.put(history.childId(), history) != null) {
        throw new IllegalArgumentException("two care histories of child " + history.childId());
      }
    }
    return new CareData(Collections.unmodifiableList(sorted), Collections.unmodifiableMap(byId));
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
   * Returns every child's history, in order of child identifier (code-point order).
   *
   * @return the histories
   */
  public List<CareHistory> histories() {
    return histories;
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
    return Optional.ofNullable(byId.get(childId));
  }

  /**
   * Returns the number of children.
   *
   * @return the number of histories
   */
  public int size() {
    return histories.size();
  }

  /**
   * Returns the number of episodes of all children.
   *
   * @return the total number of episodes
   */
  public long episodeCount() {
    long count = 0;
    for (CareHistory history : histories) {
      count += history.episodes().size();
    }
    return count;
  }

  @Override
  public String toString() {
    return "CareData[" + size() + " children, " + episodeCount() + " episodes]";
  }
}
