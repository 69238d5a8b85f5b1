package org.permanence.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // dd/mm/yyyy, zeros written or not
    "01/04/2019, 2019-04-01",
    "1/4/2019,   2019-04-01",
    "01/4/2019,  2019-04-01",
    "1/04/2019,  2019-04-01",
    "31/03/2020, 2020-03-31",
    "31/12/1999, 1999-12-31",
    "29/02/2020, 2020-02-29",
    "29/2/2000,  2000-02-29",
    // ISO
    "2019-04-01, 2019-04-01",
    "2020-02-29, 2020-02-29",
    "2000-02-29, 2000-02-29",
    "1900-01-01, 1900-01-01",
    "2100-12-31, 2100-12-31",
  })
  void readsBothForms(String text, String iso) {
    assertThat(DateText.parse(text)).contains(LocalDate.parse(iso));
  }

  @ParameterizedTest(name = "''{0}'' is not a date")
  @ValueSource(strings = {
    // impossible dates
    "31/02/2019",
    "29/02/2019",
    "29/02/1900",
    "30/02/2020",
    "31/04/2019",
    "0/4/2019",
    "1/0/2019",
    "32/01/2019",
    "1/13/2019",
    "2019-13-01",
    "2019-02-29",
    "2019-04-31",
    "2019-00-10",
    "2019-01-00",
    // two-digit years
    "01/04/19",
    "1/4/19",
    "19-04-01",
    // other shapes
    "",
    " ",
    "garbage",
    "01-04-2019",
    "2019/04/01",
    "01.04.2019",
    "1/4/2019 ",
    " 1/4/2019",
    "001/04/2019",
    "01/004/2019",
    "01/04/02019",
    "2019-4-1",
    "2019-04-1",
    "20190401",
    "1//2019",
    "/4/2019",
    "a1/04/2019",
    "01/0a/2019",
    "01/04/20x9",
    "2019-0a-01",
    "+019-04-01",
    "-019-04-01",
    "2019-04-01T00:00",
    "1/4/2019/1",
    "\uFF11/4/2019",
  })
  void rejectsWhatIsNotADateInEitherForm(String text) {
    assertThat(DateText.parse(text)).isEmpty();
  }

  @Property
  void everyDateRoundTripsThroughBothWrittenForms(@ForAll("dates") LocalDate date) {
    int d = date.getDayOfMonth();
    int m = date.getMonthValue();
    int y = date.getYear();
    String padded = String.format("%02d/%02d/%04d", d, m, y);
    String unpadded = d + "/" + m + "/" + y;
    String iso = String.format("%04d-%02d-%02d", y, m, d);

    assertThat(DateText.parse(padded)).contains(date);
    assertThat(DateText.parse(unpadded)).contains(date);
    assertThat(DateText.parse(iso)).contains(date);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    long first = LocalDate.of(1900, 1, 1).toEpochDay();
    long last = LocalDate.of(2100, 12, 31).toEpochDay();
    return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay)
        .edgeCases(edges -> edges.add(
            LocalDate.of(1900, 1, 1), LocalDate.of(2000, 2, 29), LocalDate.of(2100, 12, 31)));
  }
}
