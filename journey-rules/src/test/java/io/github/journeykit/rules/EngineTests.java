package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerChurned;
import io.github.journeykit.model.CustomerRefused;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.ReviewLeft;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Transition;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EngineTests {

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final Engine FUNNEL = SalesFunnelFixture.playbook().compile();

  static Journey abc() {
    return Journey.builder("abc", "A, B, C")
        .stage(Stage.of("a", "A", "-"))
        .stage(Stage.of("b", "B", "-"))
        .stage(Stage.of("c", "C", "-"))
        .transition(Transition.advance("a", "b"))
        .transition(Transition.advance("b", "c"))
        .transition(Transition.skip("a", "c", "-"))
        .transition(Transition.rollBack("b", "a"))
        .events(EventType.standard())
        .message(
            Message.builder()
                .id("hello")
                .stage("a")
                .when(Option.of(Timing.at(LocalTime.of(10, 0), "Morning after")))
                .build())
        .message(
            Message.builder()
                .id("soon")
                .stage("a")
                .when(Option.of(Timing.after(Duration.ofHours(2), "Later")))
                .build())
        .buildOrThrow();
  }

  @Nested
  class Explanations {
    @Test
    void readsEveryEventTypeAsTheEventSaysIt() {
      Random random = new Random(8);
      Engine engine = Playbook.builder(abc()).buildOrThrow().compile();
      for (EventType type : EventType.standard()) {
        String detail =
            type == EventType.INTERACTION
                ? "yes"
                : type == EventType.EXPERIENCE ? "positive" : "money";
        Event event = EventFactory.of(type, detail, Instant.EPOCH, random);
        assertThat(engine.typeOf(event))
            .as(event.toString())
            .isEqualTo(EventType.standard().indexOf(event.type()))
            .isEqualTo(EventType.standard().indexOf(type));
        assertThat(engine.typeOf(event.via("t", "c")))
            .isEqualTo(EventType.standard().indexOf(type));
      }
      assertThat(engine.typeOf(Event.of(EventType.of("login", "Logged in"), Instant.EPOCH)))
          .isEqualTo(-1);
    }

    @Test
    void leaveAPositionNothingChangesAsItWas() {
      Position customer = FUNNEL.journey().newCustomer("c-1", T0);
      assertThat(FUNNEL.decide(customer, new TimePassed(T0.plusSeconds(60))).after())
          .isSameAs(customer);
      assertThat(FUNNEL.withExplanations(false).decide(customer, new TimePassed(T0)).after())
          .isSameAs(customer);
    }

    @Test
    void aBlockedYesNamesTheGateAndWhatIsMissing() {
      Position informed =
          FUNNEL
              .decide(
                  FUNNEL.journey().newCustomer("c-1", T0), new InteractionHappened(Outcome.YES, T0))
              .after();
      informed = FUNNEL.decide(informed, new CriterionMet("money", T0.plusSeconds(60))).after();
      Decision blocked =
          FUNNEL.decide(informed, new InteractionHappened(Outcome.YES, T0.plusSeconds(120)));

      assertThat(blocked.after().stage()).isEqualTo("informed");
      assertThat(blocked.explanation().blockedBy().get())
          .isEqualTo(
              "the gate of 'interested' does not admit the customer: needs at least 2 of money, need, decision;"
                  + " has 1: money");
      assertThat(blocked.explanation().fired().map(Rule::name))
          .containsExactly("A yes moves an active customer up one stage");
      assertThat(blocked.explanation().toString())
          .isEqualTo(
              "interaction yes at 2026-03-01T09:02:00Z for customer 'c-1' at 'informed' (active)\n"
                  + "  fired \"A yes moves an active customer up one stage\": move to the next stage\n"
                  + "  not fired \"A yes wins a blue customer back\": status is blue, but it is active\n"
                  + "  not fired \"A no moves an active customer down one stage\": not outcome is no\n"
                  + "  not fired \"A don't know keeps the customer where they are\": not outcome is dont_know\n"
                  + "  blocked: the gate of 'interested' does not admit the customer: needs at least 2 of money,"
                  + " need, decision; has 1: money\n"
                  + "  result: stays at 'informed' (active), 0 purchases, criteria money\n");
    }

    @Test
    void onlyTheRulesForTheStageAndEventTypeAreConsidered() {
      Decision decision =
          FUNNEL.decide(FUNNEL.journey().newCustomer("c", T0), new CustomerRefused(T0));
      assertThat(decision.explanation().verdicts().map(v -> v.rule().name()))
          .containsExactly("A refusal turns the customer grey");
      assertThat(decision.explanation().consideredCount()).isEqualTo(1);
    }

    @Test
    void canBeSwitchedOffAndThenCarryNoVerdictsButTheSameDecision() {
      Engine quiet = FUNNEL.withExplanations(false);
      Position start = FUNNEL.journey().newCustomer("c", T0);
      Event yes = new InteractionHappened(Outcome.YES, T0);
      Decision loud = FUNNEL.decide(start, yes);
      Decision silent = quiet.decide(start, yes);
      assertThat(silent.after()).isEqualTo(loud.after());
      assertThat(silent.explanation().isRecorded()).isFalse();
      assertThat(silent.explanation().verdicts()).isEmpty();
      assertThat(silent.explanation().toString()).contains("(explanations are off)");
      assertThat(loud.explanation().verdicts()).isNotEmpty();
      assertThat(quiet.withExplanations(false)).isSameAs(quiet);
    }

    @Test
    void conflictsAreResolvedByPriorityThenDeclarationOrder() {
      Playbook playbook =
          Playbook.builder(abc())
              .rule(
                  Rule.named("first declared to b", EventType.REVIEW)
                      .at("a")
                      .then(Effect.moveTo("b"), Effect.status(CustomerStatus.GREY)))
              .rule(
                  Rule.named("second declared to c", EventType.REVIEW)
                      .at("a")
                      .then(Effect.moveTo("c")))
              .rule(
                  Rule.named("urgent blue", EventType.REVIEW)
                      .priority(5)
                      .then(Effect.status(CustomerStatus.BLUE)))
              .buildOrThrow();
      Decision decision =
          playbook.compile().decide(Position.start("c", "abc", "a", T0), new ReviewLeft(T0));
      assertThat(decision.after().stage()).isEqualTo("b");
      assertThat(decision.after().status()).isEqualTo(CustomerStatus.BLUE);
      assertThat(decision.explanation().verdicts().map(v -> v.rule().name()))
          .containsExactly("urgent blue", "first declared to b", "second declared to c");
      assertThat(decision.explanation().conflicts())
          .containsExactly(
              "the status of \"first declared to b\" is overridden by \"urgent blue\": higher priority (5 over 0)",
              "the move of \"second declared to c\" is overridden by \"first declared to b\": same priority,"
                  + " declared first");
    }

    @Test
    void aMovePastTheLastStageIsExplained() {
      Playbook playbook =
          Playbook.builder(abc())
              .rule(Rule.named("up", EventType.REVIEW).at("b", "c").then(Effect.advance()))
              .buildOrThrow();
      Decision decision =
          playbook.compile().decide(Position.start("c", "abc", "c", T0), new ReviewLeft(T0));
      assertThat(decision.after().stage()).isEqualTo("c");
      assertThat(decision.explanation().toString()).contains("  no move: 'c' is the last stage\n");
    }
  }

  @Nested
  class BadInput {
    @Test
    void anEventTypeTheJourneyDoesNotKnowIsRejectedAndChangesNothing() {
      Position start = FUNNEL.journey().newCustomer("c", T0);
      Decision decision = FUNNEL.decide(start, new ReviewLeft(T0.plusSeconds(5)));
      assertThat(decision.isRejected()).isTrue();
      assertThat(decision.after()).isSameAs(start);
      assertThat(decision.messages()).isEmpty();
      assertThat(decision.rejection().get())
          .isEqualTo(
              "event 'review': journey 'sales-funnel' does not know this event type; it knows:"
                  + " interaction, criterion, purchase, refused, churned, time_passed");
      assertThat(decision.explanation().toString())
          .contains("  rejected: event 'review': journey 'sales-funnel' does not know");
    }

    @Test
    void aCriterionTheJourneyDoesNotDefineIsRejected() {
      Decision decision =
          FUNNEL.decide(FUNNEL.journey().newCustomer("c", T0), new CriterionMet("vip", T0));
      assertThat(decision.rejection().get())
          .isEqualTo(
              "event 'criterion', attribute 'criterion': journey 'sales-funnel' has no criterion"
                  + " 'vip'; its criteria: money, need, decision");
    }

    @Test
    void aStageThatDoesNotExistIsRejected() {
      Position lost = Position.start("c", "sales-funnel", "nowhere", T0);
      assertThat(FUNNEL.decide(lost, new CustomerRefused(T0)).rejection().get())
          .isEqualTo(
              "stage 'nowhere' does not exist in journey 'sales-funnel'; known stages: uninformed, informed,"
                  + " interested, buyer, purchased, loyal");
    }

    @Test
    void aPositionFromAnotherJourneyIsRejected() {
      Position elsewhere = Position.start("c", "b2b", "awareness", T0);
      Decision decision = FUNNEL.decide(elsewhere, new CustomerRefused(T0));
      assertThat(decision.rejection().get())
          .isEqualTo("the position of customer 'c' is in journey 'b2b', not 'sales-funnel'");
      assertThat(decision.after()).isSameAs(elsewhere);
    }
  }

  @Nested
  class Messages {
    @Test
    void goOutAfterTheirDelayOrAtTheNextTimeOfDay() {
      Playbook playbook =
          Playbook.builder(abc())
              .rule(
                  Rule.named("greet", EventType.REVIEW)
                      .then(Effect.send("hello"), Effect.send("soon")))
              .buildOrThrow();
      Instant evening = Instant.parse("2026-03-01T18:30:00Z");
      Seq<MessageToSend> sends =
          playbook
              .compile()
              .decide(Position.start("c-9", "abc", "a", T0), new ReviewLeft(evening))
              .messages();
      assertThat(
              sends.map(
                  m ->
                      m.message().id()
                          + "@"
                          + m.sendAt()
                          + " for "
                          + m.customer()
                          + " by "
                          + m.rule()))
          .containsExactly(
              "hello@2026-03-02T10:00:00Z for c-9 by greet",
              "soon@2026-03-01T20:30:00Z for c-9 by greet");
    }
  }

  @Nested
  class Scaling {
    @Test
    void decisionCostDoesNotGrowWithRulesOnOtherStagesAndEventTypes() {
      Playbook small = SalesFunnelFixture.playbook();
      Playbook.Builder big = Playbook.builder(small.journey()).rules(small.rules());
      small.gates().forEach(big::gate);
      for (int i = 0; i < 10_000; i++) {
        EventType type = i % 2 == 0 ? EventType.REFUSED : EventType.CHURNED;
        big.rule(
            Rule.named("extra " + i, type).at("loyal").then(Effect.status(CustomerStatus.GREY)));
      }
      Engine bigEngine = big.buildOrThrow().compile();
      Position informed = Position.start("c", "sales-funnel", "informed", T0);
      Event yes = new InteractionHappened(Outcome.YES, T0);
      Decision before = FUNNEL.decide(informed, yes);
      Decision after = bigEngine.decide(informed, yes);
      assertThat(bigEngine.playbook().rules().size()).isEqualTo(small.rules().size() + 10_000);
      assertThat(after.explanation().consideredCount())
          .isEqualTo(before.explanation().consideredCount())
          .isEqualTo(4);
      assertThat(after.after()).isEqualTo(before.after());
      assertThat(
              bigEngine
                  .decide(
                      Position.start("c", "sales-funnel", "informed", T0), new CustomerChurned(T0))
                  .explanation()
                  .consideredCount())
          .isEqualTo(1);
    }
  }

  @Test
  void aDecisionAboutAPurchaseCountsItAndRecordsActivity() {
    Decision decision =
        FUNNEL.decide(FUNNEL.journey().newCustomer("c", T0), PurchaseMade.of(T0.plusSeconds(9)));
    assertThat(decision.after().purchases()).isEqualTo(1);
    assertThat(decision.after().lastActiveAt()).isEqualTo(T0.plusSeconds(9));
    assertThat(decision.after().enteredStageAt()).isEqualTo(T0.plusSeconds(9));
    assertThat(decision.moved()).isTrue();
    assertThat(FUNNEL.toString()).isEqualTo("Engine[sales-funnel: 10 rules, 4 gates]");
  }
}
