package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerChurned;
import io.github.journeykit.model.CustomerRefused;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.Stage;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins every line of the sales-funnel specification. */
class SalesFunnelTests {

  static final Engine FUNNEL = Catalogue.get("sales-funnel").get().compile();
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final Instant T1 = T0.plusSeconds(3600);

  static Position at(String stage, CustomerStatus status, int purchases, String... criteria) {
    // a position as the engine makes it: the facts in the journey's own layout
    Position start = FUNNEL.journey().newCustomer("c-1", T0);
    Facts facts = start.facts().withCriteria(TreeSet.of(criteria));
    return new Position(
        start.enrolment(),
        stage,
        status,
        purchases == 0 ? facts : facts.plus(Fact.PURCHASES, purchases),
        T0,
        T0);
  }

  static Position decide(Position position, Event event) {
    Decision decision = FUNNEL.decide(position, event);
    assertThat(decision.isRejected()).as("rejected: %s", decision.rejection()).isFalse();
    return decision.after();
  }

  static InteractionHappened says(Outcome outcome) {
    return new InteractionHappened(outcome, T1);
  }

  @Test
  void hasTheSixStagesInOrderAndANewCustomerIsUninformedActiveWithNothing() {
    assertThat(FUNNEL.journey().stages().map(Stage::id))
        .containsExactly("uninformed", "informed", "interested", "buyer", "purchased", "loyal");
    Position start = FUNNEL.journey().newCustomer("c-1", T0);
    assertThat(start.stage()).isEqualTo("uninformed");
    assertThat(start.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(start.criteria()).isEmpty();
    assertThat(start.purchases()).isZero();
  }

  @Nested
  class Yes {
    @Test
    void movesAnActiveCustomerUpOneStageWhenTheStageAboveAdmitsThem() {
      assertThat(decide(at("uninformed", CustomerStatus.ACTIVE, 0), says(Outcome.YES)).stage())
          .isEqualTo("informed");
      assertThat(
              decide(at("informed", CustomerStatus.ACTIVE, 0, "money", "need"), says(Outcome.YES))
                  .stage())
          .isEqualTo("interested");
      assertThat(
              decide(
                      at("interested", CustomerStatus.ACTIVE, 0, "money", "need", "decision"),
                      says(Outcome.YES))
                  .stage())
          .isEqualTo("buyer");
    }

    @Test
    void keepsTheCustomerWhenTheGateAboveDoesNotAdmitThem() {
      assertThat(
              decide(at("informed", CustomerStatus.ACTIVE, 0, "money"), says(Outcome.YES)).stage())
          .isEqualTo("informed");
      assertThat(
              decide(at("interested", CustomerStatus.ACTIVE, 0, "money", "need"), says(Outcome.YES))
                  .stage())
          .isEqualTo("interested");
      assertThat(
              decide(
                      at("buyer", CustomerStatus.ACTIVE, 0, "money", "need", "decision"),
                      says(Outcome.YES))
                  .stage())
          .isEqualTo("buyer");
    }

    @Test
    void winsABlueCustomerBackWithoutMovingThem() {
      Position after = decide(at("informed", CustomerStatus.BLUE, 0), says(Outcome.YES));
      assertThat(after.status()).isEqualTo(CustomerStatus.ACTIVE);
      assertThat(after.stage()).isEqualTo("informed");
    }

    @Test
    void hasNoEffectOnAGreyCustomer() {
      Position grey = at("informed", CustomerStatus.GREY, 0, "money", "need");
      assertThat(decide(grey, says(Outcome.YES))).isEqualTo(grey.activeAt(T1));
    }
  }

  @Nested
  class No {
    @Test
    void movesAnActiveCustomerDownOneStage() {
      // Positions a customer can really reach: a buyer meets all three criteria, so the gate of
      // 'interested' admits them on the way down.
      assertThat(
              decide(
                      at("buyer", CustomerStatus.ACTIVE, 0, "money", "need", "decision"),
                      says(Outcome.NO))
                  .stage())
          .isEqualTo("interested");
      assertThat(
              decide(at("interested", CustomerStatus.ACTIVE, 0, "money", "need"), says(Outcome.NO))
                  .stage())
          .isEqualTo("informed");
      assertThat(decide(at("informed", CustomerStatus.ACTIVE, 0), says(Outcome.NO)).stage())
          .isEqualTo("uninformed");
    }

    @Test
    void neverBelowUninformed() {
      assertThat(decide(at("uninformed", CustomerStatus.ACTIVE, 0), says(Outcome.NO)).stage())
          .isEqualTo("uninformed");
    }

    @ParameterizedTest
    @EnumSource(
        value = CustomerStatus.class,
        names = {"GREY", "BLUE"})
    void hasNoEffectOnGreyOrBlueCustomers(CustomerStatus status) {
      Position position = at("buyer", status, 0);
      assertThat(decide(position, says(Outcome.NO))).isEqualTo(position.activeAt(T1));
    }
  }

  @Test
  void dontKnowHasNoEffect() {
    for (String stage :
        List.of("uninformed", "informed", "interested", "buyer", "purchased", "loyal")) {
      Position position =
          at(
              stage,
              CustomerStatus.ACTIVE,
              stage.equals("loyal") ? 2 : 0,
              "money",
              "need",
              "decision");
      Position after = decide(position, says(Outcome.DONT_KNOW));
      // an uninformed customer is shown who we are again, the stage's planned response [000]
      assertThat(after)
          .isEqualTo(
              stage.equals("uninformed")
                  ? position.activeAt(T1).withFacts(position.facts().messageSent("we-exist", T1))
                  : position.activeAt(T1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"purchased", "loyal"})
  void fromPurchasedOnInteractionsNeverMoveTheStage(String stage) {
    for (Outcome outcome : Outcome.values()) {
      for (CustomerStatus status : CustomerStatus.values()) {
        assertThat(decide(at(stage, status, 2, "money", "need", "decision"), says(outcome)).stage())
            .as("%s %s", outcome, status)
            .isEqualTo(stage);
      }
    }
  }

  @Nested
  class Criteria {
    @Test
    void areRecordedIdempotentlyWhateverTheStatus() {
      for (CustomerStatus status : CustomerStatus.values()) {
        Position once = decide(at("informed", status, 0), new CriterionMet("money", T1));
        assertThat(once.criteria()).containsExactly("money");
        assertThat(decide(once, new CriterionMet("money", T1)).criteria()).containsExactly("money");
        assertThat(once.status()).isEqualTo(status);
      }
    }

    @Test
    void neverMoveTheStageByThemselves() {
      Position position = at("informed", CustomerStatus.ACTIVE, 0, "money");
      assertThat(
              decide(
                      decide(position, new CriterionMet("need", T1)),
                      new CriterionMet("decision", T1))
                  .stage())
          .isEqualTo("informed");
    }
  }

  @Nested
  class Purchase {
    @ParameterizedTest
    @ValueSource(strings = {"uninformed", "informed", "interested", "buyer"})
    void aFirstPurchaseMakesTheCustomerPurchasedFromAnyStage(String stage) {
      Position after = decide(at(stage, CustomerStatus.GREY, 0), PurchaseMade.of(T1));
      assertThat(after.stage()).isEqualTo("purchased");
      assertThat(after.purchases()).isEqualTo(1);
      assertThat(after.status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uninformed", "informed", "interested", "buyer", "purchased", "loyal"})
    void aSecondPurchaseMakesTheCustomerLoyalFromAnyStage(String stage) {
      Position after = decide(at(stage, CustomerStatus.BLUE, 1), PurchaseMade.of(T1));
      assertThat(after.stage()).isEqualTo("loyal");
      assertThat(after.purchases()).isEqualTo(2);
      assertThat(after.status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void moreThanTwoPurchasesStayLoyal() {
      Position after = decide(at("loyal", CustomerStatus.ACTIVE, 5), PurchaseMade.of(T1));
      assertThat(after.stage()).isEqualTo("loyal");
      assertThat(after.purchases()).isEqualTo(6);
    }
  }

  @Nested
  class Statuses {
    @ParameterizedTest
    @ValueSource(strings = {"uninformed", "interested", "loyal"})
    void aRefusalGreysTheCustomerAndKeepsTheStage(String stage) {
      Position after =
          decide(
              at(stage, CustomerStatus.ACTIVE, stage.equals("loyal") ? 2 : 0),
              new CustomerRefused(T1));
      assertThat(after.status()).isEqualTo(CustomerStatus.GREY);
      assertThat(after.stage()).isEqualTo(stage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"informed", "buyer", "purchased"})
    void aChurnBluesTheCustomerAndKeepsTheStage(String stage) {
      Position after =
          decide(
              at(stage, CustomerStatus.ACTIVE, stage.equals("purchased") ? 1 : 0),
              new CustomerChurned(T1));
      assertThat(after.status()).isEqualTo(CustomerStatus.BLUE);
      assertThat(after.stage()).isEqualTo(stage);
    }
  }
}
