/**
 * The progress report a permanence team takes to its corporate parenting committee: exits
 * against targets, savings by year, the pipeline, durations in care and adoption timeliness.
 *
 * <p>{@link org.permanence.report.ProgressReportCalculator} computes a
 * {@link org.permanence.report.ProgressReport}, a value holding every figure, from the
 * {@link org.permanence.report.ReportInputs} (the care data, cards, targets, planned exits and
 * adoption records) and the {@link org.permanence.report.ReportParameters} (as-at date, horizon,
 * discount rate, target date, scenario). {@link org.permanence.report.MarkdownReport} and
 * {@link org.permanence.report.HtmlReport} render it; neither computes a figure of its own.
 */
@ValueStyle
package org.permanence.report;

import org.permanence.ValueStyle;
