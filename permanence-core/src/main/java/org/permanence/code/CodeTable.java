package org.permanence.code;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Array;

/**
 * Finds the constant of one code list by its code, as written in a view of characters or in
 * ASCII bytes, without making a string: for readers of large files, which look up millions of
 * codes.
 *
 * <p>Matching is exact: {@code "u1"} and {@code " U1"} are not codes. It is immutable and
 * thread-safe.
 *
 * @param <E> the code list
 */
public final class CodeTable<E extends Enum<E> & Ssda903Code> {

  /**
   * An open-addressing table of the codes, each packed into a long with its length (codes are at
   * most 7 ASCII characters, so no packed code is 0, which marks an empty slot): one or two
   * probes find a code, where a scan of a long list would compare dozens.
   */
  private final long[] packed;
  private final E[] constants;
  private final int shift;

  private CodeTable(Class<E> type) {
    E[] all = type.getEnumConstants();
    int size = Integer.highestOneBit(Math.max(4, all.length) * 4 - 1) << 1;
    this.shift = 64 - Integer.numberOfTrailingZeros(size);
    this.packed = new long[size];
    @SuppressWarnings("unchecked")
    E[] slots = (E[]) Array.newInstance(type, size);
    for (E constant : all) {
      long key = pack(constant.code());
      int slot = slot(key);
      while (packed[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      packed[slot] = key;
      slots[slot] = constant;
    }
    this.constants = slots;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /**
   * Returns a table of a code list's constants.
   *
   * @param type the code list, such as {@code PlacementType.class}
   * @param <E> the code list
   * @return the table
   */
  public static <E extends Enum<E> & Ssda903Code> CodeTable<E> of(Class<E> type) {
    return new CodeTable<>(requireNonNull(type, "type"));
  }

  /**
   * Finds the constant whose code is the text.
   *
   * @param text the code as written
   * @return the constant, or null if the text is no code of the list
   */
  public E find(CharSequence text) {
    int length = text.length();
    if (length == 0 || length > 7) {
      return null;
    }
    long key = length;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c > 0x7F) {
        return null;
      }
      key = (key << 8) | c;
    }
    return byPacked(key);
  }

  /**
   * Finds the constant whose code is the ASCII bytes {@code [from, to)}.
   *
   * @param ascii the bytes
   * @param from the first byte of the code
   * @param to the end of the code, exclusive
   * @return the constant, or null if the bytes are no code of the list
   */
  public E find(byte[] ascii, int from, int to) {
    int length = to - from;
    if (length <= 0 || length > 7) {
      return null;
    }
    long key = length;
    for (int i = from; i < to; i++) {
      int c = ascii[i];
      if (c < 0) {
        return null;
      }
      key = (key << 8) | c;
    }
    return byPacked(key);
  }

  private static long pack(String code) {
    long key = code.length();
    for (int i = 0; i < code.length(); i++) {
      key = (key << 8) | code.charAt(i);
    }
    return key;
  }

  private E byPacked(long key) {
    for (int slot = slot(key); packed[slot] != 0; slot = (slot + 1) & (packed.length - 1)) {
      if (packed[slot] == key) {
        return constants[slot];
      }
    }
    return null;
  }
}
