package org.permanence.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.code.ReasonEpisodeCeased;

class RouteTest {

  @Test
  void routesAreEqualByName() {
    assertThat(Route.of("SGO")).isEqualTo(Route.SGO).hasToString("SGO");
    assertThat(Route.of("KINSHIP_2")).isNotEqualTo(Route.SGO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sgo", "2SGO", "S G O", "SGO-1", " SGO"})
  void aNameNotOfCapitalLettersDigitsAndUnderscoresIsRefused(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> Route.of(name)).withMessageContaining("capital letters");
  }

  @Test
  void theDefaultTableIsTheMethodologys() {
    assertThat(RouteTable.DEFAULT.routes())
        .containsExactly(Route.ADOPTION, Route.CAO, Route.RETURN_HOME, Route.SGO);
    assertThat(RouteTable.DEFAULT.asMap()).hasSize(8);
    assertThat(RouteTable.DEFAULT.route(ReasonEpisodeCeased.E4B)).isEmpty();
    assertThat(RouteTable.DEFAULT.route(ReasonEpisodeCeased.E12)).contains(Route.ADOPTION);
  }

  @Test
  void aTableIsAValueAndCopiesWhatItIsGiven() {
    Map<ReasonEpisodeCeased, Route> given = new HashMap<>(Map.of(ReasonEpisodeCeased.E41, Route.CAO));
    RouteTable table = RouteTable.of(given);
    given.put(ReasonEpisodeCeased.E11, Route.ADOPTION);

    assertThat(table.asMap()).containsOnlyKeys(ReasonEpisodeCeased.E41);
    assertThat(table).isEqualTo(RouteTable.of(Map.of(ReasonEpisodeCeased.E41, Route.CAO)));
    assertThat(table).hasToString("RouteTable[E41=CAO]");
  }

  @Test
  void tablesAreEqualWhenTheyGiveTheSameRoutes() {
    RouteTable sgo = RouteTable.of(Map.of(ReasonEpisodeCeased.E45, Route.SGO));

    assertThat(sgo).isEqualTo(RouteTable.of(new HashMap<>(Map.of(ReasonEpisodeCeased.E45, Route.SGO))))
        .hasSameHashCodeAs(RouteTable.of(Map.of(ReasonEpisodeCeased.E45, Route.SGO)));
    assertThat(sgo).isNotEqualTo(RouteTable.of(Map.of(ReasonEpisodeCeased.E46, Route.SGO)))
        .isNotEqualTo(RouteTable.of(Map.of(ReasonEpisodeCeased.E45, Route.CAO)))
        .isNotEqualTo(RouteTable.DEFAULT)
        .isNotEqualTo("RouteTable[E45=SGO]");
    assertThat(sgo.hashCode()).isNotEqualTo(RouteTable.DEFAULT.hashCode())
        .isNotEqualTo(RouteTable.of(Map.of(ReasonEpisodeCeased.E46, Route.SGO)).hashCode());
  }
}
