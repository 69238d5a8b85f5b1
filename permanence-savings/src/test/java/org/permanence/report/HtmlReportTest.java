package org.permanence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.permanence.report.ReportExamples.AS_AT;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.permanence.exit.Horizon;
import org.permanence.exit.Route;
import org.permanence.time.FinancialQuarter;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The HTML report read back as a browser and an XML parser would read it: well-formed,
 * self-contained, accessible, and with figures that are the report's own.
 */
class HtmlReportTest {

  private static final String TRICKY_TITLE = "Smith & Sons <Council>";

  /** The route names the report writes, as the methodology names the routes. */
  private static final Map<String, Route> ROUTE_NAMES = Map.of("Adoption", Route.ADOPTION, "CAO", Route.CAO,
      "Return home", Route.RETURN_HOME, "SGO", Route.SGO);

  private static final Pattern MONEY = Pattern.compile("(-?)£([0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2})");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,3}(,[0-9]{3})*");

  /**
   * A report in which one year's net saving is negative: J adopted on 1 September 2024 from an
   * A6 placement priced at £0, with £500 of one-off support (net -£500); K home on 4 August 2025
   * from U4 at £100 a day. At the in-year horizon K saves the 240 days to 1 April 2026 (28 + 30 +
   * 31 + 30 + 31 + 31 + 28 + 31), £24,000.
   */
  static ProgressReport negativeYear() {
    return ReportExamples.report(ReportInputs.builder()
        .data(ReportExamples.data(ReportExamples.lines("CHILD,DOB", "J,10/06/2015", "K,10/06/2015"),
            ReportExamples.lines("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC",
                "J,2024-04-01,S,E1,N1,A6,PR1,2024-09-01,E11",
                "K,2025-04-01,S,C2,N1,U4,PR1,2025-08-04,E4A")))
        .rates(ReportExamples.RATES).support(ReportExamples.SUPPORT).build(),
        ReportParameters.builder().asAt(AS_AT).horizon(Horizon.inYear()).build());
  }

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of(Named.of("the care data and cards alone", ReportExamples.report(ReportExamples.bare()))),
        Arguments.of(Named.of("targets, plans and adoption records", ReportExamples.report(ReportExamples.full()))),
        Arguments.of(Named.of("every section, a discount rate and a failure", ReportExamples.everything(TRICKY_TITLE))),
        Arguments.of(Named.of("a year with a negative net saving", negativeYear())),
        Arguments.of(Named.of("before any episode", ReportExamples.report(ReportExamples.bare(),
            ReportParameters.of(java.time.LocalDate.parse("2023-03-31"))))));
  }

  // ---------------------------------------------------------------- parsing

  /** Parses as HTML, failing on any parse error the HTML5 algorithm reports. */
  private static Document html(String text) {
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document document = Jsoup.parse(text, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return document;
  }

  /** Parses as XML, without loading any external DTD, failing on any error. */
  private static org.w3c.dom.Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) throws SAXParseException {
        throw e;
      }

      @Override
      public void error(SAXParseException e) throws SAXParseException {
        throw e;
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
      }
    });
    builder.setEntityResolver((publicId, systemId) -> {
      throw new AssertionError("the report asks for an external entity: " + systemId);
    });
    return builder.parse(new InputSource(new StringReader(text)));
  }

  private static void names(Node node, List<String> out) {
    if (node.getNodeType() == Node.ELEMENT_NODE) {
      out.add(node.getLocalName());
    }
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      names(children.item(i), out);
    }
  }

  private static BigDecimal money(String text) {
    Matcher matcher = MONEY.matcher(text.trim());
    assertThat(matcher.matches()).as("an amount such as £1,234.56: " + text).isTrue();
    BigDecimal amount = new BigDecimal(matcher.group(2).replace(",", ""));
    return matcher.group(1).isEmpty() ? amount : amount.negate();
  }

  private static List<String> cells(Element row) {
    return row.children().stream().map(Element::text).toList();
  }

  private static List<String> header(Element table) {
    return cells(table.selectFirst("thead > tr"));
  }

  private static List<Element> bodyRows(Element table) {
    return table.select("tbody > tr");
  }

  private static Element figure(Document document, String caption) {
    return document.select("figure").stream()
        .filter(figure -> figure.selectFirst("figcaption").text().equals(caption))
        .findFirst().orElseThrow(() -> new AssertionError("no figure " + caption));
  }

  // ---------------------------------------------------------------- the document

  @ParameterizedTest
  @MethodSource("reports")
  void isWellFormedXmlAndHtmlThatBothParsersReadAlike(ProgressReport report) throws Exception {
    String text = HtmlReport.render(report);

    org.w3c.dom.Document xml = xml(text);
    Document html = html(text);

    assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("html");
    // no element implied or moved by the HTML parser: the same elements in the same order
    List<String> xmlNames = new ArrayList<>();
    names(xml.getDocumentElement(), xmlNames);
    List<String> htmlNames = html.select("html, html *").stream().map(Element::normalName).toList();
    assertThat(htmlNames).isEqualTo(xmlNames);
    assertThat(text).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n").doesNotContain("\r");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void isSelfContained(ProgressReport report) {
    String text = HtmlReport.render(report);
    Document html = html(text);

    assertThat(html.select("script, link, iframe, frame, object, embed, img, image, use, base, audio, video,"
        + " source, form, input, button, foreignObject")).isEmpty();
    for (Element element : html.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
        String value = attribute.getValue().toLowerCase(java.util.Locale.ROOT);
        assertThat(name).as("an event handler on <" + element.tagName() + ">").doesNotStartWith("on");
        if (List.of("src", "href", "xlink:href", "action", "formaction", "poster", "data", "srcset").contains(name)) {
          assertThat(value).as(name + " of <" + element.tagName() + ">").startsWith("#");
        }
        assertThat(value).as(name + " of <" + element.tagName() + ">")
            .doesNotContain("url(").doesNotContain("javascript:").doesNotContain("@import");
      }
    }
    for (Element style : html.select("style")) {
      assertThat(style.data()).doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
    }
    // the only address in the file is the SVG namespace's name, which is never fetched
    assertThat(text.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:").doesNotContain("https:")
        .doesNotContain("//");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void saysItsLanguageCharsetAndTitleAndPrintsOnA4(ProgressReport report) {
    Document html = html(HtmlReport.render(report));

    assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    Element head = html.head();
    // the charset first, as browsers look for it in the first bytes
    assertThat(head.child(0).normalName()).isEqualTo("meta");
    assertThat(head.child(0).attr("charset")).isEqualToIgnoringCase("utf-8");
    assertThat(head.select("> title")).hasSize(1);
    assertThat(head.selectFirst("> title").text()).isEqualTo(report.parameters().title() + ", " + report.year());
    assertThat(html.select("body > h1")).singleElement().extracting(Element::text)
        .isEqualTo(report.parameters().title());
    String css = head.select("style").stream().map(Element::data).reduce("", String::concat);
    assertThat(css).containsPattern("@page\\s*\\{[^}]*size:\\s*A4");
    assertThat(css).contains("@media print");
  }

  // ---------------------------------------------------------------- charts

  @ParameterizedTest
  @MethodSource("reports")
  void everyChartIsNamedDescribedAndGivenWithItsData(ProgressReport report) {
    Document html = html(HtmlReport.render(report));
    Elements charts = html.select("svg");

    assertThat(charts).hasSize(2);
    List<String> ids = new ArrayList<>();
    for (Element svg : charts) {
      assertThat(svg.attr("role")).isEqualTo("img");
      Element title = svg.selectFirst("> title");
      Element desc = svg.selectFirst("> desc");
      assertThat(title).isNotNull();
      assertThat(desc).isNotNull();
      assertThat(title.text()).isNotBlank();
      assertThat(desc.text()).isNotBlank();
      List<String> labelledBy = Arrays.asList(svg.attr("aria-labelledby").trim().split("\\s+"));
      assertThat(labelledBy).containsExactlyInAnyOrder(title.id(), desc.id());
      ids.addAll(labelledBy);

      Element figure = svg.parent();
      assertThat(figure.normalName()).isEqualTo("figure");
      assertThat(figure.child(0).normalName()).isEqualTo("figcaption");
      assertThat(figure.child(0).text()).isEqualTo(title.text());
      assertThat(figure.select("> table")).hasSize(1);
      assertThat(bodyRows(figure.selectFirst("> table"))).isNotEmpty();
    }
    // each id names one element of the document
    for (String id : ids) {
      assertThat(html.select("[id=" + id + "]")).as(id).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void theSavingsChartShowsEachYearsNetSavingAsTheReportHasIt(ProgressReport report) {
    Element figure = figure(html(HtmlReport.render(report)), "Net saving by the financial year of the exit");
    List<SavingsRow> rows = report.savingsByExitYear().rows();

    // the data table: a row per year, then the total
    Element table = figure.selectFirst("> table");
    int net = header(table).indexOf("Net saving");
    List<Element> body = bodyRows(table);
    assertThat(body).hasSize(rows.size() + 1);
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = cells(body.get(i));
      assertThat(cells.get(0)).isEqualTo(rows.get(i).year().toString());
      assertThat(money(cells.get(net))).isEqualByComparingTo(rows.get(i).net());
    }
    // the description says the same
    String description = figure.selectFirst("svg > desc").text();
    for (SavingsRow row : rows) {
      assertThat(description).contains(row.year() + " " + ReportContent.money(row.net()));
    }
    // the bars: one category a year, in order, each bar's height in proportion to its net saving
    Element svg = figure.selectFirst("svg");
    List<Element> categories = svg.select("> text[text-anchor=middle]:not([font-weight])");
    assertThat(categories).extracting(Element::text)
        .containsExactlyElementsOf(rows.stream().map(row -> row.year().toString()).toList());
    BigDecimal largest = rows.stream().map(row -> row.net().abs()).max(BigDecimal::compareTo).orElseThrow();
    BigDecimal perPound = null;
    List<BigDecimal> heights = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      BigDecimal x = new BigDecimal(categories.get(i).attr("x"));
      BigDecimal height = BigDecimal.ZERO;
      for (Element rect : svg.select("> rect")) {
        BigDecimal centre = new BigDecimal(rect.attr("x")).add(new BigDecimal(rect.attr("width")).divide(BigDecimal.valueOf(2)));
        if (centre.subtract(x).abs().compareTo(BigDecimal.ONE) <= 0) {
          height = height.add(new BigDecimal(rect.attr("height")));
        }
      }
      heights.add(height);
      if (rows.get(i).net().abs().compareTo(largest) == 0 && largest.signum() > 0) {
        perPound = height.divide(largest, 10, java.math.RoundingMode.HALF_UP);
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      BigDecimal expected = perPound == null ? BigDecimal.ZERO : rows.get(i).net().abs().multiply(perPound);
      // heights are written to a tenth of a pixel
      assertThat(heights.get(i).subtract(expected).abs()).as(rows.get(i).year() + "'s bar")
          .isLessThanOrEqualTo(new BigDecimal("0.15"));
    }
  }

  /** Every chart's axis runs from its lowest tick to its highest in equal steps, through zero. */
  @ParameterizedTest
  @MethodSource("reports")
  void everyAxisHasAZeroLineAndEqualSteps(ProgressReport report) {
    for (Element svg : html(HtmlReport.render(report)).select("svg")) {
      List<BigDecimal> ticks = svg.select("> text[text-anchor=end][fill=#404040]").stream()
          .map(Element::text).map(HtmlReportTest::tick).toList();
      assertThat(ticks).as(svg.selectFirst("title").text()).hasSizeGreaterThanOrEqualTo(2).contains(BigDecimal.ZERO);
      BigDecimal step = ticks.get(1).subtract(ticks.get(0));
      for (int i = 1; i < ticks.size(); i++) {
        assertThat(ticks.get(i).subtract(ticks.get(i - 1))).isEqualByComparingTo(step);
      }
    }
  }

  /** An axis label as a number: "0", "12", "£0", "£50k", "-£5k", "£1.5m". */
  private static BigDecimal tick(String label) {
    String text = label.replace("£", "").replace(",", "");
    int shift = text.endsWith("k") ? 3 : text.endsWith("m") ? 6 : 0;
    if (shift > 0) {
      text = text.substring(0, text.length() - 1);
    }
    return new BigDecimal(text).movePointRight(shift).stripTrailingZeros();
  }

  @Test
  void aNegativeYearKeepsItsZeroLine() {
    ProgressReport report = negativeYear();

    // 2024-25: J's -£500; 2025-26: K's £24,000
    assertThat(report.savingsByExitYear().rows()).extracting(row -> row.net().toPlainString())
        .containsExactly("-500.00", "24000.00");
    Element svg = figure(html(HtmlReport.render(report)), "Net saving by the financial year of the exit")
        .selectFirst("svg");
    // the axis is in steps of £5,000, from -£5,000 to £25,000
    assertThat(svg.select("> text[text-anchor=end][fill=#404040]")).extracting(Element::text)
        .containsExactly("-£5k", "£0", "£5k", "£10k", "£15k", "£20k", "£25k");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void theExitsChartsTableAddsUpTheQuartersExits(ProgressReport report) {
    Element table = figure(html(HtmlReport.render(report)), "Exits so far this year, by the end of each quarter")
        .selectFirst("> table");
    List<String> header = header(table);
    List<Element> body = bodyRows(table);
    List<FinancialQuarter> quarters = report.year().quarters();

    assertThat(body).hasSize(4);
    assertThat(header.get(0)).isEqualTo("Quarter");
    for (int column = 1; column < header.size(); column++) {
      String name = header.get(column);
      if (name.equals("Target's share")) {
        continue;
      }
      Route route = ROUTE_NAMES.get(name);
      assertThat(route != null || name.equals("All routes")).as(name).isTrue();
      int sum = 0;
      for (int q = 0; q < 4; q++) {
        FinancialQuarter quarter = quarters.get(q);
        sum += route == null ? report.exits(quarter) : report.exits(quarter, route);
        String cell = cells(body.get(q)).get(column);
        if (report.quartersBegun().contains(quarter)) {
          assertThat(cell).as(name + " " + quarter).isEqualTo(Integer.toString(sum));
        } else {
          assertThat(cell).as(name + " " + quarter).isEqualTo("–");
        }
      }
    }
    assertThat(header).contains("All routes");
  }

  @Test
  void theExitsChartsTargetLineIsTheTargetsShareOfTheYearAtEachQuartersEnd() {
    Document html = html(HtmlReport.render(ReportExamples.report(ReportExamples.full())));
    Element table = figure(html, "Exits so far this year, by the end of each quarter").selectFirst("> table");
    int share = header(table).indexOf("Target's share");

    // a target of 5 exits in 2025-26 (365 days): 5 * 91 / 365 = 1.246..., 5 * 183 / 365 =
    // 2.506..., 5 * 275 / 365 = 3.767..., 5 * 365 / 365 = 5
    assertThat(bodyRows(table)).extracting(row -> cells(row).get(share))
        .containsExactly("1.25", "2.51", "3.77", "5.00");
    // the exits so far: C in Q1; D in Q2; E and F in Q3
    assertThat(bodyRows(table)).extracting(row -> cells(row).get(header(table).indexOf("All routes")))
        .containsExactly("1", "2", "4", "–");
  }

  // ---------------------------------------------------------------- tables

  @ParameterizedTest
  @MethodSource("reports")
  void everyTableHasColumnAndRowHeaders(ProgressReport report) {
    Elements tables = html(HtmlReport.render(report)).select("table");

    assertThat(tables).hasSizeGreaterThanOrEqualTo(8);
    for (Element table : tables) {
      String caption = table.selectFirst("> caption").text();
      assertThat(caption).isNotBlank();
      Elements headerCells = table.select("> thead > tr > *");
      assertThat(headerCells).as(caption).isNotEmpty()
          .allSatisfy(cell -> {
            assertThat(cell.normalName()).isEqualTo("th");
            assertThat(cell.attr("scope")).isEqualTo("col");
          });
      for (Element row : bodyRows(table)) {
        assertThat(row.children()).as(caption).hasSameSizeAs(headerCells);
        assertThat(row.child(0).normalName()).as(caption).isEqualTo("th");
        assertThat(row.child(0).attr("scope")).as(caption).isEqualTo("row");
        assertThat(row.children().subList(1, row.children().size())).as(caption)
            .allSatisfy(cell -> assertThat(cell.normalName()).isEqualTo("td"));
      }
    }
  }

  /**
   * Each total row's amounts, and its counts other than a target, are the sums of the rows above
   * it as printed.
   */
  @ParameterizedTest
  @MethodSource("reports")
  void everyTotalIsTheSumOfTheRowsAboveItAsPrinted(ProgressReport report) {
    Elements totals = html(HtmlReport.render(report)).select("tr.total");

    // the savings tables (the second only when some saving falls in a year), exits by quarter,
    // and the pipeline
    int savingsTables = report.savingsByYearFalling().rows().isEmpty() ? 1 : 2;
    assertThat(totals).hasSize(2 + savingsTables);
    int moneyTotals = 0;
    for (Element total : totals) {
      Element table = total.closest("table");
      String caption = table.selectFirst("> caption").text();
      List<String> header = header(table);
      List<Element> body = bodyRows(table);
      assertThat(body.get(body.size() - 1)).as(caption + ": the total is the last row").isEqualTo(total);
      List<List<String>> above = body.subList(0, body.size() - 1).stream().map(HtmlReportTest::cells).toList();
      List<String> sums = cells(total);
      for (int column = 1; column < header.size(); column++) {
        String cell = sums.get(column);
        String what = caption + ", " + header.get(column);
        if (header.get(column).equals("Target")) {
          continue;
        }
        int index = column;
        if (MONEY.matcher(cell).matches()) {
          moneyTotals++;
          BigDecimal sum = above.stream().map(row -> money(row.get(index))).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(money(cell)).as(what).isEqualByComparingTo(sum);
        } else if (COUNT.matcher(cell).matches()) {
          long sum = above.stream().mapToLong(row -> Long.parseLong(row.get(index).replace(",", ""))).sum();
          assertThat(Long.parseLong(cell.replace(",", ""))).as(what).isEqualTo(sum);
        }
      }
    }
    // avoided, support and net, and the present value with a discount rate
    int moneyColumns = report.parameters().discountRate().isPresent() ? 4 : 3;
    assertThat(moneyTotals).isEqualTo(savingsTables * moneyColumns);
  }

  @Test
  void theSavingsTablesHoldTheReportsRows() {
    ProgressReport report = ReportExamples.everything(TRICKY_TITLE);
    Document html = html(HtmlReport.render(report));
    Element falling = html.select("table").stream()
        .filter(t -> t.selectFirst("> caption").text().equals("The same savings by the financial year in which they fall"))
        .findFirst().orElseThrow();

    // as worked in ProgressReportCalculatorTest, with the present values at 3.5%
    assertThat(header(falling)).containsExactly("Year", "Exits saving in the year", "Placement cost avoided",
        "Support paid", "Net saving", "Present value");
    assertThat(bodyRows(falling)).extracting(HtmlReportTest::cells).containsExactly(
        List.of("2024-25", "3", "£47,500.00", "£4,540.00", "£42,960.00", "£42,960.00"),
        List.of("2025-26", "7", "£153,900.00", "£7,360.00", "£146,540.00", "£143,242.90"),
        List.of("2026-27", "4", "£53,400.00", "£3,020.00", "£50,380.00", "£48,676.33"),
        // an exit counts in each year it saves in, so the exits are not added up
        List.of("Total", "–", "£254,800.00", "£14,920.00", "£239,880.00", "£234,879.23"));
  }

  // ---------------------------------------------------------------- text

  @Test
  void textIsEscapedNotMarkup() {
    String text = HtmlReport.render(ReportExamples.everything(TRICKY_TITLE));
    Document html = html(text);

    assertThat(html.head().selectFirst("> title").text()).isEqualTo("Smith & Sons <Council>, 2025-26");
    assertThat(html.selectFirst("h1").text()).isEqualTo(TRICKY_TITLE);
    assertThat(html.select("council")).isEmpty();
    assertThat(text).contains("<h1>Smith &amp; Sons &lt;Council&gt;</h1>");
  }

  @Test
  void aTitleCannotCloseItsElementOrAddAScript() {
    String title = "</title><script>alert(\"x\")</script><b onclick='y'>";
    String text = HtmlReport.render(ReportExamples.report(ReportExamples.bare(),
        ReportParameters.builder().asAt(AS_AT).title(title).build()));
    Document html = html(text);

    assertThat(html.select("script, b")).isEmpty();
    assertThat(html.selectFirst("h1").text()).isEqualTo(title);
    assertThat(html.head().selectFirst("> title").text()).isEqualTo(title + ", 2025-26");
  }

  @Test
  void theSameReportRendersToTheSameText() {
    ProgressReport report = ReportExamples.everything(TRICKY_TITLE);

    assertThat(HtmlReport.render(report)).isEqualTo(HtmlReport.render(report));
    // and the same inputs, calculated again
    assertThat(HtmlReport.render(ReportExamples.everything(TRICKY_TITLE))).isEqualTo(HtmlReport.render(report));
  }

  @Test
  void sectionsComeInTheOrderOfTheMethodology() {
    Document html = html(HtmlReport.render(ReportExamples.everything(TRICKY_TITLE)));

    assertThat(html.select("section > h2")).extracting(Element::text).containsExactly(
        "Incomplete figures", "Headline", "Exits by route and quarter, 2025-26", "Savings",
        "Pipeline to 31 March 2026", "Durations in care", "Adoption timeliness",
        "How these figures are calculated");
    assertThat(html.select("body > section")).hasSize(8);
  }

  @Test
  void aReportIsRequired() {
    assertThatThrownBy(() -> HtmlReport.render(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("report");
  }

  @Test
  void escapingCoversEveryCharacterWithAMeaningInMarkup() {
    assertThat(HtmlReport.escape("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
    // other characters are written as they are, in UTF-8
    assertThat(HtmlReport.escape("£1,234.56 – 31 December")).isEqualTo("£1,234.56 – 31 December");
  }

  /** Columns of counts, days or pounds are aligned right, header and cells alike; words left. */
  @Test
  void figureColumnsAreMarkedToAlignRightAndWordColumnsAreNot() {
    Element table = html(HtmlReport.render(ReportExamples.report(ReportExamples.full()))).select("table").stream()
        .filter(t -> t.selectFirst("> caption").text().equals("Targets for 2025-26 at 31 December 2025"))
        .findFirst().orElseThrow();

    assertThat(table.select("> thead th")).extracting(cell -> cell.text(), cell -> cell.hasClass("num"))
        .containsExactly(tuple("Measure", false), tuple("Target for the year", true),
            tuple("Share of the target to 31 December", true), tuple("Actual", true), tuple("Status", false));
    for (Element row : bodyRows(table)) {
      assertThat(row.children()).extracting(cell -> cell.hasClass("num"))
          .containsExactly(false, true, true, true, false);
    }
  }

  @Test
  void theExitsChartDrawsTheYearsTargetAsALevelAndNoneWithoutOne() {
    String title = "Exits so far this year, by the end of each quarter";
    Element withTarget = figure(html(HtmlReport.render(ReportExamples.report(ReportExamples.full()))), title)
        .selectFirst("svg");
    Element without = figure(html(HtmlReport.render(ReportExamples.report(ReportExamples.bare()))), title)
        .selectFirst("svg");

    // the target of 5 exits for 2025-26
    assertThat(withTarget.select("> line.level")).hasSize(1);
    assertThat(withTarget.select("> text")).extracting(Element::text).contains("Target: 5", "Target's share");
    assertThat(without.select("> line.level")).isEmpty();
    assertThat(without.select("> polyline")).isEmpty();
    assertThat(without.select("> text")).extracting(Element::text).doesNotContain("Target: 5", "Target's share");
  }
}
