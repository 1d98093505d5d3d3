package io.github.journeykit.eventlog;

import io.github.journeykit.model.Audience;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
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
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * A copy, built in Java, of the catalogue's {@code sales-funnel} (journey-catalogue's definition
 * file {@code sales-funnel.yaml}), so that these tests need not depend on the catalogue, which
 * depends on this module.
 *
 * <p>{@code sales-funnel}: the six awareness stages of a sales funnel, with grey and blue customers
 * and the three outcomes of every interaction [000].
 *
 * <p>Uninformed → informed → interested (2 of 3 criteria: money, need, decision) → buyer (all 3) →
 * purchased (1 purchase) → loyal (2 or more). A yes moves an active customer up one stage if the
 * stage above admits them, a no moves them down one (never below uninformed), a don't know keeps
 * them; from purchased on only purchases move the stage. A refusal greys a customer, a churn blues
 * them; a blue customer who says yes is won back.
 */
final class SalesFunnelFixture {

  static final String ID = "sales-funnel";

  static final List<String> STAGES =
      List.of("uninformed", "informed", "interested", "buyer", "purchased", "loyal");

  private SalesFunnelFixture() {}

  static Journey journey() {
    Journey.Builder journey =
        Journey.builder(ID, "Six awareness stages of a sales funnel")
            .description(
                "The awareness ladder a sales manager walks a customer up in several touches; every"
                    + " interaction ends in yes, no or don't know [000].")
            .stage(
                stage(
                    "uninformed",
                    "Uninformed",
                    "Let everyone passing by know the business exists and what it sells",
                    "Give them the contacts and a reason to come back",
                    "Keep them in the audience of ads; try another channel",
                    "Show the ad again in another place"))
            .stage(
                stage(
                    "informed",
                    "Informed",
                    "Find out which of the three criteria the customer meets",
                    "Ask about budget, need and decision",
                    "Send them back to general ads and content",
                    "Offer a free consultation"))
            .stage(
                stage(
                    "interested",
                    "Interested",
                    "Close the missing criterion: money, need or decision",
                    "Prepare the offer",
                    "Find out what put them off; return to informing",
                    "Send a case that answers the missing criterion"))
            .stage(
                stage(
                    "buyer",
                    "Buyer",
                    "Close the sale now: has money, knows what they want, has decided",
                    "Take the order and the payment",
                    "Return to the criteria: which one changed?",
                    "Time-limited bonus to decide"))
            .stage(
                stage(
                    "purchased",
                    "Purchased",
                    "Make the first purchase a good experience and invite the second",
                    "Offer the next purchase",
                    "Work with the negative; keep them informed",
                    "Follow up on how the product works for them"))
            .stage(
                Stage.builder()
                    .from(
                        stage(
                            "loyal",
                            "Loyal",
                            "Keep them buying and recommending",
                            "Offer the loyalty programme",
                            "Find out what went wrong before they turn blue",
                            "Remind them of their bonuses"))
                    .isFinal(true)
                    .build())
            .criterion(Criterion.of("money", "Has money"))
            .criterion(Criterion.of("need", "Knows what they want"))
            .criterion(Criterion.of("decision", "Has decided to buy"))
            .touchpoint(
                Touchpoint.of("ads", "Advertising", Channel.PAID_ADS, "uninformed", "informed"))
            .touchpoint(
                Touchpoint.of(
                    "store-manager",
                    "Manager in the store",
                    Channel.STORE_VISIT,
                    "informed",
                    "interested",
                    "buyer"))
            .touchpoint(
                Touchpoint.of(
                    "phone-call",
                    "Manager on the phone",
                    Channel.PHONE,
                    "informed",
                    "interested",
                    "buyer",
                    "purchased"))
            .touchpoint(
                Touchpoint.of(
                    "loyalty-email", "Loyalty newsletter", Channel.EMAIL, "purchased", "loyal"))
            .message(
                message(
                    "we-exist",
                    "uninformed",
                    "Everyone passing by who fits the target portrait",
                    "Who we are, what problem we solve, where to find us",
                    Channel.PAID_ADS,
                    "Move them from uninformed to informed",
                    Timing.now("Enters the ad audience")))
            .message(
                message(
                    "qualify",
                    "informed",
                    "Customers who know us",
                    "A free consultation to choose what fits their budget",
                    Channel.PHONE,
                    "Find out money, need and decision: informed to interested",
                    Timing.after(Duration.ofDays(1), "First contact with a manager")))
            .message(
                message(
                    "close-the-gap",
                    "interested",
                    "Customers who meet 2 of 3 criteria",
                    "A case or an instalment plan that answers the missing criterion",
                    Channel.EMAIL,
                    "Make an interested customer a buyer",
                    Timing.now("Becomes interested")))
            .message(
                message(
                    "offer",
                    "buyer",
                    "Customers ready to buy",
                    "The offer with a time-limited bonus",
                    Channel.PHONE,
                    "Close the sale: buyer to purchased",
                    Timing.now("Becomes a buyer")))
            .message(
                message(
                    "second-purchase",
                    "purchased",
                    "Customers who bought once",
                    "Add-ons and a discount on the next order",
                    Channel.EMAIL,
                    "Make a purchased customer loyal",
                    Timing.after(Duration.ofDays(7), "First purchase")))
            .message(
                message(
                    "win-back",
                    "loyal",
                    "Blue customers who bought elsewhere or left",
                    "What changed since they left, and a reason to return",
                    Channel.EMAIL,
                    "Win a blue customer back",
                    Timing.now("Turns blue")));
    advances(journey, STAGES);
    rollBacks(journey, STAGES.take(4));
    for (String from : STAGES.take(3)) {
      journey.transition(Transition.skip(from, "purchased", "A first purchase, from any stage"));
    }
    for (String from : STAGES.take(4)) {
      journey.transition(Transition.skip(from, "loyal", "A second purchase, from any stage"));
    }
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
    List<String> belowPurchased = STAGES.take(4);
    return Playbook.builder(journey())
        .gate(Gate.of("interested", Condition.criteriaMet(2, "money", "need", "decision")))
        .gate(Gate.of("buyer", Condition.criteriaMet(3, "money", "need", "decision")))
        .gate(Gate.of("purchased", Condition.purchasesAtLeast(1)))
        .gate(Gate.of("loyal", Condition.purchasesAtLeast(2)))
        .rule(
            Rule.named("A yes moves an active customer up one stage", EventType.INTERACTION)
                .at(belowPurchased)
                .when(activeAnd(Outcome.YES))
                .then(Effect.advance()))
        .rule(
            Rule.named("A yes wins a blue customer back", EventType.INTERACTION)
                .when(Condition.outcomeIs(Outcome.YES).and(Condition.statusIs(CustomerStatus.BLUE)))
                .then(Effect.status(CustomerStatus.ACTIVE)))
        .rule(
            Rule.named("A no moves an active customer down one stage", EventType.INTERACTION)
                .at(belowPurchased.tail())
                .when(activeAnd(Outcome.NO))
                .then(Effect.rollBack()))
        .rule(
            Rule.named("A don't know keeps the customer where they are", EventType.INTERACTION)
                .when(Condition.outcomeIs(Outcome.DONT_KNOW)))
        .rule(criteriaAreRecorded())
        .rule(
            Rule.named("A purchase is counted and makes the customer active", EventType.PURCHASE)
                .then(Effect.countPurchase(), Effect.status(CustomerStatus.ACTIVE)))
        .rule(
            Rule.named("A first purchase makes the customer purchased", EventType.PURCHASE)
                .at(STAGES.take(5))
                .when(Condition.purchasesAtLeast(1).not())
                .then(Effect.moveTo("purchased")))
        .rule(
            Rule.named("A second purchase makes the customer loyal", EventType.PURCHASE)
                .when(Condition.purchasesAtLeast(1))
                .then(Effect.moveTo("loyal")))
        .rules(statusRules())
        .buildOrThrow();
  }

  // ---- the pieces it is built from

  /** A stage with its key task and the manager's planned response to each outcome. */
  private static Stage stage(
      String id, String name, String keyTask, String onYes, String onNo, String onDontKnow) {
    return Stage.builder()
        .id(id)
        .name(name)
        .keyTask(Option.of(keyTask))
        .plannedResponses(
            LinkedHashMap.of(Outcome.YES, onYes, Outcome.NO, onNo, Outcome.DONT_KNOW, onDontKnow))
        .build();
  }

  /** Adds an advance between every pair of neighbouring stages. */
  private static Journey.Builder advances(Journey.Builder journey, Seq<String> stageIds) {
    for (int i = 0; i + 1 < stageIds.size(); i++) {
      journey.transition(Transition.advance(stageIds.get(i), stageIds.get(i + 1)));
    }
    return journey;
  }

  /** Adds a roll back between every pair of neighbouring stages. */
  private static Journey.Builder rollBacks(Journey.Builder journey, Seq<String> stageIds) {
    for (int i = 0; i + 1 < stageIds.size(); i++) {
      journey.transition(Transition.rollBack(stageIds.get(i + 1), stageIds.get(i)));
    }
    return journey;
  }

  /** A complete 5W message. */
  private static Message message(
      String id, String stage, String who, String what, Channel where, String why, Timing when) {
    return Message.of(id, stage, Audience.of(who), what, where, why, when);
  }

  /** Holds when the event is an interaction with this outcome and the customer is active. */
  private static Condition activeAnd(Outcome outcome) {
    return Condition.outcomeIs(outcome).and(Condition.statusIs(CustomerStatus.ACTIVE));
  }

  /** The overlay-status rules every journey shares: a refusal greys, a churn blues [000]. */
  private static Seq<Rule> statusRules() {
    return List.of(
        Rule.named("A refusal turns the customer grey", EventType.REFUSED)
            .then(Effect.status(CustomerStatus.GREY)),
        Rule.named("A customer who bought elsewhere or left us turns blue", EventType.CHURNED)
            .then(Effect.status(CustomerStatus.BLUE)));
  }

  /** Records every criterion the customer meets, at any stage and whatever their status. */
  private static Rule criteriaAreRecorded() {
    return Rule.named("Criteria are recorded", EventType.CRITERION).then(Effect.recordCriterion());
  }
}
