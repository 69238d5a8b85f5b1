package org.permanence.saving;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.permanence.child.Child;
import org.permanence.child.ChildId;
import org.permanence.code.PlacementProvider;
import org.permanence.code.PlacementType;
import org.permanence.code.ReasonEpisodeCeased;
import org.permanence.exit.Exit;
import org.permanence.exit.Horizon;
import org.permanence.exit.Route;
import org.permanence.input.InputFile;
import org.permanence.input.RateCards;
import org.permanence.money.Pence;
import org.permanence.rate.RateCard;
import org.permanence.support.SupportCard;
import org.permanence.support.SupportCards;

/** What holds of every exit's saving, whatever its dates, horizon and cards. */
class ExitSavingsPropertiesTest {

  private static final ExitSavingsCalculator CALCULATOR = ExitSavingsCalculator.DEFAULT;

  private static RateCard rates(int pence) {
    return RateCards.read(InputFile.ofText("rates.csv",
        "place,provider,min_age,max_age,effective_from,weekly_cost\n*,*,,,2000-01-01,"
            + BigDecimal.valueOf(pence, 2) + "\n*,*,,,2024-04-01," + BigDecimal.valueOf(pence + 1234, 2) + "\n"));
  }

  private static SupportCard support(int pence) {
    return SupportCards.read(InputFile.ofText("support.csv",
        "route,kind,min_age,max_age,effective_from,amount\n"
            + "SGO,weekly,0,10,2000-01-01," + BigDecimal.valueOf(pence, 2) + "\n"
            + "SGO,weekly,11,17,2000-01-01," + BigDecimal.valueOf(pence * 2L, 2) + "\n"
            + "*,one-off,,,2000-01-01,750\n"));
  }

  private static Exit exit(int bornDay, int exitAfterBirth) {
    LocalDate born = LocalDate.parse("2005-01-01").plusDays(bornDay);
    return Exit.builder()
        .child(Child.of(ChildId.of("C1"), born))
        .date(born.plusDays(exitAfterBirth))
        .reason(ReasonEpisodeCeased.E45)
        .route(Route.SGO)
        .placementType(PlacementType.U4)
        .placementProvider(PlacementProvider.PR1)
        .periodStart(born)
        .build();
  }

  @Property(tries = 300)
  void eachRowAddsUpAndALongerHorizonNeverAvoidsLess(
      @ForAll @IntRange(min = 0, max = 5000) int bornDay,
      @ForAll @IntRange(min = 0, max = 6800) int exitAfterBirth,
      @ForAll @IntRange(min = 0, max = 120) int weeks,
      @ForAll @IntRange(min = 0, max = 500_000) int ratePence,
      @ForAll @IntRange(min = 0, max = 100_000) int supportPence) {
    Exit exit = exit(bornDay, exitAfterBirth);
    RateCard rates = rates(ratePence);

    ExitSaving shorter = CALCULATOR.saving(exit, Horizon.weeks(weeks), rates, support(supportPence),
        Optional.of(ExitSavingsCalculator.GREEN_BOOK_RATE));
    ExitSaving longer = CALCULATOR.saving(exit, Horizon.weeks(weeks + 1), rates, support(supportPence),
        Optional.empty());
    ExitSaving unsupported = CALCULATOR.saving(exit, Horizon.weeks(weeks), rates, SupportCard.NONE,
        Optional.empty());

    for (SavingYear year : shorter.years()) {
      assertThat(year.netSaving()).isEqualTo(year.avoidedCost().subtract(year.supportCost()));
      // discounting never makes a saving larger, nor turns its sign
      assertThat(year.presentValue().abs()).isLessThanOrEqualTo(year.netSaving().abs());
      assertThat(year.presentValue().signum() * year.netSaving().signum()).isGreaterThanOrEqualTo(0);
    }
    assertThat(shorter.netSaving()).isEqualTo(Pence.sum(shorter.years().stream().map(SavingYear::netSaving)::iterator));
    assertThat(shorter.years().stream().mapToLong(SavingYear::days).sum()).isEqualTo(shorter.days().lengthInDays());
    assertThat(total(longer)).isGreaterThanOrEqualTo(total(shorter));
    for (SavingYear year : unsupported.years()) {
      assertThat(year.netSaving()).isEqualTo(year.avoidedCost());
    }
  }

  private static BigDecimal total(ExitSaving saving) {
    return saving.years().stream().map(year -> year.avoided().sevenTimes()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
