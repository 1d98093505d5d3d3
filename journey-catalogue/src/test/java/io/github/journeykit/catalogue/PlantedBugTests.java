package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.github.journeykit.testkit.CheckResult;
import io.github.journeykit.testkit.Counterexample;
import io.github.journeykit.testkit.CustomerGenerator;
import io.github.journeykit.testkit.Invariants;
import io.github.journeykit.testkit.JourneyCheck;
import org.junit.jupiter.api.Test;

/** A bug planted in a copy of a journey's rules is found and shrunk to a minimal counterexample. */
class PlantedBugTests {

  /**
   * The loyalty loop, with "a no moves back one stage" replaced by "a no at the deal goes back
   * two".
   */
  static Playbook buggyLoyaltyLoop() {
    Playbook original = Catalogue.get("loyalty-loop").get();
    Journey journey =
        original.journey().toBuilder()
            .transition(Transition.loop("deal", "need-awareness", "The bug"))
            .buildOrThrow();
    Playbook.Builder copy = Playbook.builder(journey);
    original.gates().forEach(copy::gate);
    for (Rule rule : original.rules()) {
      if (rule.name().equals("A no moves an active customer back")) {
        copy.rule(
            Rule.named("A no moves an active customer back", EventType.INTERACTION)
                .at("comparison", "deal")
                .when(
                    Condition.outcomeIs(Outcome.NO).and(Condition.statusIs(CustomerStatus.ACTIVE)))
                .then(Effect.moveTo("need-awareness")));
      } else {
        copy.rule(rule);
      }
    }
    return copy.buildOrThrow();
  }

  @Test
  void checkFindsANoThatMovesTwoStagesDownAndShrinksItToThreeEvents() {
    CheckResult result =
        JourneyCheck.of(buggyLoyaltyLoop())
            .seed(7)
            .check(Invariants.standard().appendAll(CatalogueInvariants.forJourney("loyalty-loop")));

    assertThat(result.holds()).isFalse();
    Counterexample counterexample = result.counterexample().get();
    assertThat(counterexample.invariant()).isEqualTo("a no moves at most one stage down");
    assertThat(counterexample.events()).hasSizeLessThanOrEqualTo(3);
    assertThat(counterexample.events().map(e -> e.type().id() + " " + e.detail().getOrElse("")))
        .containsExactly("interaction yes", "interaction yes", "interaction no");
    assertThat(counterexample.originalLength()).isGreaterThan(3);
    assertThat(counterexample.violation().message())
        .isEqualTo("a no moved the customer from 'deal' to 'need-awareness', 2 stages down");
    assertThat(counterexample.explanation())
        .contains("fired \"A no moves an active customer back\": move to 'need-awareness'")
        .contains("result: moves to 'need-awareness' (active)");
    assertThat(counterexample.csv())
        .isEqualTo(
            "customer,at,event,detail\n"
                + "counterexample,"
                + counterexample.events().get(0).at()
                + ",interaction,yes\n"
                + "counterexample,"
                + counterexample.events().get(1).at()
                + ",interaction,yes\n"
                + "counterexample,"
                + counterexample.events().get(2).at()
                + ",interaction,no\n");
    assertThat(counterexample.events().map(e -> e.at()))
        .as("simplified: every event moved back to the start")
        .containsOnly(CustomerGenerator.DEFAULT_START);
    assertThat(result.report())
        .contains("invariant \"a no moves at most one stage down\" does not hold")
        .contains(
            "of the run with seed 7; shrunk from "
                + counterexample.originalLength()
                + " events to 3")
        .contains("event #3 broke it")
        .contains("reproduce with JourneyCheck.of(playbook).seed(7)");
  }

  @Test
  void theSameSeedFindsTheSameCounterexample() {
    Playbook buggy = buggyLoyaltyLoop();
    CheckResult first =
        JourneyCheck.of(buggy).seed(99).check(CatalogueInvariants.forJourney("loyalty-loop"));
    CheckResult again =
        JourneyCheck.of(buggy).seed(99).check(CatalogueInvariants.forJourney("loyalty-loop"));
    assertThat(again).isEqualTo(first);
    assertThat(first.holds()).isFalse();
  }

  @Test
  void assertHoldsFailsWithTheReport() {
    CheckResult result =
        JourneyCheck.of(buggyLoyaltyLoop())
            .seed(3)
            .check(CatalogueInvariants.forJourney("loyalty-loop"));
    assertThatThrownBy(result::assertHolds)
        .isInstanceOf(AssertionError.class)
        .hasMessage(result.report());
  }

  /** The sales funnel, without the rule that makes a second purchase loyal: no one gets there. */
  static Playbook funnelWithoutLoyalty() {
    Playbook original = Catalogue.get("sales-funnel").get();
    Playbook.Builder copy = Playbook.builder(original.journey());
    original.gates().forEach(copy::gate);
    original
        .rules()
        .filter(rule -> !rule.name().equals("A second purchase makes the customer loyal"))
        .forEach(copy::rule);
    return copy.buildOrThrow();
  }

  @Test
  void aCheckWhoseInvariantIsAboutAStageNoOneReachesFailsInsteadOfPassingWithNothingChecked() {
    CheckResult result =
        JourneyCheck.of(funnelWithoutLoyalty())
            .seed(5)
            .check(Invariants.fromStageOnPurchasesAtLeast("loyal", 2));
    assertThat(result.counterexample()).isEmpty();
    assertThat(result.holds()).isFalse();
    assertThat(result.coverage().unexercised())
        .containsExactly(
            "stage 'loyal': reached by 0 customers",
            "invariant \"from 'loyal' on, a customer has 2 purchases\": its stages reached by 0"
                + " customers");
    assertThat(result.report())
        .contains("1 invariant held for 1000 customers (seed 5), but they were never put to the")
        .contains("expectUnreached(");
  }
}
