package org.permanence.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.input.InputFile;
import org.permanence.input.RateCards;
import org.permanence.rate.NationalMinimumAllowances;
import org.permanence.rate.NationalMinimumAllowances.Region;
import org.permanence.rate.RateCard;
import org.permanence.rate.RateRow;

/** The shipped CSV copies of the national minimum allowances say what the ready cards say. */
class ReferenceCardsTest {

  @ParameterizedTest
  @CsvSource({"LONDON, nma-london.csv", "SOUTH_EAST, nma-south-east.csv",
      "REST_OF_ENGLAND, nma-rest-of-england.csv"})
  void theCsvEqualsTheReadyCard(Region region, String file) {
    RateCard fromCsv = RateCards.read(new InputFile(file, () -> {
      InputStream in = ReferenceCardsTest.class.getResourceAsStream(file);
      assertThat(in).as(file).isNotNull();
      return in;
    }));
    RateCard ready = NationalMinimumAllowances.card(region);

    assertThat(fromCsv.rows()).map(RateRow::toString)
        .containsExactlyElementsOf(ready.rows().stream().map(RateRow::toString).toList());
  }
}
