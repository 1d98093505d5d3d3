package io.github.journeykit.catalogue;

import static io.github.journeykit.catalogue.Parts.activeAnd;
import static io.github.journeykit.catalogue.Parts.message;
import static io.github.journeykit.catalogue.Parts.stage;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.List;

/**
 * {@code sales-conversation}: the five stages of a sales conversation [003].
 *
 * <p>Make contact (no contact: try another method) → discover needs → present the product → work
 * through objections → close. Any one readiness signal (agrees with the arguments, a favourable
 * view of the product, asks about details, agrees to sign or buy) makes the customer warm: they go
 * to the close.
 */
final class SalesConversation {

  static final String ID = "sales-conversation";

  static final String[] READINESS_SIGNALS = {
    "agrees-with-arguments", "favourable-view", "asks-about-details", "agrees-to-buy"
  };

  static final List<String> STAGES =
      List.of(
          "make-contact", "discover-needs", "present-product", "work-through-objections", "close");

  private SalesConversation() {}

  static Journey journey() {
    Journey.Builder journey =
        Journey.builder(ID, "Five stages of a sales conversation")
            .description(
                "A manager's conversation from contact to close; any readiness signal makes the customer warm [003].")
            .stage(
                stage(
                    "make-contact",
                    "Make contact",
                    "Tune in, greet, introduce; watch for signs of contact",
                    "Ask an open question",
                    "No contact (tense, dry answers): try another method",
                    "Find common ground"))
            .stage(
                stage(
                    "discover-needs",
                    "Discover needs",
                    "Ask open questions and listen",
                    "Present what fits the needs",
                    "Ask again from another angle",
                    "Clarify with questions"))
            .stage(
                stage(
                    "present-product",
                    "Present the product",
                    "Turn the product's advantages into this customer's benefits",
                    "Check for readiness signals",
                    "Work through the objection",
                    "Give a benefit for this customer"))
            .stage(
                stage(
                    "work-through-objections",
                    "Work through objections",
                    "Listen, say \"I understand you\", clarify the reason with questions, propose a solution",
                    "Close",
                    "Listen again and clarify",
                    "Propose another solution"))
            .stage(
                Stage.builder()
                    .from(
                        stage(
                            "close",
                            "Close",
                            "Close with a compliment, an urgent bonus or a hard dilemma",
                            "Take the order",
                            "Return to the objection",
                            "Offer a time-limited bonus"))
                    .isFinal(true)
                    .build())
            .criterion(Criterion.of("agrees-with-arguments", "Agrees with the arguments"))
            .criterion(Criterion.of("favourable-view", "Has a favourable view of the product"))
            .criterion(Criterion.of("asks-about-details", "Asks about details"))
            .criterion(Criterion.of("agrees-to-buy", "Agrees to sign or buy"))
            .touchpoint(
                Touchpoint.of(
                    "call", "Sales call", Channel.PHONE, STAGES.toJavaArray(String[]::new)))
            .touchpoint(
                Touchpoint.of(
                    "showroom",
                    "Meeting in the showroom",
                    Channel.STORE_VISIT,
                    "present-product",
                    "work-through-objections",
                    "close"))
            .message(
                message(
                    "another-method",
                    "make-contact",
                    "A customer who gives tense, dry answers",
                    "A different approach: a question about them, not the product",
                    Channel.MESSENGER,
                    "Make contact when the first method failed",
                    Timing.now("No signs of contact")))
            .message(
                message(
                    "open-question",
                    "discover-needs",
                    "A customer in contact",
                    "An open question about their task",
                    Channel.PHONE,
                    "Discover the needs",
                    Timing.now("Contact made")))
            .message(
                message(
                    "usp",
                    "present-product",
                    "A customer whose needs we know",
                    "The unique selling proposition as a benefit for them",
                    Channel.PHONE,
                    "Present the product",
                    Timing.now("Needs discovered")))
            .message(
                message(
                    "i-understand-you",
                    "work-through-objections",
                    "A customer with an objection",
                    "\"I understand you\" and a solution to the reason behind the objection",
                    Channel.PHONE,
                    "Work through the objection",
                    Timing.now("Objection raised")))
            .message(
                message(
                    "urgent-bonus",
                    "close",
                    "A warm customer",
                    "A time-limited discount, or the dilemma \"deliver to home or office?\"",
                    Channel.PHONE,
                    "Close the sale",
                    Timing.now("A readiness signal")));
    Parts.advances(journey, STAGES);
    journey
        .transition(
            Transition.skip("present-product", "close", "A readiness signal: the customer is warm"))
        .transition(Transition.rollBack("close", "work-through-objections"));
    return journey
        .events(
            EventType.INTERACTION,
            EventType.CRITERION,
            EventType.PURCHASE,
            EventType.REFUSED,
            EventType.CHURNED)
        .buildOrThrow();
  }

  static Playbook playbook() {
    Condition warm = Condition.criteriaMet(1, READINESS_SIGNALS);
    return Playbook.builder(journey())
        .gate(Gate.of("close", warm))
        .rule(
            Rule.named("Signs of contact move on to discovering needs", EventType.INTERACTION)
                .at("make-contact")
                .when(activeAnd(Outcome.YES))
                .then(Effect.advance(), Effect.send("open-question")))
        .rule(
            Rule.named("No contact: try another method", EventType.INTERACTION)
                .at("make-contact")
                .when(activeAnd(Outcome.NO))
                .then(Effect.send("another-method")))
        .rule(
            Rule.named("Needs discovered: present the product", EventType.INTERACTION)
                .at("discover-needs")
                .when(activeAnd(Outcome.YES))
                .then(Effect.advance(), Effect.send("usp")))
        .rule(
            Rule.named("An objection is worked through", EventType.INTERACTION)
                .at("present-product")
                .when(activeAnd(Outcome.NO))
                .then(Effect.advance(), Effect.send("i-understand-you")))
        .rule(
            Rule.named("An objection resolved leads to the close", EventType.INTERACTION)
                .at("present-product", "work-through-objections")
                .when(activeAnd(Outcome.YES))
                .then(Effect.moveTo("close")))
        .rule(Parts.criteriaAreRecorded())
        .rule(
            Rule.named(
                    "Any one readiness signal makes the customer warm: close", EventType.CRITERION)
                .at("present-product", "work-through-objections")
                .when(Condition.statusIs(io.github.journeykit.model.CustomerStatus.ACTIVE))
                .then(Effect.moveTo("close"), Effect.send("urgent-bonus")))
        .rule(
            Rule.named("A no at the close returns to the objection", EventType.INTERACTION)
                .at("close")
                .when(activeAnd(Outcome.NO))
                .then(Effect.rollBack()))
        .rule(Rule.named("A sale is counted", EventType.PURCHASE).then(Effect.countPurchase()))
        .rules(Parts.statusRules())
        .buildOrThrow();
  }
}
