package io.github.journeykit.catalogue;

import static io.github.journeykit.catalogue.Parts.activeAnd;
import static io.github.journeykit.catalogue.Parts.message;
import static io.github.journeykit.catalogue.Parts.stage;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.ExperienceReported.Experience;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Persona;
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
 * {@code awareness-ladder}: Ben Hunt's ladder of awareness as used for sales [000].
 *
 * <p>Problem, no solution → solution known, comparing options → choosing the product (objective
 * criteria: price, delivery time, options; subjective: consultation, professionalism, resale value)
 * → choosing the seller and buying (fears to work through) → after purchase (positive experience:
 * offer add-ons; negative: work with the negative) → loyalty circle.
 */
final class AwarenessLadder {

  static final String ID = "awareness-ladder";

  static final List<String> STAGES =
      List.of(
          "problem-no-solution",
          "comparing-solutions",
          "choosing-product",
          "choosing-seller",
          "after-purchase",
          "loyalty-circle");

  private AwarenessLadder() {}

  static Journey journey() {
    Journey.Builder journey =
        Journey.builder(ID, "Ben Hunt's ladder of awareness")
            .description("The ladder of awareness from a felt problem to the loyalty circle [000].")
            .stage(
                stage(
                    "problem-no-solution",
                    "Problem, no solution",
                    "Meet the customer when they start to match the target portrait and feel the problem",
                    "Show that the problem has a solution",
                    "Keep informing; they are not ready",
                    "Share content about the problem"))
            .stage(
                stage(
                    "comparing-solutions",
                    "Solution known, comparing options",
                    "Be where they compare: search, forums, social groups, friends, exhibitions",
                    "Help them narrow the choice to our product",
                    "Return to the problem",
                    "Send a comparison of the options"))
            .stage(
                stage(
                    "choosing-product",
                    "Choosing the product",
                    "Win on objective criteria (price, delivery time, options) and subjective ones"
                        + " (consultation, professionalism, resale value)",
                    "Make the offer",
                    "Compare again on the criteria they care about",
                    "Offer a consultation"))
            .stage(
                stage(
                    "choosing-seller",
                    "Choosing the seller and buying",
                    "Work through the fears: poor quality, incomplete delivery, a new supplier, the"
                        + " product not solving the task",
                    "Take the order",
                    "Find the fear that stopped them",
                    "Show guarantees and reviews"))
            .stage(
                stage(
                    "after-purchase",
                    "After purchase",
                    "Positive experience: offer add-ons, options, consumables; negative: work with it",
                    "Offer add-ons",
                    "Work with the negative",
                    "Ask how it goes"))
            .stage(
                Stage.builder()
                    .from(
                        stage(
                            "loyalty-circle",
                            "Loyalty circle",
                            "Keep them coming back and recommending",
                            "Invite to the loyalty programme",
                            "Work with the negative",
                            "Remind of consumables"))
                    .isFinal(true)
                    .build())
            .criterion(Criterion.of("price", "Price and discount suit them"))
            .criterion(Criterion.of("delivery-time", "Delivery time suits them"))
            .criterion(Criterion.of("options", "Extra options suit them"))
            .criterion(Criterion.of("consultation", "Quality of consultation convinced them"))
            .criterion(Criterion.of("professionalism", "Signs of professionalism convinced them"))
            .criterion(Criterion.of("resale-value", "Resale value convinced them"))
            .persona(
                Persona.of("searcher", "A customer with a felt problem looking for a solution"))
            .touchpoint(
                Touchpoint.of("search", "Search engines", Channel.SEARCH, "comparing-solutions"))
            .touchpoint(
                Touchpoint.of(
                    "forums",
                    "Forums and social groups",
                    Channel.SOCIAL_NETWORKS,
                    "comparing-solutions"))
            .touchpoint(
                Touchpoint.of(
                    "exhibitions",
                    "Specialised exhibitions",
                    Channel.CONFERENCE,
                    "comparing-solutions"))
            .touchpoint(
                Touchpoint.of(
                    "friends",
                    "Advice of acquaintances",
                    Channel.WORD_OF_MOUTH,
                    "problem-no-solution",
                    "comparing-solutions"))
            .touchpoint(
                Touchpoint.of(
                    "consultant",
                    "Consultant",
                    Channel.PHONE,
                    "choosing-product",
                    "choosing-seller"))
            .touchpoint(
                Touchpoint.of(
                    "reviews",
                    "Reviews, certificates, awards",
                    Channel.REVIEW_SITES,
                    "choosing-product",
                    "choosing-seller"))
            .touchpoint(
                Touchpoint.of(
                    "after-sales",
                    "After-sales service",
                    Channel.EMAIL,
                    "after-purchase",
                    "loyalty-circle"))
            .message(
                message(
                    "problem-content",
                    "problem-no-solution",
                    "People who feel the problem",
                    "The problem has a solution, and here is how it works",
                    Channel.BLOG,
                    "Move them to comparing solutions",
                    Timing.now("Matches the target portrait")))
            .message(
                message(
                    "comparison",
                    "comparing-solutions",
                    "Customers comparing options",
                    "An honest comparison of the options",
                    Channel.SEARCH,
                    "Bring them to choose our product",
                    Timing.now("Searches for options")))
            .message(
                message(
                    "product-criteria",
                    "choosing-product",
                    "Customers choosing a product",
                    "Price, delivery time and options side by side, with a consultation",
                    Channel.PHONE,
                    "Meet their objective and subjective criteria",
                    Timing.now("Asks about the product")))
            .message(
                message(
                    "fears",
                    "choosing-seller",
                    "Customers choosing where to buy",
                    "Guarantees, delivery terms, reviews from customers like them",
                    Channel.REVIEW_SITES,
                    "Work through the fears so that they buy from us",
                    Timing.now("Chooses the seller")))
            .message(
                message(
                    "add-ons",
                    "after-purchase",
                    "Customers with a positive experience",
                    "Add-ons, options and consumables for what they bought",
                    Channel.EMAIL,
                    "Turn a good experience into the loyalty circle",
                    Timing.now("Positive experience")))
            .message(
                message(
                    "work-with-negative",
                    "after-purchase",
                    "Customers with a negative experience",
                    "We hear you: a call from a manager and a fix",
                    Channel.PHONE,
                    "Keep the customer despite a bad experience",
                    Timing.now("Negative experience")));
    Parts.advances(journey, STAGES);
    Parts.rollBacks(journey, STAGES.take(4));
    journey.transition(Transition.rollBack("loyalty-circle", "after-purchase"));
    for (String from : STAGES.take(3)) {
      journey.transition(Transition.skip(from, "after-purchase", "A purchase, from any stage"));
    }
    return journey
        .events(
            EventType.INTERACTION,
            EventType.CRITERION,
            EventType.PURCHASE,
            EventType.REFUSED,
            EventType.CHURNED,
            EventType.EXPERIENCE)
        .buildOrThrow();
  }

  static Playbook playbook() {
    return Playbook.builder(journey())
        .gate(
            Gate.of(
                "choosing-seller",
                Condition.criteriaMet(1, "price", "delivery-time", "options")
                    .and(
                        Condition.criteriaMet(
                            1, "consultation", "professionalism", "resale-value"))))
        .gate(Gate.of("after-purchase", Condition.purchasesAtLeast(1)))
        .rule(
            Rule.named("A yes moves the customer up the ladder", EventType.INTERACTION)
                .at(STAGES.take(3))
                .when(activeAnd(Outcome.YES))
                .then(Effect.advance()))
        .rule(
            Rule.named("A no moves the customer down the ladder", EventType.INTERACTION)
                .at(STAGES.take(4).tail())
                .when(activeAnd(Outcome.NO))
                .then(Effect.rollBack()))
        .rule(Parts.criteriaAreRecorded())
        .rule(Rule.named("A purchase is counted", EventType.PURCHASE).then(Effect.countPurchase()))
        .rule(
            Rule.named("A purchase leads to the after-purchase stage", EventType.PURCHASE)
                .at(STAGES.take(4))
                .then(Effect.moveTo("after-purchase")))
        .rule(
            Rule.named(
                    "A positive experience brings add-ons and the loyalty circle",
                    EventType.EXPERIENCE)
                .at("after-purchase")
                .when(Condition.attribute("experience").is(Experience.POSITIVE.id()))
                .then(Effect.advance(), Effect.send("add-ons")))
        .rule(
            Rule.named("A negative experience is worked with", EventType.EXPERIENCE)
                .at("after-purchase", "loyalty-circle")
                .when(Condition.attribute("experience").is(Experience.NEGATIVE.id()))
                .then(Effect.moveTo("after-purchase"), Effect.send("work-with-negative")))
        .rules(Parts.statusRules())
        .buildOrThrow();
  }
}
