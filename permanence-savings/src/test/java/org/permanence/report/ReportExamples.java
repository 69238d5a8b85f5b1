package org.permanence.report;

import java.time.LocalDate;
import java.util.List;
import org.permanence.adoption.AdoptionRecord;
import org.permanence.adoption.AdoptionRecords;
import org.permanence.care.CareData;
import org.permanence.exit.RouteTable;
import org.permanence.input.InputFile;
import org.permanence.input.RateCards;
import org.permanence.pipeline.PlannedExit;
import org.permanence.pipeline.PlannedExits;
import org.permanence.rate.RateCard;
import org.permanence.saving.ExitSavingsCalculator;
import org.permanence.ssda903.Ssda903Reader;
import org.permanence.support.SupportCard;
import org.permanence.support.SupportCards;
import org.permanence.targets.Target;
import org.permanence.targets.Targets;

/**
 * A small council, as at 31 December 2025 (2025-26), written as the files the {@code report}
 * command reads, so that its figures can be worked by hand.
 *
 * <p>Every child is born on 10 June 2015, so no horizon reaches an 18th birthday. The rate card
 * prices U4 at £700 a week (£100 a day), U5 at £1,400 (£200 a day) and placements for adoption
 * ({@code A*}) at £0; a K2 row from 1 April 2024 prices no placement here but is one of the card's
 * effective dates. The support card pays an SGO allowance of £70 a week (£10 a day) and £1,000
 * once, and £500 once for an adoption.
 *
 * <p>The earliest episode starts on 1 May 2023, so the years reported are 2023-24, 2024-25 and
 * 2025-26. No period of care ended in 2023-24.
 *
 * <table>
 *   <caption>The children</caption>
 *   <tr><th>child</th><th>care</th><th>ended</th></tr>
 *   <tr><td>A</td><td>U4 from 1 May 2023</td><td>SGO (E45) on 1 June 2024 (2024-25 Q1)</td></tr>
 *   <tr><td>I</td><td>U4 from 1 September 2023, a placement order (E1) from 1 February 2024</td>
 *       <td>adopted by the foster carers (E12) on 20 January 2025 (2024-25 Q4); matched 3 June 2024</td></tr>
 *   <tr><td>B</td><td>U5 from 15 January 2024</td><td>home (E4A) on 10 February 2025 (2024-25 Q4)</td></tr>
 *   <tr><td>C</td><td>U4 from 1 October 2024</td><td>SGO (E45) on 1 May 2025 (Q1)</td></tr>
 *   <tr><td>D</td><td>U4 from 1 April 2024, placed for adoption (A6, E1) from 1 October 2024</td>
 *       <td>adopted (E11) on 15 August 2025 (Q2); matched 15 November 2024</td></tr>
 *   <tr><td>E</td><td>U4 from 1 June 2025</td><td>home (E4A) on 20 November 2025 (Q3)</td></tr>
 *   <tr><td>F</td><td>U4 from 10 April 2025</td><td>SGO (E45) on 31 December 2025, the as-at date (Q3)</td></tr>
 *   <tr><td>G</td><td>U4 from 1 September 2025</td><td>to live with relatives (E13) on 6 October 2025: not an exit</td></tr>
 *   <tr><td>Z</td><td>U4 from 1 May 2024</td><td>SGO (E45) on 1 February 2026, after the as-at date: open at it</td></tr>
 *   <tr><td>P1, P3, P4</td><td>U4 from 1 January, 1 July and 1 April 2025</td><td>open</td></tr>
 *   <tr><td>P2</td><td>U5 from 1 March 2025</td><td>open</td></tr>
 * </table>
 *
 * <p>The planned exits: P1 by SGO on 1 February 2026, scheduled; P2 by SGO on 15 March 2026, in
 * assessment; P3 by CAO on 1 May 2026, scheduled (after the year); P4 home on 31 March 2026, in
 * assessment.
 */
final class ReportExamples {

  static final LocalDate AS_AT = LocalDate.parse("2025-12-31");

  static final String HEADER = lines(
      "CHILD,SEX,DOB",
      "A,1,10/06/2015",
      "B,2,10/06/2015",
      "C,1,10/06/2015",
      "D,2,10/06/2015",
      "E,1,10/06/2015",
      "F,2,10/06/2015",
      "G,1,10/06/2015",
      "I,2,10/06/2015",
      "Z,1,10/06/2015",
      "P1,1,10/06/2015",
      "P2,2,10/06/2015",
      "P3,1,10/06/2015",
      "P4,2,10/06/2015");

  static final String EPISODES = lines(
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC",
      "A,2023-05-01,S,C2,N1,U4,PR1,2024-06-01,E45",
      "I,2023-09-01,S,C2,N1,U4,PR1,2024-02-01,X1",
      "I,2024-02-01,L,E1,N1,U4,PR1,2025-01-20,E12",
      "B,2024-01-15,S,C2,N1,U5,PR1,2025-02-10,E4A",
      "C,2024-10-01,S,C2,N1,U4,PR1,2025-05-01,E45",
      "D,2024-04-01,S,C2,N1,U4,PR1,2024-10-01,X1",
      "D,2024-10-01,B,E1,N1,A6,PR1,2025-08-15,E11",
      "E,2025-06-01,S,C2,N1,U4,PR1,2025-11-20,E4A",
      "F,2025-04-10,S,C2,N1,U4,PR1,2025-12-31,E45",
      "G,2025-09-01,S,C2,N1,U4,PR1,2025-10-06,E13",
      "Z,2024-05-01,S,C2,N1,U4,PR1,2026-02-01,E45",
      "P1,2025-01-01,S,C2,N1,U4,PR1,,",
      "P2,2025-03-01,S,C2,N1,U5,PR1,,",
      "P3,2025-07-01,S,C2,N1,U4,PR1,,",
      "P4,2025-04-01,S,C2,N1,U4,PR1,,");

  static final RateCard RATES = RateCards.read(InputFile.ofText("rates.csv", lines(
      "place,provider,min_age,max_age,effective_from,weekly_cost",
      "U4,*,,,2020-01-01,700",
      "U5,*,,,2020-01-01,1400",
      "A*,*,,,2020-01-01,0",
      "K2,*,,,2024-04-01,3500")));

  static final SupportCard SUPPORT = SupportCards.read(InputFile.ofText("support.csv", lines(
      "route,kind,min_age,max_age,effective_from,amount",
      "SGO,weekly,,,2020-01-01,70",
      "SGO,one-off,,,2020-01-01,1000",
      "ADOPTION,one-off,,,2020-01-01,500")));

  /**
   * The targets: this year's judged on the year so far; 2024-25's and 2023-24's met or missed;
   * 2026-27's (not begun), 2022-23's (before the data) and 2023-24's mean days (no period ended)
   * not judged.
   */
  static final String TARGETS = lines(
      "measure,financial_year,target",
      "exits,2025-26,5",
      "exits:SGO,2025-26,2",
      "exits:ADOPTION,2025-26,2",
      "net_saving,2025-26,120000",
      "mean_days,2025-26,250",
      "exits,2026-27,6",
      "exits,2024-25,3",
      "net_saving,2024-25,150000",
      "mean_days,2024-25,400",
      "exits,2023-24,1",
      "mean_days,2023-24,300",
      "exits,2022-23,1");

  static final String PLANNED = lines(
      "child,planned_exit_date,route,status",
      "P1,2026-02-01,SGO,scheduled",
      "P2,2026-03-15,SGO,assessing",
      "P3,2026-05-01,CAO,scheduled",
      "P4,2026-03-31,RETURN_HOME,assessing");

  static final String ADOPTION = lines(
      "CHILD,DATE_INT,DATE_MATCH",
      "I,2024-04-01,2024-06-03",
      "D,2024-09-01,2024-11-15");

  private ReportExamples() {}

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static CareData data(String header, String episodes) {
    return Ssda903Reader.strict()
        .read(InputFile.ofText("header.csv", header), InputFile.ofText("episodes.csv", episodes))
        .strict();
  }

  static CareData data() {
    return data(HEADER, EPISODES);
  }

  static List<Target> targets() {
    return Targets.read(InputFile.ofText("targets.csv", TARGETS), RouteTable.DEFAULT);
  }

  static List<PlannedExit> planned(CareData data) {
    return PlannedExits.read(InputFile.ofText("planned.csv", PLANNED), RouteTable.DEFAULT, data, AS_AT);
  }

  static List<AdoptionRecord> adoptions(CareData data) {
    return AdoptionRecords.read(InputFile.ofText("adoption.csv", ADOPTION), data);
  }

  /** The care data and cards alone: no targets, plans or adoption records. */
  static ReportInputs bare() {
    return ReportInputs.builder().data(data()).rates(RATES).support(SUPPORT).build();
  }

  /** Everything: targets, plans and adoption records. */
  static ReportInputs full() {
    CareData data = data();
    return ReportInputs.builder().data(data).rates(RATES).support(SUPPORT).addAllTargets(targets())
        .addAllPlanned(planned(data)).addAllAdoptions(adoptions(data)).build();
  }

  /**
   * Everything, and a child the rate card cannot price: X, in a residential care home (R1) from
   * 1 January 2025, home (E4A) on 1 October 2025.
   */
  static ReportInputs fullWithFailure() {
    CareData data = data(HEADER + "X,1,10/06/2015\n", EPISODES + "X,2025-01-01,S,C2,N1,R1,PR1,2025-10-01,E4A\n");
    return ReportInputs.builder().data(data).rates(RATES).support(SUPPORT).addAllTargets(targets())
        .addAllPlanned(planned(data)).addAllAdoptions(adoptions(data)).build();
  }

  static ProgressReport report(ReportInputs inputs, ReportParameters parameters) {
    return ProgressReportCalculator.DEFAULT.report(inputs, parameters);
  }

  static ProgressReport report(ReportInputs inputs) {
    return report(inputs, ReportParameters.of(AS_AT));
  }

  /**
   * The report with every section populated: targets, plans, adoption records, a discount rate,
   * a child who cannot be priced, and a title with characters that mean something in markup.
   */
  static ProgressReport everything(String title) {
    return report(fullWithFailure(), ReportParameters.builder().asAt(AS_AT).title(title)
        .discountRate(ExitSavingsCalculator.GREEN_BOOK_RATE).build());
  }
}
