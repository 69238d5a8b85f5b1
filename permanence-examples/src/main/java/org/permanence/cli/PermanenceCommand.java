package org.permanence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Properties;
import org.permanence.batch.Failure;
import org.permanence.input.DateText;
import org.permanence.input.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The permanence command-line tool: {@code java -jar permanence.jar COMMAND [options]}.
 *
 * <p>Exit codes: 0 success; 2 invalid input or usage, with every problem on standard error; 1 any
 * other failure.
 */
@Command(
    name = "permanence",
    mixinStandardHelpOptions = true,
    versionProvider = PermanenceCommand.Version.class,
    description = {
      "Exact, auditable figures about children in care from SSDA903 extracts.",
      "Try: permanence durations --sample"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:invalid input or usage (every problem on stderr)", "1:any other failure"})
public final class PermanenceCommand implements Runnable {

  /** The commands by name, in the order help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("report", ReportCommand::new);
    commands.put("durations", DurationsCommand::new);
    commands.put("costs", CostsCommand::new);
    commands.put("savings", SavingsCommand::new);
    commands.put("reduction", ReductionCommand::new);
    commands.put("pipeline", PipelineCommand::new);
    commands.put("generate", GenerateCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return commands;
  }

  /** Exit code for invalid input or usage. */
  static final int INVALID = 2;

  /** Exit code for any other failure. */
  static final int FAILED = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the tool without exiting, for tests and embedding.
   *
   * @param args the command line
   * @param out where help and version go (CSV goes to standard output or {@code --out})
   * @param err where problems go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new PermanenceCommand());
    // the command named is the only one set up, as each costs a fresh JVM a few hundredths of a
    // second; help, a version, or an unknown command gets them all
    boolean named = args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help");
    for (Map.Entry<String, Supplier<Object>> command : COMMANDS.entrySet()) {
      if (!named || command.getKey().equals(args[0])) {
        line.addSubcommand(command.getKey(), command.getValue().get());
      }
    }
    line.setOut(out);
    line.setErr(err);
    line.registerConverter(LocalDate.class, PermanenceCommand::isoDate);
    line.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? INVALID : FAILED);
    line.setParameterExceptionHandler((e, arguments) -> {
      e.getCommandLine().getErr().println("permanence: " + e.getMessage());
      e.getCommandLine().getErr().println("Run with --help for the options.");
      e.getCommandLine().getErr().flush();
      return INVALID;
    });
    line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter problems = commandLine.getErr();
      int code;
      if (e instanceof InvalidInputException) {
        reportProblems(problems, ((InvalidInputException) e).problems());
        code = INVALID;
      } else if (e instanceof UsageException) {
        problems.println("permanence: " + e.getMessage());
        code = INVALID;
      } else if (e instanceof IOException) {
        problems.println("permanence: cannot read or write a file: " + e.getMessage());
        code = FAILED;
      } else {
        problems.println("permanence: failed: " + e);
        code = FAILED;
      }
      problems.flush();
      return code;
    });
    return line.execute(args);
  }

  /**
   * Prints every problem, one a line, then how many there were and that nothing was written: how
   * every command reports input it cannot use.
   */
  static void reportProblems(PrintWriter err, List<?> problems) {
    for (Object problem : problems) {
      err.println(printable(String.valueOf(problem)));
    }
    err.printf("%d problem%s found; nothing was written.%n", problems.size(), problems.size() == 1 ? "" : "s");
    err.flush();
  }

  /**
   * Writes each character a terminal would act on, or that cannot be seen, as its code point
   * ({@code <U+001B>} for an escape): a control character (an escape, a NUL, a line feed), a
   * format character (a zero-width space, a byte-order mark), a line or paragraph separator, half a
   * surrogate pair. A problem shows the cells of an input file, which may hold any of them: they
   * are shown, not obeyed, and each problem stays on one line.
   */
  static String printable(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
        shown.append(String.format(Locale.ROOT, "<U+%04X>", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    return shown.toString();
  }

  /**
   * Reports the children a batch could not price, each stretch of days with no rate on a line of
   * its own, as problems: how {@code costs} and {@code savings} report missing rates. Each
   * failure names its child once, whatever its reason.
   */
  static void reportFailures(PrintWriter err, List<Failure> failures) {
    List<String> lines = new ArrayList<>();
    for (Failure failure : failures) {
      lines.addAll(List.of(failure.toString().split("\n")));
    }
    reportProblems(err, lines);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static LocalDate isoDate(String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date; expected yyyy-mm-dd, such as 2019-12-31");
    }
    // as in every input file: no child, placement or rate is dated before 1900
    if (date.getYear() < DateText.FIRST_YEAR) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is before 1900; expected a date from 1900 on, yyyy-mm-dd");
    }
    return date;
  }

  /** Reads the version from the jar, where the build wrote it. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = PermanenceCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"permanence " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
