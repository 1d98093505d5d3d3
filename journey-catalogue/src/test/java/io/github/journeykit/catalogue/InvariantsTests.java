package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.testkit.CustomerHistory;
import io.github.journeykit.testkit.Invariant;
import io.github.journeykit.testkit.Invariants;
import io.github.journeykit.testkit.Violation;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each invariant catches the mistake it is named after, in a forged history. */
class InvariantsTests {

  static final Engine FUNNEL = Catalogue.get("sales-funnel").get().compile();
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  static Position at(String stage, int purchases, String... criteria) {
    return Position.of(
        "c", "sales-funnel", stage, CustomerStatus.ACTIVE, TreeSet.of(criteria), purchases, T0, T0);
  }

  /** A history of one decision whose result is forged. */
  static CustomerHistory forged(Position before, Event event, Position after) {
    Decision real = FUNNEL.decide(before, event);
    Decision forgedDecision =
        new Decision(before, event, after, real.messages(), real.explanation());
    return new CustomerHistory(FUNNEL, before, List.of(event), List.of(forgedDecision));
  }

  @Test
  void aRealHistoryKeepsEveryStandardInvariant() {
    Position start = FUNNEL.journey().newCustomer("c", T0);
    CustomerHistory history =
        CustomerHistory.replay(
            FUNNEL, start, List.of(new InteractionHappened(Outcome.YES, T0), PurchaseMade.of(T0)));
    for (Invariant invariant :
        Invariants.standard().appendAll(CatalogueInvariants.forJourney("sales-funnel"))) {
      assertThat(invariant.check(history).isEmpty()).as(invariant.name()).isTrue();
    }
    assertThat(history.end().stage()).isEqualTo("purchased");
  }

  @Test
  void catchAStageThatIsNotInTheJourney() {
    Event yes = new InteractionHappened(Outcome.YES, T0);
    assertThat(
            Invariants.stageIsAlwaysKnown()
                .check(forged(at("informed", 0), yes, at("limbo", 0)))
                .get())
        .isEqualTo(
            new Violation(0, "the customer is at 'limbo', which is not a stage of the journey"));
  }

  @Test
  void catchADecisionThatIsNotWhatTheEngineDecides() {
    Event yes = new InteractionHappened(Outcome.YES, T0);
    assertThat(
            Invariants.decisionsAreDeterministic()
                .check(forged(at("uninformed", 0), yes, at("uninformed", 0)))
                .get()
                .message())
        .startsWith("deciding the same event again gave ");
  }

  @Test
  void catchAMoveThroughAClosedGate() {
    Event yes = new InteractionHappened(Outcome.YES, T0);
    assertThat(
            Invariants.noMoveBypassesAGate()
                .check(forged(at("informed", 0, "money"), yes, at("interested", 0, "money")))
                .get()
                .message())
        .isEqualTo(
            "moved into 'interested' though its gate (at least 2 of money, need, decision) does not admit the customer");
  }

  @Test
  void catchMovesTooFarAndLostPurchases() {
    Event yes = new InteractionHappened(Outcome.YES, T0);
    assertThat(
            Invariants.movesAtMostOneStage(Outcome.YES, true)
                .check(forged(at("uninformed", 0), yes, at("interested", 0)))
                .get()
                .message())
        .isEqualTo("a yes moved the customer from 'uninformed' to 'interested', 2 stages up");
    Event no = new InteractionHappened(Outcome.NO, T0);
    assertThat(
            Invariants.movesAtMostOneStage(Outcome.NO, false)
                .check(forged(at("buyer", 0), no, at("informed", 0)))
                .get()
                .message())
        .isEqualTo("a no moved the customer from 'buyer' to 'informed', 2 stages down");
    assertThat(
            Invariants.purchasesNeverDecrease()
                .check(forged(at("loyal", 2), no, at("loyal", 1)))
                .get()
                .message())
        .isEqualTo("purchases went from 2 to 1");
    assertThat(
            Invariants.fromStageOnPurchasesAtLeast("loyal", 2)
                .check(forged(at("purchased", 1), no, at("loyal", 1)))
                .get()
                .message())
        .isEqualTo("the customer is at 'loyal' and needs 2 purchases, but has 1");
    assertThat(
            Invariants.fromStageOnMetOneOf("buyer", "money", "need")
                .check(forged(at("interested", 0), yes, at("buyer", 0)))
                .get()
                .message())
        .isEqualTo("the customer is at 'buyer' and needs one of money, need, but has no criteria");
  }

  @Test
  void everyCatalogueJourneyHasInvariantsOfItsOwn() {
    for (String id : Catalogue.ids()) {
      assertThat(CatalogueInvariants.forJourney(id)).as(id).isNotEmpty();
    }
    assertThat(CatalogueInvariants.forJourney("unknown")).isEmpty();
  }
}
