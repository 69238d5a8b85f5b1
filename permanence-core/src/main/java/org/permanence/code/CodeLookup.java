package org.permanence.code;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the constant of one code list by its code; shared by the code enums. */
final class CodeLookup<E extends Enum<E> & Ssda903Code> {

  private final String listName;
  private final Map<String, E> byCode;
  private final String validCodes;
  /** Each code packed into a long (codes are at most 8 ASCII characters), for finding without a string. */
  private final long[] packed;
  private final E[] constants;
  private final Optional<E>[] optionals;

  CodeLookup(Class<E> type, String listName) {
    this.listName = listName;
    E[] constants = type.getEnumConstants();
    this.byCode = new HashMap<>(constants.length * 2);
    for (E constant : constants) {
      byCode.put(constant.code(), constant);
    }
    this.validCodes =
        Arrays.stream(constants).map(Ssda903Code::code).collect(Collectors.joining(", "));
    this.constants = constants;
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<E>[] made = new Optional[constants.length];
    for (E constant : constants) {
      made[constant.ordinal()] = Optional.of(constant);
    }
    this.optionals = made;
    this.packed = new long[constants.length];
    for (int i = 0; i < constants.length; i++) {
      packed[i] = pack(constants[i].code());
    }
  }

  /** The characters packed 8 bits each with the length, or -1 if they cannot be a code. */
  private static long pack(CharSequence text) {
    int length = text.length();
    if (length == 0 || length > 7) {
      return -1;
    }
    long value = length;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c > 0x7F) {
        return -1;
      }
      value = (value << 8) | c;
    }
    return value;
  }

  Optional<E> find(CharSequence code) {
    requireNonNull(code, "code");
    E found = findOrNull(code);
    // one Optional per code, made once, so that reading a large file makes none
    return found == null ? Optional.empty() : optionals[found.ordinal()];
  }

  /** Finds a code in a view of a reader's buffer without making a string; null when unknown. */
  E findOrNull(CharSequence code) {
    long key = pack(code);
    if (key < 0) {
      return null;
    }
    for (int i = 0; i < packed.length; i++) {
      if (packed[i] == key) {
        return constants[i];
      }
    }
    return null;
  }

  E of(String code) {
    requireNonNull(code, "code");
    E found = byCode.get(code);
    if (found == null) {
      throw new IllegalArgumentException(
          "Unknown " + listName + " code '" + code + "', expected one of: " + validCodes);
    }
    return found;
  }

  String validCodes() {
    return validCodes;
  }
}
