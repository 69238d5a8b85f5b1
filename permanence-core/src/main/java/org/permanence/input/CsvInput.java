package org.permanence.input;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV input file with a header row, in the way every input of the library is read.
 *
 * <p>UTF-8 text (a byte-order mark is ignored; other encodings are a problem, not silently
 * replaced characters), RFC 4180 quoting (an unclosed quote is a problem), header names matched
 * without regard to case or surrounding spaces, any column order, extra columns ignored. Values
 * are trimmed of surrounding white space. Blank lines, and rows whose every cell is blank (as
 * spreadsheets export), are skipped. A row with more or fewer cells than the header is a problem
 * of that row. Every problem is added to the caller's list with its physical line number.
 */
public final class CsvInput {

  private final InputFile file;
  private final List<String> names;
  private final Map<String, Integer> indexByName;

  private CsvInput(InputFile file, List<String> names, Map<String, Integer> indexByName) {
    this.file = file;
    this.names = names;
    this.indexByName = indexByName;
  }

  /**
   * Opens a file and reads its header, checking that the required columns are there.
   *
   * @param file the file
   * @param required the columns that must be present, in upper case
   * @param problems receives every problem found; a file-level problem means null is returned
   * @return the open input, or null when the file cannot be read as a table with those columns
   */
  public static CsvInput open(InputFile file, List<String> required, List<InputProblem> problems) {
    List<String> header;
    try (CsvReader<CsvRecord> reader = reader(file)) {
      var iterator = reader.iterator();
      if (!iterator.hasNext()) {
        problems.add(InputProblem.ofFile(file.name(), 0,
            "the file is empty; expected a header row naming the columns " + String.join(",", required)));
        return null;
      }
      CsvRecord first = iterator.next();
      header = new ArrayList<>(first.getFields());
    } catch (IOException | UncheckedIOException | CsvParseException e) {
      problems.add(unreadable(file, 1, e));
      return null;
    }
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    Map<String, Integer> indexByName = new HashMap<>();
    List<String> names = new ArrayList<>(header.size());
    int problemsBefore = problems.size();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toUpperCase(Locale.ROOT);
      names.add(name);
      if (name.isEmpty()) {
        continue;
      }
      if (indexByName.putIfAbsent(name, i) != null) {
        problems.add(InputProblem.builder().file(file.name()).line(1).column(name)
            .message("the column " + name + " appears more than once; expected each column once").build());
      }
    }
    for (String column : required) {
      if (!indexByName.containsKey(column)) {
        problems.add(InputProblem.builder().file(file.name()).line(1).column(column)
            .message("the required column " + column + " is missing; the header must name "
                + String.join(",", required) + " (in any order, any case)").build());
      }
    }
    if (problems.size() > problemsBefore) {
      return null;
    }
    return new CsvInput(file, List.copyOf(names), indexByName);
  }

  /**
   * Returns the index of a column, or -1 if the file does not have it.
   *
   * @param name the column name in upper case
   * @return the zero-based index, or -1
   */
  public int index(String name) {
    return indexByName.getOrDefault(name, -1);
  }

  /**
   * Returns the column names as read from the header, in upper case.
   *
   * @return the names in file order
   */
  public List<String> names() {
    return names;
  }

  /** Receives the rows of a file as characters. */
  public interface CellHandler {
    /**
     * Receives one data row, not blank.
     *
     * @param row the row, reused once the call returns: keep strings, not the row
     */
    void row(RowText row);
  }

  /**
   * Reads every data row, passing each to the handler in file order as characters, without a
   * string made for each cell.
   *
   * <p>The file is parsed on a second thread, a few batches of rows ahead of the handler, so that
   * on a machine with two cores the parsing and the handler's work overlap. The handler is
   * called only on the calling thread, and the second thread has ended when this method returns.
   * Rows live in a fixed pool of batches handed back and forth, so reading makes almost no
   * garbage whatever the file's size.
   *
   * @param handler receives the rows
   * @param problems receives a problem if the file cannot be read to its end
   * @return the number of data rows passed to the handler
   */
  public long readCells(CellHandler handler, List<InputProblem> problems) {
    int width = names.size();
    BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(BATCHES + 1);
    for (int i = 0; i < BATCHES; i++) {
      empty.add(new Batch(width));
    }
    Parser parser = new Parser(full, empty);
    Thread thread = new Thread(parser, "permanence-csv-" + file.name());
    thread.setDaemon(true);
    thread.start();
    long rows = 0;
    boolean finished = false;
    try {
      for (Batch batch = full.take(); batch != Batch.END; batch = full.take()) {
        for (int i = 0; i < batch.size; i++) {
          handler.row(batch.rows[i]);
        }
        rows += batch.size;
        empty.put(batch);
      }
      finished = true;
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + file.name(), e);
    } finally {
      if (!finished) {
        parser.cancelled = true;
      }
    }
    if (parser.failure != null) {
      problems.add(unreadable(file, parser.lastLine + 1, parser.failure));
    }
    return rows;
  }

  /** What {@link #readPlain} returns for a file that is not plain. */
  public static final long NOT_PLAIN = -1;

  /** Receives the lines of a plain file as bytes, taking each or declining it. */
  public interface PlainRowHandler {
    /**
     * Takes one line that is not empty, or declines it.
     *
     * @param row the line, reused once the call returns
     * @return true if the row was taken; false to have it read as text and passed to the {@link
     *     CellHandler}, as it would be by {@link #readCells}
     */
    boolean row(PlainRow row);

    /**
     * Hears, before the first row, roughly how many rows the file has, worked out from its size
     * and its first lines, so that room can be made once; not called when the size is unknown.
     *
     * @param rows the estimate
     */
    default void expectRows(long rows) {}
  }

  /**
   * Reads every data row of a plain file as bytes, for readers of large files: several times
   * quicker than {@link #readCells}, with the same rows.
   *
   * <p>A file is plain when it has no quote character, no byte outside ASCII besides a leading
   * byte-order mark, and no carriage return except before a line feed: what spreadsheets and
   * case management systems usually write. Such a file needs no decoding or unquoting, so each line
   * is split at its commas and offered to {@code plain}, which takes the rows it can read from
   * the bytes as they are. A row it declines (a cell with white space to trim, or a problem to
   * report) is read as text exactly as {@link #readCells} would read it and, unless blank, passed
   * to {@code text}. Both are called on the calling thread, in file order.
   *
   * <p>If the file turns out not to be plain, reading stops there and {@link #NOT_PLAIN} is
   * returned: the handlers have seen some rows, and the caller should start again with {@link
   * #readCells}.
   *
   * @param plain takes rows as bytes
   * @param text receives the rows {@code plain} declines
   * @param problems receives a problem if the file cannot be read to its end
   * @return the number of data rows taken or passed on, or {@link #NOT_PLAIN}
   */
  public long readPlain(PlainRowHandler plain, CellHandler text, List<InputProblem> problems) {
    PlainRow row = new PlainRow();
    RowText declined = new RowText(names.size());
    char[] chars = new char[256];
    byte[] buffer = new byte[PLAIN_BUFFER];
    long rows = 0;
    long line = 1;
    try (InputStream in = file.open()) {
      int length = in.readNBytes(buffer, 0, buffer.length);
      boolean end = length < buffer.length;
      expect(plain, buffer, length, end ? 0 : in.available());
      boolean bom = length >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB
          && buffer[2] == (byte) 0xBF;
      int lineStart = bom ? 3 : 0;
      boolean header = true;
      int scan = lineStart;
      row.begin(buffer, lineStart, line);
      while (true) {
        while (scan < length) {
          // most bytes are letters, digits and slashes, above every byte that needs a look: skip
          // to the first byte of the next eight that is at most ',' or not ASCII, if any
          if (scan + 8 <= length) {
            long word = (long) EIGHT_BYTES.get(buffer, scan);
            long special = ((word - BELOW_COMMA) & ~word | word) & HIGH_BITS;
            if (special == 0) {
              scan += 8;
              continue;
            }
            scan += Long.numberOfTrailingZeros(special) >>> 3;
          }
          byte b = buffer[scan];
          if (b > ',') {
            scan++;
            continue;
          }
          if (b == ',') {
            row.endCell(scan);
          } else if (b == '\n') {
            int lineEnd = scan > lineStart && buffer[scan - 1] == '\r' ? scan - 1 : scan;
            if (!header) {
              if (lineEnd > lineStart && offer(row, lineEnd, plain, declined, chars, text)) {
                rows++;
              }
            } else if (lineEnd > lineStart || (bom && line == 1)) {
              // the header, read by open(): the first line with something in it, a byte-order
              // mark counting as something, as the parser skips only empty lines
              header = false;
            }
            line++;
            lineStart = scan + 1;
            row.begin(buffer, lineStart, line);
          } else if (b == '"' || b < 0) {
            return NOT_PLAIN;
          } else if (b == '\r') {
            if (scan + 1 == length && !end) {
              // whether a line feed follows is known once more is read
              break;
            }
            if (scan + 1 == length || buffer[scan + 1] != '\n') {
              return NOT_PLAIN;
            }
          }
          scan++;
        }
        if (end) {
          if (!header && length > lineStart && offer(row, length, plain, declined, chars, text)) {
            rows++;
          }
          return rows;
        }
        // keep the unfinished line, and read on after it
        int shift = lineStart;
        if (shift == 0) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else {
          System.arraycopy(buffer, shift, buffer, 0, length - shift);
          length -= shift;
          scan -= shift;
          lineStart = 0;
        }
        row.moved(buffer, shift);
        int read = in.readNBytes(buffer, length, buffer.length - length);
        end = read < buffer.length - length;
        length += read;
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(unreadable(file, line, e));
      return rows;
    }
  }

  /** Tells the handler how many rows to expect, from the lines in the first bytes read. */
  private static void expect(PlainRowHandler plain, byte[] buffer, int length, long more) {
    int lines = 0;
    for (int i = 0; i < length; i++) {
      if (buffer[i] == '\n') {
        lines++;
      }
    }
    if (lines > 0 && (more > 0 || length < buffer.length)) {
      plain.expectRows(((long) length + more) * lines / length);
    }
  }

  /** Offers a line to the plain handler, or reads it as text; true if it counts as a row. */
  private static boolean offer(PlainRow row, int lineEnd, PlainRowHandler plain, RowText declined,
      char[] chars, CellHandler text) {
    row.endCell(lineEnd);
    if (plain.row(row)) {
      return true;
    }
    declined.begin(row.line());
    byte[] bytes = row.bytes();
    for (int cell = 0; cell < row.cellCount(); cell++) {
      int from = row.from(cell);
      int length = row.to(cell) - from;
      char[] cellChars = length <= chars.length ? chars : new char[length];
      for (int i = 0; i < length; i++) {
        cellChars[i] = (char) bytes[from + i];
      }
      declined.add(cell, cellChars, 0, length);
    }
    if (declined.isBlank()) {
      return false;
    }
    text.row(declined);
    return true;
  }

  private static final int PLAIN_BUFFER = 1 << 20;
  /** Eight bytes of a buffer at once, the first in the lowest bits. */
  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /**
   * With {@link #HIGH_BITS}: {@code ((w - BELOW_COMMA) & ~w | w) & HIGH_BITS} has the high bit of
   * the lowest byte of {@code w} below {@code 0x2D} (a comma, quote, line break or white space) or
   * above {@code 0x7F} set, and no lower bit set (higher ones may be, from a borrow).
   */
  private static final long BELOW_COMMA = 0x2D2D2D2D2D2D2D2DL;
  private static final long HIGH_BITS = 0x8080808080808080L;

  // small batches, few in flight: the rows in flight are all that reading keeps besides what the
  // handler keeps
  private static final int BATCH_ROWS = 512;
  private static final int BATCHES = 4;

  /** A batch of rows, parsed ahead of the handler and reused once handled. */
  private static final class Batch {
    static final Batch END = new Batch(0);

    final RowText[] rows;
    int size;

    Batch(int width) {
      rows = new RowText[width == 0 ? 0 : BATCH_ROWS];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = new RowText(width);
      }
    }
  }

  /** Parses the file into batches of trimmed rows, skipping blank ones. */
  private final class Parser implements Runnable {
    private final BlockingQueue<Batch> full;
    private final BlockingQueue<Batch> empty;
    volatile boolean cancelled;
    volatile Exception failure;
    volatile long lastLine = 1;

    Parser(BlockingQueue<Batch> full, BlockingQueue<Batch> empty) {
      this.full = full;
      this.empty = empty;
    }

    @Override
    public void run() {
      Batch batch = null;
      try {
        batch = take();
        if (batch == null) {
          return;
        }
        RowTextHandler target = new RowTextHandler(batch.rows[0]);
        try (CsvReader<RowText> reader = settings().build(target, text(file.open()))) {
          var iterator = reader.iterator();
          // the parser fills the target row as it looks for the next record: the header first
          if (iterator.hasNext()) {
            iterator.next();
          }
          while (!cancelled && iterator.hasNext()) {
            RowText row = iterator.next();
            lastLine = row.line();
            if (!row.isBlank() && ++batch.size == BATCH_ROWS) {
              if (!hand(batch)) {
                return;
              }
              batch = take();
              if (batch == null) {
                return;
              }
            }
            target.row = batch.rows[batch.size];
          }
        }
      } catch (IOException | RuntimeException e) {
        // reported by the reading side as a problem of the file, with the last line read
        failure = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        if ((batch == null || batch.size == 0 || hand(batch)) && hand(Batch.END)) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** An empty batch to fill, or null if the reading side has stopped. */
    private Batch take() throws InterruptedException {
      while (!cancelled) {
        Batch batch = empty.poll(50, TimeUnit.MILLISECONDS);
        if (batch != null) {
          batch.size = 0;
          return batch;
        }
      }
      return null;
    }

    /** Passes a batch on, giving up if the reading side has stopped; false when it has. */
    private boolean hand(Batch batch) throws InterruptedException {
      while (!cancelled) {
        if (full.offer(batch, 50, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Fills a {@link RowText} from the parser's buffer. */
  private static final class RowTextHandler extends AbstractBaseCsvCallbackHandler<RowText> {
    RowText row;

    RowTextHandler(RowText row) {
      this.row = row;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      row.begin(startingLineNumber);
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
      row.add(index, buffer, offset, length);
    }

    @Override
    protected RowText buildRecord() {
      return row;
    }
  }

  private static final Pattern PARSER_LINE = Pattern.compile("starting at line (\\d+)");

  private static InputProblem unreadable(InputFile file, long lineAfterLastRecord, Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    long line = lineAfterLastRecord;
    if (cause instanceof CsvParseException && cause.getMessage() != null) {
      // the parser knows the physical line of the record it could not finish; it says so only in words
      Matcher found = PARSER_LINE.matcher(cause.getMessage());
      if (found.find()) {
        line = Long.parseLong(found.group(1));
      }
    }
    String why;
    if (cause instanceof CharacterCodingException) {
      // the decoder fails a whole buffer ahead of the parser: find the line of the bytes
      NotUtf8 found = firstNotUtf8(file);
      if (found == null) {
        why = "the file is not UTF-8 text (at or after this line); save it as CSV UTF-8";
      } else {
        line = found.line();
        why = "the file is not UTF-8 text: this line has the " + (found.bytes().length() > 2 ? "bytes " : "byte ")
            + found.bytes() + ", which UTF-8 does not allow there (as a file saved as Latin-1,"
            + " Windows-1252 or UTF-16 has); save it as CSV UTF-8";
      }
    } else if (cause instanceof CsvParseException) {
      why = "the file cannot be read as CSV from here (" + cause.getMessage()
          + "); expected RFC 4180 quoting, every opened quote closed";
    } else {
      why = "the file cannot be read: " + cause.getMessage();
    }
    return InputProblem.ofFile(file.name(), line, why);
  }

  /**
   * Where a file is first not UTF-8.
   *
   * @param line the physical line, the header being line 1
   * @param bytes the bytes there that UTF-8 does not allow, in hexadecimal, such as {@code E9}
   */
  private record NotUtf8(long line, String bytes) {}

  /** Finds the first bytes of a file that are not UTF-8; null if there are none, or it cannot be read. */
  private static NotUtf8 firstNotUtf8(InputFile file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    long line = 1;
    boolean afterReturn = false;
    try (InputStream in = file.open()) {
      boolean end = false;
      while (true) {
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
          end = true;
        } else {
          bytes.position(bytes.position() + read);
        }
        bytes.flip();
        int from = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, end);
        // the bytes decoded are UTF-8, so a line feed or carriage return among them is one
        for (int i = from; i < bytes.position(); i++) {
          byte b = bytes.get(i);
          if (b == '\n' && !afterReturn || b == '\r') {
            line++;
          }
          afterReturn = b == '\r';
        }
        if (result.isError()) {
          StringBuilder hex = new StringBuilder();
          for (int i = 0; i < result.length(); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes.get(bytes.position() + i)));
          }
          return new NotUtf8(line, hex.toString());
        }
        if (end && !bytes.hasRemaining()) {
          return null;
        }
        chars.clear();
        bytes.compact();
      }
    } catch (IOException e) {
      return null;
    }
  }

  private static Reader text(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static CsvReader<CsvRecord> reader(InputFile file) throws IOException {
    return settings().ofCsvRecord(text(file.open()));
  }

  /**
   * How every input file is parsed: RFC 4180 with an unclosed quote an error, blank lines
   * skipped, and rows of any length (their cells are counted against the header by the caller).
   */
  private static CsvReader.CsvReaderBuilder settings() {
    return CsvReader.builder()
        .fieldSeparator(',')
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .allowUnclosedQuote(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
  }
}
