package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.TimePassed;
import io.vavr.collection.TreeSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's screens say exactly what the conditions they were read from say. */
class ScreenTests {

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final String[] CRITERIA = {"money", "need", "decision"};

  @Test
  void agreesWithTheConditionOnRandomConditionsCustomersAndEvents() {
    Random random = new Random(20261123);
    int screenedWhole = 0;
    for (int c = 0; c < 3_000; c++) {
      Condition condition = condition(random, 3);
      Screen screen = Screen.of(condition);
      if (screen.rest == null) {
        screenedWhole++;
      }
      for (int p = 0; p < 40; p++) {
        Position position = position(random);
        Event event = event(random);
        assertThat(screen.holds(position, event, Screen.outcomeOf(event)))
            .as("%s (screen: %s) for %s on %s", condition.description(), screen, position, event)
            .isEqualTo(condition.holds(position, event));
      }
    }
    // Not a test of luck: the generator makes conditions both wholly and partly screened.
    assertThat(screenedWhole).isBetween(300, 2_700);
  }

  @Test
  void readsTheSalesFunnelWhole() {
    Playbook funnel = SalesFunnelFixture.playbook();
    for (Rule rule : funnel.rules()) {
      assertThat(Screen.of(rule.condition()).rest).as(rule.name()).isNull();
    }
    for (Gate gate : funnel.gates()) {
      assertThat(Screen.of(gate.admission()).rest).as(gate.stage()).isNull();
    }
  }

  @Test
  void keepsWhatItCannotReadAndSaysWhatItRead() {
    Condition quiet = Condition.inactiveFor(Duration.ofDays(7));
    Condition condition =
        Condition.statusIs(CustomerStatus.ACTIVE)
            .and(Condition.outcomeIs(Outcome.YES).not())
            .and(Condition.purchasesAtLeast(1))
            .and(Condition.purchasesAtLeast(3).not())
            .and(Condition.criteriaMet(2, CRITERIA))
            .and(quiet);
    Screen screen = Screen.of(condition);
    assertThat(screen.rest).isSameAs(quiet);
    assertThat(screen)
        .hasToString(
            "status in [active]; outcome in [no, dont_know, no interaction];"
                + " purchases in [1, 2]; 2 of money, need, decision; then inactive for 7 days");
    assertThat(Screen.of(Condition.always())).hasToString("open");
    assertThat(Screen.of(Condition.statusIs(CustomerStatus.GREY, CustomerStatus.BLUE)))
        .hasToString("status in [grey, blue]");
  }

  private static Condition condition(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 12 : 8);
    return switch (kind) {
      case 0 ->
          Condition.statusIs(
              CustomerStatus.values()[random.nextInt(3)],
              CustomerStatus.values()[random.nextInt(3)]);
      case 1 -> Condition.outcomeIs(Outcome.values()[random.nextInt(3)]);
      case 2 -> Condition.purchasesAtLeast(random.nextInt(4) - 1);
      case 3 -> Condition.criteriaMet(random.nextInt(3), CRITERIA[random.nextInt(3)], "need");
      case 4 -> Condition.always();
      case 5 -> Condition.inactiveFor(Duration.ofDays(random.nextInt(10)));
      case 6 -> Condition.of("an even purchase count", (p, e) -> p.purchases() % 2 == 0);
      case 7 -> Condition.attribute("criterion").is(CRITERIA[random.nextInt(3)]);
      case 8, 9 -> condition(random, depth - 1).and(condition(random, depth - 1));
      case 10 -> condition(random, depth - 1).or(condition(random, depth - 1));
      default -> condition(random, depth - 1).not();
    };
  }

  private static Position position(Random random) {
    TreeSet<String> met = TreeSet.empty();
    for (String criterion : CRITERIA) {
      if (random.nextBoolean()) {
        met = met.add(criterion);
      }
    }
    Instant active = T0.minus(Duration.ofDays(random.nextInt(12)));
    return Position.of(
        "c",
        "j",
        "s",
        CustomerStatus.values()[random.nextInt(3)],
        met,
        random.nextInt(4),
        active,
        active);
  }

  private static Event event(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> new InteractionHappened(Outcome.values()[random.nextInt(3)], T0);
      case 1 -> new CriterionMet(CRITERIA[random.nextInt(3)], T0);
      case 2 -> PurchaseMade.of(T0);
      default -> new TimePassed(T0);
    };
  }
}
