package io.github.journeykit.catalogue;

import static io.github.journeykit.catalogue.Parts.activeAnd;
import static io.github.journeykit.catalogue.Parts.stage;

import io.github.journeykit.model.Audience;
import io.github.journeykit.model.BuyingCentreRole;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.ExperienceReported.Experience;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Persona;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * {@code b2b}: the B2B journey with contract negotiation and a buying centre [004].
 *
 * <p>Awareness → consideration → decision → contract negotiation → delivery and use → loyalty. The
 * buying centre (a decision maker, an influencer, an end user, each with a relative importance)
 * must agree before the contract is negotiated: the decision maker always, and members weighing at
 * least {@value #AGREEMENT_NEEDED} in all. A demanding customer takes a special route: a pilot
 * project before the decision.
 */
final class B2b {

  static final String ID = "b2b";

  static final double AGREEMENT_NEEDED = 0.7;

  static final List<String> STAGES =
      List.of(
          "awareness",
          "consideration",
          "decision",
          "contract-negotiation",
          "delivery-and-use",
          "loyalty");

  private B2b() {}

  private static Persona member(
      String id, String name, BuyingCentreRole role, double importance, String need) {
    return Persona.builder()
        .id(id)
        .name(name)
        .buyingCentreRole(Option.of(role))
        .relativeImportance(Option.of(importance))
        .goals(List.of("Efficiency for the company"))
        .needs(List.of(need))
        .preferredChannels(List.of(Channel.EMAIL, Channel.PERSONAL_MEETING))
        .build();
  }

  private static Message toRole(
      String id,
      String stage,
      String persona,
      String who,
      String what,
      Channel where,
      String why,
      Timing when) {
    return Message.of(id, stage, Audience.persona(persona, who), what, where, why, when);
  }

  static Journey journey() {
    Journey.Builder journey =
        Journey.builder(ID, "B2B journey with contract negotiation")
            .description(
                "A business purchase decided by a buying centre, with a contract negotiation stage [004].")
            .stage(
                stageWithGoals(
                    stage(
                        "awareness",
                        "Awareness",
                        "Be known to the client's buying centre",
                        "Qualify the account",
                        "Keep in touch through content",
                        "Invite to a conference"),
                    "Relationship"))
            .stage(
                stageWithGoals(
                    stage(
                        "consideration",
                        "Consideration",
                        "Show how we solve the client's task; offer a pilot to demanding clients",
                        "Move to a decision",
                        "Return to awareness",
                        "Offer a meeting"),
                    "Trust"))
            .stage(
                stageWithGoals(
                    stage(
                        "decision",
                        "Decision",
                        "Win every member of the buying centre",
                        "Start the contract",
                        "Find out whose objection stopped it",
                        "Meet the influencer"),
                    "Trust"))
            .stage(
                stageWithGoals(
                    stage(
                        "contract-negotiation",
                        "Contract negotiation",
                        "Agree the terms",
                        "Sign",
                        "Return to the decision",
                        "Revise the terms"),
                    "Trust"))
            .stage(
                stageWithGoals(
                    stage(
                        "delivery-and-use",
                        "Delivery and use",
                        "Deliver on time and train the end users",
                        "Ask for a reference",
                        "Send the account manager",
                        "Check in"),
                    "Retention"))
            .stage(
                Stage.builder()
                    .from(
                        stageWithGoals(
                            stage(
                                "loyalty",
                                "Loyalty",
                                "Grow the account",
                                "Offer the next project",
                                "Find out what changed",
                                "Share the roadmap"),
                            "Retention"))
                    .isFinal(true)
                    .build())
            .criterion(Criterion.of("decision-maker-agrees", "The decision maker agrees"))
            .criterion(Criterion.of("influencer-agrees", "The influencer agrees"))
            .criterion(Criterion.of("end-user-agrees", "The end users agree"))
            .criterion(Criterion.of("demanding", "A demanding client who needs a special route"))
            .criterion(Criterion.of("pilot-done", "The pilot project succeeded"))
            .criterion(Criterion.of("contract-signed", "The contract is signed"))
            .persona(
                member(
                    "director",
                    "Director",
                    BuyingCentreRole.DECISION_MAKER,
                    0.5,
                    "Return on the investment"))
            .persona(
                member(
                    "chief-engineer",
                    "Chief engineer",
                    BuyingCentreRole.INFLUENCER,
                    0.3,
                    "Technical fit"))
            .persona(
                member("operator", "Operator", BuyingCentreRole.END_USER, 0.2, "Ease of daily use"))
            .touchpoint(
                Touchpoint.of(
                    "website",
                    "Website, blog, search",
                    Channel.WEBSITE,
                    "awareness",
                    "consideration"))
            .touchpoint(
                Touchpoint.of(
                    "conference", "Business conferences", Channel.CONFERENCE, "awareness"))
            .touchpoint(
                Touchpoint.of(
                    "meeting",
                    "Personal meetings",
                    Channel.PERSONAL_MEETING,
                    "consideration",
                    "decision",
                    "contract-negotiation"))
            .touchpoint(
                Touchpoint.of(
                    "pilot", "Pilot (starter) project", Channel.PILOT_PROJECT, "consideration"))
            .touchpoint(
                Touchpoint.of(
                    "word-of-mouth",
                    "Word of mouth",
                    Channel.WORD_OF_MOUTH,
                    "awareness",
                    "loyalty"))
            .touchpoint(
                Touchpoint.of(
                    "account-manager",
                    "Account manager",
                    Channel.PHONE,
                    "delivery-and-use",
                    "loyalty"))
            .message(
                toRole(
                    "roi-case",
                    "decision",
                    "director",
                    "The director",
                    "The return on the investment, in the client's figures",
                    Channel.PERSONAL_MEETING,
                    "Win the decision maker",
                    Timing.now("Decision stage reached")))
            .message(
                toRole(
                    "technical-fit",
                    "decision",
                    "chief-engineer",
                    "The chief engineer",
                    "Specifications and integration plan",
                    Channel.EMAIL,
                    "Win the influencer",
                    Timing.now("Decision stage reached")))
            .message(
                toRole(
                    "training",
                    "delivery-and-use",
                    "operator",
                    "The operators",
                    "Training and a support line",
                    Channel.WEBINAR,
                    "Make daily use easy",
                    Timing.now("Delivery")))
            .message(
                toRole(
                    "pilot-offer",
                    "consideration",
                    "director",
                    "A demanding client's director",
                    "A pilot project to prove the result first",
                    Channel.PILOT_PROJECT,
                    "The special route for demanding clients",
                    Timing.now("A demanding client considers us")))
            .message(
                toRole(
                    "contract-draft",
                    "contract-negotiation",
                    "director",
                    "The director",
                    "The draft contract and terms",
                    Channel.EMAIL,
                    "Agree the terms",
                    Timing.now("Negotiation starts")))
            .message(
                toRole(
                    "account-visit",
                    "delivery-and-use",
                    "director",
                    "The director",
                    "A visit from the account manager",
                    Channel.PERSONAL_MEETING,
                    "Keep a client with a bad experience",
                    Timing.now("Negative experience")));
    Parts.advances(journey, STAGES);
    Parts.rollBacks(journey, STAGES.take(4));
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

  private static Stage stageWithGoals(Stage stage, String goal) {
    return Stage.builder()
        .from(stage)
        .goals(List.of(goal, "Sales"))
        .kpis(List.of("Accounts moved to the next stage"))
        .build();
  }

  static Playbook playbook() {
    Condition buyingCentreAgrees =
        Condition.hasMet("decision-maker-agrees")
            .and(
                Condition.weightOfCriteriaMet(
                    LinkedHashMap.of(
                        "decision-maker-agrees",
                        0.5,
                        "influencer-agrees",
                        0.3,
                        "end-user-agrees",
                        0.2),
                    AGREEMENT_NEEDED));
    Condition demandingWithoutPilot =
        Condition.hasMet("demanding").and(Condition.hasMet("pilot-done").not());
    return Playbook.builder(journey())
        .gate(Gate.of("decision", demandingWithoutPilot.not()))
        .gate(Gate.of("contract-negotiation", buyingCentreAgrees))
        .gate(Gate.of("delivery-and-use", Condition.hasMet("contract-signed")))
        .rule(
            Rule.named("A demanding client is offered a pilot project first", EventType.INTERACTION)
                .at("consideration")
                .when(activeAnd(Outcome.YES).and(demandingWithoutPilot))
                .priority(1)
                .then(Effect.send("pilot-offer")))
        .rule(
            Rule.named("A yes moves the account on", EventType.INTERACTION)
                .at("awareness", "consideration")
                .when(activeAnd(Outcome.YES))
                .then(Effect.advance()))
        .rule(
            Rule.named(
                    "A yes at the decision opens the contract negotiation", EventType.INTERACTION)
                .at("decision")
                .when(activeAnd(Outcome.YES))
                .then(Effect.advance(), Effect.send("contract-draft")))
        .rule(
            Rule.named("A no moves the account back", EventType.INTERACTION)
                .at("consideration", "decision", "contract-negotiation")
                .when(activeAnd(Outcome.NO))
                .then(Effect.rollBack()))
        .rule(Parts.criteriaAreRecorded())
        .rule(
            Rule.named("Reaching the decision addresses the buying centre", EventType.INTERACTION)
                .at("consideration")
                .when(activeAnd(Outcome.YES).and(demandingWithoutPilot.not()))
                .then(Effect.send("roi-case"), Effect.send("technical-fit")))
        .rule(
            Rule.named("A signed contract starts delivery", EventType.CRITERION)
                .at("contract-negotiation")
                .when(Condition.attribute("criterion").is("contract-signed"))
                .then(Effect.advance(), Effect.send("training")))
        .rule(Rule.named("An order is counted", EventType.PURCHASE).then(Effect.countPurchase()))
        .rule(
            Rule.named("A positive experience makes a loyal account", EventType.EXPERIENCE)
                .at("delivery-and-use")
                .when(Condition.attribute("experience").is(Experience.POSITIVE.id()))
                .then(Effect.advance()))
        .rule(
            Rule.named("A negative experience brings the account manager", EventType.EXPERIENCE)
                .at("delivery-and-use", "loyalty")
                .when(Condition.attribute("experience").is(Experience.NEGATIVE.id()))
                .then(Effect.send("account-visit")))
        .rules(Parts.statusRules())
        .buildOrThrow();
  }
}
