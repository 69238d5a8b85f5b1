package org.permanence.examples.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Properties;
import org.permanence.input.InputFile;

/**
 * The bundled sample council's SSDA903 files and their as-at date, as used by {@code --sample}.
 *
 * <p>The files were written by {@link SampleCouncil} with the seed in {@code sample.properties};
 * a test checks that generating again gives the same bytes.
 */
public final class SampleData {

  /** The title of the sample council's progress report. */
  public static final String TITLE = "Sample Council: permanence progress report";

  private static final String FOLDER = "/org/permanence/examples/sample/";

  private SampleData() {}

  /**
   * Returns the sample's header file.
   *
   * @return the header CSV, named {@code sample/header.csv} in messages
   */
  public static InputFile header() {
    return resource("header.csv");
  }

  /**
   * Returns the sample's episodes file.
   *
   * @return the episodes CSV, named {@code sample/episodes.csv} in messages
   */
  public static InputFile episodes() {
    return resource("episodes.csv");
  }

  /**
   * Returns the sample council's rate card: in-house fostering by age band ({@code U*,PR1}),
   * family and friends carers ({@code U1}-{@code U3}), independent fostering agencies ({@code
   * U*,PR4} and {@code PR5}, by age band), children's homes (in-house {@code K2,PR1} and external
   * {@code K2,*}), secure homes, semi-independent and supported accommodation ({@code H5}, {@code
   * K3}, {@code P2}), other residential settings, temporary placements, and no weekly cost for a
   * child placed for adoption or with parents. Rates start on 1 April 2015 and are uplifted on
   * 1 April 2024 and, for external providers, on 1 October 2025.
   *
   * @return the rate card CSV, named {@code sample/rates.csv} in messages
   */
  public static InputFile rates() {
    return resource("rates.csv");
  }

  /**
   * Returns the sample council's support card: weekly special guardianship allowances by age
   * band with an uplift on 1 April 2024, a child arrangements order allowance, and one-off costs
   * on a special guardianship order and on adoption; nothing after a return home.
   *
   * @return the support card CSV
   */
  public static InputFile support() {
    return resource("support.csv");
  }

  /**
   * Returns the sample council's planned exits at its as-at date: children in care whose special
   * guardianship, child arrangements or adoption order or return home is scheduled, and others
   * whose carers are being assessed, in the rest of the year and the next.
   *
   * @return the planned-exits CSV, named {@code sample/planned.csv} in messages
   */
  public static InputFile planned() {
    return resource("planned.csv");
  }

  /**
   * Returns the sample council's adoption file: for most children adopted in the sample, the
   * decision that the child should be placed for adoption and the match with the adoptive family,
   * as in the SSDA903 adoption table. A few adopted children have no row, and a few were matched
   * before the placement order.
   *
   * @return the adoption CSV ({@code CHILD,DATE_INT,DATE_MATCH}), named {@code sample/adoption.csv}
   *     in messages
   */
  public static InputFile adoption() {
    return resource("adoption.csv");
  }

  /**
   * Returns the sample council's targets: 15 exits in 2025-26, with targets by route, for the net
   * saving and for mean days in care, and the year before's.
   *
   * @return the targets CSV, named {@code sample/targets.csv} in messages
   */
  public static InputFile targets() {
    return resource("targets.csv");
  }

  /**
   * Returns the date at which the sample was extracted, a 31 December.
   *
   * @return the sample's as-at date
   */
  public static LocalDate asAt() {
    return LocalDate.parse(properties().getProperty("as-at"));
  }

  /**
   * Returns the seed the sample was generated with.
   *
   * @return the seed
   */
  public static long seed() {
    return Long.parseLong(properties().getProperty("seed"));
  }

  private static Properties properties() {
    Properties properties = new Properties();
    try (InputStream in = SampleData.class.getResourceAsStream(FOLDER + "sample.properties")) {
      if (in == null) {
        throw new IllegalStateException("sample.properties is missing from the jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static InputFile resource(String name) {
    return new InputFile("sample/" + name, () -> {
      InputStream in = SampleData.class.getResourceAsStream(FOLDER + name);
      if (in == null) {
        throw new IOException("the bundled sample file " + name + " is missing from the jar");
      }
      return in;
    });
  }
}
