package io.github.journeykit.testkit;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Audience;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A journey of the tests' own with an event type that has an attribute of every kind and a fact of
 * every kind, and a rule that only a big amount fires (more than the generator makes unless told).
 */
final class EveryKind {

  static final EventType VISIT =
      EventType.of(
          "visit",
          "The customer visited the shop",
          Attribute.text("page").required(),
          Attribute.wholeNumber("minutes"),
          Attribute.amount("spent"),
          Attribute.choice("plan", "basic", "pro").required(),
          Attribute.bool("mobile"),
          Attribute.instant("until"),
          Attribute.customer("friend"));

  static final BigDecimal BIG = new BigDecimal("100");

  private EveryKind() {}

  static Journey journey() {
    return Journey.builder("every-kind", "Every kind of attribute and fact")
        .stage(Stage.of("browsing", "Browsing", "Get them to come back"))
        .stage(Stage.of("engaged", "Engaged", "Get them to spend"))
        .stage(Stage.of("paying", "Paying", "Keep them"))
        .transition(Transition.advance("browsing", "engaged"))
        .transition(Transition.advance("engaged", "paying"))
        .transition(Transition.skip("browsing", "paying", "A big spender"))
        .event(VISIT)
        .event(EventType.MESSAGE_SENT)
        .event(EventType.MESSAGE_OPENED)
        .event(EventType.TIME_PASSED)
        .fact(Fact.counter("visits", "Visits"))
        .fact(Fact.sum("spent", "Spent, EUR"))
        .fact(Fact.window("recent-visits", "visits", Duration.ofDays(7), 3))
        .fact(Fact.attribute(Attribute.choice("plan", "basic", "pro")))
        .fact(Fact.lastSeen("visit"))
        .message(
            Message.of(
                "welcome",
                "browsing",
                Audience.of("New visitors"),
                "What we sell",
                Channel.EMAIL,
                "Make them come back",
                Timing.now("First visit")))
        .message(
            Message.of(
                "offer",
                "engaged",
                Audience.of("Regulars"),
                "A discount",
                Channel.EMAIL,
                "Make them pay",
                Timing.after(Duration.ofDays(1), "Engaged")))
        .buildOrThrow();
  }

  static Playbook playbook() {
    return Playbook.builder(journey())
        .rule(
            Rule.named("Every visit is counted", VISIT)
                .then(
                    Effect.add("visits", 1),
                    Effect.record("recent-visits"),
                    Effect.addAttribute("spent", "spent"),
                    Effect.setFromAttribute("plan", "plan")))
        .rule(
            Rule.named("Three visits within a week engage", VISIT)
                .at("browsing")
                .when(Condition.fact("recent-visits").atLeast(2))
                .then(Effect.moveTo("engaged"), Effect.send("offer")))
        .rule(
            Rule.named("A big spender pays", VISIT)
                .at("browsing", "engaged")
                .when(Condition.attribute("spent").atLeast(BIG))
                .then(Effect.moveTo("paying")))
        .rule(
            Rule.named("A quiet month starts the count again", EventType.TIME_PASSED)
                .then(Effect.reset("visits")))
        .buildOrThrow();
  }
}
