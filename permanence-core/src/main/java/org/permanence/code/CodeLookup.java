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
  private final CodeTable<E> table;
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
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<E>[] made = new Optional[constants.length];
    for (E constant : constants) {
      made[constant.ordinal()] = Optional.of(constant);
    }
    this.optionals = made;
    this.table = CodeTable.of(type);
  }

  Optional<E> find(CharSequence code) {
    requireNonNull(code, "code");
    E found = table.find(code);
    // one Optional per code, made once, so that reading a large file makes none
    return found == null ? Optional.empty() : optionals[found.ordinal()];
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
