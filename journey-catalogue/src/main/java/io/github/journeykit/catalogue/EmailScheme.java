package io.github.journeykit.catalogue;

import static io.github.journeykit.catalogue.Parts.message;
import static io.github.journeykit.catalogue.Parts.stage;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
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
import java.time.Duration;

/**
 * {@code email-scheme}: an email interaction scheme with triggers and variative steps [003].
 *
 * <p>First touch and acquaintance → order placed (trigger letter; a payment reminder two hours
 * later, a second one a day later) → paid (payment success, product link) → after purchase (did you
 * like it, a review request, related products, a discount) → segmentation (birthday, children,
 * pets, interests). Triggers: a review gets a thank-you letter; no letter opened for more than
 * three months gets a reminder. Variative steps, two branches each: bought A → offer B; bought C →
 * recommend D; the letter about A ignored → send E.
 */
final class EmailScheme {

  static final String ID = "email-scheme";

  static final Duration FIRST_REMINDER = Duration.ofHours(2);
  static final Duration SECOND_REMINDER = Duration.ofDays(1);
  static final Duration SILENCE = Duration.ofDays(90);
  static final Duration ASK_HOW_IT_WENT = Duration.ofDays(3);

  static final List<String> STAGES =
      List.of("acquaintance", "order-placed", "paid", "after-purchase", "segmentation");

  private EmailScheme() {}

  static Journey journey() {
    Journey.Builder journey =
        Journey.builder(ID, "An email interaction scheme")
            .description(
                "Letters that answer the customer's actions, with at most two branches per step [003].")
            .stage(
                stage(
                    "acquaintance",
                    "First touch and acquaintance",
                    "Answer about the company, delivery and lead times, payment, examples, reviews and cases, the niche's objections",
                    "Invite to order",
                    "Answer the objection",
                    "Send reviews and cases"))
            .stage(
                stage(
                    "order-placed",
                    "Order placed",
                    "Turn the order into a payment: trigger letter, reminder, second reminder",
                    "Confirm",
                    "Ask what stopped the payment",
                    "Remind"))
            .stage(
                stage(
                    "paid",
                    "Paid",
                    "Confirm the payment and give the product link or delivery details",
                    "Deliver",
                    "Solve the delivery problem",
                    "Send the delivery details again"))
            .stage(
                stage(
                    "after-purchase",
                    "After purchase",
                    "Did you like it → ask for a review → related products → a discount",
                    "Offer related products",
                    "Work with the negative",
                    "Ask again later"))
            .stage(
                Stage.builder()
                    .from(
                        stage(
                            "segmentation",
                            "Segmentation",
                            "Letters by segment: birthday, children, pets, interests",
                            "Send the segment's offers",
                            "Send less",
                            "Ask about interests"))
                    .isFinal(true)
                    .build())
            .criterion(Criterion.of("ordered", "Placed an order"))
            .criterion(Criterion.of("reminded-once", "Got the first payment reminder"))
            .criterion(Criterion.of("reminded-twice", "Got the second payment reminder"))
            .criterion(Criterion.of("birthday", "Segment: birthday known"))
            .criterion(Criterion.of("children", "Segment: has children"))
            .criterion(Criterion.of("pets", "Segment: has pets"))
            .criterion(Criterion.of("interests", "Segment: interests known"))
            .touchpoint(
                Touchpoint.of("email", "Email", Channel.EMAIL, STAGES.toJavaArray(String[]::new)))
            .touchpoint(
                Touchpoint.of(
                    "shop", "Online shop", Channel.WEBSITE, "acquaintance", "order-placed"))
            .message(
                message(
                    "welcome",
                    "acquaintance",
                    "A new subscriber",
                    "Who we are, delivery, payment, examples and reviews",
                    Channel.EMAIL,
                    "Answer the questions before they are asked",
                    Timing.now("Subscribes")))
            .message(
                message(
                    "order-received",
                    "order-placed",
                    "A customer who placed an order",
                    "Your order is received: here it is",
                    Channel.EMAIL,
                    "Trigger letter: confirm the order",
                    Timing.now("Order received")))
            .message(
                message(
                    "payment-reminder",
                    "order-placed",
                    "A customer who ordered but has not paid",
                    "Your order is waiting: pay in one click",
                    Channel.EMAIL,
                    "Turn the order into a payment",
                    Timing.now("Two hours without payment")))
            .message(
                message(
                    "second-payment-reminder",
                    "order-placed",
                    "A customer who has still not paid",
                    "Last reminder: the order will be released tomorrow",
                    Channel.EMAIL,
                    "Turn the order into a payment",
                    Timing.now("A day without payment")))
            .message(
                message(
                    "payment-success",
                    "paid",
                    "A customer who paid",
                    "Payment received: the product link or the delivery details",
                    Channel.EMAIL,
                    "Deliver what was paid for",
                    Timing.now("Payment success")))
            .message(
                message(
                    "did-you-like-it",
                    "after-purchase",
                    "A customer who received the order",
                    "Did you like it?",
                    Channel.EMAIL,
                    "Find out the experience, then ask for a review",
                    Timing.now("Three days after payment")))
            .message(
                message(
                    "thank-you",
                    "after-purchase",
                    "A customer who left a review",
                    "Thank you for the review, and related products with a discount",
                    Channel.EMAIL,
                    "Reward the review and offer the next purchase",
                    Timing.now("Review left")))
            .message(
                message(
                    "offer-b",
                    "after-purchase",
                    "A customer who bought A",
                    "B goes well with A",
                    Channel.EMAIL,
                    "Variative step: bought A, offer B",
                    Timing.after(Duration.ofDays(1), "Bought A")))
            .message(
                message(
                    "recommend-d",
                    "after-purchase",
                    "A customer who bought C",
                    "Customers who bought C love D",
                    Channel.EMAIL,
                    "Variative step: bought C, recommend D",
                    Timing.after(Duration.ofDays(1), "Bought C")))
            .message(
                message(
                    "about-a",
                    "acquaintance",
                    "A subscriber",
                    "All about A",
                    Channel.EMAIL,
                    "Variative step: interest in A",
                    Timing.now("Subscribed")))
            .message(
                message(
                    "message-e",
                    "acquaintance",
                    "A subscriber who ignored the letter about A",
                    "E, a different angle",
                    Channel.EMAIL,
                    "Variative step: letter about A not opened, send E",
                    Timing.now("Letter about A ignored")))
            .message(
                message(
                    "we-miss-you",
                    "segmentation",
                    "A customer who opened nothing for three months",
                    "We miss you: here is what is new",
                    Channel.EMAIL,
                    "Wake a silent customer",
                    Timing.now("No letter opened for 3 months")));
    Parts.advances(journey, STAGES);
    journey.transition(Transition.skip("acquaintance", "paid", "Pays at once"));
    return journey
        .events(
            EventType.CRITERION,
            EventType.PURCHASE,
            EventType.REFUSED,
            EventType.CHURNED,
            EventType.MESSAGE_SENT,
            EventType.MESSAGE_OPENED,
            EventType.MESSAGE_IGNORED,
            EventType.REVIEW)
        .buildOrThrow();
  }

  static Playbook playbook() {
    return Playbook.builder(journey())
        .gate(Gate.of("paid", Condition.purchasesAtLeast(1)))
        .rule(Parts.criteriaAreRecorded())
        .rule(
            Rule.named("An order gets the trigger letter", EventType.CRITERION)
                .at("acquaintance")
                .when(Condition.attribute("criterion").is("ordered"))
                .then(Effect.advance(), Effect.send("order-received")))
        .rule(
            Rule.named("Two hours without payment: a reminder", EventType.TIME_PASSED)
                .at("order-placed")
                .when(
                    Condition.inactiveFor(FIRST_REMINDER)
                        .and(Condition.hasMet("reminded-once").not()))
                .then(Effect.recordCriterion("reminded-once"), Effect.send("payment-reminder")))
        .rule(
            Rule.named("A day without payment: a second reminder", EventType.TIME_PASSED)
                .at("order-placed")
                .when(
                    Condition.inactiveFor(SECOND_REMINDER)
                        .and(Condition.hasMet("reminded-once"))
                        .and(Condition.hasMet("reminded-twice").not()))
                .then(
                    Effect.recordCriterion("reminded-twice"),
                    Effect.send("second-payment-reminder")))
        .rule(Rule.named("A payment is counted", EventType.PURCHASE).then(Effect.countPurchase()))
        .rule(
            Rule.named("Payment success sends the product link", EventType.PURCHASE)
                .at("acquaintance", "order-placed")
                .then(Effect.moveTo("paid"), Effect.send("payment-success")))
        .rule(
            Rule.named("Three days after payment: did you like it?", EventType.TIME_PASSED)
                .at("paid")
                .when(Condition.inStageFor(ASK_HOW_IT_WENT))
                .then(Effect.advance(), Effect.send("did-you-like-it")))
        .rule(
            Rule.named("A review gets a thank-you letter", EventType.REVIEW)
                .then(Effect.send("thank-you")))
        .rule(
            Rule.named("Bought A: offer B", EventType.PURCHASE)
                .when(Condition.attribute("product").is("a"))
                .then(Effect.send("offer-b")))
        .rule(
            Rule.named("Bought C: recommend D", EventType.PURCHASE)
                .when(Condition.attribute("product").is("c"))
                .then(Effect.send("recommend-d")))
        .rule(
            Rule.named("The letter about A ignored: send E", EventType.MESSAGE_IGNORED)
                .when(Condition.attribute("message").is("about-a"))
                .then(Effect.send("message-e")))
        .rule(
            Rule.named(
                    "A known segment moves the customer to segmented letters", EventType.CRITERION)
                .at("after-purchase")
                .when(
                    Condition.attribute("criterion")
                        .isOneOf("birthday", "children", "pets", "interests"))
                .then(Effect.advance()))
        .rule(
            Rule.named(
                    "No letter opened for more than three months: a reminder",
                    EventType.TIME_PASSED)
                .when(Condition.inactiveFor(SILENCE))
                .then(Effect.send("we-miss-you")))
        .rules(Parts.statusRules())
        .buildOrThrow();
  }
}
