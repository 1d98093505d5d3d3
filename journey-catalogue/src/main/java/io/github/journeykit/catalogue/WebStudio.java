package io.github.journeykit.catalogue;

import static io.github.journeykit.catalogue.Parts.activeAnd;
import static io.github.journeykit.catalogue.Parts.message;
import static io.github.journeykit.catalogue.Parts.stage;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.List;
import java.time.Duration;

/**
 * {@code web-studio}: a web studio's client process [003].
 *
 * <p>First written contact → meeting → estimate and schedule → spec → contract → prepayment (25 %)
 * → design → design acceptance (60 %) → layout → programming → testing and content → deployment →
 * search registration → support contract (final 15 %). At the design, a client who dislikes details
 * gets a revision; one who rejects the mock-up entirely gets a completely new one; a second
 * rejected mock-up ends the contract, and the prepayment is kept. After every meeting, a written
 * summary goes out.
 */
final class WebStudio {

  static final String ID = "web-studio";

  static final List<String> STAGES =
      List.of(
          "first-contact",
          "meeting",
          "estimate",
          "spec",
          "contract",
          "prepayment",
          "design",
          "design-acceptance",
          "layout",
          "programming",
          "testing-and-content",
          "deployment",
          "search-registration",
          "support-contract");

  private WebStudio() {}

  static Journey journey() {
    Journey.Builder journey =
        Journey.builder(ID, "A web studio's client process")
            .description(
                "From the first letter to the support contract, paid 25/60/15 so that a break never leaves the studio out of pocket [003].")
            .stage(
                stage(
                    "first-contact",
                    "First written contact",
                    "Ask: brand style? spec or brief (if none, send the brief)? is the deadline burning? budget? reference sites?",
                    "Book a meeting",
                    "Thank and keep the contact",
                    "Send the brief"))
            .stage(
                stage(
                    "meeting",
                    "Meeting",
                    "Understand the task; send a written summary after the meeting",
                    "Estimate",
                    "Send the summary and ask what is missing",
                    "Send the summary"))
            .stage(
                stage(
                    "estimate",
                    "Estimate and schedule",
                    "Price and plan the work",
                    "Write the spec",
                    "Revise the estimate",
                    "Explain the estimate"))
            .stage(
                stage(
                    "spec",
                    "Specification",
                    "Agree what will be built",
                    "Prepare the contract",
                    "Revise the spec",
                    "Walk through the spec"))
            .stage(
                stage(
                    "contract",
                    "Contract",
                    "Sign the contract",
                    "Invoice the prepayment",
                    "Revise the terms",
                    "Explain the terms"))
            .stage(
                stage(
                    "prepayment",
                    "Prepayment 25 %",
                    "Receive 25 % before any design work",
                    "Start the design",
                    "Remind of the invoice",
                    "Remind of the invoice"))
            .stage(
                stage(
                    "design",
                    "Design",
                    "Get the mock-up accepted: revise details, redo once if rejected entirely",
                    "Draw up the acceptance act",
                    "First rejection: a completely new mock-up; second: end the contract, keep the prepayment",
                    "Revise the details"))
            .stage(
                stage(
                    "design-acceptance",
                    "Design acceptance act, 60 %",
                    "Receive 60 % on the acceptance act",
                    "Start the layout",
                    "Remind of the invoice",
                    "Remind of the invoice"))
            .stage(
                stage(
                    "layout",
                    "Layout",
                    "Build the pages",
                    "Programme",
                    "Fix the layout",
                    "Show progress"))
            .stage(
                stage(
                    "programming",
                    "Programming",
                    "Build the features",
                    "Test",
                    "Fix",
                    "Show progress"))
            .stage(
                stage(
                    "testing-and-content",
                    "Testing and content",
                    "Test and fill with content",
                    "Deploy",
                    "Fix",
                    "Ask for the content"))
            .stage(
                stage(
                    "deployment",
                    "Deployment",
                    "Put the site live",
                    "Register in search engines",
                    "Roll back and fix",
                    "Check with the client"))
            .stage(
                stage(
                    "search-registration",
                    "Search registration",
                    "Register the site with search engines",
                    "Offer the support contract",
                    "Fix the registration",
                    "Explain the reports"))
            .stage(
                Stage.builder()
                    .from(
                        stage(
                            "support-contract",
                            "Support contract, final 15 %",
                            "Sign support and receive the final 15 %",
                            "Thank and ask for a review",
                            "Remind of the invoice",
                            "Remind of the invoice"))
                    .isFinal(true)
                    .build())
            .criterion(Criterion.of("brief-received", "The client sent the brief or a spec"))
            .criterion(Criterion.of("paid-25", "Prepayment of 25 % received"))
            .criterion(Criterion.of("paid-60", "60 % received on the design acceptance act"))
            .criterion(Criterion.of("paid-15", "Final 15 % received"))
            .criterion(
                Criterion.of(
                    "first-mockup-rejected", "The client rejected the first mock-up entirely"))
            .criterion(
                Criterion.of(
                    "contract-terminated", "The contract ended after a second rejected mock-up"))
            .touchpoint(
                Touchpoint.of(
                    "email",
                    "Email correspondence",
                    Channel.EMAIL,
                    STAGES.toJavaArray(String[]::new)))
            .touchpoint(
                Touchpoint.of(
                    "office-meeting",
                    "Meeting at the office",
                    Channel.PERSONAL_MEETING,
                    "meeting",
                    "contract",
                    "design"))
            .message(
                message(
                    "brief",
                    "first-contact",
                    "A client with no spec or brief",
                    "Our brief to fill in",
                    Channel.EMAIL,
                    "Get the information for the meeting",
                    Timing.now("No brief")))
            .message(
                message(
                    "meeting-summary",
                    "meeting",
                    "The client after a meeting",
                    "A written summary of what was agreed",
                    Channel.EMAIL,
                    "Keep both sides agreed in writing",
                    Timing.after(Duration.ofHours(2), "Meeting held")))
            .message(
                message(
                    "invoice-25",
                    "contract",
                    "The client who signed",
                    "The prepayment invoice, 25 %",
                    Channel.EMAIL,
                    "Start the design only after the prepayment",
                    Timing.now("Contract signed")))
            .message(
                message(
                    "revised-mockup",
                    "design",
                    "A client who dislikes details",
                    "The revised mock-up",
                    Channel.EMAIL,
                    "Get the mock-up accepted",
                    Timing.after(Duration.ofDays(2), "Details disliked")))
            .message(
                message(
                    "new-mockup",
                    "design",
                    "A client who rejected the mock-up entirely",
                    "A completely new mock-up",
                    Channel.EMAIL,
                    "A second chance for the design",
                    Timing.after(Duration.ofDays(5), "Mock-up rejected")))
            .message(
                message(
                    "termination",
                    "design",
                    "A client who rejected the second mock-up",
                    "The contract ends; the prepayment is kept as agreed",
                    Channel.EMAIL,
                    "End the contract without losing money",
                    Timing.now("Second mock-up rejected")))
            .message(
                message(
                    "invoice-60",
                    "design-acceptance",
                    "The client who accepted the design",
                    "The acceptance act and the 60 % invoice",
                    Channel.EMAIL,
                    "Be paid for the design before the layout",
                    Timing.now("Design accepted")))
            .message(
                message(
                    "invoice-15",
                    "support-contract",
                    "The client with a live site",
                    "The support contract and the final 15 % invoice",
                    Channel.EMAIL,
                    "Close the project paid in full",
                    Timing.now("Site registered")));
    Parts.advances(journey, STAGES);
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
    List<String> movedByYes =
        STAGES.removeAll(List.of("prepayment", "design", "design-acceptance", "support-contract"));
    Condition firstRejected = Condition.hasMet("first-mockup-rejected");
    return Playbook.builder(journey())
        .gate(Gate.of("design", Condition.hasMet("paid-25")))
        .gate(Gate.of("layout", Condition.hasMet("paid-60")))
        .rule(
            Rule.named("A yes moves the project on", EventType.INTERACTION)
                .at(movedByYes)
                .when(activeAnd(Outcome.YES))
                .then(Effect.advance()))
        .rule(
            Rule.named("After every meeting a written summary goes out", EventType.INTERACTION)
                .at("meeting")
                .then(Effect.send("meeting-summary")))
        .rule(
            Rule.named("No brief yet: send the brief", EventType.INTERACTION)
                .at("first-contact")
                .when(
                    Condition.outcomeIs(Outcome.DONT_KNOW)
                        .and(Condition.hasMet("brief-received").not()))
                .then(Effect.send("brief")))
        .rule(
            Rule.named("A signed contract is invoiced 25 %", EventType.INTERACTION)
                .at("contract")
                .when(activeAnd(Outcome.YES))
                .then(Effect.send("invoice-25")))
        .rule(Parts.criteriaAreRecorded())
        .rule(Rule.named("A payment is counted", EventType.PURCHASE).then(Effect.countPurchase()))
        .rule(
            Rule.named("The 25 % prepayment starts the design", EventType.PURCHASE)
                .at("prepayment")
                .then(Effect.recordCriterion("paid-25"), Effect.advance()))
        .rule(
            Rule.named("An accepted mock-up goes to the acceptance act", EventType.INTERACTION)
                .at("design")
                .when(activeAnd(Outcome.YES))
                .then(Effect.advance(), Effect.send("invoice-60")))
        .rule(
            Rule.named("Disliked details are revised", EventType.INTERACTION)
                .at("design")
                .when(activeAnd(Outcome.DONT_KNOW))
                .then(Effect.send("revised-mockup")))
        .rule(
            Rule.named(
                    "A first mock-up rejected entirely is redone from scratch",
                    EventType.INTERACTION)
                .at("design")
                .when(activeAnd(Outcome.NO).and(firstRejected.not()))
                .then(Effect.recordCriterion("first-mockup-rejected"), Effect.send("new-mockup")))
        .rule(
            Rule.named(
                    "A second rejected mock-up ends the contract, the prepayment is kept",
                    EventType.INTERACTION)
                .at("design")
                .when(activeAnd(Outcome.NO).and(firstRejected))
                .then(
                    Effect.recordCriterion("contract-terminated"),
                    Effect.status(CustomerStatus.GREY),
                    Effect.send("termination")))
        .rule(
            Rule.named("The 60 % payment starts the layout", EventType.PURCHASE)
                .at("design-acceptance")
                .then(Effect.recordCriterion("paid-60"), Effect.advance()))
        .rule(
            Rule.named(
                    "Search registration brings the support contract and the final invoice",
                    EventType.INTERACTION)
                .at("search-registration")
                .when(activeAnd(Outcome.YES))
                .then(Effect.send("invoice-15")))
        .rule(
            Rule.named("The final 15 % closes the project", EventType.PURCHASE)
                .at("support-contract")
                .then(Effect.recordCriterion("paid-15")))
        .rules(Parts.statusRules())
        .buildOrThrow();
  }
}
