package org.permanence.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of values in which some appear more often than others, picked by a whole number so that
 * jqwik can shrink the choice towards the first (most common) value.
 */
final class WeightedChoice<T> {

  private final List<T> values = new ArrayList<>();

  WeightedChoice<T> add(T value, int weight) {
    for (int i = 0; i < weight; i++) {
      values.add(value);
    }
    return this;
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  boolean contains(T value) {
    return values.contains(value);
  }

  T pick(int choice) {
    return values.get(Math.floorMod(choice, values.size()));
  }

  /** Picks a value other than {@code avoid} when there is one, so that a change is a change. */
  T pickOther(int choice, T avoid) {
    int start = Math.floorMod(choice, values.size());
    for (int i = 0; i < values.size(); i++) {
      T value = values.get((start + i) % values.size());
      if (!value.equals(avoid)) {
        return value;
      }
    }
    return values.get(start);
  }
}
