package io.github.journeykit.consumer;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Audience;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The README's quick start, compiled and run against the installed artifacts. Exits with 1 when it does
 * not print what the README says.
 */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    run(new PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    System.out.print(printed);
    boolean ok =
        printed.startsWith("informed active\ntrue\n")
            && printed.contains("blocked: the gate of 'interested' does not admit the customer");
    System.out.println(ok ? "consumer check: the quick start ran as the README says" : "consumer check FAILED");
    if (!ok) {
      System.exit(1);
    }
  }

  static void run(PrintStream out) {
    // quick-start:begin
    Validation<Seq<Problem>, Journey> built =
        Journey.builder("shop", "Online shop")
            .stage(Stage.of("informed", "Informed", "Tell them who we are"))
            .stage(Stage.of("interested", "Interested", "Qualify: money, need, decision"))
            .transition(Transition.advance("informed", "interested"))
            .transition(Transition.rollBack("interested", "informed"))
            .message(
                Message.of(
                    "case-study",
                    "informed",
                    Audience.of("Visitors who read the pricing page"),
                    "How a shop like yours doubled repeat sales",
                    Channel.EMAIL,
                    "Move them from informed to interested",
                    Timing.after(Duration.ofDays(1), "Pricing page visited")))
            .build();

    Journey shop = built.get();
    Position customer = shop.newCustomer("c-42", Instant.parse("2026-03-01T09:00:00Z"));
    out.println(customer.stage() + " " + customer.status().id());
    // informed active
    out.println(shop.message("case-study").get().isComplete());
    // true

    Seq<Problem> problems =
        Journey.builder("shop", "Online shop")
            .stage(Stage.of("informed", "Informed", "Tell them who we are"))
            .transition(Transition.advance("informed", "buyer"))
            .message(Message.builder().id("hello").stage("interested").build())
            .build()
            .getError();
    problems.forEach(out::println);
    // transition #1 (informed -> buyer): there is no stage 'buyer' in this journey; known stages:
    // informed
    // message 'hello': there is no stage 'interested' in this journey; known stages: informed

    Engine funnel = Catalogue.get("sales-funnel").get().compile();
    Position olga = funnel.journey().newCustomer("olga", Instant.parse("2026-03-01T09:00:00Z"));
    olga =
        funnel
            .decide(
                olga, new InteractionHappened(Outcome.YES, Instant.parse("2026-03-02T10:00:00Z")))
            .after();
    olga =
        funnel
            .decide(olga, new CriterionMet("money", Instant.parse("2026-03-02T10:05:00Z")))
            .after();
    Decision decision =
        funnel.decide(
            olga, new InteractionHappened(Outcome.YES, Instant.parse("2026-03-03T10:00:00Z")));
    out.print(decision.explanation());
    // interaction yes at 2026-03-03T10:00:00Z for customer 'olga' at 'informed' (active)
    //   fired "A yes moves an active customer up one stage": move to the next stage
    //   not fired "A yes wins a blue customer back": status is blue, but it is active
    //   not fired "A no moves an active customer down one stage": not outcome is no
    //   not fired "A don't know keeps the customer where they are": not outcome is dont_know
    //   blocked: the gate of 'interested' does not admit the customer: needs at least 2 of money,
    // need, decision; has 1: money
    //   result: stays at 'informed' (active), 0 purchases, criteria money

    EventType payment =
        EventType.of("payment", "A payment was received", Attribute.amount("amount").required());
    Journey trial =
        Journey.builder("trial", "Product trial")
            .stage(Stage.of("trying", "Trying", "Get them to use the product"))
            .stage(Stage.of("paying", "Paying", "Keep them using what they pay for"))
            .transition(Transition.advance("trying", "paying"))
            .event(payment)
            .fact(Fact.sum("paid", "The amount paid, EUR"))
            .buildOrThrow();
    Engine trialEngine =
        Playbook.builder(trial)
            .rule(
                Rule.named("Payments are added up", payment)
                    .then(Effect.addAttribute("paid", "amount")))
            .rule(
                Rule.named("A payment of at least 10 EUR makes the customer paying", payment)
                    .when(Condition.attribute("amount").atLeast(new BigDecimal("10")))
                    .then(Effect.moveTo("paying")))
            .buildOrThrow()
            .compile();
    Position anna = trial.newCustomer("anna", Instant.parse("2026-03-01T09:00:00Z"));
    Decision small =
        trialEngine.decide(
            anna,
            Event.of(
                payment, Instant.parse("2026-03-02T09:00:00Z"), "amount", new BigDecimal("8.50")));
    out.print(small.explanation());
    // payment 8.5 at 2026-03-02T09:00:00Z for customer 'anna' at 'trying' (active)
    //   fired "Payments are added up": add the event's amount to paid
    //   not fired "A payment of at least 10 EUR makes the customer paying": amount is 8.5, needs
    // at least 10
    //   result: stays at 'trying' (active), 0 purchases, paid 8.5
    // quick-start:end
  }
}
