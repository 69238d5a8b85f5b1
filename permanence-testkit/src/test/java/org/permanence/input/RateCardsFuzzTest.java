package org.permanence.input;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.permanence.rate.RateCard;
import org.permanence.testkit.CsvMutant;
import org.permanence.testkit.CsvMutants;
import org.permanence.testkit.FuzzTries;

/**
 * The rate card reader fed mutants of a small valid card ({@link CsvMutants}): it answers every
 * file with a card or with problems, each on a line of the file, and never throws anything else.
 * Run deeper with {@code -Dfuzz.tries=N} ({@link FuzzTries}).
 */
class RateCardsFuzzTest {

  private static final String FILE = "rates.csv";

  /**
   * Rows of every kind the reader checks: a prefix, an exact type and {@code *}, age bands that
   * meet, both date forms, whole and decimal amounts, a zero rate.
   */
  static final String RATES = String.join("\n",
      "place,provider,min_age,max_age,effective_from,weekly_cost",
      "U*,PR1,0,10,2015-04-01,380",
      "U*,PR1,11,17,2015-04-01,450.5",
      "U*,PR1,0,10,01/04/2024,430.25",
      "U4,*,,,2015-04-01,260",
      "K2,PR4,,15,1/10/2025,4950",
      "K2,PR4,16,,1/10/2025,5100",
      "A*,*,,,2015-04-01,0",
      "*,*,,,2015-04-01,600",
      "");

  @Provide
  Arbitrary<CsvMutant> cards() {
    return CsvMutants.of(RATES);
  }

  @Test
  void theCardMutatedIsValid() {
    assertThat(RateCards.read(CsvMutants.unchanged(RATES).file(FILE)).rows()).hasSize(8);
  }

  @Property(tries = 300)
  @AddLifecycleHook(FuzzTries.class)
  void readingGivesACardOrProblemsOnLinesOfTheFile(@ForAll("cards") CsvMutant card) {
    String outcome;
    try {
      RateCard read = RateCards.read(card.file(FILE));
      assertThat(read).isNotNull();
      // a file that is not UTF-8 is never read with characters silently changed
      assertThat(card.lineNotUtf8()).isEmpty();
      outcome = "accepted";
    } catch (InvalidInputException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
        assertThat(problem.file()).isEqualTo(FILE);
        card.assertPlaced(problem);
        assertThat(problem.message()).isNotBlank();
      });
      outcome = "problems";
    }

    Statistics.label("outcome").collect(outcome).coverage(check -> {
      check.check("accepted").count(n -> n > 0);
      check.check("problems").count(n -> n > 0);
    });
  }
}
