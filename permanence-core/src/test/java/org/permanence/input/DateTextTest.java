package org.permanence.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
    // before 1900: a two-digit year padded with zeros, or the proleptic calendar's year 0
    "01/04/0019",
    "0000-03-01",
    "1/3/0000",
    "31/12/1899",
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

  /**
   * The byte reader gives what the character reader gives for the same ASCII text, wherever the
   * text sits in a larger array: the bytes around it are digits and separators, which a reader
   * that looked past either end would take for part of the date.
   */
  @Property(tries = 2000)
  void bytesAtAnOffsetReadAsTheSameCharactersDo(
      @ForAll("dateLikeText") String text,
      @ForAll("around") String before,
      @ForAll("around") String after) {
    byte[] bytes = (before + text + after).getBytes(StandardCharsets.ISO_8859_1);
    int from = before.length();

    long fromBytes = DateText.parseEpochDay(bytes, from, from + text.length());

    assertThat(fromBytes).as("'%s' between '%s' and '%s'", text, before, after)
        .isEqualTo(DateText.parseEpochDay(text));
  }

  @Property
  void bytesOfEveryWrittenFormGiveTheDate(
      @ForAll("dates") LocalDate date, @ForAll("around") String before, @ForAll("around") String after) {
    int d = date.getDayOfMonth();
    int m = date.getMonthValue();
    int y = date.getYear();
    for (String text : new String[] {
        String.format("%02d/%02d/%04d", d, m, y), d + "/" + m + "/" + y,
        String.format("%02d/%d/%04d", d, m, y), String.format("%d/%02d/%04d", d, m, y),
        String.format("%04d-%02d-%02d", y, m, d)}) {
      byte[] bytes = (before + text + after).getBytes(StandardCharsets.ISO_8859_1);

      assertThat(DateText.parseEpochDay(bytes, before.length(), before.length() + text.length()))
          .as(text).isEqualTo(date.toEpochDay());
    }
  }

  /**
   * Short texts of digits, separators and a few other characters (one of them outside ASCII, a
   * negative byte), dates written in either form, and such dates with one character changed,
   * added or removed.
   */
  @Provide
  Arbitrary<String> dateLikeText() {
    Arbitrary<String> random = Arbitraries.strings()
        .withChars("0123456789/-")
        .withChars(" .+x\t\u00e9")
        .ofMaxLength(12);
    Arbitrary<String> written = Combinators.combine(dates(), Arbitraries.integers().between(0, 4))
        .as(DateTextTest::written);
    Arbitrary<String> nearlyWritten = Combinators.combine(
            written,
            Arbitraries.integers().between(0, 11),
            Arbitraries.of('0', '9', '/', '-', 'x', '\u00e9'),
            Arbitraries.integers().between(0, 2))
        .as(DateTextTest::edited);
    return Arbitraries.oneOf(random, written, nearlyWritten);
  }

  /** Bytes around the text: what else is on a line, as digits and separators. */
  @Provide
  Arbitrary<String> around() {
    return Arbitraries.strings().withChars("0123456789/-,").ofMaxLength(5);
  }

  private static String written(LocalDate date, int form) {
    int d = date.getDayOfMonth();
    int m = date.getMonthValue();
    int y = date.getYear();
    switch (form) {
      case 0:
        return String.format("%02d/%02d/%04d", d, m, y);
      case 1:
        return d + "/" + m + "/" + y;
      case 2:
        return String.format("%02d/%d/%04d", d, m, y);
      case 3:
        return String.format("%d/%02d/%04d", d, m, y);
      default:
        return String.format("%04d-%02d-%02d", y, m, d);
    }
  }

  /** The text with the character at {@code at} replaced (edit 0), or one inserted (1), or removed (2). */
  private static String edited(String text, int at, char c, int edit) {
    int i = Math.min(at, text.length() - 1);
    switch (edit) {
      case 0:
        return text.substring(0, i) + c + text.substring(i + 1);
      case 1:
        return text.substring(0, i) + c + text.substring(i);
      default:
        return text.substring(0, i) + text.substring(i + 1);
    }
  }
}
