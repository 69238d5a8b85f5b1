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

  CodeLookup(Class<E> type, String listName) {
    this.listName = listName;
    E[] constants = type.getEnumConstants();
    this.byCode = new HashMap<>(constants.length * 2);
    for (E constant : constants) {
      byCode.put(constant.code(), constant);
    }
    this.validCodes =
        Arrays.stream(constants).map(Ssda903Code::code).collect(Collectors.joining(", "));
  }

  Optional<E> find(String code) {
    requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
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
