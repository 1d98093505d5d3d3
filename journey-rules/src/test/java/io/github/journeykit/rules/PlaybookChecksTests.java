package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Transition;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a playbook checks of its conditions and effects against its journey: the event attributes,
 * facts, messages and criteria they name, and that each comparison and each change fits the kind of
 * what it reads or changes. Every problem with its exact message.
 */
class PlaybookChecksTests {

  static final EventType LOGIN =
      EventType.of("login", "The customer logged in", Attribute.choice("device", "web", "mobile"));

  static final EventType PAYMENT =
      EventType.of(
          "payment",
          "A payment was received",
          Attribute.amount("amount").required(),
          Attribute.choice("plan", "basic", "pro"),
          Attribute.wholeNumber("seats"));

  static final Journey TRIAL =
      Journey.builder("trial", "A trial")
          .stage(Stage.of("signed-up", "Signed up", "Get them to use it"))
          .stage(Stage.of("activated", "Activated", "Make them pay"))
          .transition(Transition.advance("signed-up", "activated"))
          .criterion(Criterion.of("money", "Has money"))
          .criterion(Criterion.of("need", "Has a need"))
          .event(LOGIN)
          .event(PAYMENT)
          .fact(Fact.counter("logins", "Logins since sign-up"))
          .fact(Fact.sum("paid", "Amount paid, EUR"))
          .fact(Fact.window("recent-logins", "logins", Duration.ofDays(7), 3))
          .fact(Fact.attribute(Attribute.choice("plan", "basic", "pro")))
          .fact(Fact.lastSeen("login"))
          .message(Message.builder().id("reminder").stage("signed-up").build())
          .buildOrThrow();

  static final String FACTS = "purchases, logins, paid, recent-logins, plan, login";

  static Validation<Seq<Problem>, Playbook> build(Rule rule) {
    return Playbook.builder(TRIAL).rule(rule).build();
  }

  /** The one problem of a playbook with one rule. */
  static Problem problem(Rule rule) {
    Validation<Seq<Problem>, Playbook> built = build(rule);
    assertThat(built.isInvalid()).as("%s has a problem", rule).isTrue();
    assertThat(built.getError()).hasSize(1);
    return built.getError().head();
  }

  static String message(Rule rule) {
    return problem(rule).toString();
  }

  static Rule onPayment(Condition condition) {
    return Rule.named("R", PAYMENT).when(condition);
  }

  static Rule onPayment(Effect effect) {
    return Rule.named("R", PAYMENT).then(effect);
  }

  @Nested
  class AFittingPlaybook {
    @Test
    void everyMeasureAndEffectThatFitsTheJourneyIsAccepted() {
      Playbook playbook =
          Playbook.builder(TRIAL)
              .gate(
                  Gate.of(
                      "activated",
                      Condition.fact("recent-logins")
                          .atLeast(3)
                          .or(Condition.attribute("amount").atLeast(new BigDecimal("10")))))
              .rule(
                  Rule.named("Payments", PAYMENT)
                      .when(
                          Condition.attribute("plan")
                              .isOneOf("basic", "pro")
                              .and(Condition.attribute("seats").atMost(10))
                              .and(Condition.fact("purchases").below(100))
                              .and(Condition.fact("paid").atMost(new BigDecimal("1000")))
                              .and(Condition.fact("plan").isOneOf("basic", "pro").not())
                              .and(Condition.fact("recent-logins").atMost(100))
                              .and(Condition.timesSent("reminder").below(3))
                              .and(Condition.sinceSent("reminder").atLeast(Duration.ofDays(1)))
                              .and(Condition.sinceOpened("reminder").below(Duration.ofDays(90)))
                              .and(Condition.sinceLast("login").atMost(Duration.ofDays(30)))
                              .and(Condition.timeInStage().above(Duration.ofHours(1)))
                              .and(Condition.timeSinceActivity().below(Duration.ofDays(60))))
                      .then(
                          Effect.addAttribute("paid", "amount"),
                          Effect.addAttribute("paid", "seats"),
                          Effect.addAttribute("logins", "seats"),
                          Effect.add("paid", new BigDecimal("0.5")),
                          Effect.add("logins", -1),
                          Effect.setFromAttribute("plan", "plan"),
                          Effect.set("plan", "pro"),
                          Effect.record("recent-logins"),
                          Effect.reset("login"),
                          Effect.reset("purchases"),
                          Effect.forget("money")))
              .rule(
                  Rule.named("Logins", LOGIN)
                      .when(Condition.attribute("device").is("web"))
                      .then(Effect.add("logins", 1)))
              .buildOrThrow();
      assertThat(playbook.rules()).hasSize(2);
    }
  }

  @Nested
  class UnknownAttributes {
    @Test
    void aConditionOnAnAttributeTheRulesEventLacksIsReportedWithItsAttributes() {
      Problem problem =
          problem(onPayment(Condition.attribute("amout").atLeast(new BigDecimal("10"))));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.UNKNOWN_ATTRIBUTE);
      assertThat(problem.where()).isEqualTo("rule \"R\", condition \"amout is at least 10\"");
      assertThat(problem.message())
          .isEqualTo(
              "event 'payment' has no attribute 'amout' (did you mean 'amount'?); known"
                  + " attributes: amount, plan, seats");
    }

    @Test
    void anAttributeOfAnotherEventTypeIsNotTheRulesEvents() {
      assertThat(message(Rule.named("R", LOGIN).when(Condition.attribute("amount").isPresent())))
          .isEqualTo(
              "rule \"R\", condition \"amount is present\": event 'login' has no attribute"
                  + " 'amount'; known attributes: device");
    }

    @Test
    void anEventTypeWithoutAttributesSaysItHasNone() {
      assertThat(
              message(
                  Rule.named("R", EventType.TIME_PASSED)
                      .when(Condition.attribute("amount").isPresent())))
          .isEqualTo(
              "rule \"R\", condition \"amount is present\": event 'time_passed' has no attribute"
                  + " 'amount'; it has none");
    }

    @Test
    void aGatesConditionMayReadAnAttributeOfAnyEventTypeOfTheJourney() {
      Validation<Seq<Problem>, Playbook> built =
          Playbook.builder(TRIAL)
              .gate(
                  Gate.of(
                      "activated",
                      Condition.attribute("device")
                          .is("web")
                          .and(Condition.attribute("colour").is("red"))))
              .build();
      assertThat(built.getError().map(Problem::toString))
          .containsExactly(
              "gate of 'activated', condition \"colour is red\": no event type of the journey has"
                  + " an attribute 'colour'; known attributes: device, amount, plan, seats");
    }

    @Test
    void anAttributeDeepInAndsOrsAndNotsIsChecked() {
      assertThat(
              message(
                  onPayment(
                      Condition.fact("logins")
                          .atLeast(1)
                          .or(Condition.attribute("seets").above(1).not()))))
          .isEqualTo(
              "rule \"R\", condition \"seets is more than 1\": event 'payment' has no attribute"
                  + " 'seets' (did you mean 'seats'?); known attributes: amount, plan, seats");
    }

    @Test
    void anEffectThatReadsAnAttributeTheEventLacksIsReported() {
      Problem problem = problem(onPayment(Effect.addAttribute("paid", "amout")));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.UNKNOWN_ATTRIBUTE);
      assertThat(problem)
          .hasToString(
              "rule \"R\", effect \"add the event's amout to paid\": event 'payment' has no"
                  + " attribute 'amout' (did you mean 'amount'?); known attributes: amount, plan,"
                  + " seats");
      assertThat(message(Rule.named("R", LOGIN).then(Effect.setFromAttribute("plan", "plan"))))
          .isEqualTo(
              "rule \"R\", effect \"set plan to the event's plan\": event 'login' has no attribute"
                  + " 'plan'; known attributes: device");
    }
  }

  @Nested
  class UnknownFacts {
    @Test
    void aConditionOnAnUndeclaredFactIsReportedWithTheJourneysFacts() {
      Problem problem = problem(onPayment(Condition.fact("logns").atLeast(3)));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.UNKNOWN_FACT);
      assertThat(problem)
          .hasToString(
              "rule \"R\", condition \"logns is at least 3\": the journey declares no fact 'logns'"
                  + " (did you mean 'logins'?); its facts: "
                  + FACTS);
    }

    @Test
    void theTimeSinceAnEventTheJourneyDoesNotRememberIsReported() {
      Problem problem =
          problem(onPayment(Condition.sinceLast("payment").atLeast(Duration.ofDays(30))));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.UNKNOWN_FACT);
      assertThat(problem)
          .hasToString(
              "rule \"R\", condition \"the time since the last payment is at least 30 days\": the"
                  + " journey does not remember the last 'payment'; declare"
                  + " Fact.lastSeen(\"payment\") in the journey");
    }

    @Test
    void aFactOfAnotherKindIsNotALastInstant() {
      assertThat(message(onPayment(Condition.sinceLast("logins").atLeast(Duration.ofDays(1)))))
          .endsWith(
              "the journey does not remember the last 'logins'; declare Fact.lastSeen(\"logins\")"
                  + " in the journey");
    }

    @Test
    void anEffectOnAnUndeclaredFactIsReported() {
      Problem problem = problem(onPayment(Effect.add("visits", 1)));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.UNKNOWN_FACT);
      assertThat(problem)
          .hasToString(
              "rule \"R\", effect \"add 1 to visits\": the journey declares no fact 'visits'; its"
                  + " facts: "
                  + FACTS);
      assertThat(message(onPayment(Effect.reset("pland"))))
          .isEqualTo(
              "rule \"R\", effect \"reset pland\": the journey declares no fact 'pland' (did you"
                  + " mean 'plan'?); its facts: "
                  + FACTS);
    }
  }

  @Nested
  class WrongKinds {
    @Test
    void aTimeIsComparedWithADuration() {
      Problem problem = problem(onPayment(Condition.sinceLast("login").atLeast(30)));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.WRONG_KIND);
      assertThat(problem)
          .hasToString(
              "rule \"R\", condition \"the time since the last login is at least 30\": a time is"
                  + " compared with a duration, e.g. atLeast(Duration.ofDays(30))");
      assertThat(message(onPayment(Condition.timeInStage().below(7))))
          .endsWith("a time is compared with a duration, e.g. atLeast(Duration.ofDays(30))");
    }

    @Test
    void onlyATimeIsComparedWithADuration() {
      Problem problem = problem(onPayment(Condition.fact("logins").atLeast(Duration.ofDays(3))));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.WRONG_KIND);
      assertThat(problem)
          .hasToString(
              "rule \"R\", condition \"logins is at least 3 days\": only a time is compared with a"
                  + " duration; compare logins with a number");
      assertThat(message(onPayment(Condition.attribute("amount").below(Duration.ofDays(1)))))
          .endsWith("only a time is compared with a duration; compare amount with a number");
    }

    @Test
    void aCounterASumOrAWindowIsComparedWithANumber() {
      assertThat(message(onPayment(Condition.fact("logins").is("many"))))
          .isEqualTo(
              "rule \"R\", condition \"logins is many\": 'logins' is a counter; compare it with a"
                  + " number");
      assertThat(message(onPayment(Condition.fact("paid").is(true))))
          .endsWith("'paid' is a sum; compare it with a number");
      assertThat(message(onPayment(Condition.fact("recent-logins").isOneOf(1, "two"))))
          .endsWith("'recent-logins' is a window; compare it with a number");
      assertThat(problem(onPayment(Condition.fact("logins").is("many"))).kind())
          .isEqualTo(Problem.Kind.WRONG_KIND);
    }

    @Test
    void aLastSeenInstantIsMeasuredByTheTimeSinceIt() {
      assertThat(message(onPayment(Condition.fact("login").isPresent())))
          .isEqualTo(
              "rule \"R\", condition \"login is present\": 'login' remembers an instant; measure"
                  + " the time since it with Condition.sinceLast(\"login\")");
    }

    @Test
    void aCustomerAttributeIsComparedWithValuesItAccepts() {
      Problem problem = problem(onPayment(Condition.fact("plan").is("gold")));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.WRONG_KIND);
      assertThat(problem)
          .hasToString(
              "rule \"R\", condition \"plan is gold\": 'plan' cannot be gold: 'gold' is not one of"
                  + " basic, pro");
      assertThat(message(onPayment(Condition.fact("plan").isOneOf("pro", "team"))))
          .endsWith("'plan' cannot be team: 'team' is not one of basic, pro");
      assertThat(message(onPayment(Condition.fact("plan").atLeast(3))))
          .endsWith("'plan' cannot be 3: a Long (3) is not one of basic, pro");
    }

    @Test
    void onlyACounterOrASumIsAddedTo() {
      Problem problem = problem(onPayment(Effect.add("recent-logins", 1)));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.WRONG_KIND);
      assertThat(problem)
          .hasToString(
              "rule \"R\", effect \"add 1 to recent-logins\": 'recent-logins' is a window; only a"
                  + " counter or a sum is added to");
    }

    @Test
    void aCounterCountsWholeNumbers() {
      assertThat(message(onPayment(Effect.add("logins", new BigDecimal("1.5")))))
          .isEqualTo(
              "rule \"R\", effect \"add 1.5 to logins\": 'logins' is a counter; a counter counts"
                  + " whole numbers");
      assertThat(message(onPayment(Effect.addAttribute("logins", "amount"))))
          .isEqualTo(
              "rule \"R\", effect \"add the event's amount to logins\": 'logins' is a counter;"
                  + " attribute 'amount' is amount, which cannot be added to a counter");
    }

    @Test
    void aSumAddsAmountsAndWholeNumbersOnly() {
      assertThat(message(onPayment(Effect.addAttribute("paid", "plan"))))
          .isEqualTo(
              "rule \"R\", effect \"add the event's plan to paid\": 'paid' is a sum; attribute"
                  + " 'plan' is choice, which cannot be added to a sum");
    }

    @Test
    void onlyAWindowCountsEvents() {
      assertThat(message(onPayment(Effect.record("logins"))))
          .isEqualTo(
              "rule \"R\", effect \"count the event in logins\": 'logins' is a counter; only a"
                  + " window counts events");
    }

    @Test
    void onlyACustomerAttributeIsSet() {
      assertThat(message(onPayment(Effect.set("paid", new BigDecimal("3")))))
          .isEqualTo(
              "rule \"R\", effect \"set paid to 3\": 'paid' is a sum; only a customer attribute is"
                  + " set");
      assertThat(message(onPayment(Effect.setFromAttribute("logins", "seats"))))
          .isEqualTo(
              "rule \"R\", effect \"set logins to the event's seats\": 'logins' is a counter; only"
                  + " a customer attribute is set");
    }

    @Test
    void aCustomerAttributeIsSetToAValueItAccepts() {
      Problem problem = problem(onPayment(Effect.set("plan", "gold")));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.WRONG_KIND);
      assertThat(problem.where()).isEqualTo("rule \"R\", effect \"set plan to gold\"");
      assertThat(problem.message())
          .startsWith("'plan' is a")
          .endsWith("; 'gold' is not one of basic, pro");
    }

    @Test
    void aCustomerAttributeIsNamedWithItsArticle() {
      assertThat(message(onPayment(Effect.set("plan", "gold"))))
          .isEqualTo(
              "rule \"R\", effect \"set plan to gold\": 'plan' is an attribute; 'gold' is not one"
                  + " of basic, pro");
    }

    @Test
    void aCustomerAttributeIsSetFromAnAttributeOfItsKind() {
      Problem problem = problem(onPayment(Effect.setFromAttribute("plan", "amount")));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.WRONG_KIND);
      assertThat(problem.where())
          .isEqualTo("rule \"R\", effect \"set plan to the event's amount\"");
    }

    @Test
    void anEventAttributeIsComparedWithValuesOfItsKind() {
      Problem problem = problem(onPayment(Condition.attribute("plan").atLeast(3)));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.WRONG_KIND);
      assertThat(problem(onPayment(Condition.attribute("plan").is("gold"))).kind())
          .isEqualTo(Problem.Kind.WRONG_KIND);
    }

    @Test
    void aTimeIsNeverEqualToANumber() {
      assertThat(problem(onPayment(Condition.timeInStage().is(3))).kind())
          .isEqualTo(Problem.Kind.WRONG_KIND);
    }
  }

  @Nested
  class WindowsOutOfRange {
    @Test
    void aWindowCannotCountBeyondWhatItKeeps() {
      Problem problem = problem(onPayment(Condition.fact("recent-logins").atLeast(5)));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.OUT_OF_RANGE);
      assertThat(problem)
          .hasToString(
              "rule \"R\", condition \"recent-logins is at least 5\": window 'recent-logins' keeps"
                  + " 3 instants, so it cannot count to 5; let it keep at least 5");
      assertThat(message(onPayment(Condition.fact("recent-logins").is(4))))
          .endsWith(
              "window 'recent-logins' keeps 3 instants, so it cannot count to 4; let it keep at least 4");
    }

    @Test
    void aWindowMayBeAskedForUpToWhatItKeepsAndBoundedFromAboveByAnything() {
      assertThat(build(onPayment(Condition.fact("recent-logins").atLeast(3))).isValid()).isTrue();
      assertThat(build(onPayment(Condition.fact("recent-logins").is(3))).isValid()).isTrue();
      assertThat(build(onPayment(Condition.fact("recent-logins").atMost(10))).isValid()).isTrue();
      assertThat(build(onPayment(Condition.fact("recent-logins").below(10))).isValid()).isTrue();
    }

    @Test
    void aGatesWindowIsCheckedToo() {
      assertThat(
              Playbook.builder(TRIAL)
                  .gate(Gate.of("activated", Condition.fact("recent-logins").atLeast(7)))
                  .build()
                  .getError()
                  .map(Problem::toString))
          .containsExactly(
              "gate of 'activated', condition \"recent-logins is at least 7\": window"
                  + " 'recent-logins' keeps 3 instants, so it cannot count to 7; let it keep at"
                  + " least 7");
    }

    @Test
    void moreThanWhatAWindowKeepsIsOutOfRange() {
      assertThat(message(onPayment(Condition.fact("recent-logins").above(3))))
          .endsWith(
              "window 'recent-logins' keeps 3 instants, so it cannot count to 4; let it keep at least 4");
    }
  }

  @Nested
  class UnknownMessages {
    @Test
    void theTimesAMessageWentOutNeedsAMessageOfTheJourney() {
      Problem problem = problem(onPayment(Condition.timesSent("remindr").below(3)));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.UNKNOWN_MESSAGE);
      assertThat(problem)
          .hasToString(
              "rule \"R\", condition \"the times 'remindr' was sent is less than 3\": the journey"
                  + " has no message 'remindr' (did you mean 'reminder'?); known messages: reminder");
    }

    @Test
    void theTimeSinceAMessageWentOutOrWasOpenedNeedsAMessageOfTheJourney() {
      assertThat(message(onPayment(Condition.sinceSent("welcome").atLeast(Duration.ofDays(7)))))
          .isEqualTo(
              "rule \"R\", condition \"the time since 'welcome' was last sent is at least 7 days\":"
                  + " the journey has no message 'welcome'; known messages: reminder");
      assertThat(message(onPayment(Condition.sinceOpened("welcome").atLeast(Duration.ofDays(7)))))
          .isEqualTo(
              "rule \"R\", condition \"the time since 'welcome' was last opened is at least 7"
                  + " days\": the journey has no message 'welcome'; known messages: reminder");
    }
  }

  @Nested
  class UnknownCriteria {
    @Test
    void forgettingACriterionTheJourneyDoesNotDefineIsReported() {
      Problem problem = problem(onPayment(Effect.forget("mony")));
      assertThat(problem.kind()).isEqualTo(Problem.Kind.UNKNOWN_CRITERION);
      assertThat(problem)
          .hasToString(
              "rule \"R\": it forgets criterion 'mony', which the journey does not define; known"
                  + " criteria: money, need");
    }
  }

  @Nested
  class EveryProblemAtOnce {
    @Test
    void aRulesEffectsThenItsConditionAreReportedInOrder() {
      Validation<Seq<Problem>, Playbook> built =
          build(
              Rule.named("R", PAYMENT)
                  .when(
                      Condition.fact("nope")
                          .atLeast(1)
                          .and(Condition.timesSent("nope").atLeast(1))
                          .and(Condition.attribute("nope").isPresent()))
                  .then(Effect.forget("nope"), Effect.record("logins")));
      assertThat(built.getError().map(Problem::kind))
          .containsExactly(
              Problem.Kind.UNKNOWN_CRITERION,
              Problem.Kind.WRONG_KIND,
              Problem.Kind.UNKNOWN_FACT,
              Problem.Kind.UNKNOWN_MESSAGE,
              Problem.Kind.UNKNOWN_ATTRIBUTE);
    }

    @Test
    void buildOrThrowListsThemOnePerLine() {
      assertThatThrownBy(
              () ->
                  Playbook.builder(TRIAL)
                      .rule(onPayment(Effect.reset("nope")))
                      .rule(Rule.named("S", LOGIN).when(Condition.fact("logins").is("x")))
                      .buildOrThrow())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "playbook of journey 'trial' has problems:\n"
                  + "rule \"R\", effect \"reset nope\": the journey declares no fact 'nope'; its"
                  + " facts: "
                  + FACTS
                  + "\n"
                  + "rule \"S\", condition \"logins is x\": 'logins' is a counter; compare it with a"
                  + " number");
    }
  }
}
