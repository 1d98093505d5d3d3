package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.Audience;
import io.github.journeykit.model.BuyingCentreRole;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Persona;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class GapAnalysisTests {

  static Stage planned(String id) {
    return Stage.builder()
        .id(id)
        .name(id.toUpperCase())
        .keyTask(Option.of("Task " + id))
        .plannedResponses(
            LinkedHashMap.of(Outcome.YES, "on", Outcome.NO, "back", Outcome.DONT_KNOW, "wait"))
        .build();
  }

  static Message complete(String id, String stage, Audience who) {
    return Message.of(id, stage, who, "Value", Channel.EMAIL, "Move on", Timing.now("Arrives"));
  }

  /** A journey with every kind of gap, each planted on purpose. */
  static Playbook gappy() {
    Audience anyone = Audience.of("Anyone");
    Journey journey =
        Journey.builder("gappy", "A journey full of gaps")
            .events(EventType.standard())
            .stage(planned("a"))
            .stage(
                Stage.builder()
                    .from(planned("b"))
                    .plannedResponses(
                        LinkedHashMap.of(Outcome.YES, "on", Outcome.DONT_KNOW, "wait"))
                    .build())
            .stage(planned("c"))
            .stage(planned("d"))
            .stage(Stage.builder().from(planned("e")).isFinal(true).build())
            .transition(Transition.advance("a", "b"))
            .transition(Transition.advance("b", "c"))
            .transition(Transition.advance("c", "d"))
            .transition(Transition.advance("d", "e"))
            .transition(Transition.skip("a", "d", "Don't know"))
            .transition(Transition.skip("b", "e", "VIP"))
            .criterion(Criterion.of("vip", "A VIP"))
            .persona(
                Persona.builder()
                    .id("decider")
                    .name("Decider")
                    .buyingCentreRole(Option.of(BuyingCentreRole.DECISION_MAKER))
                    .preferredChannels(io.vavr.collection.List.of(Channel.PERSONAL_MEETING))
                    .build())
            .persona(
                Persona.builder()
                    .id("user")
                    .name("User")
                    .buyingCentreRole(Option.of(BuyingCentreRole.END_USER))
                    .build())
            .touchpoint(Touchpoint.of("site", "Site", Channel.WEBSITE, "a", "c", "d", "e"))
            .message(complete("a-msg", "a", Audience.persona("decider", "The decider")))
            .message(
                Message.builder().from(complete("b-msg", "b", anyone)).why(Option.none()).build())
            .message(complete("c-msg", "c", anyone))
            .message(complete("e-msg", "e", anyone))
            .buildOrThrow();
    Condition activeYes =
        Condition.outcomeIs(Outcome.YES).and(Condition.statusIs(CustomerStatus.ACTIVE));
    return Playbook.builder(journey)
        .gate(Gate.of("e", Condition.hasMet("vip")))
        .rule(
            Rule.named("a yes at a goes to b", EventType.INTERACTION)
                .at("a")
                .when(activeYes)
                .then(Effect.advance()))
        .rule(
            Rule.named("an active yes at a goes to d", EventType.INTERACTION)
                .at("a")
                .when(
                    Condition.statusIs(CustomerStatus.ACTIVE).and(Condition.outcomeIs(Outcome.YES)))
                .then(Effect.moveTo("d")))
        .rule(
            Rule.named("a don't know at a jumps to d", EventType.INTERACTION)
                .at("a")
                .when(Condition.outcomeIs(Outcome.DONT_KNOW))
                .then(Effect.moveTo("d")))
        .rule(
            Rule.named("a yes at b goes to e", EventType.INTERACTION)
                .at("b")
                .when(activeYes)
                .then(Effect.moveTo("e")))
        .rule(Rule.named("c moves on", EventType.INTERACTION).at("c").then(Effect.advance()))
        .rule(
            Rule.named("grey on refusal", EventType.REFUSED)
                .then(Effect.status(CustomerStatus.GREY)))
        .rule(
            Rule.named("blue on refusal", EventType.REFUSED)
                .then(Effect.status(CustomerStatus.BLUE)))
        .rule(opened("e-msg opened: once more", Effect.send("e-msg")))
        .rule(opened("e-msg opened: the next letter", Effect.send("e-msg")))
        .rule(opened("e-msg opened: a third way", Effect.send("e-msg")))
        .buildOrThrow();
  }

  /** A branch of the variative step of e-msg, taken when the customer opens it. */
  static Rule opened(String name, Effect effect) {
    return Rule.named(name, EventType.MESSAGE_OPENED)
        .at("e")
        .when(Condition.attribute("message").is("e-msg"))
        .then(effect);
  }

  @Test
  void findsEveryKindOfGapOnAJourneyBuiltToHaveThem() {
    Seq<Finding> findings = GapAnalysis.of(gappy());
    assertThat(findings.map(Finding::toString))
        .containsExactly(
            "warning stage 'b': nobody planned what to do when the customer says \"no\" here",
            "warning stage 'b': no touchpoint is placed here; customers have nowhere to meet us at this stage",
            "error stage 'c': no customer can reach this stage from 'a'; no move leads here",
            "warning stage 'd': no message is sent here; nothing moves the customer on from this stage",
            "error stage 'd': no customer can leave this stage, and it is not marked final; customers get stuck"
                + " here",
            "warning message 'a-msg':" + UNSENT,
            "warning message 'b-msg':" + UNSENT,
            "warning message 'b-msg': the message does not say why; every message needs who, what, where, why"
                + " and when",
            "warning message 'c-msg':" + UNSENT,
            "warning rule \"an active yes at a goes to d\": it never takes effect at 'a' on interaction: \"a yes"
                + " at a goes to b\" is tried first and fired in every sampled situation where this rule fires,"
                + " so its move and status win",
            "warning rule \"blue on refusal\": it never takes effect at 'a' on refused: \"grey on refusal\" is"
                + " tried first and always fires, so its move and status win",
            "error gate of 'e': no customer can pass it (has met vip); no rule records vip; no rule counts"
                + " purchases",
            "warning role end-user: no message addresses the end user of the buying centre",
            "warning message 'a-msg': it goes by email, but decider prefers personal-meeting; reach"
                + " each member of the buying centre by a channel they prefer",
            "warning message 'e-msg': what the customer does with it leads 3 ways ('e-msg opened: once"
                + " more', 'e-msg opened: the next letter', 'e-msg opened: a third way'); two are"
                + " enough, opened or not: the more variants, the longer the buying cycle",
            "warning message 'e-msg': opening it is answered ('e-msg opened: once more', 'e-msg"
                + " opened: the next letter', 'e-msg opened: a third way'), ignoring it is not; a"
                + " variative step says what comes next in both cases");
    // every kind but those of a migration, which VersionsTests finds with GapAnalysis.ofMigration
    assertThat(findings.map(Finding::kind).distinct())
        .containsExactlyInAnyOrderElementsOf(
            io.vavr.collection.List.of(Finding.Kind.values())
                .removeAll(
                    io.vavr.collection.List.of(
                        Finding.Kind.NO_MIGRATION,
                        Finding.Kind.UNMAPPED_STAGE,
                        Finding.Kind.UNMAPPED_ID)));
  }

  @Test
  void aVariativeStepWithBothBranchesAndNoMoreIsNoGap() {
    Journey letters =
        Journey.builder("letters", "Letters")
            .events(EventType.standard())
            .stage(planned("a"))
            .stage(Stage.builder().from(planned("b")).isFinal(true).build())
            .transition(Transition.advance("a", "b"))
            .message(complete("about-a", "a", Audience.of("Anyone")))
            .message(complete("e", "a", Audience.of("Anyone")))
            .buildOrThrow();
    Condition aboutA = Condition.attribute("message").isOneOf("about-a");
    Playbook twoBranches =
        Playbook.builder(letters)
            .rule(
                Rule.named("opened: on to b", EventType.MESSAGE_OPENED)
                    .when(Condition.statusIs(CustomerStatus.ACTIVE).and(aboutA))
                    .then(Effect.advance()))
            .rule(
                Rule.named("ignored: send e", EventType.MESSAGE_IGNORED)
                    .when(aboutA)
                    .then(Effect.send("e"), Effect.send("about-a")))
            .rule(
                Rule.named("any letter opened is remembered", EventType.MESSAGE_OPENED)
                    .then(Effect.recordCriterion()))
            .buildOrThrow();

    assertThat(
            GapAnalysis.of(twoBranches)
                .map(Finding::kind)
                .filter(
                    kind ->
                        kind == Finding.Kind.ONE_BRANCH || kind == Finding.Kind.TOO_MANY_BRANCHES))
        .isEmpty();
  }

  @Test
  void aRuleThatAnswersAnOutcomeCountsAsAPlannedResponse() {
    Playbook playbook = gappy();
    Journey unplanned =
        Journey.builder("j", "J")
            .events(EventType.standard())
            .stage(Stage.of("a", "A", "-"))
            .stage(Stage.builder().id("b").name("B").isFinal(true).build())
            .transition(Transition.advance("a", "b"))
            .buildOrThrow();
    Playbook answered =
        Playbook.builder(unplanned)
            .rule(
                Rule.named("any answer moves on", EventType.INTERACTION)
                    .at("a")
                    .then(Effect.advance()))
            .buildOrThrow();
    assertThat(
            GapAnalysis.of(answered)
                .filter(f -> f.kind() == Finding.Kind.UNPLANNED_OUTCOME)
                .map(Finding::subject))
        .containsExactly("stage 'b'", "stage 'b'", "stage 'b'");
    assertThat(playbook.rules()).isNotEmpty();
  }

  @Test
  void aMapWithoutRulesIsFollowedByItsTransitions() {
    Journey map =
        Journey.builder("map", "Map")
            .events(EventType.standard())
            .stage(Stage.of("a", "A", "-"))
            .stage(Stage.of("b", "B", "-"))
            .stage(Stage.of("c", "C", "-"))
            .transition(Transition.advance("a", "b"))
            .buildOrThrow();
    assertThat(
            GapAnalysis.of(Playbook.builder(map).buildOrThrow())
                .filter(f -> f.severity() == Finding.Severity.ERROR)
                .map(Finding::toString))
        .containsExactly(
            "error stage 'b': no customer can leave this stage, and it is not marked final; customers get stuck"
                + " here",
            "error stage 'c': no customer can reach this stage from 'a'; no move leads here",
            "error stage 'c': no customer can leave this stage, and it is not marked final; customers get stuck"
                + " here");
  }

  static final String UNSENT =
      " no rule sends it and no stage sends it on entry; it never goes out, so it tells the CRM"
          + " nothing about what to say next";
}
