package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.Stage;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

class PlaybookTests {

  @Test
  void everyProblemOfTheRulesIsReportedAtOnceWithItsPlace() {
    Seq<Problem> problems =
        Playbook.builder(EngineTests.abc())
            .gate(Gate.of("z", Condition.always()))
            .gate(Gate.of("b", Condition.always()))
            .gate(Gate.of("b", Condition.always()))
            .rule(Rule.named(" ", EventType.REVIEW).at("q"))
            .rule(Rule.named("back", EventType.REVIEW).at("c").then(Effect.rollBack()))
            .rule(Rule.named("back", EventType.REVIEW).at("a").then(Effect.moveTo("nowhere")))
            .rule(
                Rule.named("vip", EventType.REVIEW)
                    .then(Effect.recordCriterion("vip"), Effect.send("spam")))
            .build()
            .getError();
    assertThat(problems.map(Problem::toString))
        .containsExactly(
            "gate of 'z': there is no stage 'z' in journey 'abc'; known stages: a, b, c",
            "gate of 'b': the stage already has a gate; combine the conditions with and()",
            "rule \" \": the name is blank; give the rule a name a marketer would recognise",
            "rule \" \": there is no stage 'q' in journey 'abc'; known stages: a, b, c",
            "rule \"back\": it moves customers from 'c' to 'b', but the journey has no transition between them;"
                + " add the transition to the journey or restrict the rule's stages",
            "rule \"back\": another rule has the same name; rule names must be unique",
            "rule \"back\": there is no stage 'nowhere' in journey 'abc'; known stages: a, b, c",
            "rule \"vip\": it records criterion 'vip', which the journey does not define; known criteria: ",
            "rule \"vip\": it sends message 'spam', which the journey does not define; known messages: hello,"
                + " soon");
    assertThat(problems.map(Problem::kind))
        .contains(
            Problem.Kind.MOVE_WITHOUT_TRANSITION,
            Problem.Kind.UNKNOWN_CRITERION,
            Problem.Kind.UNKNOWN_MESSAGE);
  }

  @Test
  void buildOrThrowListsTheProblems() {
    assertThatThrownBy(
            () ->
                Playbook.builder(EngineTests.abc())
                    .rule(Rule.named("x", EventType.REVIEW).at("q"))
                    .buildOrThrow())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "playbook of journey 'abc' has problems:\n"
                + "rule \"x\": there is no stage 'q' in journey 'abc'; known stages: a, b, c");
  }

  @Test
  void knowsTheEventTypesItsJourneyDeclares() {
    Playbook playbook =
        Playbook.builder(EngineTests.abc().toBuilder().buildOrThrow())
            .rule(Rule.named("x", EventType.REVIEW))
            .buildOrThrow();
    assertThat(playbook.eventTypes()).isEqualTo(EventType.standard());
    assertThat(playbook.knows(EventType.PURCHASE)).isTrue();
    assertThat(playbook.knows(EventType.of("login", "Logged in"))).isFalse();
    assertThat(playbook.detailsOf(EventType.MESSAGE_OPENED).get()).containsExactly("hello", "soon");
    assertThat(playbook.detailsOf(EventType.REVIEW).isEmpty()).isTrue();
    assertThat(playbook.detailsOf(EventType.PURCHASE).isEmpty()).isTrue();
  }

  @Test
  void aRuleOnAnEventTypeTheJourneyDoesNotDeclareIsAProblem() {
    Journey journey =
        Journey.builder("j", "J")
            .stage(Stage.of("a", "A", "-"))
            .event(EventType.INTERACTION)
            .buildOrThrow();
    assertThat(
            Playbook.builder(journey)
                .rule(Rule.named("x", EventType.of("logins", "Logged in")))
                .build()
                .getError()
                .map(Problem::toString))
        .containsExactly(
            "rule \"x\": it reacts to event 'logins', which the journey does not declare; add it"
                + " with Journey.Builder.event(..); known event types: interaction, time_passed");
    assertThat(journey.eventTypes()).containsExactly(EventType.INTERACTION, EventType.TIME_PASSED);
  }

  @Test
  void describesItsRulesInOneLine() {
    Playbook funnel = SalesFunnelFixture.playbook();
    assertThat(funnel.rules().head().toString())
        .isEqualTo(
            "\"A yes moves an active customer up one stage\" on interaction at [uninformed, informed,"
                + " interested, buyer] when outcome is yes and status is active: move to the next stage");
    assertThat(funnel.gate("buyer").get().admission().description())
        .isEqualTo("all of money, need, decision");
    assertThat(funnel.gate("uninformed").isEmpty()).isTrue();
  }
}
