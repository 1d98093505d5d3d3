package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.Cadence;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.MessageSent;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Transition;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a decision says to the customer: the messages of the rules whose decision stands, those of
 * the stage entered, each at its time, within its cadence, and recorded in the customer's history.
 */
class MessagesTests {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static Journey journey(Cadence reminderCadence) {
    return Journey.builder("deal", "A deal")
        .stage(Stage.of("lead", "Lead", "Qualify"))
        .stage(Stage.of("offer", "Offer", "Send the offer"))
        .stage(
            Stage.builder()
                .id("contract")
                .name("Contract")
                .onEntry(List.of("welcome-to-contract"))
                .build())
        .transition(Transition.advance("lead", "offer"))
        .transition(Transition.advance("offer", "contract"))
        .transition(Transition.rollBack("offer", "lead"))
        .transition(Transition.rollBack("contract", "offer"))
        .criterion(Criterion.of("budget", "Has a budget"))
        .events(EventType.INTERACTION, EventType.CRITERION, EventType.MESSAGE_SENT)
        .message(Message.builder().id("contract-draft").stage("offer").build())
        .message(Message.builder().id("thanks").stage("offer").build())
        .message(
            Message.builder()
                .id("welcome-to-contract")
                .stage("contract")
                .when(Option.of(Timing.after(Duration.ofHours(2), "Contract signed")))
                .build())
        .message(
            Message.builder()
                .id("reminder")
                .stage("offer")
                .cadence(Option.of(reminderCadence))
                .when(Option.of(Timing.at(LocalTime.of(10, 0), "Next morning")))
                .build())
        .buildOrThrow();
  }

  static final Journey DEAL = journey(Cadence.oncePer(Duration.ofDays(7)).andAtMost(2));

  static Engine engine(Journey journey) {
    return Playbook.builder(journey)
        .gate(Gate.of("contract", Condition.hasMet("budget")))
        .rule(
            Rule.named("Criteria are recorded", EventType.CRITERION).then(Effect.recordCriterion()))
        .rule(
            Rule.named("A yes moves on and sends the draft", EventType.INTERACTION)
                .when(Condition.outcomeIs(Outcome.YES))
                .then(Effect.advance(), Effect.send("contract-draft"))
                .then(Effect.sendRegardless("thanks")))
        .rule(
            Rule.named("A don't know gets a reminder", EventType.INTERACTION)
                .when(Condition.outcomeIs(Outcome.DONT_KNOW))
                .then(Effect.send("reminder")))
        .rule(
            Rule.named("A don't know gets the reminder twice over", EventType.INTERACTION)
                .when(Condition.outcomeIs(Outcome.DONT_KNOW))
                .then(Effect.send("reminder")))
        .buildOrThrow()
        .compile();
  }

  static final Engine ENGINE = engine(DEAL);

  static Position at(String stage) {
    return Position.of(
        "anna",
        "deal",
        stage,
        CustomerStatus.ACTIVE,
        io.vavr.collection.TreeSet.empty(),
        0,
        T0,
        T0);
  }

  static InteractionHappened yes(Instant at) {
    return new InteractionHappened(Outcome.YES, at);
  }

  static List<String> ids(Decision decision) {
    return decision.messages().map(m -> m.message().id()).toList();
  }

  @Nested
  class WhenTheDecisionStands {
    @Test
    void aMoveTheGateRefusesSendsNothingButWhatIsSentRegardless() {
      Decision refused = ENGINE.decide(at("offer"), yes(T0.plusSeconds(60)));
      assertThat(refused.after().stage()).isEqualTo("offer");
      assertThat(ids(refused)).containsExactly("thanks");
      assertThat(refused.explanation().notSent())
          .containsExactly(
              "'contract-draft' of \"A yes moves on and sends the draft\": its move was not made");
      assertThat(refused.explanation().toString())
          .contains("  not sent: 'contract-draft' of \"A yes moves on and sends the draft\"");
      assertThat(refused.after().facts().message("contract-draft").timesSent()).isZero();
      assertThat(refused.after().facts().message("thanks").timesSent()).isEqualTo(1);
    }

    @Test
    void aMoveThatIsMadeSendsTheRulesMessagesThenTheNewStagesOnEntry() {
      Position withBudget = ENGINE.decide(at("offer"), new CriterionMet("budget", T0)).after();
      Decision moved = ENGINE.decide(withBudget, yes(T0.plusSeconds(60)));
      assertThat(moved.after().stage()).isEqualTo("contract");
      assertThat(ids(moved)).containsExactly("contract-draft", "thanks", "welcome-to-contract");
      MessageToSend welcome = moved.messages().last();
      assertThat(welcome.rule()).isEqualTo("entering 'contract'");
      assertThat(welcome.sendAt()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofHours(2)));
      assertThat(moved.explanation().notSent()).isEmpty();
    }

    @Test
    void aMoveFromTheLastStageLeadsNowhereAndSendsNothing() {
      Decision stuck = ENGINE.decide(at("contract"), yes(T0.plusSeconds(60)));
      assertThat(stuck.after().stage()).isEqualTo("contract");
      assertThat(ids(stuck)).containsExactly("thanks");
    }

    @Test
    void aQuietEngineSendsTheSameAndLandsOnTheSamePosition() {
      Engine quiet = ENGINE.withExplanations(false);
      Decision loud = ENGINE.decide(at("offer"), yes(T0));
      Decision still = quiet.decide(at("offer"), yes(T0));
      assertThat(still.messages()).isEqualTo(loud.messages());
      assertThat(still.after()).isEqualTo(loud.after());
      assertThat(still.explanation().notSent()).isEmpty();
      assertThat(quiet.finalPosition(at("offer"), List.of(yes(T0)))).isEqualTo(loud.after());
    }
  }

  @Nested
  class Cadences {
    @Test
    void aMessageGoesOutOncePerDecisionAndAtItsTimeOfDay() {
      Decision decision =
          ENGINE.decide(at("offer"), new InteractionHappened(Outcome.DONT_KNOW, T0));
      assertThat(ids(decision)).containsExactly("reminder");
      // 09:00 is before 10:00: the same morning
      assertThat(decision.messages().head().sendAt())
          .isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
      Decision late =
          ENGINE.decide(
              at("offer"),
              new InteractionHappened(Outcome.DONT_KNOW, Instant.parse("2026-03-02T11:00:00Z")));
      assertThat(late.messages().head().sendAt()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    }

    @Test
    void oncePerPeriodAndAtMostNTimesAreKeptFromTheHistory() {
      Position position = at("offer");
      List<Instant> asked =
          List.of(
              T0,
              T0.plus(Duration.ofDays(3)),
              T0.plus(Duration.ofDays(8)),
              T0.plus(Duration.ofDays(30)));
      List<Integer> sent = List.empty();
      for (Instant instant : asked) {
        Decision decision =
            ENGINE.decide(position, new InteractionHappened(Outcome.DONT_KNOW, instant));
        sent = sent.append(decision.messages().size());
        position = decision.after();
      }
      assertThat(sent).containsExactly(1, 0, 1, 0);
      assertThat(position.facts().message("reminder").timesSent()).isEqualTo(2);
      Decision third =
          ENGINE.decide(
              position, new InteractionHappened(Outcome.DONT_KNOW, T0.plus(Duration.ofDays(60))));
      assertThat(third.explanation().notSent())
          .containsExactly(
              "'reminder' of \"A don't know gets a reminder\": sent 2 times already, at most 2"
                  + " (cadence: at most once per 7 days, at most 2 times)",
              "'reminder' of \"A don't know gets the reminder twice over\": sent 2 times already,"
                  + " at most 2 (cadence: at most once per 7 days, at most 2 times)");
    }

    @Test
    void theCrmsReportOfAMessageTheEngineSentDoesNotCountItTwice() {
      Decision decision =
          ENGINE.decide(at("offer"), new InteractionHappened(Outcome.DONT_KNOW, T0));
      Instant sendAt = decision.messages().head().sendAt();
      Position confirmed =
          ENGINE.decide(decision.after(), new MessageSent("reminder", sendAt)).after();
      assertThat(confirmed.facts().message("reminder").timesSent()).isEqualTo(1);
      Position byHand =
          ENGINE
              .decide(confirmed, new MessageSent("reminder", sendAt.plus(Duration.ofDays(1))))
              .after();
      assertThat(byHand.facts().message("reminder").timesSent()).isEqualTo(2);
    }

    @Test
    void aCadenceIsCheckedWhenMadeAndSaysItselfInWords() {
      assertThat(Cadence.atMost(1)).hasToString("at most 1 time");
      assertThat(Cadence.oncePer(Duration.ofHours(2))).hasToString("at most once per 2 hours");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Cadence.atMost(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a message's cadence allows at least 1 send, got 0");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Cadence.oncePer(Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a message's cadence needs a positive period, got PT0S");
    }
  }

  @Test
  void aStageThatSendsAnUnknownMessageOnEntryIsReported() {
    io.vavr.control.Validation<io.vavr.collection.Seq<Problem>, Journey> built =
        Journey.builder("j", "J")
            .stage(Stage.builder().id("a").name("A").onEntry(List.of("welcom")).build())
            .message(Message.builder().id("welcome").stage("a").build())
            .build();
    assertThat(built.isInvalid()).isTrue();
    assertThat(built.getError().map(Problem::toString))
        .anyMatch(
            problem ->
                problem.contains("stage 'a'")
                    && problem.contains("it sends message 'welcom' on entry")
                    && problem.contains("(did you mean 'welcome'?)"));
  }
}
