package org.permanence.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.permanence.report.Block.Chart;
import org.permanence.report.Block.Series;

/**
 * Draws a {@link Chart} as inline SVG: stacked bars, a dashed line and a target level, with axis,
 * labels and legend. Coordinates are worked in {@link BigDecimal} and written to a tenth of a
 * pixel, so the same chart always gives the same text.
 */
final class SvgChart {

  private static final int WIDTH = 680;
  private static final int HEIGHT = 310;
  private static final int LEFT = 70;
  private static final int RIGHT = WIDTH - 20;
  private static final int TOP = 20;
  private static final int BOTTOM = HEIGHT - 78;
  private static final List<String> COLOURS =
      List.of("#1f4e79", "#5b9bd5", "#70ad47", "#ed7d31", "#7f6084", "#a5a5a5", "#264478", "#9e480e");
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final int LEGEND_ROW = 18;

  private final Chart chart;
  private final String id;
  private final StringBuilder out = new StringBuilder();
  private BigDecimal low;
  private BigDecimal high;
  private BigDecimal step;

  private SvgChart(Chart chart, String id) {
    this.chart = chart;
    this.id = id;
  }

  /** The chart as an {@code <svg>} element whose title and description name it for screen readers. */
  static String draw(Chart chart, String id) {
    return new SvgChart(chart, id).draw();
  }

  private String draw() {
    scale();
    // a legend too long for one row takes more, and the chart grows to hold them
    int height = HEIGHT + LEGEND_ROW * (legendRows() - 1);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">\n");
    out.append("<title id=\"").append(id).append("-title\">").append(HtmlReport.escape(chart.title())).append("</title>\n");
    out.append("<desc id=\"").append(id).append("-desc\">").append(HtmlReport.escape(chart.description())).append("</desc>\n");
    axis();
    bars();
    chart.line().ifPresent(this::line);
    chart.level().ifPresent(level -> {
      String y = px(y(level.value()));
      out.append("<line class=\"level\" x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"")
          .append(RIGHT).append("\" y2=\"").append(y).append("\" stroke=\"#c00000\" stroke-width=\"2\"/>\n");
      out.append("<text x=\"").append(RIGHT).append("\" y=\"").append(px(y(level.value()).subtract(BigDecimal.valueOf(5))))
          .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#c00000\">").append(HtmlReport.escape(level.name()))
          .append("</text>\n");
    });
    legend();
    out.append("</svg>");
    return out.toString();
  }

  /** Chooses the axis: from zero (or the lowest value) to the highest, in 1, 2 or 5 steps. */
  private void scale() {
    BigDecimal min = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (int i = 0; i < chart.categories().size(); i++) {
      BigDecimal up = BigDecimal.ZERO;
      BigDecimal down = BigDecimal.ZERO;
      for (Series series : chart.series()) {
        BigDecimal value = series.values().get(i).orElse(BigDecimal.ZERO);
        if (value.signum() >= 0) {
          up = up.add(value);
        } else {
          down = down.add(value);
        }
      }
      max = max.max(up);
      min = min.min(down);
    }
    for (Optional<BigDecimal> value : chart.line().map(Series::values).orElse(List.of())) {
      max = max.max(value.orElse(BigDecimal.ZERO));
      min = min.min(value.orElse(BigDecimal.ZERO));
    }
    if (chart.level().isPresent()) {
      max = max.max(chart.level().get().value());
    }
    step = step(max.subtract(min), chart.money());
    low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
    if (high.compareTo(low) == 0) {
      high = low.add(step);
    }
  }

  /** A step of 1, 2 or 5 times a power of ten giving at most five steps; whole for counts. */
  static BigDecimal step(BigDecimal span, boolean money) {
    if (span.signum() <= 0) {
      return BigDecimal.ONE;
    }
    BigDecimal rough = span.divide(BigDecimal.valueOf(5), 10, RoundingMode.CEILING);
    int exponent = rough.precision() - rough.scale() - 1;
    BigDecimal power = exponent >= 0 ? TEN.pow(exponent) : BigDecimal.ONE.movePointLeft(-exponent);
    for (int factor : new int[] {1, 2, 5, 10}) {
      BigDecimal step = power.multiply(BigDecimal.valueOf(factor));
      if (step.compareTo(rough) >= 0) {
        return money || step.compareTo(BigDecimal.ONE) >= 0 ? step : BigDecimal.ONE;
      }
    }
    return power.multiply(TEN);
  }

  /**
   * Draws a line and label at each step from the lowest to the highest. The step is the one the
   * scale was chosen with: rounding the ends out to whole steps can widen the span past five
   * steps, and a step chosen again from the wider span need not divide the lowest value, so the
   * ticks would miss zero.
   */
  private void axis() {
    for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
      String y = px(y(tick));
      out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(RIGHT)
          .append("\" y2=\"").append(y).append("\" stroke=\"").append(tick.signum() == 0 ? "#404040" : "#d9d9d9")
          .append("\" stroke-width=\"1\"/>\n");
      out.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(px(y(tick).add(BigDecimal.valueOf(4))))
          .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#404040\">")
          .append(HtmlReport.escape(tickLabel(tick))).append("</text>\n");
    }
    for (int i = 0; i < chart.categories().size(); i++) {
      out.append("<text x=\"").append(px(centre(i))).append("\" y=\"").append(BOTTOM + 16)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1a1a1a\">")
          .append(HtmlReport.escape(chart.categories().get(i))).append("</text>\n");
    }
  }

  private void bars() {
    BigDecimal width = band().multiply(new BigDecimal("0.6"));
    for (int i = 0; i < chart.categories().size(); i++) {
      BigDecimal up = BigDecimal.ZERO;
      BigDecimal down = BigDecimal.ZERO;
      boolean any = false;
      for (int s = 0; s < chart.series().size(); s++) {
        Optional<BigDecimal> value = chart.series().get(s).values().get(i);
        if (value.isEmpty()) {
          continue;
        }
        any = true;
        BigDecimal from;
        BigDecimal to;
        if (value.get().signum() >= 0) {
          from = up;
          to = up.add(value.get());
          up = to;
        } else {
          from = down.add(value.get());
          to = down;
          down = from;
        }
        if (from.compareTo(to) == 0) {
          continue;
        }
        out.append("<rect x=\"").append(px(centre(i).subtract(width.divide(BigDecimal.valueOf(2)))))
            .append("\" y=\"").append(px(y(to))).append("\" width=\"").append(px(width))
            .append("\" height=\"").append(px(y(from).subtract(y(to)))).append("\" fill=\"")
            .append(colour(s)).append("\"/>\n");
      }
      if (any) {
        BigDecimal total = up.add(down);
        BigDecimal top = total.signum() >= 0 ? y(up).subtract(BigDecimal.valueOf(4)) : y(down).add(BigDecimal.valueOf(13));
        out.append("<text x=\"").append(px(centre(i))).append("\" y=\"").append(px(top))
            .append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#1a1a1a\">")
            .append(HtmlReport.escape(valueLabel(total))).append("</text>\n");
      }
    }
  }

  private void line(Series line) {
    // each point as its x and y, kept apart so that the circles need not take the path apart again
    List<String[]> points = new ArrayList<>();
    for (int i = 0; i < line.values().size(); i++) {
      int index = i;
      line.values().get(i).ifPresent(value -> points.add(new String[] {px(centre(index)), px(y(value))}));
    }
    out.append("<polyline class=\"line\" points=\"")
        .append(String.join(" ", points.stream().map(point -> point[0] + "," + point[1]).toList()))
        .append("\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
    for (String[] point : points) {
      out.append("<circle cx=\"").append(point[0]).append("\" cy=\"").append(point[1])
          .append("\" r=\"3\" fill=\"#1a1a1a\"/>\n");
    }
  }

  /** The legend's entries: a box for each series, then a dashed line and a solid line. */
  private List<String[]> legendEntries() {
    List<String[]> entries = new ArrayList<>();
    for (int s = 0; s < chart.series().size(); s++) {
      entries.add(new String[] {"box", colour(s), chart.series().get(s).name()});
    }
    chart.line().ifPresent(line -> entries.add(new String[] {"dash", "#1a1a1a", line.name()}));
    chart.level().ifPresent(level -> entries.add(new String[] {"line", "#c00000", level.name()}));
    return entries;
  }

  /** An entry's width: its mark, its name at about 6 pixels a character, and a gap. */
  private static int legendWidth(String[] entry) {
    return 24 + entry[2].length() * 6 + 14;
  }

  /** Whether an entry starting at {@code x} goes on to the next row: never the first of a row. */
  private static boolean wraps(int x, int width) {
    return x > LEFT && x + width > RIGHT;
  }

  /** The rows the legend takes, at least one. */
  private int legendRows() {
    int rows = 1;
    int x = LEFT;
    for (String[] entry : legendEntries()) {
      int width = legendWidth(entry);
      if (wraps(x, width)) {
        x = LEFT;
        rows++;
      }
      x += width;
    }
    return rows;
  }

  private void legend() {
    int x = LEFT;
    int y = HEIGHT - 34;
    for (String[] entry : legendEntries()) {
      int width = legendWidth(entry);
      if (wraps(x, width)) {
        x = LEFT;
        y += LEGEND_ROW;
      }
      if (entry[0].equals("box")) {
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9).append("\" width=\"12\" height=\"12\" fill=\"")
            .append(entry[1]).append("\"/>\n");
      } else {
        out.append("<line x1=\"").append(x).append("\" y1=\"").append(y - 3).append("\" x2=\"").append(x + 16)
            .append("\" y2=\"").append(y - 3).append("\" stroke=\"").append(entry[1]).append("\" stroke-width=\"2\"")
            .append(entry[0].equals("dash") ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
      }
      out.append("<text x=\"").append(x + 20).append("\" y=\"").append(y + 1)
          .append("\" font-size=\"11\" fill=\"#1a1a1a\">").append(HtmlReport.escape(entry[2])).append("</text>\n");
      x += width;
    }
  }

  private BigDecimal band() {
    return BigDecimal.valueOf(RIGHT - LEFT).divide(BigDecimal.valueOf(Math.max(1, chart.categories().size())), 10, RoundingMode.HALF_UP);
  }

  private BigDecimal centre(int index) {
    return BigDecimal.valueOf(LEFT).add(band().multiply(BigDecimal.valueOf(2L * index + 1)).divide(BigDecimal.valueOf(2)));
  }

  private BigDecimal y(BigDecimal value) {
    BigDecimal plot = BigDecimal.valueOf(BOTTOM - TOP);
    return BigDecimal.valueOf(BOTTOM).subtract(value.subtract(low).multiply(plot)
        .divide(high.subtract(low), 10, RoundingMode.HALF_UP));
  }

  private static String px(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String colour(int series) {
    return COLOURS.get(series % COLOURS.size());
  }

  /** A bar's label: a count, or pounds to the nearest thousand (the table gives the pence). */
  private String valueLabel(BigDecimal value) {
    if (!chart.money()) {
      return ReportContent.count(value);
    }
    BigDecimal size = value.abs();
    String sign = value.signum() < 0 ? "-" : "";
    // the unit is chosen by the figure as rounded, so that 999,999 is "£1m", not "£1000k"
    BigDecimal pounds = size.setScale(0, RoundingMode.HALF_UP);
    BigDecimal thousands = size.movePointLeft(3).setScale(0, RoundingMode.HALF_UP);
    if (thousands.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
      return sign + "£" + size.movePointLeft(6).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "m";
    }
    if (pounds.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
      return sign + "£" + thousands.toPlainString() + "k";
    }
    return sign + "£" + pounds.toPlainString();
  }

  /** An axis label: a count, or pounds in thousands or millions ("£250k", "£1.5m"). */
  private String tickLabel(BigDecimal tick) {
    if (!chart.money()) {
      return ReportContent.count(tick);
    }
    BigDecimal size = tick.abs();
    String sign = tick.signum() < 0 ? "-" : "";
    if (size.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
      return sign + "£" + size.movePointLeft(6).stripTrailingZeros().toPlainString() + "m";
    }
    if (size.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
      return sign + "£" + size.movePointLeft(3).stripTrailingZeros().toPlainString() + "k";
    }
    return sign + "£" + size.stripTrailingZeros().toPlainString();
  }
}
