package org.permanence.input;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A named input file that can be opened (more than once) as bytes: a path, a resource, or bytes
 * in memory.
 *
 * <p>The name is what messages call the file, such as {@code episodes.csv}.
 *
 * @param name the name used in messages
 * @param opener opens the file's bytes; called again for each pass over the file
 */
public record InputFile(String name, Opener opener) {

  /** Opens a file's bytes. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the bytes.
     *
     * @return a new stream, closed by the caller
     * @throws IOException if the file cannot be opened
     */
    InputStream open() throws IOException;
  }

  /**
   * Checks the arguments.
   *
   * @param name the name used in messages
   * @param opener opens the file's bytes
   */
  public InputFile {
    requireNonNull(name, "name");
    requireNonNull(opener, "opener");
  }

  /**
   * Returns the file at a path, named by its file name.
   *
   * @param path the path
   * @return the input file
   */
  public static InputFile of(Path path) {
    requireNonNull(path, "path");
    Path fileName = path.getFileName();
    return new InputFile(fileName == null ? path.toString() : fileName.toString(), () -> Files.newInputStream(path));
  }

  /**
   * Returns a file held in memory as UTF-8 text, for tests and examples.
   *
   * @param name the name used in messages
   * @param text the file's content
   * @return the input file
   */
  public static InputFile ofText(String name, String text) {
    requireNonNull(text, "text");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new InputFile(name, () -> new ByteArrayInputStream(bytes));
  }

  /**
   * Opens the file's bytes.
   *
   * @return a new stream, closed by the caller
   * @throws IOException if the file cannot be opened
   */
  public InputStream open() throws IOException {
    return opener.open();
  }
}
