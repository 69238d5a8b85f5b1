package org.permanence.examples.sample;

import static org.permanence.code.LegalStatus.C1;
import static org.permanence.code.LegalStatus.C2;
import static org.permanence.code.LegalStatus.E1;
import static org.permanence.code.LegalStatus.J1;
import static org.permanence.code.LegalStatus.J2;
import static org.permanence.code.LegalStatus.L1;
import static org.permanence.code.LegalStatus.L2;
import static org.permanence.code.LegalStatus.V2;
import static org.permanence.code.LegalStatus.V3;
import static org.permanence.code.PlacementProvider.PR0;
import static org.permanence.code.PlacementProvider.PR1;
import static org.permanence.code.PlacementProvider.PR2;
import static org.permanence.code.PlacementProvider.PR3;
import static org.permanence.code.PlacementProvider.PR4;
import static org.permanence.code.PlacementProvider.PR5;
import static org.permanence.code.ReasonEpisodeCeased.E11;
import static org.permanence.code.ReasonEpisodeCeased.E12;
import static org.permanence.code.ReasonEpisodeCeased.E13;
import static org.permanence.code.ReasonEpisodeCeased.E14;
import static org.permanence.code.ReasonEpisodeCeased.E17;
import static org.permanence.code.ReasonEpisodeCeased.E3;
import static org.permanence.code.ReasonEpisodeCeased.E41;
import static org.permanence.code.ReasonEpisodeCeased.E45;
import static org.permanence.code.ReasonEpisodeCeased.E46;
import static org.permanence.code.ReasonEpisodeCeased.E47;
import static org.permanence.code.ReasonEpisodeCeased.E48;
import static org.permanence.code.ReasonEpisodeCeased.E4A;
import static org.permanence.code.ReasonEpisodeCeased.E4B;
import static org.permanence.code.ReasonEpisodeCeased.E5;
import static org.permanence.code.ReasonEpisodeCeased.E6;
import static org.permanence.code.ReasonEpisodeCeased.E8;
import static org.permanence.code.ReasonEpisodeCeased.E9;
import static org.permanence.code.ReasonEpisodeCeased.X1;
import static org.permanence.code.ReasonForPlacementChange.CARPL;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.permanence.code.CategoryOfNeed;
import org.permanence.code.LegalStatus;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.code.ReasonForNewEpisode;
import org.permanence.code.ReasonForPlacementChange;
import org.permanence.examples.sample.CarePath.Placement;
import org.permanence.examples.sample.CarePath.Stay;
import org.permanence.time.Age;

/**
 * One invented child: a header row and the child's episodes, drawn from one random stream.
 *
 * <p>The story is a chain of periods of care. Each period follows a plan chosen by the child's age
 * on entry (adoption, special guardianship, child arrangements order, return home, long-term care,
 * leaving care at 18, or another ending), with placement moves, respite stays and legal status
 * changes drawn on the way. Each period is then cut to what an extract at the as-at date holds:
 * care stops on the 18th birthday, nothing starts after the as-at date, and an episode still
 * running at the as-at date is open. A few children have only short breaks (legal status V3).
 *
 * <p>Rows hold nulls for empty cells. This class is mutable and not thread-safe.
 */
final class SampleChild {

  /** Supported accommodation (K3) replaces semi-independent living (H5) from 2024-25. */
  static final LocalDate K3_FROM = LocalDate.of(2024, Month.APRIL, 1);
  /** SEX moved from 1/2 to M/F/U in 2024-25. */
  private static final LocalDate SEX_LETTERS_FROM = LocalDate.of(2024, Month.APRIL, 1);
  /** The DfE's placeholder URN for placements with no Ofsted registration of their own. */
  private static final String NO_URN = "XXXXXXX";

  /** One row of the episodes file; null fields are empty cells. */
  record Row(
      LocalDate start,
      LocalDate end,
      ReasonForNewEpisode rne,
      LegalStatus status,
      CategoryOfNeed need,
      PlacementType place,
      PlacementProvider provider,
      ReasonEpisodeCeased reasonEnded,
      ReasonForPlacementChange placementChange,
      String homePostcode,
      String placementPostcode,
      String urn) {}

  /** The child's row of the header file, but for the identifier; null fields are empty cells. */
  record Header(
      String sex,
      LocalDate dateOfBirth,
      String ethnicity,
      String upn,
      String mother,
      LocalDate motherChildBorn) {}

  private enum Plan { ADOPTION, SGO, CAO, RETURN_HOME, LONG_TERM, LEAVING_AT_18, OTHER }

  // Relative weights of each age on entering care (0 to 17): many babies and teenagers.
  private static final int[] ENTRY_AGE_WEIGHTS = {
    36, 8, 7, 7, 6, 8, 8, 7, 8, 7, 8, 10, 12, 14, 15, 15, 16, 10
  };
  private static final String[] ETHNICITIES = {
    "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
    "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"
  };
  private static final int[] ETHNICITY_WEIGHTS = {
    690, 10, 5, 50, 10, 40, 15, 15, 30, 15, 20, 10, 15, 15, 25, 10, 3, 20, 5, 5
  };
  private static final CategoryOfNeed[] NEEDS = CategoryOfNeed.values();
  // N1 to N8
  private static final int[] NEED_WEIGHTS = {58, 3, 4, 8, 16, 3, 1, 7};
  private static final int[] TEEN_NEED_WEIGHTS = {40, 3, 3, 9, 16, 11, 1, 17};
  private static final ReasonForPlacementChange[] MOVE_REASONS = {
    ReasonForPlacementChange.CARPL, ReasonForPlacementChange.CLOSE, ReasonForPlacementChange.ALLEG,
    ReasonForPlacementChange.STAND, ReasonForPlacementChange.APPRR, ReasonForPlacementChange.CREQB,
    ReasonForPlacementChange.CREQO, ReasonForPlacementChange.CHILD, ReasonForPlacementChange.LAREQ,
    ReasonForPlacementChange.OTHER
  };
  private static final int[] CHILD_MOVE_WEIGHTS = {36, 8, 4, 5, 3, 10, 20, 0, 9, 5};
  private static final int[] TEEN_MOVE_WEIGHTS = {24, 4, 4, 4, 2, 25, 10, 15, 7, 5};

  private final SplittableRandom random;
  private final LocalDate asAt;
  private final int number;
  private final LocalDate dateOfBirth;
  private final LocalDate eighteenth;
  /** The day after which nothing is kept: the 18th birthday or the day after the as-at date. */
  private final LocalDate horizon;
  private final boolean female;
  private final String ethnicity;
  private final List<Row> rows = new ArrayList<>(8);
  private final boolean shortBreaks;
  private int carers;
  private String homePostcode;
  private CategoryOfNeed need;

  private SampleChild(SplittableRandom random, int number, LocalDate firstEntry, LocalDate asAt) {
    this.random = random;
    this.asAt = asAt;
    this.number = number;
    LocalDate entry = firstEntry.plusDays(random.nextLong(ChronoUnit.DAYS.between(firstEntry, asAt) + 1));
    int age = pick(ENTRY_AGE_WEIGHTS);
    LocalDate born;
    if (age == 0) {
      // a third of babies come into care in their first week
      born = entry.minusDays(chance(0.35) ? random.nextInt(7) : random.nextInt(7, 365));
    } else {
      born = entry.minusYears(age).minusDays(random.nextInt(365));
    }
    if (number % 50 == 29) {
      born = leapDayNear(born, entry);
    }
    this.dateOfBirth = born;
    this.eighteenth = Age.eighteenthBirthday(born);
    LocalDate dayAfterAsAt = asAt.plusDays(1);
    this.horizon = eighteenth.isBefore(dayAfterAsAt) ? eighteenth : dayAfterAsAt;
    this.female = chance(0.46);
    this.ethnicity = ETHNICITIES[pick(ETHNICITY_WEIGHTS)];
    this.homePostcode = postcode();
    int ageOnEntry = ageOn(entry);
    this.shortBreaks = ageOnEntry >= 3 && ageOnEntry <= 15 && chance(0.045);
    if (shortBreaks) {
      shortBreaks(entry);
    } else {
      periods(entry);
    }
  }

  /**
   * Invents a child.
   *
   * @param random the child's own random stream
   * @param number the child's number, from 1
   * @param firstEntry the earliest day the child may first come into care
   * @param asAt the as-at date of the extract, inclusive
   * @return the child, with at least one episode
   */
  static SampleChild generate(
      SplittableRandom random, int number, LocalDate firstEntry, LocalDate asAt) {
    return new SampleChild(random, number, firstEntry, asAt);
  }

  List<Row> rows() {
    return rows;
  }

  LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  /**
   * Keeps only the first episodes, at most {@code max}, ending the last one kept as a period
   * ends: a continuation ({@code X1}) becomes a plausible way out of care for its placement, and a
   * temporary placement is never left last.
   *
   * @param max the most episodes to keep, at least 1
   */
  void truncate(int max) {
    if (rows.size() <= max) {
      return;
    }
    int keep = max;
    if (keep > 1 && Placement.isTemporary(rows.get(keep - 1).place())) {
      keep--;
    }
    rows.subList(keep, rows.size()).clear();
    Row last = rows.get(keep - 1);
    if (last.reasonEnded() == X1) {
      rows.set(
          keep - 1,
          new Row(
              last.start(),
              last.end(),
              last.rne(),
              last.status(),
              last.need(),
              last.place(),
              last.provider(),
              closingReason(last.place()),
              null,
              last.homePostcode(),
              last.placementPostcode(),
              last.urn()));
    }
  }

  /**
   * Returns the child's row of the header file, drawn once the episodes are final: the SEX code
   * follows the collection year of the child's last episode, and MOTHER is recorded for girls of
   * 12 or over who are not on short breaks.
   */
  Header header() {
    Row last = rows.get(rows.size() - 1);
    LocalDate lastDay = last.end() == null ? asAt : last.end();
    String sex;
    if (last.end() != null && last.end().isBefore(SEX_LETTERS_FROM)) {
      sex = female ? "2" : "1";
    } else {
      sex = female ? "F" : "M";
    }
    String upn =
        ageOn(last.start()) < 4 ? "UN1" : "A" + String.format("%012d", number);
    String mother = null;
    LocalDate childBorn = null;
    if (female && !shortBreaks && ageOn(lastDay) >= 12) {
      mother = "0";
      LocalDate fifteenth = Age.birthday(dateOfBirth, 15);
      if (fifteenth.isBefore(lastDay) && chance(0.06)) {
        mother = "1";
        LocalDate from = fifteenth.isAfter(rows.get(0).start()) ? fifteenth : rows.get(0).start();
        childBorn = from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, lastDay) + 1));
      }
    }
    return new Header(sex, dateOfBirth, ethnicity, upn, mother, childBorn);
  }

  // ---------------------------------------------------------------------------------------------
  // Short breaks

  /** A series of short breaks (V3), each its own episode of 1 to 17 days, at most 75 days a year. */
  private void shortBreaks(LocalDate first) {
    Placement unit =
        chance(0.6) ? placement(PlacementType.K2, PR1) : placement(PlacementType.U6, PR1);
    LocalDate seriesEnd = first.plusDays(random.nextInt(120, 1500));
    LocalDate start = first;
    while (!start.isAfter(asAt) && start.isBefore(seriesEnd)) {
      int nights = pickBreakLength();
      LocalDate end = start.plusDays(nights);
      if (!end.isBefore(eighteenth)) {
        break;
      }
      if (nightsInYearBefore(start) + nights <= 75) {
        boolean open = end.isAfter(asAt);
        rows.add(
            new Row(
                start,
                open ? null : end,
                ReasonForNewEpisode.S,
                V3,
                CategoryOfNeed.N2,
                unit.type(),
                unit.provider(),
                open ? null : E8,
                null,
                null,
                null,
                null));
        if (open) {
          break;
        }
      }
      start = end.plusDays(random.nextInt(14, 57));
    }
    if (rows.isEmpty()) {
      // a series agreed but cut short: a single weekend break on the first day
      LocalDate end = first.plusDays(2);
      boolean open = end.isAfter(asAt);
      rows.add(
          new Row(
              first, open ? null : end, ReasonForNewEpisode.S, V3, CategoryOfNeed.N2, unit.type(),
              unit.provider(), open ? null : E8, null, null, null, null));
    }
  }

  private int pickBreakLength() {
    double u = random.nextDouble();
    if (u < 0.7) {
      return random.nextInt(1, 4);
    }
    if (u < 0.95) {
      return random.nextInt(4, 8);
    }
    return random.nextInt(8, 18);
  }

  private long nightsInYearBefore(LocalDate day) {
    LocalDate from = day.minusDays(365);
    long nights = 0;
    for (Row row : rows) {
      if (row.end().isAfter(from)) {
        LocalDate a = row.start().isBefore(from) ? from : row.start();
        nights += ChronoUnit.DAYS.between(a, row.end());
      }
    }
    return nights;
  }

  // ---------------------------------------------------------------------------------------------
  // Periods of care

  private void periods(LocalDate firstEntry) {
    LocalDate start = firstEntry;
    while (true) {
      CarePath path = plan(start);
      LocalDate end = render(path);
      if (end == null || !end.isBefore(eighteenth)) {
        return;
      }
      ReasonEpisodeCeased reason = rows.get(rows.size() - 1).reasonEnded();
      if (!chance(reentryChance(reason))) {
        return;
      }
      int gap;
      if (reason == E4A && chance(0.15)) {
        // home in the morning, back in care by night: two periods, and the first is an exit
        gap = 0;
      } else {
        gap = random.nextInt(21, 1100);
      }
      start = end.plusDays(gap);
      if (start.isAfter(asAt) || !start.isBefore(eighteenth)) {
        return;
      }
      if (chance(0.3)) {
        homePostcode = postcode();
      }
    }
  }

  private static double reentryChance(ReasonEpisodeCeased reason) {
    switch (reason) {
      case E4A:
        return 0.25;
      case E4B:
        return 0.35;
      case E13:
        return 0.2;
      case E8:
      case E14:
      case E9:
        return 0.15;
      case E41:
      case E45:
      case E46:
      case E47:
      case E48:
        return 0.04;
      default:
        return 0;
    }
  }

  private CarePath plan(LocalDate start) {
    int age = ageOn(start);
    need = NEEDS[pick(age >= 13 ? TEEN_NEED_WEIGHTS : NEED_WEIGHTS)];
    Plan plan = choosePlan(age);
    switch (plan) {
      case ADOPTION:
        return adoption(start);
      case SGO:
        return specialGuardianship(start);
      case CAO:
        return childArrangements(start);
      case RETURN_HOME:
        return returnHome(start);
      case LONG_TERM:
        return longTerm(start);
      case LEAVING_AT_18:
        return leavingAt18(start);
      default:
        return otherEnding(start);
    }
  }

  private Plan choosePlan(int age) {
    int[] weights; // ADOPTION, SGO, CAO, RETURN_HOME, LONG_TERM, LEAVING_AT_18, OTHER
    if (age == 0) {
      weights = new int[] {40, 20, 5, 21, 5, 0, 9};
    } else if (age <= 4) {
      weights = new int[] {24, 24, 8, 25, 8, 0, 11};
    } else if (age <= 9) {
      weights = new int[] {2, 22, 10, 30, 22, 0, 14};
    } else if (age <= 15) {
      weights = new int[] {0, 8, 5, 34, 31, 0, 22};
    } else {
      weights = new int[] {0, 0, 0, 20, 0, 60, 20};
    }
    return Plan.values()[pick(weights)];
  }

  /** Care order, placement order (E1), placed for adoption (A5 with the foster carers or A6), adopted. */
  private CarePath adoption(LocalDate start) {
    boolean fosteringForAdoption = chance(0.2);
    CarePath path;
    if (!fosteringForAdoption && ageOn(start) == 0 && chance(0.08)) {
      // mother and baby assessment first
      path = enter(start, C1, placement(PlacementType.R3, PR1));
      path.advance(random.nextInt(28, 120));
      path.move(placement(PlacementType.U6, fosterProvider()), CARPL);
    } else {
      Placement foster =
          fosteringForAdoption
              ? placement(PlacementType.U5, PR1)
              : placement(PlacementType.U6, fosterProvider());
      path = enter(start, C1, foster);
    }
    live(path, random.nextInt(90, 330));
    if (chance(0.5)) {
      path.changeStatus(C2);
      live(path, random.nextInt(30, 150));
    }
    if (path.placement().type() == PlacementType.U5 && chance(0.4)) {
      // fostering for adoption: placed for adoption with the same carers the day the placement
      // order is made (RNE U)
      path.moveWithStatus(path.placement().regraded(PlacementType.A5, NO_URN), E1, CARPL);
      path.advance(random.nextInt(70, 420));
      path.end(chance(0.7) ? E11 : E12);
      return path;
    }
    path.changeStatus(E1);
    live(path, random.nextInt(30, 240));
    Placement current = path.placement();
    if (current.isFoster() && (current.type() == PlacementType.U5 || chance(0.15))) {
      path.regrade(PlacementType.A5, NO_URN, CARPL);
    } else {
      path.move(placement(PlacementType.A6, adoptionProvider()), CARPL);
    }
    path.advance(random.nextInt(70, 420));
    path.end(chance(0.7) ? E11 : E12);
    return path;
  }

  /** Special guardianship: to the foster carers (E45/E46) or to other carers (E47/E48). */
  private CarePath specialGuardianship(LocalDate start) {
    int kind = pick(new int[] {40, 20, 28, 12});
    CarePath path;
    if (kind == 0) {
      // family and friends foster carers who become the child's special guardians
      if (chance(0.7)) {
        path = enter(start, C1, placement(PlacementType.U3, PR1));
      } else {
        path = enter(start, C1, placement(PlacementType.U6, fosterProvider()));
        live(path, random.nextInt(14, 120));
        path.move(placement(PlacementType.U3, PR1), CARPL);
      }
    } else {
      path = enter(start, C1, placement(PlacementType.U6, fosterProvider()));
    }
    live(path, random.nextInt(120, 330));
    if (kind < 2 || chance(0.5)) {
      path.changeStatus(C2);
      live(path, random.nextInt(90, kind == 1 ? 700 : 450));
    }
    if (kind < 2 && path.placement().isFoster()) {
      // settled with the carers who become the child's special guardians
      path.advance(random.nextInt(90, 300));
    }
    ReasonEpisodeCeased reason = new ReasonEpisodeCeased[] {E45, E46, E47, E48}[kind];
    if (!path.placement().isFoster() && (reason == E45 || reason == E46)) {
      // an order to former foster carers needs a foster placement to end
      reason = reason == E45 ? E47 : E48;
    }
    path.end(reason);
    return path;
  }

  /** A child arrangements order naming who the child lives with (E41). */
  private CarePath childArrangements(LocalDate start) {
    Placement first =
        chance(0.5)
            ? placement(PlacementType.U3, PR1)
            : placement(PlacementType.U6, fosterProvider());
    CarePath path = enter(start, chance(0.25) ? V2 : C1, first);
    live(path, random.nextInt(90, 300));
    if (path.status() == C1 && chance(0.5)) {
      path.changeStatus(C2);
      live(path, random.nextInt(60, 360));
    }
    path.end(E41);
    return path;
  }

  /** A planned return home (E4A): a short s20 stay, or a care order ending placed with parents. */
  private CarePath returnHome(LocalDate start) {
    int age = ageOn(start);
    if (age >= 16 || chance(0.55)) {
      CarePath path = enter(start, V2, placementFor(age, start));
      live(path, random.nextInt(7, 240));
      path.end(E4A);
      return path;
    }
    CarePath path = enter(start, C1, placementFor(age, start));
    live(path, random.nextInt(60, 270));
    LegalStatus status = path.status();
    if (chance(0.5)) {
      status = C2;
      path.changeStatus(C2);
      live(path, random.nextInt(30, 200));
    }
    // placed with parents under the order, then the order is discharged
    Placement home = new Placement(PlacementType.P1, PR0, ++carers, homePostcode, null);
    if (status == C1 && chance(0.3)) {
      path.moveWithStatus(home, C2, CARPL);
    } else {
      path.move(home, CARPL);
    }
    path.advance(random.nextInt(60, 330));
    path.end(E4A);
    return path;
  }

  /** Long-term care, most often until 18 or still running at the as-at date. */
  private CarePath longTerm(LocalDate start) {
    int age = ageOn(start);
    CarePath path;
    if (age >= 10 && chance(0.4)) {
      path = enter(start, V2, placementFor(age, start));
      live(path, random.nextInt(60, 300));
    } else {
      path = enter(start, C1, placementFor(age, start));
      live(path, random.nextInt(120, 300));
      path.changeStatus(C2);
      live(path, random.nextInt(60, 300));
    }
    matchLongTerm(path);
    double u = random.nextDouble();
    if (u < 0.12) {
      // left for independent living at 17
      LocalDate seventeenth = Age.birthday(dateOfBirth, 17);
      stepDown(path, seventeenth);
      liveUntil(path, seventeenth.plusDays(random.nextInt(1, 360)));
      path.end(chance(0.7) ? E5 : E6);
    } else if (u < 0.27) {
      liveUntil(path, path.cursor().plusDays(random.nextInt(180, 1500)));
      path.end(new ReasonEpisodeCeased[] {E4B, E13, E8, E4A}[random.nextInt(4)]);
    } else {
      stepDown(path, Age.birthday(dateOfBirth, 16).plusDays(random.nextInt(0, 540)));
      liveUntil(path, horizon);
    }
    return path;
  }

  /** Entered care at 16 or 17: most stay until their 18th birthday. */
  private CarePath leavingAt18(LocalDate start) {
    CarePath path;
    double u = random.nextDouble();
    Placement first;
    if (u < 0.45) {
      first = semiIndependent(start);
    } else if (u < 0.8) {
      first = placement(PlacementType.U6, chance(0.7) ? PR4 : PR1);
    } else {
      first = placement(PlacementType.K2, PR4);
    }
    if (chance(0.85)) {
      path = enter(start, V2, first);
    } else {
      path = enter(start, C1, first);
      live(path, random.nextInt(90, 250));
      path.changeStatus(C2);
    }
    if (chance(0.18)) {
      live(path, random.nextInt(30, 400));
      path.end(new ReasonEpisodeCeased[] {E5, E6, E4B, E13}[random.nextInt(4)]);
    } else {
      liveUntil(path, horizon);
    }
    return path;
  }

  /** Other ways out: unplanned return home, other relatives, another LA, remand, other. */
  private CarePath otherEnding(LocalDate start) {
    int age = ageOn(start);
    int kind = pick(new int[] {30, 25, 15, 15, age >= 10 ? 15 : 0});
    if (kind == 4) {
      if (chance(0.25)) {
        // PACE transfer: a night or less in council accommodation
        CarePath path =
            new CarePath(
                start,
                J2,
                chance(0.5)
                    ? placement(PlacementType.K2, PR1)
                    : placement(PlacementType.U6, PR1));
        path.advance(random.nextInt(0, 2));
        path.end(E8);
        return path;
      }
      double u = random.nextDouble();
      Placement remand =
          u < 0.3
              ? placement(PlacementType.R5, PR3)
              : u < 0.7 ? placement(PlacementType.K2, PR4) : placement(PlacementType.U6, PR4);
      CarePath path = new CarePath(start, J1, remand);
      path.advance(random.nextInt(14, 150));
      path.end(chance(0.7) ? E14 : E9);
      return path;
    }
    ReasonEpisodeCeased reason = new ReasonEpisodeCeased[] {E4B, E13, E3, E8}[kind];
    CarePath path = enter(start, chance(0.7) ? V2 : C1, placementFor(age, start));
    live(path, random.nextInt(7, 600));
    path.end(reason);
    return path;
  }

  /**
   * Starts a period. Some start under police protection (L1, at most 72 hours) or an emergency
   * protection order (L2) before the court's order; an L1 ended by an order the same day is a
   * zero-day episode. A few spend their first night, or not even that, in an emergency placement.
   */
  private CarePath enter(LocalDate start, LegalStatus status, Placement placement) {
    double u = random.nextDouble();
    if (status == C1 && u < 0.08) {
      CarePath path = new CarePath(start, L1, placement);
      path.advance(random.nextInt(0, 3));
      path.changeStatus(C1);
      return path;
    }
    if (status == C1 && u < 0.12) {
      CarePath path = new CarePath(start, L2, placement);
      path.advance(random.nextInt(1, 9));
      path.changeStatus(C1);
      return path;
    }
    if (u > 0.97) {
      CarePath path = new CarePath(start, status, placement(PlacementType.U6, PR1));
      path.advance(random.nextInt(0, 2));
      path.move(placement, CARPL);
      return path;
    }
    return new CarePath(start, status, placement);
  }

  /** Current carers become long-term carers (U6 to U4, U3 to U1): same carer, new type. */
  private void matchLongTerm(CarePath path) {
    PlacementType type = path.placement().type();
    if (type == PlacementType.U6 && chance(0.6)) {
      path.regrade(PlacementType.U4, NO_URN, ReasonForPlacementChange.PLACE);
    } else if (type == PlacementType.U3 && chance(0.6)) {
      path.regrade(PlacementType.U1, NO_URN, ReasonForPlacementChange.PLACE);
    }
  }

  /** Lives on until the given day, then (for most) moves on to semi-independent living. */
  private void stepDown(CarePath path, LocalDate day) {
    liveUntil(path, day);
    if (path.cursor().isBefore(horizon)
        && ageOn(path.cursor()) >= 16
        && !isSemiIndependent(path.placement().type())
        && chance(0.45)) {
      path.move(semiIndependent(path.cursor()), CARPL);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Living in care: moves, respite, regrading

  private void live(CarePath path, int days) {
    liveUntil(path, path.cursor().plusDays(days));
  }

  /**
   * Lives in care until the given day (or the horizon, whichever comes first), with the moves that
   * happen on the way. Always ends in an ordinary (not temporary) placement.
   */
  private void liveUntil(CarePath path, LocalDate until) {
    LocalDate stop = until.isAfter(horizon) ? horizon : until;
    while (path.cursor().isBefore(stop)) {
      double rate = movesPerYear(path);
      LocalDate next =
          rate <= 0
              ? stop
              : path.cursor().plusDays(1 + (long) (-Math.log(1 - random.nextDouble()) * 365 / rate));
      if (path.placement().type() == PlacementType.H5
          && path.cursor().isBefore(K3_FROM)
          && K3_FROM.isBefore(stop)
          && !K3_FROM.isAfter(next)) {
        // supported accommodation registered with Ofsted: same home, new code
        path.advanceTo(K3_FROM);
        path.regrade(PlacementType.K3, urn(), ReasonForPlacementChange.PLACE);
        continue;
      }
      if (!next.isBefore(stop)) {
        path.advanceTo(stop);
        return;
      }
      path.advanceTo(next);
      placementEvent(path, stop);
    }
  }

  private double movesPerYear(CarePath path) {
    if (path.status() == J1 || path.status() == J2) {
      return 0;
    }
    PlacementType type = path.placement().type();
    int age = ageOn(path.cursor());
    switch (type) {
      case U1:
      case U4:
        return 0.15;
      case U2:
      case U3:
      case U5:
      case U6:
        return age < 5 ? 0.45 : age < 11 ? 0.55 : 0.9;
      case K1:
        return 2.5;
      case K2:
        return 1.0;
      case H5:
      case K3:
        return 0.9;
      default:
        return 0;
    }
  }

  private void placementEvent(CarePath path, LocalDate stop) {
    Placement current = path.placement();
    int age = ageOn(path.cursor());
    LegalStatus status = path.status();
    if ((current.type() == PlacementType.U6 || current.type() == PlacementType.U3)
        && (status == C2 || status == V2)
        && age >= 2
        && chance(0.25)) {
      matchLongTerm(path);
      return;
    }
    if (current.isFoster() && age < 16 && chance(0.18)) {
      // the foster carers' holiday: a temporary placement, then home to the same carers
      int nights = random.nextInt(4, 15);
      if (path.cursor().plusDays(nights + 1).isBefore(stop)) {
        path.move(new Placement(PlacementType.T3, null, ++carers, null, null), null);
        path.advance(nights);
        path.move(current, null);
      }
      return;
    }
    path.move(nextPlacement(age, current, path.cursor()), moveReason(age));
  }

  private Placement nextPlacement(int age, Placement current, LocalDate day) {
    double u = random.nextDouble();
    if (age >= 16) {
      if (u < 0.45) {
        return semiIndependent(day);
      }
      return u < 0.75
          ? placement(PlacementType.U6, fosterProvider())
          : placement(PlacementType.K2, PR4);
    }
    if (age >= 11) {
      if (current.type() == PlacementType.K1) {
        return placement(PlacementType.K2, PR4);
      }
      if (current.type() == PlacementType.K2) {
        if (u < 0.55) {
          return placement(PlacementType.K2, PR4);
        }
        if (u < 0.7) {
          return placement(PlacementType.K2, PR1);
        }
        return u < 0.97
            ? placement(PlacementType.U6, PR4)
            : placement(PlacementType.K1, PR2);
      }
      if (u < 0.65) {
        return placement(PlacementType.U6, fosterProvider());
      }
      if (u < 0.93) {
        return placement(PlacementType.K2, PR4);
      }
      return u < 0.98
          ? placement(PlacementType.U3, PR1)
          : placement(PlacementType.K1, PR2);
    }
    return u < 0.9
        ? placement(PlacementType.U6, fosterProvider())
        : placement(PlacementType.U3, PR1);
  }

  private Placement placementFor(int age, LocalDate day) {
    double u = random.nextDouble();
    if (age >= 16) {
      if (u < 0.35) {
        return semiIndependent(day);
      }
      return u < 0.75
          ? placement(PlacementType.U6, fosterProvider())
          : placement(PlacementType.K2, PR4);
    }
    if (age >= 11) {
      if (u < 0.65) {
        return placement(PlacementType.U6, fosterProvider());
      }
      if (u < 0.9) {
        return placement(PlacementType.K2, PR4);
      }
      return u < 0.95 ? placement(PlacementType.K2, PR1) : placement(PlacementType.U3, PR1);
    }
    return u < 0.85
        ? placement(PlacementType.U6, fosterProvider())
        : placement(PlacementType.U3, PR1);
  }

  private Placement semiIndependent(LocalDate day) {
    double u = random.nextDouble();
    PlacementProvider provider = u < 0.7 ? PR4 : u < 0.9 ? PR5 : PR1;
    return day.isBefore(K3_FROM)
        ? placement(PlacementType.H5, provider)
        : placement(PlacementType.K3, provider);
  }

  private static boolean isSemiIndependent(PlacementType type) {
    return type == PlacementType.H5 || type == PlacementType.K3;
  }

  private PlacementProvider fosterProvider() {
    double u = random.nextDouble();
    return u < 0.5 ? PR1 : u < 0.92 ? PR4 : PR5;
  }

  private PlacementProvider adoptionProvider() {
    double u = random.nextDouble();
    return u < 0.7 ? PR1 : u < 0.9 ? PR5 : PR2;
  }

  private ReasonForPlacementChange moveReason(int age) {
    return MOVE_REASONS[pick(age >= 11 ? TEEN_MOVE_WEIGHTS : CHILD_MOVE_WEIGHTS)];
  }

  /** A new carer: Ofsted-registered homes get a (fake) URN, the rest the DfE placeholder. */
  private Placement placement(PlacementType type, PlacementProvider provider) {
    String urn;
    switch (type) {
      case K1:
      case K2:
      case K3:
      case R3:
        urn = urn();
        break;
      case R5:
        urn = null;
        break;
      default:
        urn = NO_URN;
    }
    return new Placement(type, provider, ++carers, postcode(), urn);
  }

  // ---------------------------------------------------------------------------------------------
  // Cutting a path to the extract

  /**
   * Cuts a path to what the extract holds and adds its episodes.
   *
   * <p>A path that ended before the 18th birthday and by the as-at date keeps its end. Otherwise,
   * if the child is 18 by the as-at date, care stops on the 18th birthday; if not, the last stay
   * that started by the as-at date is left open.
   *
   * @return the period's end (first day out of care), or null when it is open
   */
  private LocalDate render(CarePath path) {
    List<Stay> stays = path.stays();
    LocalDate end = path.end();
    ReasonEpisodeCeased reason = path.reasonEnded();
    int count;
    if (end != null && end.isBefore(eighteenth) && !end.isAfter(asAt)) {
      count = stays.size();
    } else if (!eighteenth.isAfter(asAt)) {
      count = 0;
      while (count < stays.size() && stays.get(count).start.isBefore(eighteenth)) {
        count++;
      }
      if (count > 1 && stays.get(count - 1).placement.isTemporary()) {
        count--;
      }
      end = eighteenth;
      reason = reasonAt18(stays.get(count - 1).placement.type());
    } else {
      count = 0;
      while (count < stays.size() && !stays.get(count).start.isAfter(asAt)) {
        count++;
      }
      end = null;
      reason = null;
    }
    for (int i = 0; i < count; i++) {
      Stay stay = stays.get(i);
      boolean last = i == count - 1;
      Stay next = last ? null : stays.get(i + 1);
      ReasonForPlacementChange change = null;
      if (next != null) {
        ReasonForNewEpisode nextReason = newEpisodeReason(stay, next);
        boolean moved = nextReason != ReasonForNewEpisode.L;
        if (moved && !stay.placement.isTemporary() && !next.placement.isTemporary()) {
          change = stay.leaving == null ? CARPL : stay.leaving;
        }
      }
      Placement placement = stay.placement;
      rows.add(
          new Row(
              stay.start,
              last ? end : next.start,
              i == 0 ? ReasonForNewEpisode.S : newEpisodeReason(stays.get(i - 1), stay),
              stay.status,
              need,
              placement.type(),
              placement.provider(),
              last ? reason : X1,
              change,
              homePostcode,
              placement.type() == PlacementType.P1 ? homePostcode : placement.postcode(),
              placement.urn()));
    }
    return end;
  }

  private static ReasonForNewEpisode newEpisodeReason(Stay before, Stay after) {
    boolean statusChanged = before.status != after.status;
    boolean carerChanged = before.placement.carer() != after.placement.carer();
    boolean placementChanged = carerChanged || before.placement.type() != after.placement.type();
    if (!placementChanged) {
      return ReasonForNewEpisode.L;
    }
    if (statusChanged) {
      return carerChanged ? ReasonForNewEpisode.B : ReasonForNewEpisode.U;
    }
    return carerChanged ? ReasonForNewEpisode.P : ReasonForNewEpisode.T;
  }

  private ReasonEpisodeCeased reasonAt18(PlacementType type) {
    if (type.code().charAt(0) == 'U') {
      return new ReasonEpisodeCeased[] {E17, E17, E17, E17, E17, E17, E5, E5, E6, E8}[random.nextInt(10)];
    }
    if (isSemiIndependent(type)) {
      return new ReasonEpisodeCeased[] {E5, E5, E5, E5, E5, E6, E6, E8, E8, E8}[random.nextInt(10)];
    }
    return new ReasonEpisodeCeased[] {E5, E5, E5, E5, E6, E6, E8, E8, E8, E8}[random.nextInt(10)];
  }

  /** A way out of care that fits the placement, for an episode cut short by a row budget. */
  private static ReasonEpisodeCeased closingReason(PlacementType type) {
    if (type.isPlacedForAdoption()) {
      return E11;
    }
    if (type == PlacementType.P1 || type.code().charAt(0) == 'U') {
      return E4A;
    }
    if (isSemiIndependent(type)) {
      return E5;
    }
    return E8;
  }

  // ---------------------------------------------------------------------------------------------
  // Small draws

  private int ageOn(LocalDate day) {
    return Age.completedYears(dateOfBirth, day);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private int pick(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError("weights");
  }

  /** An obviously fake postcode: the ZZ area does not exist. */
  private String postcode() {
    return "ZZ" + random.nextInt(10, 100) + " " + random.nextInt(1, 10) + "ZZ";
  }

  /** An obviously fake Ofsted URN. */
  private String urn() {
    return "SCZ" + (1000 + random.nextInt(9000));
  }

  /**
   * The 29 February nearest a date of birth that still makes the child under 18 on entering care,
   * so that a few children have a leap-day birthday.
   */
  private static LocalDate leapDayNear(LocalDate born, LocalDate entry) {
    LocalDate best = born;
    long bestDistance = Long.MAX_VALUE;
    for (int year = born.getYear() - 4; year <= born.getYear() + 4; year++) {
      if (!Year.isLeap(year)) {
        continue;
      }
      LocalDate leapDay = LocalDate.of(year, Month.FEBRUARY, 29);
      if (leapDay.isAfter(entry) || !Age.eighteenthBirthday(leapDay).isAfter(entry)) {
        continue;
      }
      long distance = Math.abs(ChronoUnit.DAYS.between(born, leapDay));
      if (distance < bestDistance) {
        best = leapDay;
        bestDistance = distance;
      }
    }
    return best;
  }
}
