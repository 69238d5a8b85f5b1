package org.permanence.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where a command's CSV goes: a file given by {@code --out}, or standard output. */
final class Output {

  /** Writes the CSV text. */
  interface Body {
    void write(Writer out) throws IOException;
  }

  private Output() {}

  /**
   * Writes to the file, or to standard output when it is null, all or nothing: if the body
   * throws, nothing is written. A file is written beside its final name and moved into place, so
   * a failure never leaves half a file; standard output gets the text once it is complete.
   */
  static void write(Path file, PrintWriter stdout, Body body) throws IOException {
    if (file == null) {
      StringWriter text = new StringWriter(1 << 16);
      body.write(text);
      stdout.flush();
      Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
      out.write(text.toString());
      out.flush();
      return;
    }
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      body.write(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Tells whether two paths name the same file, whether or not it exists yet. */
  static boolean sameFile(Path a, Path b) throws IOException {
    if (Files.exists(a) && Files.exists(b)) {
      return Files.isSameFile(a, b);
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
