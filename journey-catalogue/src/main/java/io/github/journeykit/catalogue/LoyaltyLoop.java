package io.github.journeykit.catalogue;

import static io.github.journeykit.catalogue.Parts.activeAnd;
import static io.github.journeykit.catalogue.Parts.message;
import static io.github.journeykit.catalogue.Parts.stage;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.ExperienceReported.Experience;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
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
 * {@code loyalty-loop}: six stages with two loops [002].
 *
 * <p>Primary awareness of a need → comparison with competitors → deal → user experience (negative:
 * back to stage 1; positive: on to the loyalty loop) → loyalty loop (the customer goes back to the
 * deal and becomes a regular) → repeat-purchase reminder (a trigger that returns the customer to
 * the loyalty loop). A regular who is quiet for {@value #QUIET_DAYS} days gets the reminder.
 */
final class LoyaltyLoop {

  static final String ID = "loyalty-loop";

  static final int QUIET_DAYS = 30;

  static final List<String> STAGES =
      List.of(
          "need-awareness",
          "comparison",
          "deal",
          "user-experience",
          "loyalty-loop",
          "repeat-reminder");

  private LoyaltyLoop() {}

  static Journey journey() {
    Journey.Builder journey =
        Journey.builder(ID, "Six stages with two loops")
            .description(
                "A journey whose experience loops back to the start, and whose regulars loop back to the deal [002].")
            .stage(
                stage(
                    "need-awareness",
                    "Primary awareness of a need",
                    "Inform the customer where they are",
                    "Tell them about the alternatives",
                    "Keep informing",
                    "Send useful content"))
            .stage(
                stage(
                    "comparison",
                    "Comparison with competitors",
                    "Positioning",
                    "Show why we are different",
                    "Return to informing",
                    "Send a comparison"))
            .stage(
                stage(
                    "deal",
                    "Deal",
                    "Find and remove the reasons for churn: cash only, queues, out of stock, rude staff, late"
                        + " supplier",
                    "Close the deal",
                    "Find the reason for churn and remove it",
                    "Offer help to decide"))
            .stage(
                stage(
                    "user-experience",
                    "User experience",
                    "Teach the customer to use the product",
                    "Invite into the loyalty loop",
                    "Start again from awareness",
                    "Send instructions"))
            .stage(
                stage(
                    "loyalty-loop",
                    "Loyalty loop",
                    "Bring the customer back to the deal as a regular",
                    "Make the next deal",
                    "Find out what went wrong",
                    "Remind of the benefits"))
            .stage(
                stage(
                    "repeat-reminder", "Repeat-purchase reminder",
                    "Trigger a return to the loyalty loop: SMS, email, call",
                        "Return them to the loop",
                    "Try another channel", "Remind again later"))
            .touchpoint(Touchpoint.of("content", "Useful content", Channel.BLOG, "need-awareness"))
            .touchpoint(
                Touchpoint.of("comparison-page", "Comparison page", Channel.WEBSITE, "comparison"))
            .touchpoint(Touchpoint.of("shop", "Shop and checkout", Channel.STORE_VISIT, "deal"))
            .touchpoint(
                Touchpoint.of(
                    "instructions", "Instructions and training", Channel.EMAIL, "user-experience"))
            .touchpoint(
                Touchpoint.of(
                    "loyalty-programme", "Loyalty programme", Channel.EMAIL, "loyalty-loop"))
            .touchpoint(
                Touchpoint.of("reminder-sms", "Reminder SMS", Channel.SMS, "repeat-reminder"))
            .message(
                message(
                    "where-you-are",
                    "need-awareness",
                    "People who have just felt the need",
                    "What the need is and how it can be met",
                    Channel.BLOG,
                    "Move them on to comparing",
                    Timing.now("Need felt")))
            .message(
                message(
                    "positioning",
                    "comparison",
                    "Customers comparing us with competitors",
                    "What makes us different",
                    Channel.WEBSITE,
                    "Win the comparison",
                    Timing.now("Compares")))
            .message(
                message(
                    "no-obstacles",
                    "deal",
                    "Customers about to buy",
                    "Card payment, no queues, in stock, delivery on time",
                    Channel.STORE_VISIT,
                    "Remove the reasons for churn at the deal",
                    Timing.now("Comes to buy")))
            .message(
                message(
                    "how-to-use",
                    "user-experience",
                    "Customers who just bought",
                    "How to get the most out of the product",
                    Channel.EMAIL,
                    "Make the experience positive",
                    Timing.after(Duration.ofDays(1), "Purchase")))
            .message(
                message(
                    "regular-offer",
                    "loyalty-loop",
                    "Regular customers",
                    "An offer for regulars",
                    Channel.EMAIL,
                    "Bring them back to the deal",
                    Timing.now("Joins the loyalty loop")))
            .message(
                message(
                    "repeat-reminder",
                    "repeat-reminder",
                    "Regulars quiet for " + QUIET_DAYS + " days",
                    "Time to buy again: your usual order is one tap away",
                    Channel.SMS,
                    "Return the customer to the loyalty loop",
                    Timing.now(QUIET_DAYS + " days without a purchase")));
    Parts.advances(journey, STAGES);
    journey
        .transition(Transition.rollBack("comparison", "need-awareness"))
        .transition(Transition.rollBack("deal", "comparison"))
        .transition(Transition.loop("user-experience", "need-awareness", "A negative experience"))
        .transition(Transition.loop("loyalty-loop", "deal", "A regular comes back to the deal"))
        .transition(Transition.rollBack("loyalty-loop", "user-experience"))
        .transition(Transition.rollBack("repeat-reminder", "loyalty-loop"))
        .transition(
            Transition.loop("repeat-reminder", "user-experience", "Buys again after the reminder"));
    return journey
        .events(
            EventType.INTERACTION,
            EventType.PURCHASE,
            EventType.REFUSED,
            EventType.CHURNED,
            EventType.EXPERIENCE,
            EventType.MESSAGE_OPENED)
        .buildOrThrow();
  }

  static Playbook playbook() {
    return Playbook.builder(journey())
        .gate(Gate.of("user-experience", Condition.purchasesAtLeast(1)))
        .rule(
            Rule.named("A yes moves an active customer on", EventType.INTERACTION)
                .at("need-awareness", "comparison")
                .when(activeAnd(Outcome.YES))
                .then(Effect.advance()))
        .rule(
            Rule.named("A no moves an active customer back", EventType.INTERACTION)
                .at("comparison", "deal")
                .when(activeAnd(Outcome.NO))
                .then(Effect.rollBack()))
        .rule(
            Rule.named("A regular who says yes comes back to the deal", EventType.INTERACTION)
                .at("loyalty-loop")
                .when(activeAnd(Outcome.YES))
                .then(Effect.moveTo("deal"), Effect.send("no-obstacles")))
        .rule(
            Rule.named(
                    "An opened reminder returns the customer to the loyalty loop",
                    EventType.MESSAGE_OPENED)
                .at("repeat-reminder")
                .when(Condition.attribute("message").is("repeat-reminder"))
                .then(Effect.moveTo("loyalty-loop")))
        .rule(
            Rule.named(
                    "A yes to the reminder returns the customer to the loyalty loop",
                    EventType.INTERACTION)
                .at("repeat-reminder")
                .when(Condition.outcomeIs(Outcome.YES))
                .then(Effect.moveTo("loyalty-loop")))
        .rule(Rule.named("A purchase is counted", EventType.PURCHASE).then(Effect.countPurchase()))
        .rule(
            Rule.named("A purchase starts the user experience", EventType.PURCHASE)
                .at("deal", "loyalty-loop", "repeat-reminder")
                .then(Effect.moveTo("user-experience"), Effect.send("how-to-use")))
        .rule(
            Rule.named(
                    "A negative experience sends the customer back to stage 1",
                    EventType.EXPERIENCE)
                .at("user-experience")
                .when(Condition.attribute("experience").is(Experience.NEGATIVE.id()))
                .then(Effect.moveTo("need-awareness")))
        .rule(
            Rule.named(
                    "A positive experience brings the customer into the loyalty loop",
                    EventType.EXPERIENCE)
                .at("user-experience")
                .when(Condition.attribute("experience").is(Experience.POSITIVE.id()))
                .then(Effect.advance(), Effect.send("regular-offer")))
        .rule(
            Rule.named("A quiet regular gets the repeat-purchase reminder", EventType.TIME_PASSED)
                .at("loyalty-loop")
                .when(Condition.inactiveFor(Duration.ofDays(QUIET_DAYS)))
                .then(Effect.advance(), Effect.send("repeat-reminder")))
        .rules(Parts.statusRules())
        .buildOrThrow();
  }
}
