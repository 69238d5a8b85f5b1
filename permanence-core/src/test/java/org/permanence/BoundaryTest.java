package org.permanence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps file IO at the edge of core: the calculation packages never import the reading packages,
 * java.io, java.nio.file or the CSV library, and never read the clock.
 */
class BoundaryTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "org", "permanence");

  private static final List<String> FORBIDDEN = List.of(
      "import org.permanence.input.",
      "import org.permanence.ssda903.",
      "import java.io.",
      "import java.nio.file.",
      "import de.siegmar.",
      "LocalDate.now(",
      "Clock.system");

  @ParameterizedTest
  @ValueSource(strings = {"batch", "care", "child", "code", "cost", "duration", "money", "rate", "time"})
  void calculationPackagesDoNoIoAndReadNoClock(String pkg) throws IOException {
    Path folder = SOURCES.resolve(pkg);
    assertThat(folder).isDirectory();
    List<String> offences;
    try (Stream<Path> files = Files.list(folder)) {
      offences = files
          .filter(file -> file.toString().endsWith(".java"))
          .flatMap(file -> lines(file).stream()
              .filter(line -> FORBIDDEN.stream().anyMatch(line::contains))
              .map(line -> file.getFileName() + ": " + line.strip()))
          .collect(Collectors.toList());
    }
    assertThat(offences).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssda903", "input"})
  void theReadingPackagesAreWhereIoLives(String pkg) throws IOException {
    // the other side of the boundary: if IO moved out of these packages, the test above would
    // be guarding an empty promise
    try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
      assertThat(files.filter(file -> file.toString().endsWith(".java"))
          .anyMatch(file -> lines(file).stream().anyMatch(line -> line.startsWith("import java.io.")
              || line.startsWith("import java.nio.file.") || line.startsWith("import de.siegmar."))))
          .isTrue();
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
