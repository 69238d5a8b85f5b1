package org.permanence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that fuzzing the command line ({@code CommandsFuzzTest}) found it to print wrongly. */
class PermanenceCommandRegressionTest {

  @TempDir Path dir;

  /**
   * An episode's child written with an escape sequence that clears a terminal, and a NUL: the
   * problem printed them as they are, so the terminal obeyed them.
   */
  @Test
  void aChildWithAnEscapeSequenceAndANulIsShownNotObeyed() throws IOException {
    Path header = Files.writeString(dir.resolve("header.csv"), "CHILD,DOB\nC1,2010-01-01\n", StandardCharsets.UTF_8);
    Path episodes = Files.writeString(dir.resolve("episodes.csv"),
        "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,REC\n\u001B[2JC9\u0000,2019-05-01,S,C2,U4,PR1,,\n",
        StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = PermanenceCommand.run(new String[] {"durations", "--header", header.toString(),
        "--episodes", episodes.toString(), "--as-at", "2020-03-31"}, new PrintWriter(out, true), new PrintWriter(err, true));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("episodes.csv line 2, column CHILD, value '<U+001B>[2JC9<U+0000>': the child is not in the header file")
        .doesNotContain("\u001B").doesNotContain("\u0000");
  }

  @Test
  void printableShowsWhatATerminalWouldActOnOrNotShow() {
    assertThat(PermanenceCommand.printable("a\tb\nc\u200Bd\uFEFFe\u2028f\uD800g\uD83D\uDE00h\u00E9"))
        .isEqualTo("a<U+0009>b<U+000A>c<U+200B>d<U+FEFF>e<U+2028>f<U+D800>g\uD83D\uDE00h\u00E9");
  }
}
