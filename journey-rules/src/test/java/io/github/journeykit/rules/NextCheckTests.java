package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.model.Transition;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * When a decision says to check the customer again, and how a replay inserts those ticks itself.
 */
class NextCheckTests {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static final EventType LOGIN = EventType.of("login", "Logged in", Attribute.text("device"));

  static final Journey TRIAL =
      Journey.builder("trial", "A SaaS trial")
          .stage(Stage.of("signed-up", "Signed up", "Get a first login"))
          .stage(Stage.of("activated", "Activated", "Make them pay"))
          .stage(Stage.of("churned", "Churned", "Win them back"))
          .stage(Stage.of("quiet", "Quiet", "Nothing"))
          .transition(Transition.advance("signed-up", "activated"))
          .transition(Transition.advance("activated", "churned"))
          .transition(Transition.skip("signed-up", "churned", "Never logged in"))
          .transition(Transition.advance("churned", "quiet"))
          .transition(Transition.rollBack("churned", "activated"))
          .events(LOGIN, EventType.INTERACTION, EventType.TIME_PASSED, EventType.MESSAGE_SENT)
          .fact(Fact.window("recent-logins", "login", Duration.ofDays(7), 3))
          .message(Message.builder().id("nudge").stage("signed-up").build())
          .buildOrThrow();

  static Instant day(long n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Event login(long day) {
    return Event.of(LOGIN, day(day), "device", "web");
  }

  static final Engine ENGINE =
      Playbook.builder(TRIAL)
          .rule(Rule.named("Logins are kept", LOGIN).then(Effect.record("recent-logins")))
          .rule(
              Rule.named("Three logins in a week activate", LOGIN)
                  .at("signed-up")
                  .when(Condition.fact("recent-logins").atLeast(2))
                  .then(Effect.advance()))
          .rule(
              Rule.named("Two days after sign-up without a nudge: nudge", EventType.TIME_PASSED)
                  .at("signed-up")
                  .when(
                      Condition.timeInStage()
                          .atLeast(Duration.ofDays(2))
                          .and(Condition.sinceSent("nudge").atLeast(Duration.ofDays(5))))
                  .then(Effect.send("nudge")))
          .rule(
              Rule.named("A week without a login at sign-up churns", EventType.TIME_PASSED)
                  .at("signed-up")
                  .when(
                      Condition.timeInStage()
                          .atLeast(Duration.ofDays(7))
                          .and(Condition.fact("recent-logins").atMost(0)))
                  .then(Effect.moveTo("churned")))
          .rule(
              Rule.named("30 days without activity churns", EventType.TIME_PASSED)
                  .at("activated")
                  .when(Condition.inactiveFor(Duration.ofDays(30)))
                  .then(Effect.advance()))
          .rule(
              Rule.named("A yes wins back", EventType.INTERACTION)
                  .at("churned")
                  .when(Condition.outcomeIs(Outcome.YES))
                  .then(Effect.rollBack()))
          .buildOrThrow()
          .compile();

  static final Position NEW = TRIAL.newCustomer("anna", T0);

  @Nested
  class EveryDecision {
    @Test
    void givesTheEarliestInstantATimeRuleOfTheNewStageCouldFire() {
      Decision first = ENGINE.decide(NEW, login(0));
      // in the stage for 2 days (day 2), nudge never sent: enrolment + 5 days (day 5), in the stage
      // for 7 days (day 7), the login leaves the window just after day 7
      assertThat(first.nextCheck()).contains(day(2));
      Decision second = ENGINE.decide(first.after(), login(1));
      assertThat(second.after().stage()).isEqualTo("signed-up");
      Decision activated = ENGINE.decide(second.after(), login(1));
      assertThat(activated.after().stage()).isEqualTo("activated");
      assertThat(activated.nextCheck()).contains(day(31));
    }

    @Test
    void isNoneWhereNoTimeRuleCanFire() {
      Position quiet =
          Position.of(
              "b",
              "trial",
              "quiet",
              CustomerStatus.ACTIVE,
              io.vavr.collection.TreeSet.empty(),
              0,
              T0,
              T0);
      assertThat(ENGINE.decide(quiet, login(1)).nextCheck()).isEmpty();
      assertThat(ENGINE.nextCheck(quiet, day(1))).isEmpty();
      Engine funnel = SalesFunnelFixture.playbook().compile();
      Decision decision =
          funnel.decide(
              funnel.journey().newCustomer("c", T0), new InteractionHappened(Outcome.YES, day(1)));
      assertThat(decision.nextCheck()).isEmpty();
    }

    @Test
    void aWindowsInstantLeavingItIsACheck() {
      Position twoLogins = ENGINE.decide(ENGINE.decide(NEW, login(0)).after(), login(0)).after();
      assertThat(twoLogins.stage()).isEqualTo("signed-up");
      // from day 7 on, in the stage for 7 days holds already; the logins leave the window next
      assertThat(ENGINE.nextCheck(twoLogins, day(7))).contains(day(7).plusNanos(1));
      assertThat(ENGINE.nextCheck(twoLogins, day(6))).contains(day(7));
    }

    @Test
    void theLastEventOfATypeCountsFromItsInstantOrFromTheEnrolmentBeforeTheFirst() {
      Journey remembering = TRIAL.toBuilder().fact(Fact.lastSeen("login")).buildOrThrow();
      Engine engine =
          Playbook.builder(remembering)
              .rule(
                  Rule.named("Two weeks without a login: nudge", EventType.TIME_PASSED)
                      .when(Condition.sinceLast("login").above(Duration.ofDays(14)))
                      .then(Effect.send("nudge")))
              .buildOrThrow()
              .compile();
      Position anna = remembering.newCustomer("anna", T0);
      assertThat(engine.nextCheck(anna, T0)).contains(day(14).plusNanos(1));
      Decision login = engine.decide(anna, login(3));
      assertThat(login.nextCheck()).contains(day(17).plusNanos(1));
      Decision tick = engine.decide(login.after(), new TimePassed(day(17).plusNanos(1)));
      assertThat(tick.messages().map(m -> m.message().id())).containsExactly("nudge");
    }

    @Test
    void aPositionOfAnotherJourneyCannotBeChecked() {
      Position other = SalesFunnelFixture.playbook().journey().newCustomer("c", T0);
      assertThatThrownBy(() -> ENGINE.nextCheck(other, T0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the position of customer 'c' is in journey 'sales-funnel', not 'trial'");
    }
  }

  @Nested
  class ReplayUntil {
    @Test
    void insertsTheTicksTheJourneyNeedsAndNoMore() {
      Replay replay = ENGINE.replay(NEW, List.of(login(0), login(1), login(1)), day(60));
      List<Instant> ticks =
          replay
              .decisions()
              .map(Decision::event)
              .filter(TimePassed.class::isInstance)
              .map(Event::at)
              .toList();
      assertThat(ticks).containsExactly(day(31));
      assertThat(replay.position().stage()).isEqualTo("churned");
      assertThat(replay.decisions().last().nextCheck()).isEmpty();
    }

    @Test
    void aCustomerWhoNeverLogsInIsNudgedThenChurnedAWeekAfterSigningUp() {
      Replay replay = ENGINE.replay(NEW, List.empty(), day(30));
      assertThat(replay.decisions().map(d -> d.event().at()))
          .containsExactly(day(2), day(5), day(7));
      assertThat(replay.decisions().get(1).messages().map(m -> m.message().id()))
          .containsExactly("nudge");
      assertThat(replay.position().facts().message("nudge").timesSent()).isEqualTo(1);
      assertThat(replay.position().stage()).isEqualTo("churned");
    }

    @Test
    void ticksStopAtTheEndAndEventsAfterItAreStillDecided() {
      Replay replay = ENGINE.replay(NEW, List.of(login(0), login(1), login(1), login(40)), day(20));
      assertThat(replay.decisions()).hasSize(4);
      assertThat(replay.position().stage()).isEqualTo("activated");
      assertThat(replay.decisions().last().nextCheck()).contains(day(70));
    }
  }
}
