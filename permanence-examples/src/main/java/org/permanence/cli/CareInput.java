package org.permanence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;
import org.permanence.care.CareData;
import org.permanence.input.InputProblem;
import org.permanence.input.InvalidInputException;
import org.permanence.ssda903.RejectedRow;
import org.permanence.ssda903.Ssda903Read;
import org.permanence.ssda903.Ssda903Reader;

/** Loads the SSDA903 files named by the options, strictly or leniently. */
final class CareInput {

  private CareInput() {}

  /**
   * Reads the files.
   *
   * @throws InvalidInputException with every problem, when strict reading found any, or when the
   *     files could not be read at all
   */
  static Loaded load(CareOptions options) {
    Ssda903Reader reader = options.lenient ? Ssda903Reader.lenient() : Ssda903Reader.strict();
    Ssda903Read read = reader.read(options.headerFile(), options.episodesFile());
    return new Loaded(options.lenient ? read.lenient() : read.strict(), read);
  }

  /** What was read: the children loaded, and the rows left out in lenient mode. */
  record Loaded(CareData data, Ssda903Read read) {}

  /**
   * In lenient mode, writes the rejects file and a one-line summary to stderr; a command calls it
   * once nothing else can fail, so that a failed run writes nothing.
   */
  static void writeRejects(CareOptions options, Loaded loaded, PrintWriter err) throws IOException {
    if (!options.lenient) {
      return;
    }
    Ssda903Read read = loaded.read();
    try (Writer out = Files.newBufferedWriter(options.rejects, StandardCharsets.UTF_8);
        CsvOutput csv = new CsvOutput(out, "file", "line", "child", "reason", "record")) {
      for (RejectedRow row : read.rejectedRows()) {
        csv.text(row.file()).number(row.line()).text(row.child().orElse("")).text(row.reason())
            .text(CsvOutput.line(row.cells()));
        csv.endRow();
      }
    }
    int problems = read.problems().size();
    err.printf("%d of %d rows read were rejected (%d problem%s); written to %s%n",
        read.rejectedRows().size(), read.rowsRead(), problems, problems == 1 ? "" : "s", options.rejects);
    err.flush();
  }

  /**
   * Reads one input, adding its problems to the others', so that a command reports every problem
   * of every input at once.
   *
   * @return what was read, or null if it had problems
   */
  static <T> T read(Supplier<T> reading, List<InputProblem> problems) {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
