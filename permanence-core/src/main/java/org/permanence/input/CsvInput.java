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
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
      why = "the file is not UTF-8 text (at or after this line); save it as CSV UTF-8";
    } else if (cause instanceof CsvParseException) {
      why = "the file cannot be read as CSV from here (" + cause.getMessage()
          + "); expected RFC 4180 quoting, every opened quote closed";
    } else {
      why = "the file cannot be read: " + cause.getMessage();
    }
    return InputProblem.ofFile(file.name(), line, why);
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
