package org.permanence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.report.Block.Chart;
import org.permanence.report.Block.Level;
import org.permanence.report.Block.Series;
import org.permanence.report.Block.Table;

/**
 * Charts drawn as SVG and read back as a reader's eye would: bars as tall as their values on the
 * chart's own axis, stacked in order and in their legend's colours; labels with the bar's total;
 * a line through its values and a level at its value; a legend that names every mark without
 * overlapping.
 */
class SvgChartTest {

  /** An 11-point character is about 6 pixels wide in the report's fonts. */
  private static final double CHARACTER = 6;

  private static Optional<BigDecimal> value(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
  }

  private static Series series(String name, String... values) {
    return new Series(name, java.util.Arrays.stream(values).map(SvgChartTest::value).toList());
  }

  private static Chart chart(List<String> categories, List<Series> series, Optional<Series> line,
      Optional<Level> level, boolean money) {
    return new Chart("A chart", "What it shows", categories, series, line, level, money,
        new Table("Its data", List.of("Category"), categories.stream().map(List::of).toList(), false));
  }

  private static Document draw(Chart chart) {
    return Jsoup.parse(SvgChart.draw(chart, "c"), "", Parser.xmlParser());
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.attr(attribute));
  }

  /** The axis: each tick's value and the y of its grid line. */
  private record Tick(double value, double y, String colour) {}

  private static List<Tick> ticks(Document svg) {
    List<Element> labels = svg.select("svg > text[text-anchor=end][fill=#404040]");
    List<Element> grid = svg.select("svg > line:not([class]):not([stroke-dasharray])").stream()
        .filter(line -> line.attr("x1").equals("70") && line.attr("x2").equals("660")).toList();
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      String text = labels.get(i).text().replace("£", "").replace(",", "");
      int shift = text.endsWith("k") ? 3 : text.endsWith("m") ? 6 : 0;
      BigDecimal value = new BigDecimal(shift > 0 ? text.substring(0, text.length() - 1) : text).movePointRight(shift);
      ticks.add(new Tick(value.doubleValue(), number(grid.get(i), "y1"), grid.get(i).attr("stroke")));
    }
    return ticks;
  }

  /** Pixels per unit of value, from the axis's first and last ticks. */
  private static double scale(Document svg) {
    List<Tick> ticks = ticks(svg);
    Tick first = ticks.get(0);
    Tick last = ticks.get(ticks.size() - 1);
    return (first.y() - last.y()) / (last.value() - first.value());
  }

  private static double zero(Document svg) {
    return ticks(svg).stream().filter(tick -> tick.value() == 0).findFirst().orElseThrow().y();
  }

  private static List<Element> categories(Document svg) {
    return svg.select("svg > text[text-anchor=middle]:not([font-weight])");
  }

  private static List<Element> barsAt(Document svg, Element category) {
    double x = number(category, "x");
    return svg.select("svg > rect").stream()
        .filter(rect -> !rect.attr("height").equals("12"))
        .filter(rect -> Math.abs(number(rect, "x") + number(rect, "width") / 2 - x) <= 0.1).toList();
  }

  private static List<Element> totals(Document svg) {
    return svg.select("svg > text[font-weight=bold]");
  }

  // ---------------------------------------------------------------- bars

  /** Two routes' exits in three quarters; the third quarter not begun. */
  private static Chart counts() {
    return chart(List.of("Q1", "Q2", "Q3", "Q4"),
        List.of(series("Adoption", "1", "2", "0", ""), series("SGO", "3", "0", "0", "")),
        Optional.empty(), Optional.empty(), false);
  }

  @Test
  void eachBarIsAsTallAsItsValueStackedInTheOrderOfTheSeries() {
    Document svg = draw(counts());
    double perExit = scale(svg);
    double zero = zero(svg);
    List<Element> categories = categories(svg);

    assertThat(categories).extracting(Element::text).containsExactly("Q1", "Q2", "Q3", "Q4");
    assertThat(perExit).isPositive();
    // Q1: adoption's 1 from the axis, then SGO's 3 on top of it
    List<Element> q1 = barsAt(svg, categories.get(0));
    assertThat(q1).hasSize(2);
    assertThat(number(q1.get(0), "height")).isCloseTo(1 * perExit, within(0.15));
    assertThat(number(q1.get(0), "y") + number(q1.get(0), "height")).isCloseTo(zero, within(0.15));
    assertThat(number(q1.get(1), "height")).isCloseTo(3 * perExit, within(0.15));
    assertThat(number(q1.get(1), "y") + number(q1.get(1), "height")).isCloseTo(number(q1.get(0), "y"), within(0.15));
    // Q2: adoption's 2 alone, SGO's 0 drawing nothing; Q3 all zero and Q4 not begun: no bar
    List<Element> q2 = barsAt(svg, categories.get(1));
    assertThat(q2).hasSize(1);
    assertThat(number(q2.get(0), "height")).isCloseTo(2 * perExit, within(0.15));
    assertThat(barsAt(svg, categories.get(2))).isEmpty();
    assertThat(barsAt(svg, categories.get(3))).isEmpty();
    // every bar of a series has its colour, and each series a colour of its own
    assertThat(q1.get(0).attr("fill")).matches("#[0-9a-f]{6}").isEqualTo(q2.get(0).attr("fill"));
    assertThat(q1.get(1).attr("fill")).matches("#[0-9a-f]{6}").isNotEqualTo(q1.get(0).attr("fill"));
  }

  @Test
  void eachBarIsLabelledWithItsTotalJustAboveIt() {
    Document svg = draw(counts());
    List<Element> categories = categories(svg);
    List<Element> totals = totals(svg);

    // Q1 1 + 3, Q2 2, Q3 0 on the axis; Q4, not begun, has no label
    assertThat(totals).extracting(Element::text).containsExactly("4", "2", "0");
    for (int i = 0; i < 3; i++) {
      assertThat(number(totals.get(i), "x")).isCloseTo(number(categories.get(i), "x"), within(0.01));
    }
    double top = number(barsAt(svg, categories.get(0)).get(1), "y");
    assertThat(number(totals.get(0), "y")).isLessThan(top).isGreaterThan(top - 11);
    assertThat(number(totals.get(2), "y")).isLessThan(zero(svg)).isGreaterThan(zero(svg) - 11);
  }

  @Test
  void aNegativeBarHangsBelowTheZeroLineWithItsLabelUnderIt() {
    Document svg = draw(chart(List.of("2024-25", "2025-26"), List.of(series("Net saving", "-500", "24000")),
        Optional.empty(), Optional.empty(), true));
    double zero = zero(svg);
    double perPound = scale(svg);
    List<Element> categories = categories(svg);

    Element negative = barsAt(svg, categories.get(0)).get(0);
    assertThat(number(negative, "y")).isCloseTo(zero, within(0.15));
    assertThat(number(negative, "height")).isCloseTo(500 * perPound, within(0.15));
    Element positive = barsAt(svg, categories.get(1)).get(0);
    assertThat(number(positive, "y") + number(positive, "height")).isCloseTo(zero, within(0.15));
    assertThat(number(positive, "height")).isCloseTo(24_000 * perPound, within(0.15));

    List<Element> totals = totals(svg);
    assertThat(totals).extracting(Element::text).containsExactly("-£500", "£24k");
    double bottom = number(negative, "y") + number(negative, "height");
    assertThat(number(totals.get(0), "y")).isGreaterThan(bottom).isLessThan(bottom + 15);
    assertThat(number(totals.get(1), "y")).isLessThan(number(positive, "y"));
  }

  @Test
  void barsAreCentredInEqualBandsAcrossThePlot() {
    Document svg = draw(counts());
    List<Double> centres = categories(svg).stream().map(text -> number(text, "x")).toList();
    Element grid = svg.selectFirst("svg > line[stroke=#404040]");
    double left = number(grid, "x1");
    double right = number(grid, "x2");

    double band = (right - left) / centres.size();
    for (int i = 0; i < centres.size(); i++) {
      assertThat(centres.get(i)).isCloseTo(left + band * (i + 0.5), within(0.1));
    }
    for (Element rect : svg.select("svg > rect")) {
      assertThat(number(rect, "x")).isBetween(left, right);
    }
  }

  @Test
  void moreSeriesThanColoursStartTheColoursAgain() {
    List<Series> nine = IntStream.rangeClosed(1, 9).mapToObj(i -> series("R" + i, "1")).toList();
    Document svg = draw(chart(List.of("Q1"), nine, Optional.empty(), Optional.empty(), false));
    List<String> fills = barsAt(svg, categories(svg).get(0)).stream().map(rect -> rect.attr("fill")).toList();

    assertThat(fills).hasSize(9);
    assertThat(fills.subList(0, 8)).doesNotHaveDuplicates().allMatch(fill -> fill.matches("#[0-9a-f]{6}"));
    assertThat(fills.get(8)).isEqualTo(fills.get(0));
  }

  // ---------------------------------------------------------------- axis

  @Test
  void theAxisHasOneDarkLineAtZero() {
    List<Tick> ticks = ticks(draw(chart(List.of("2024-25", "2025-26"), List.of(series("Net", "-500", "24000")),
        Optional.empty(), Optional.empty(), true)));

    assertThat(ticks).extracting(Tick::value).containsExactly(-5000.0, 0.0, 5000.0, 10000.0, 15000.0, 20000.0, 25000.0);
    assertThat(ticks).filteredOn(tick -> tick.colour().equals("#404040")).extracting(Tick::value).containsExactly(0.0);
    assertThat(ticks).filteredOn(tick -> tick.value() != 0).allMatch(tick -> tick.colour().equals("#d9d9d9"));
  }

  @ParameterizedTest(name = "up to {0}: {1}")
  @CsvSource(delimiter = '|', value = {
    // steps of £100, £1,000 and £500,000, written in pounds, thousands and millions
    "400     | £0 £100 £200 £300 £400",
    "4000    | £0 £1k £2k £3k £4k",
    "2345678 | £0 £500k £1m £1.5m £2m £2.5m",
  })
  void moneyTicksAreInPoundsThousandsOrMillions(String most, String labels) {
    Document svg = draw(chart(List.of("A"), List.of(series("Net", most)), Optional.empty(), Optional.empty(), true));

    assertThat(svg.select("svg > text[text-anchor=end][fill=#404040]")).extracting(Element::text)
        .containsExactly(labels.split(" "));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    // to the nearest pound, thousand pounds or ten thousand pounds, half up
    "0         | £0",
    "999       | £999",
    "999.49    | £999",
    "1000      | £1k",
    "12499     | £12k",
    "12500     | £13k",
    "999.5     | £1k",
    "999499    | £999k",
    "999999    | £1m",
    "999500    | £1m",
    "1000000   | £1m",
    "2345678   | £2.35m",
    "-1500     | -£2k",
  })
  void aMoneyBarsLabelIsRoundedToItsSize(String amount, String label) {
    Document svg = draw(chart(List.of("A"), List.of(series("Net", amount)), Optional.empty(), Optional.empty(), true));

    assertThat(totals(svg)).extracting(Element::text).containsExactly(label);
  }

  /** A step of 1, 2 or 5 times a power of ten, for at most five steps; whole for counts. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
    "0     | false | 1",
    "0     | true  | 1",
    "5     | false | 1",
    "5.5   | false | 2",
    "23    | false | 5",
    "40    | false | 10",
    "0.3   | false | 1",
    "0.3   | true  | 0.1",
    "0.004 | true  | 0.001",
    "30000 | true  | 10000",
  })
  void theStepIsOneTwoOrFiveTimesAPowerOfTen(String span, boolean money, String step) {
    assertThat(SvgChart.step(new BigDecimal(span), money)).isEqualByComparingTo(step);
  }

  // ---------------------------------------------------------------- line and level

  private static Chart withTarget() {
    return chart(List.of("Q1", "Q2", "Q3", "Q4"), List.of(series("Adoption", "1", "2", "4", "")),
        Optional.of(series("Target's share", "1.25", "", "3.77", "5.00")),
        Optional.of(new Level("Target: 5", new BigDecimal("5"))), false);
  }

  @Test
  void theLineJoinsItsValuesAtTheCategoriesWithADotAtEach() {
    Document svg = draw(withTarget());
    double perUnit = scale(svg);
    double zero = zero(svg);
    List<Element> categories = categories(svg);

    // Q2 has no value, so no point
    List<double[]> expected = List.of(
        new double[] {number(categories.get(0), "x"), zero - 1.25 * perUnit},
        new double[] {number(categories.get(2), "x"), zero - 3.77 * perUnit},
        new double[] {number(categories.get(3), "x"), zero - 5.00 * perUnit});
    String[] points = svg.selectFirst("svg > polyline").attr("points").split(" ");
    List<Element> dots = svg.select("svg > circle");
    assertThat(points).hasSize(3);
    assertThat(dots).hasSize(3);
    for (int i = 0; i < 3; i++) {
      String[] xy = points[i].split(",");
      assertThat(Double.parseDouble(xy[0])).isCloseTo(expected.get(i)[0], within(0.1));
      assertThat(Double.parseDouble(xy[1])).isCloseTo(expected.get(i)[1], within(0.1));
      assertThat(number(dots.get(i), "cx")).isCloseTo(expected.get(i)[0], within(0.1));
      assertThat(number(dots.get(i), "cy")).isCloseTo(expected.get(i)[1], within(0.1));
    }
  }

  @Test
  void theLevelRunsAcrossThePlotAtItsValueWithItsName() {
    Document svg = draw(withTarget());
    Element level = svg.selectFirst("svg > line.level");
    Element grid = svg.selectFirst("svg > line[stroke=#404040]");

    assertThat(level).isNotNull();
    double y = zero(svg) - 5 * scale(svg);
    assertThat(number(level, "y1")).isCloseTo(y, within(0.1));
    assertThat(number(level, "y2")).isCloseTo(y, within(0.1));
    assertThat(level.attr("x1")).isEqualTo(grid.attr("x1"));
    assertThat(level.attr("x2")).isEqualTo(grid.attr("x2"));
    Element name = svg.select("svg > text").stream().filter(text -> text.text().equals("Target: 5")
        && text.attr("text-anchor").equals("end")).findFirst().orElseThrow();
    assertThat(name.attr("fill")).isEqualTo(level.attr("stroke"));
    assertThat(number(name, "y")).isLessThan(y).isGreaterThan(y - 11);

    Document plain = draw(counts());
    assertThat(plain.select("svg > line.level")).isEmpty();
    assertThat(plain.select("svg > polyline")).isEmpty();
    assertThat(plain.select("svg > circle")).isEmpty();
  }

  // ---------------------------------------------------------------- legend

  /** A legend entry: its mark (a box, or a line) and its name. */
  private record Entry(Element mark, Element name) {}

  private static List<Entry> legend(Document svg) {
    List<Entry> entries = new ArrayList<>();
    for (Element name : svg.select("svg > text:not([text-anchor])")) {
      Element mark = name.previousElementSibling();
      entries.add(new Entry(mark, name));
    }
    return entries;
  }

  @Test
  void theLegendNamesEachSeriesInItsColourThenTheLineAndTheLevel() {
    Document svg = draw(withTarget());
    List<Entry> legend = legend(svg);

    assertThat(legend).extracting(entry -> entry.name().text()).containsExactly("Adoption", "Target's share", "Target: 5");
    // a box in the bars' colour, sitting on the name's line
    Entry box = legend.get(0);
    assertThat(box.mark().normalName()).isEqualTo("rect");
    assertThat(box.mark().attr("fill")).isEqualTo(barsAt(svg, categories(svg).get(0)).get(0).attr("fill"));
    assertThat(number(box.mark(), "y")).isEqualTo(number(box.name(), "y") - 10);
    assertThat(number(box.mark(), "height")).isEqualTo(12);
    // the line dashed as the chart's line, the level solid and red as the level
    Entry line = legend.get(1);
    Entry level = legend.get(2);
    assertThat(line.mark().normalName()).isEqualTo("line");
    assertThat(line.mark().hasAttr("stroke-dasharray")).isTrue();
    assertThat(level.mark().normalName()).isEqualTo("line");
    assertThat(level.mark().hasAttr("stroke-dasharray")).isFalse();
    assertThat(level.mark().attr("stroke")).isEqualTo(svg.selectFirst("svg > line.level").attr("stroke"));
    for (Entry entry : List.of(line, level)) {
      assertThat(number(entry.mark(), "y1")).isEqualTo(number(entry.name(), "y") - 4)
          .isEqualTo(number(entry.mark(), "y2"));
      assertThat(number(entry.mark(), "x2") - number(entry.mark(), "x1")).isEqualTo(16);
    }
    // each name just right of its mark; the legend below the category names
    double categoryNames = number(categories(svg).get(0), "y");
    for (Entry entry : legend) {
      double markX = entry.mark().hasAttr("x") ? number(entry.mark(), "x") : number(entry.mark(), "x1");
      assertThat(number(entry.name(), "x")).isEqualTo(markX + 20);
      assertThat(number(entry.name(), "y")).isGreaterThan(categoryNames).isLessThan(310);
    }
  }

  @Test
  void aLongLegendWrapsWithinTheChartWithoutOverlapping() {
    List<Series> many = IntStream.rangeClosed(1, 8).mapToObj(i -> series("Special guardianship route " + i, "1"))
        .toList();
    Document svg = draw(chart(List.of("Q1"), many, Optional.empty(), Optional.empty(), false));
    List<Entry> legend = legend(svg);
    double left = number(svg.selectFirst("svg > line[stroke=#404040]"), "x1");
    double right = number(svg.selectFirst("svg > line[stroke=#404040]"), "x2");

    assertThat(legend).hasSize(8);
    List<Double> rows = legend.stream().map(entry -> number(entry.name(), "y")).distinct().toList();
    assertThat(rows.size()).isGreaterThan(1).isLessThan(8);
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i) - rows.get(i - 1)).isEqualTo(18);
    }
    // the chart is tall enough for every row, and no taller than it needs
    double height = number(svg.selectFirst("svg"), "height");
    assertThat(svg.selectFirst("svg").attr("viewBox")).isEqualTo("0 0 680 " + svg.selectFirst("svg").attr("height"));
    assertThat(rows.get(rows.size() - 1)).isLessThan(height).isGreaterThan(height - 40);
    for (int i = 0; i < legend.size(); i++) {
      Entry entry = legend.get(i);
      double start = number(entry.mark(), "x");
      double end = number(entry.name(), "x") + CHARACTER * entry.name().text().length();
      assertThat(start).as(entry.name().text()).isGreaterThanOrEqualTo(left);
      assertThat(end).as(entry.name().text()).isLessThanOrEqualTo(right);
      if (i > 0 && number(legend.get(i - 1).name(), "y") == number(entry.name(), "y")) {
        Element before = legend.get(i - 1).name();
        assertThat(start).as(entry.name().text())
            .isGreaterThanOrEqualTo(number(before, "x") + CHARACTER * before.text().length());
      }
    }
  }

  @Test
  void aNameTooLongForARowStillStartsTheFirstRow() {
    Document shortName = draw(chart(List.of("Q1"), List.of(series("SGO", "1")), Optional.empty(), Optional.empty(), false));
    Document longName = draw(chart(List.of("Q1"), List.of(series("S".repeat(100), "1")), Optional.empty(),
        Optional.empty(), false));

    assertThat(number(legend(longName).get(0).name(), "y")).isEqualTo(number(legend(shortName).get(0).name(), "y"));
    assertThat(longName.selectFirst("svg").attr("height")).isEqualTo(shortName.selectFirst("svg").attr("height"));
  }

  @Test
  void aLegendEntryEndingAtThePlotsRightEdgeStaysOnItsRow() {
    // 70 + (38 + 6 * 18) * 3 + (38 + 6 * 19) = 660, the plot's right edge
    List<Series> four = List.of(series("A".repeat(18), "1"), series("B".repeat(18), "1"), series("C".repeat(18), "1"),
        series("D".repeat(19), "1"));
    List<Entry> legend = legend(draw(chart(List.of("Q1"), four, Optional.empty(), Optional.empty(), false)));

    assertThat(legend).extracting(entry -> number(entry.name(), "y")).containsOnly(number(legend.get(0).name(), "y"));
  }
}
