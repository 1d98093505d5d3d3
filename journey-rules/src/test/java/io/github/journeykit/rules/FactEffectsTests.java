package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.MessageHistory;
import io.github.journeykit.model.MessageOpened;
import io.github.journeykit.model.MessageSent;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.model.Transition;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What rules change about a customer through the engine: counters, sums, windows, attributes,
 * resets and forgotten criteria; and what the engine keeps without any rule: the last instant of a
 * remembered event type and each message's history.
 */
class FactEffectsTests {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static final EventType LOGIN =
      EventType.of("login", "The customer logged in", Attribute.choice("device", "web", "mobile"));

  static final EventType PAYMENT =
      EventType.of(
          "payment",
          "A payment was received",
          Attribute.amount("amount").required(),
          Attribute.choice("plan", "basic", "pro", "enterprise"),
          Attribute.wholeNumber("seats"),
          Attribute.text("segment"));

  static final Journey SHOP =
      Journey.builder("shop", "A shop with a trial")
          .stage(Stage.of("trial", "Trial", "Get them to use it"))
          .stage(Stage.of("qualified", "Qualified", "Show them the plans"))
          .stage(Stage.of("customer", "Customer", "Keep them"))
          .transition(Transition.advance("trial", "qualified"))
          .transition(Transition.advance("qualified", "customer"))
          .transition(Transition.rollBack("qualified", "trial"))
          .criterion(Criterion.of("money", "Has money"))
          .criterion(Criterion.of("need", "Has a need"))
          .events(
              LOGIN,
              PAYMENT,
              EventType.CRITERION,
              EventType.INTERACTION,
              EventType.PURCHASE,
              EventType.MESSAGE_SENT,
              EventType.MESSAGE_OPENED)
          .fact(Fact.counter("logins", "Logins since sign-up"))
          .fact(Fact.counter("seats-bought", "Seats bought"))
          .fact(Fact.sum("paid", "Amount paid, EUR"))
          .fact(Fact.window("recent-logins", "logins", Duration.ofDays(7), 3))
          .fact(Fact.attribute(Attribute.choice("plan", "basic", "pro")))
          .fact(Fact.attribute(Attribute.text("segment")))
          .fact(Fact.attribute(Attribute.wholeNumber("team")))
          .fact(Fact.lastSeen("login"))
          .message(Message.builder().id("reminder").stage("trial").build())
          .message(Message.builder().id("welcome").stage("qualified").build())
          .buildOrThrow();

  static final Position OLGA = SHOP.newCustomer("olga", T0);

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Event login(int day) {
    return Event.of(LOGIN, day(day), "device", "web");
  }

  static Event payment(int day, String amount, Object... more) {
    Object[] values = new Object[more.length + 2];
    values[0] = "amount";
    values[1] = new BigDecimal(amount);
    System.arraycopy(more, 0, values, 2, more.length);
    return Event.of(PAYMENT, day(day), values);
  }

  static Engine engine(Rule... rules) {
    return Playbook.builder(SHOP).rules(List.of(rules)).buildOrThrow().compile();
  }

  static Position replay(Engine engine, Position start, Event... events) {
    Position position = start;
    for (Event event : events) {
      Decision decision = engine.decide(position, event);
      assertThat(decision.isRejected())
          .as("%s is rejected: %s", event, decision.rejection())
          .isFalse();
      position = decision.after();
    }
    // Quiet replays take the same road to the same place.
    assertThat(engine.withExplanations(false).finalPosition(start, List.of(events)))
        .isEqualTo(position);
    return position;
  }

  @Nested
  class Counters {
    @Test
    void aConstantIsAddedToACounterEveryTimeTheRuleFires() {
      Engine engine = engine(Rule.named("Logins are counted", LOGIN).then(Effect.add("logins", 1)));
      Position after = replay(engine, OLGA, login(1), login(2), login(3));
      assertThat(after.facts().count("logins")).isEqualTo(3);
      assertThat(after.facts().count("seats-bought")).isZero();
      assertThat(OLGA.facts().count("logins")).isZero();
    }

    @Test
    void aNegativeConstantSubtracts() {
      Engine engine =
          engine(
              Rule.named("Logins are counted", LOGIN).then(Effect.add("logins", 2)),
              Rule.named("A payment takes one back", PAYMENT).then(Effect.add("logins", -1)));
      assertThat(replay(engine, OLGA, login(1), payment(2, "5")).facts().count("logins"))
          .isEqualTo(1);
    }

    @Test
    void aWholeNumberOfTheEventIsAddedToACounter() {
      Engine engine =
          engine(
              Rule.named("Seats are added up", PAYMENT)
                  .then(Effect.addAttribute("seats-bought", "seats")));
      Position after =
          replay(
              engine,
              OLGA,
              payment(1, "10", "seats", 3),
              payment(2, "5"),
              payment(3, "20", "seats", 2));
      assertThat(after.facts().count("seats-bought"))
          .as("an event without the attribute adds nothing")
          .isEqualTo(5);
    }

    @Test
    void theRulesConditionSeesTheCounterBeforeTheEvent() {
      Engine engine =
          engine(
              Rule.named("Logins are counted", LOGIN).then(Effect.add("logins", 1)),
              Rule.named("The third login qualifies", LOGIN)
                  .at("trial")
                  .when(Condition.fact("logins").atLeast(2))
                  .then(Effect.advance()));
      Position twice = replay(engine, OLGA, login(1), login(2));
      assertThat(twice.stage()).isEqualTo("trial");
      Decision third = engine.decide(twice, login(3));
      assertThat(third.after().stage()).isEqualTo("qualified");
      assertThat(third.after().facts().count("logins")).isEqualTo(3);
      assertThat(engine.decide(OLGA, login(1)).explanation().verdicts().map(Object::toString))
          .containsExactly(
              "fired \"Logins are counted\": add 1 to logins",
              "not fired \"The third login qualifies\": logins is 0, needs at least 2");
    }
  }

  @Nested
  class Sums {
    @Test
    void theAmountOfEachPaymentIsAddedUp() {
      Engine engine =
          engine(
              Rule.named("Payments are added up", PAYMENT)
                  .then(Effect.addAttribute("paid", "amount")));
      Position after = replay(engine, OLGA, payment(1, "8.50"), payment(2, "12.50"));
      assertThat(after.facts().sum("paid")).isEqualTo(new BigDecimal("21"));
      assertThat(after.facts()).hasToString("paid 21");
    }

    @Test
    void aConstantAmountOrAWholeNumberIsAddedToASum() {
      Engine engine =
          engine(
              Rule.named("A bonus", PAYMENT)
                  .then(
                      Effect.add("paid", new BigDecimal("2.50")),
                      Effect.addAttribute("paid", "seats")));
      assertThat(replay(engine, OLGA, payment(1, "1", "seats", 3)).facts().sum("paid"))
          .isEqualTo(new BigDecimal("5.5"));
      assertThat(replay(engine, OLGA, payment(1, "1")).facts().sum("paid"))
          .isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void aConditionOnTheSumSeesItBeforeThePayment() {
      Engine engine =
          engine(
              Rule.named("Payments are added up", PAYMENT)
                  .then(Effect.addAttribute("paid", "amount")),
              Rule.named("Ten paid makes a customer", PAYMENT)
                  .at("qualified")
                  .when(Condition.fact("paid").atLeast(new BigDecimal("10")))
                  .then(Effect.advance()));
      Position qualified = OLGA.movedTo("qualified", day(0));
      Position first = replay(engine, qualified, payment(1, "9.99"));
      assertThat(first.stage()).isEqualTo("qualified");
      Decision second = engine.decide(first, payment(2, "0.01"));
      assertThat(second.after().stage()).isEqualTo("qualified");
      assertThat(second.explanation().verdicts().last().reason())
          .isEqualTo("paid is 9.99, needs at least 10");
      assertThat(engine.decide(second.after(), payment(3, "1")).after().stage())
          .isEqualTo("customer");
    }
  }

  @Nested
  class Windows {
    final Engine engine =
        Playbook.builder(SHOP)
            .gate(Gate.of("qualified", Condition.fact("recent-logins").atLeast(3)))
            .rule(Rule.named("Logins are kept", LOGIN).then(Effect.record("recent-logins")))
            .rule(Rule.named("A login asks to qualify", LOGIN).at("trial").then(Effect.advance()))
            .buildOrThrow()
            .compile();

    @Test
    void eachEventIsRecordedAtItsInstantAndTheWindowKeepsTheLatest() {
      Position after = replay(engine, OLGA, login(1), login(20), login(30), login(31));
      assertThat(after.facts().window("recent-logins")).containsExactly(day(20), day(30), day(31));
    }

    @Test
    void theGateCountsTheWindowAfterTheEventsOwnRecord() {
      Position twice = replay(engine, OLGA, login(1), login(2));
      assertThat(twice.stage()).isEqualTo("trial");
      Decision third = engine.decide(twice, login(7));
      assertThat(third.after().stage()).isEqualTo("qualified");
      assertThat(third.after().enteredStageAt()).isEqualTo(day(7));
    }

    @Test
    void loginsSpreadOverMoreThanTheWindowDoNotQualifyAndTheGateSaysWhy() {
      Position twice = replay(engine, OLGA, login(1), login(2));
      Decision late = engine.decide(twice, login(9));
      assertThat(late.after().stage()).isEqualTo("trial");
      assertThat(late.explanation().blockedBy())
          .contains(
              "the gate of 'qualified' does not admit the customer: 2 logins within 7 days, needs"
                  + " at least 3");
    }
  }

  @Nested
  class Attributes {
    @Test
    void aConstantIsSetInItsCanonicalForm() {
      Engine engine =
          engine(
              Rule.named("A payment makes a team of one", PAYMENT)
                  .then(Effect.set("team", 1), Effect.set("plan", "pro")));
      Position after = replay(engine, OLGA, payment(1, "5"));
      assertThat(after.facts().attribute("team")).contains(1L);
      assertThat(after.facts().attribute("plan")).contains("pro");
      assertThat(after.facts()).isEqualTo(OLGA.facts().with("team", 1L).with("plan", "pro"));
    }

    @Test
    void anAttributeIsSetFromTheEventAndAnEventWithoutItChangesNothing() {
      Engine engine =
          engine(
              Rule.named("A payment sets the plan", PAYMENT)
                  .then(Effect.setFromAttribute("plan", "plan")),
              Rule.named("A payment sets the segment", PAYMENT)
                  .then(Effect.setFromAttribute("segment", "segment")));
      Position basic = replay(engine, OLGA, payment(1, "5", "plan", "basic", "segment", "smb"));
      assertThat(basic.facts().attribute("plan")).contains("basic");
      assertThat(basic.facts().attribute("segment")).contains("smb");
      Position pro = replay(engine, basic, payment(2, "5", "plan", "pro"));
      assertThat(pro.facts().attribute("plan")).contains("pro");
      assertThat(pro.facts().attribute("segment")).contains("smb");
      Position unchanged = replay(engine, pro, payment(3, "5"));
      assertThat(unchanged.facts()).isEqualTo(pro.facts());
    }

    @Test
    void aValueTheCustomersChoiceDoesNotListLeavesItUnchanged() {
      Engine engine =
          engine(
              Rule.named("A payment sets the plan", PAYMENT)
                  .then(Effect.setFromAttribute("plan", "plan")));
      Position basic = replay(engine, OLGA, payment(1, "5", "plan", "basic"));
      Decision enterprise = engine.decide(basic, payment(2, "5", "plan", "enterprise"));
      assertThat(enterprise.isRejected()).isFalse();
      assertThat(enterprise.after().facts().attribute("plan")).contains("basic");
      assertThat(
              engine
                  .decide(OLGA, payment(2, "5", "plan", "enterprise"))
                  .after()
                  .facts()
                  .attribute("plan")
                  .isEmpty())
          .isTrue();
    }

    @Test
    void aConditionOnAnAttributeSeesItBeforeTheEvent() {
      Engine engine =
          engine(
              Rule.named("A payment sets the plan", PAYMENT)
                  .then(Effect.setFromAttribute("plan", "plan")),
              Rule.named("A pro who pays again is a customer", PAYMENT)
                  .at("qualified")
                  .when(Condition.fact("plan").is("pro"))
                  .then(Effect.advance()));
      Position qualified = OLGA.movedTo("qualified", day(0));
      Decision first = engine.decide(qualified, payment(1, "5", "plan", "pro"));
      assertThat(first.after().stage()).isEqualTo("qualified");
      assertThat(first.explanation().verdicts().last().reason())
          .isEqualTo("plan is missing, needs pro");
      assertThat(engine.decide(first.after(), payment(2, "5")).after().stage())
          .isEqualTo("customer");
    }
  }

  @Nested
  class Resets {
    @Test
    void aResetPutsEachKindOfFactBackAtItsStart() {
      Engine engine =
          engine(
              Rule.named("Logins", LOGIN)
                  .then(
                      Effect.add("logins", 1),
                      Effect.record("recent-logins"),
                      Effect.set("plan", "basic")),
              Rule.named("Payments", PAYMENT).then(Effect.addAttribute("paid", "amount")),
              Rule.named("A yes starts over", EventType.INTERACTION)
                  .when(Condition.outcomeIs(Outcome.YES))
                  .then(
                      Effect.reset("logins"),
                      Effect.reset("recent-logins"),
                      Effect.reset("plan"),
                      Effect.reset("paid"),
                      Effect.reset("login")));
      Position full = replay(engine, OLGA, login(1), payment(2, "3"));
      assertThat(full.facts().count("logins")).isEqualTo(1);
      assertThat(full.facts().lastSeen("login")).contains(day(1));
      Position reset = replay(engine, full, new InteractionHappened(Outcome.YES, day(3)));
      assertThat(reset.facts()).isEqualTo(OLGA.facts());
      assertThat(reset.facts()).hasToString("nothing yet");
    }

    @Test
    void effectsApplyInTheOrderTheRuleDeclaresThem() {
      Engine countThenReset =
          engine(Rule.named("x", LOGIN).then(Effect.add("logins", 1), Effect.reset("logins")));
      Engine resetThenCount =
          engine(Rule.named("x", LOGIN).then(Effect.reset("logins"), Effect.add("logins", 1)));
      Position twice = OLGA.withFacts(OLGA.facts().plus("logins", 2));
      assertThat(replay(countThenReset, twice, login(1)).facts().count("logins")).isZero();
      assertThat(replay(resetThenCount, twice, login(1)).facts().count("logins")).isEqualTo(1);
    }

    @Test
    void theLastSeenInstantIsKeptAfterTheRulesResetIt() {
      Engine engine =
          engine(Rule.named("A login forgets the last login", LOGIN).then(Effect.reset("login")));
      assertThat(replay(engine, OLGA, login(1)).facts().lastSeen("login")).contains(day(1));
    }
  }

  @Nested
  class Purchases {
    @Test
    void thePurchasesCounterIsCountedByTheEffectAndReadByTheCondition() {
      Engine engine =
          engine(
              Rule.named("A purchase counts", EventType.PURCHASE).then(Effect.countPurchase()),
              Rule.named("A second purchase makes a customer", EventType.PURCHASE)
                  .at("qualified")
                  .when(Condition.fact("purchases").atLeast(1))
                  .then(Effect.advance()));
      Position qualified = OLGA.movedTo("qualified", day(0));
      Position once = replay(engine, qualified, PurchaseMade.of(day(1)));
      assertThat(once.purchases()).isEqualTo(1);
      assertThat(once.stage()).isEqualTo("qualified");
      Position twice = replay(engine, once, PurchaseMade.of(day(2)));
      assertThat(twice.purchases()).isEqualTo(2);
      assertThat(twice.stage()).isEqualTo("customer");
    }

    @Test
    void aRuleCanAddToAndResetThePurchasesCounter() {
      Engine engine =
          engine(
              Rule.named("A bulk order counts twice", EventType.PURCHASE)
                  .then(Effect.add("purchases", 2)),
              Rule.named("A no starts the count over", EventType.INTERACTION)
                  .when(Condition.outcomeIs(Outcome.NO))
                  .then(Effect.reset("purchases")));
      Position bought = replay(engine, OLGA, PurchaseMade.of(day(1)));
      assertThat(bought.purchases()).isEqualTo(2);
      assertThat(replay(engine, bought, new InteractionHappened(Outcome.NO, day(2))).purchases())
          .isZero();
    }
  }

  @Nested
  class ForgottenCriteria {
    final Engine engine =
        Playbook.builder(SHOP)
            .gate(Gate.of("qualified", Condition.criteriaMet(2, "money", "need")))
            .rule(
                Rule.named("Criteria are recorded", EventType.CRITERION)
                    .then(Effect.recordCriterion()))
            .rule(
                Rule.named("A no loses the money", EventType.INTERACTION)
                    .when(Condition.outcomeIs(Outcome.NO))
                    .then(Effect.forget("money")))
            .rule(
                Rule.named("A yes qualifies", EventType.INTERACTION)
                    .at("trial")
                    .when(Condition.outcomeIs(Outcome.YES))
                    .then(Effect.advance()))
            .buildOrThrow()
            .compile();

    @Test
    void aForgottenCriterionClosesTheGateAgain() {
      Position both =
          replay(engine, OLGA, new CriterionMet("money", day(1)), new CriterionMet("need", day(1)));
      assertThat(both.criteria()).containsExactly("money", "need");
      assertThat(engine.decide(both, new InteractionHappened(Outcome.YES, day(2))).after().stage())
          .isEqualTo("qualified");
      Position lost = replay(engine, both, new InteractionHappened(Outcome.NO, day(2)));
      assertThat(lost.criteria()).containsExactly("need");
      Decision blocked = engine.decide(lost, new InteractionHappened(Outcome.YES, day(3)));
      assertThat(blocked.after().stage()).isEqualTo("trial");
      assertThat(blocked.explanation().blockedBy())
          .contains(
              "the gate of 'qualified' does not admit the customer: needs all of money, need; has"
                  + " 1: need");
      Position regained = replay(engine, lost, new CriterionMet("money", day(4)));
      assertThat(
              engine.decide(regained, new InteractionHappened(Outcome.YES, day(5))).after().stage())
          .isEqualTo("qualified");
    }

    @Test
    void forgettingACriterionNotMetChangesNothing() {
      Position needOnly = replay(engine, OLGA, new CriterionMet("need", day(1)));
      Decision no = engine.decide(needOnly, new InteractionHappened(Outcome.NO, day(2)));
      assertThat(no.after().criteria()).containsExactly("need");
      assertThat(no.after().facts()).isEqualTo(needOnly.facts());
    }

    @Test
    void forgetThenRecordInOneRuleLeavesTheCriterionMet() {
      Engine both =
          engine(
              Rule.named("A yes renews the money", EventType.INTERACTION)
                  .then(Effect.forget("money"), Effect.recordCriterion("money")));
      Position met = OLGA.withCriterion("money");
      assertThat(replay(both, met, new InteractionHappened(Outcome.YES, day(1))).criteria())
          .containsExactly("money");
      assertThat(replay(both, OLGA, new InteractionHappened(Outcome.YES, day(1))).criteria())
          .containsExactly("money");
    }
  }

  @Nested
  class KeptWithoutRules {
    final Engine bare = engine();

    @Test
    void theLastInstantOfARememberedEventTypeIsKept() {
      Position once = replay(bare, OLGA, login(3));
      assertThat(once.facts().lastSeen("login")).contains(day(3));
      Position later = replay(bare, once, payment(4, "5"), new TimePassed(day(5)), login(6));
      assertThat(later.facts().lastSeen("login")).contains(day(6));
      assertThat(replay(bare, once, payment(4, "5")).facts()).isEqualTo(once.facts());
    }

    @Test
    void theTimeSinceTheLastLoginIsMeasuredFromIt() {
      Engine engine =
          engine(
              Rule.named("A month without a login rolls back", EventType.TIME_PASSED)
                  .at("qualified")
                  .when(Condition.sinceLast("login").atLeast(Duration.ofDays(30)))
                  .then(Effect.rollBack()));
      Position qualified = replay(engine, OLGA.movedTo("qualified", day(0)), login(10));
      Decision early = engine.decide(qualified, new TimePassed(day(39)));
      assertThat(early.after().stage()).isEqualTo("qualified");
      assertThat(early.explanation().verdicts().head().reason())
          .isEqualTo("the last login was 29 days ago, needs at least 30 days");
      assertThat(engine.decide(qualified, new TimePassed(day(40))).after().stage())
          .isEqualTo("trial");
    }

    @Test
    void aMessageSentOrOpenedIsKeptInItsHistory() {
      Position history =
          replay(
              bare,
              OLGA,
              new MessageSent("reminder", day(1)),
              new MessageSent("reminder", day(3)),
              new MessageOpened("reminder", day(4)),
              new MessageOpened("welcome", day(5)));
      assertThat(history.facts().message("reminder"))
          .isEqualTo(new MessageHistory(2, Option.of(day(3)), Option.of(day(4))));
      assertThat(history.facts().message("welcome"))
          .isEqualTo(new MessageHistory(0, Option.none(), Option.of(day(5))));
      assertThat(history.facts().messages().keySet()).containsExactly("reminder", "welcome");
    }

    @Test
    void aMessageTheJourneyDoesNotSendIsRejectedAndKeptNowhere() {
      Decision decision = bare.decide(OLGA, new MessageSent("remindr", day(1)));
      assertThat(decision.isRejected()).isTrue();
      assertThat(decision.after()).isSameAs(OLGA);
      assertThat(decision.after().facts().messages()).isEmpty();
    }

    @Test
    void theTimesAMessageWentOutLimitAReminder() {
      Engine engine =
          engine(
              Rule.named("Remind at most twice", EventType.TIME_PASSED)
                  .when(Condition.timesSent("reminder").below(2))
                  .then(Effect.send("reminder")));
      Position twice =
          replay(
              engine,
              OLGA,
              new MessageSent("reminder", day(1)),
              new MessageSent("reminder", day(2)));
      Decision third = engine.decide(twice, new TimePassed(day(3)));
      assertThat(third.messages()).isEmpty();
      assertThat(third.explanation().verdicts().head().reason())
          .isEqualTo("'reminder' was sent 2 times, needs less than 2");
      assertThat(engine.decide(OLGA, new TimePassed(day(3))).messages()).hasSize(1);
    }
  }

  @Nested
  class Descriptions {
    @Test
    void everyFactEffectDescribesItselfInWords() {
      assertThat(Effect.add("logins", 1).description()).isEqualTo("add 1 to logins");
      assertThat(Effect.add("logins", -1).description()).isEqualTo("add -1 to logins");
      assertThat(Effect.add("paid", new BigDecimal("2.5")).description())
          .isEqualTo("add 2.5 to paid");
      assertThat(Effect.addAttribute("paid", "amount").description())
          .isEqualTo("add the event's amount to paid");
      assertThat(Effect.record("recent-logins").description())
          .isEqualTo("count the event in recent-logins");
      assertThat(Effect.set("plan", "pro").description()).isEqualTo("set plan to pro");
      assertThat(Effect.set("budget", new BigDecimal("1E+3")).description())
          .isEqualTo("set budget to 1000");
      assertThat(Effect.setFromAttribute("plan", "plan").description())
          .isEqualTo("set plan to the event's plan");
      assertThat(Effect.reset("logins").description()).isEqualTo("reset logins");
      assertThat(Effect.forget("money").description()).isEqualTo("forget 'money'");
    }

    @Test
    void aRuleListsItsFactEffects() {
      assertThat(
              Rule.named("Logins are kept", LOGIN)
                  .then(Effect.add("logins", 1), Effect.record("recent-logins"))
                  .toString())
          .isEqualTo(
              "\"Logins are kept\" on login when always: add 1 to logins, count the event in"
                  + " recent-logins");
    }

    @Test
    void aFiredRuleIsExplainedByItsEffects() {
      Engine engine =
          engine(
              Rule.named("Payments", PAYMENT)
                  .then(Effect.addAttribute("paid", "amount"), Effect.forget("money")));
      assertThat(
              engine.decide(OLGA, payment(1, "3")).explanation().verdicts().map(Object::toString))
          .containsExactly("fired \"Payments\": add the event's amount to paid, forget 'money'");
    }

    @Test
    void effectsAreValues() {
      assertThat(Effect.add("logins", 1)).isEqualTo(Effect.add("logins", 1));
      assertThat(Effect.add("logins", 1)).isNotEqualTo(Effect.add("logins", 2));
      assertThat(Effect.reset("logins")).isNotEqualTo(Effect.reset("paid"));
      assertThat(Effect.forget("money")).isEqualTo(new Effect.ForgetCriterion("money"));
      assertThat(Effect.record("w"))
          .isEqualTo(
              new Effect.ChangeFact(
                  "w", Effect.ChangeFact.Change.RECORD, Option.none(), Option.none()));
    }
  }

  @Nested
  class PositionsMadeWithoutTheJourney {
    final Position standard =
        Position.of("olga", "shop", "trial", CustomerStatus.ACTIVE, TreeSet.of("money"), 2, T0, T0);

    @Test
    void aStandardPositionIsLaidOutForTheJourneysFacts() {
      Engine engine =
          engine(
              Rule.named("Logins are counted", LOGIN)
                  .then(Effect.add("logins", 1), Effect.record("recent-logins")));
      Position after = engine.decide(standard, login(1)).after();
      assertThat(after.facts().declared()).isEqualTo(SHOP.facts());
      assertThat(after.facts().count("logins")).isEqualTo(1);
      assertThat(after.facts().window("recent-logins")).containsExactly(day(1));
      assertThat(after.facts().lastSeen("login")).contains(day(1));
      assertThat(after.purchases()).isEqualTo(2);
      assertThat(after.criteria()).containsExactly("money");
      assertThat(engine.withExplanations(false).decide(standard, login(1)).after())
          .isEqualTo(after);
    }

    @Test
    void aStandardPositionIsReadWithTheJourneysStartingValues() {
      Engine engine =
          engine(
              Rule.named("A first login qualifies", LOGIN)
                  .when(Condition.fact("logins").atMost(0))
                  .then(Effect.advance()));
      assertThat(engine.decide(standard, login(1)).after().stage()).isEqualTo("qualified");
    }

    @Test
    void theExplanationReadsTheFactsTheEngineSaw() {
      Engine engine =
          engine(
              Rule.named("Three logins qualify", LOGIN)
                  .when(Condition.fact("logins").atLeast(3))
                  .then(Effect.advance()));
      assertThat(engine.decide(standard, login(1)).explanation().verdicts().head().reason())
          .isEqualTo("logins is 0, needs at least 3");
    }
  }
}
