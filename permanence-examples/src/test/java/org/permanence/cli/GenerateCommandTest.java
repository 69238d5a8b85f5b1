package org.permanence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanence.examples.sample.SampleCouncil;

class GenerateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PermanenceCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void writesTheSameFilesAsTheGenerator(@TempDir Path dir) throws IOException {
    int status = run("generate", "--out-dir", dir.resolve("cli").toString(), "--seed", "5", "--episodes", "1000");

    assertThat(status).isZero();
    SampleCouncil.builder().seed(5).episodes(1000).build().write(dir.resolve("api"));
    for (String file : new String[] {SampleCouncil.HEADER_FILE, SampleCouncil.EPISODES_FILE}) {
      assertThat(Files.readString(dir.resolve("cli").resolve(file)))
          .isEqualTo(Files.readString(dir.resolve("api").resolve(file)));
    }
    assertThat(Files.readAllLines(dir.resolve("cli").resolve(SampleCouncil.EPISODES_FILE))).hasSize(1001);
    assertThat(err.toString()).contains("1000 episodes");
  }

  @Test
  void withoutOptionsWritesTheBundledSampleAgain(@TempDir Path dir) throws IOException {
    assertThat(run("generate", "--out-dir", dir.toString())).isZero();

    SampleCouncil.defaults().write(dir.resolve("api"));
    assertThat(Files.readString(dir.resolve(SampleCouncil.EPISODES_FILE)))
        .isEqualTo(Files.readString(dir.resolve("api").resolve(SampleCouncil.EPISODES_FILE)));
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) {
    assertThat(run("generate", "--children", "3")).isEqualTo(2);
    assertThat(err.toString()).contains("--out-dir");

    assertThat(run("generate", "--out-dir", dir.toString(), "--children", "3", "--episodes", "9")).isEqualTo(2);
    assertThat(run("generate", "--out-dir", dir.toString(), "--children", "0")).isEqualTo(2);
    assertThat(run("generate", "--out-dir", dir.toString(), "--as-at", "2020-01-01", "--first-entry", "2021-01-01"))
        .isEqualTo(2);
  }
}
