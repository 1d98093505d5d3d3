package io.github.journeykit.examples;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Audience;
import io.github.journeykit.model.Cadence;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A CRM team's own journey, written in plain Java: a SaaS trial with its own events and facts.
 *
 * <p>Signed up → activated → paying, and churned from any of them. The team's rules, in their own
 * words: "three logins within seven days activate", "a payment of at least 10 EUR makes the
 * customer paying", "30 days without activity churns". The journey declares two event types of its
 * own ({@code login}, and {@code payment} with a required {@code amount} and an optional {@code
 * plan}) and what it remembers about each customer: the logins so far, the logins of the last seven
 * days (keeping only the last three instants), the amount paid, the plan, and the last login. A
 * login after the customer churned brings them back.
 *
 * <p>What it says, and when: a customer who has not logged in a day after signing up gets {@code
 * getting-started} (once); one who enters {@code activated} gets {@code upgrade} a day later,
 * whichever rule moved them; one who churns gets {@code we-miss-you}, at most once per 90 days. The
 * time-based rules need no scheduler: each decision's next check says when to deliver a {@code
 * time_passed}.
 *
 * <pre>{@code
 * Engine trial = SaasTrial.playbook().compile();
 * Position olga = trial.journey().newCustomer("olga", monday);
 * olga = trial.decide(olga, Event.of(SaasTrial.LOGIN, monday.plus(Duration.ofHours(1)))).after();
 * olga = trial.decide(olga, Event.of(SaasTrial.PAYMENT, tuesday, "amount", new BigDecimal("12.50"))).after();
 * }</pre>
 *
 * @since 0.1
 */
public final class SaasTrial {

  /** The customer logged in to the product. */
  public static final EventType LOGIN =
      EventType.of(
          "login",
          "The customer logged in to the product",
          Attribute.choice("device", "web", "mobile").describedAs("Where they logged in from"));

  /** A payment was received. */
  public static final EventType PAYMENT =
      EventType.of(
          "payment",
          "A payment was received",
          Attribute.amount("amount").required().describedAs("What the customer paid, in EUR"),
          Attribute.choice("plan", "basic", "pro").describedAs("The plan paid for"));

  /** The least payment, in EUR, that makes a customer paying. */
  public static final BigDecimal LEAST_PAYMENT = new BigDecimal("10");

  private SaasTrial() {}

  /**
   * Returns the journey: its stages, moves, events, facts and messages.
   *
   * @return the journey
   */
  public static Journey journey() {
    return Journey.builder("saas-trial", "A SaaS trial")
        .description(
            "A trial of a software product: a customer who uses it is activated, one who pays is"
                + " paying, one who stops using it churns.")
        .stage(Stage.of("signed-up", "Signed up", "Get them to use the product"))
        .stage(
            Stage.builder()
                .id("activated")
                .name("Activated")
                .keyTask(Option.of("Show them what the paid plans add"))
                .onEntry(List.of("upgrade"))
                .build())
        .stage(Stage.of("paying", "Paying", "Keep them using what they pay for"))
        .stage(Stage.of("churned", "Churned", "Win them back"))
        .transition(Transition.advance("signed-up", "activated"))
        .transition(Transition.advance("activated", "paying"))
        .transition(Transition.skip("signed-up", "paying", "Pays before using it much"))
        .transition(Transition.skip("signed-up", "churned", "Never came back"))
        .transition(Transition.skip("activated", "churned", "Stopped using it"))
        .transition(Transition.advance("paying", "churned"))
        .transition(Transition.loop("churned", "activated", "Came back"))
        .event(LOGIN)
        .event(PAYMENT)
        .event(EventType.TIME_PASSED)
        .fact(Fact.counter("logins", "Logins since sign-up"))
        .fact(Fact.window("recent-logins", "logins", Duration.ofDays(7), 3))
        .fact(Fact.sum("paid", "The amount paid, EUR"))
        .fact(Fact.attribute(Attribute.choice("plan", "basic", "pro").describedAs("The plan")))
        .fact(Fact.lastSeen("login"))
        .message(
            Message.of(
                "getting-started",
                "signed-up",
                Audience.of("New sign-ups"),
                "Three things to try in your first week",
                Channel.EMAIL,
                "Get a new customer to use the product: signed up to activated",
                Timing.after(Duration.ofDays(1), "A day after signing up")))
        .message(
            Message.of(
                "upgrade",
                "activated",
                Audience.of("Customers who use the product"),
                "What the pro plan adds, with a first-month discount",
                Channel.EMAIL,
                "Make an activated customer paying",
                Timing.after(Duration.ofDays(1), "Activated")))
        .message(
            Message.builder()
                .from(
                    Message.of(
                        "we-miss-you",
                        "churned",
                        Audience.of("Customers who stopped using the product"),
                        "What is new since you last logged in",
                        Channel.EMAIL,
                        "Win a churned customer back: churned to activated",
                        Timing.now("Churned")))
                .cadence(Option.of(Cadence.oncePer(Duration.ofDays(90))))
                .build())
        .buildOrThrow();
  }

  /**
   * Returns the journey with its rules and gates.
   *
   * @return the playbook
   */
  public static Playbook playbook() {
    return Playbook.builder(journey())
        .gate(Gate.of("activated", Condition.fact("recent-logins").atLeast(3)))
        .rule(
            Rule.named("Every login is counted", LOGIN)
                .then(Effect.add("logins", 1), Effect.record("recent-logins")))
        .rule(
            Rule.named("Three logins within seven days activate", LOGIN)
                .at("signed-up", "churned")
                .then(Effect.moveTo("activated")))
        .rule(
            Rule.named("A payment is added up and sets the plan", PAYMENT)
                .then(
                    Effect.addAttribute("paid", "amount"), Effect.setFromAttribute("plan", "plan")))
        .rule(
            Rule.named("A payment of at least 10 EUR makes the customer paying", PAYMENT)
                .at("signed-up", "activated")
                .when(Condition.attribute("amount").atLeast(LEAST_PAYMENT))
                .then(Effect.moveTo("paying")))
        .rule(
            Rule.named("30 days without activity churns", EventType.TIME_PASSED)
                .at("signed-up", "activated", "paying")
                .when(Condition.inactiveFor(Duration.ofDays(30)))
                .then(
                    Effect.moveTo("churned"),
                    Effect.status(CustomerStatus.BLUE),
                    Effect.send("we-miss-you")))
        .rule(
            Rule.named("A new customer who has not logged in gets started", EventType.TIME_PASSED)
                .at("signed-up")
                .when(
                    Condition.timeInStage()
                        .atLeast(Duration.ofDays(1))
                        .and(Condition.fact("logins").atMost(0))
                        .and(Condition.timesSent("getting-started").atMost(0)))
                .then(Effect.send("getting-started")))
        .rule(
            Rule.named("A login wins a churned customer back", LOGIN)
                .at("churned")
                .then(Effect.status(CustomerStatus.ACTIVE)))
        .buildOrThrow();
  }
}
