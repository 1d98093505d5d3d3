package io.github.journeykit.model;

import static java.math.BigDecimal.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Array;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a journey remembers about a customer: every operation of {@link Facts}, the declarations of
 * facts and event types a journey checks when it is built, and the check of an event against a
 * journey.
 */
class FactsTests {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static final EventType LOGIN =
      EventType.of("login", "The customer logged in", Attribute.choice("device", "web", "mobile"));

  static final EventType PAYMENT =
      EventType.of(
          "payment",
          "A payment was received",
          Attribute.amount("amount").required(),
          Attribute.choice("plan", "basic", "pro"));

  /** A trial that remembers one fact of every kind. */
  static final Journey TRIAL =
      Journey.builder("trial", "A trial")
          .stage(Stage.of("signed-up", "Signed up", "Get them to use it"))
          .event(LOGIN)
          .event(PAYMENT)
          .fact(Fact.counter("logins", "Logins since sign-up"))
          .fact(Fact.sum("paid", "Amount paid, EUR"))
          .fact(Fact.window("recent-logins", "logins", Duration.ofDays(7), 3))
          .fact(Fact.attribute(Attribute.choice("plan", "basic", "pro")))
          .fact(Fact.attribute(Attribute.wholeNumber("seats")))
          .fact(Fact.lastSeen("login"))
          .buildOrThrow();

  static final String TRIAL_FACTS =
      "purchases (counter), logins (counter), paid (sum), recent-logins (window), plan"
          + " (attribute), seats (attribute), login (last_seen)";

  static Facts start() {
    return Facts.none(TRIAL.facts());
  }

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Journey.Builder oneStage() {
    return Journey.builder("shop", "Shop").stage(Stage.of("informed", "Informed", "-"));
  }

  static Seq<String> problems(Journey.Builder builder) {
    Validation<Seq<Problem>, Journey> built = builder.build();
    assertThat(built.isInvalid()).as("the journey has problems").isTrue();
    return built.getError().map(Problem::toString);
  }

  static Seq<Problem.Kind> kinds(Journey.Builder builder) {
    return builder.build().getError().map(Problem::kind);
  }

  @Nested
  class StartingValues {
    @Test
    void aNewCustomerHasEveryDeclaredFactAtItsStart() {
      Facts facts = TRIAL.newCustomer("olga", T0).facts();
      assertThat(facts.criteria()).isEmpty();
      assertThat(facts.purchases()).isZero();
      assertThat(facts.count("logins")).isZero();
      assertThat(facts.sum("paid")).isEqualByComparingTo("0");
      assertThat(facts.window("recent-logins")).isEmpty();
      assertThat(facts.countWithin("recent-logins", T0)).isZero();
      assertThat(facts.attribute("plan").isEmpty()).isTrue();
      assertThat(facts.attribute("seats").isEmpty()).isTrue();
      assertThat(facts.lastSeen("login").isEmpty()).isTrue();
      assertThat(facts.messages()).isEmpty();
      assertThat(facts).hasToString("nothing yet").isEqualTo(start());
    }

    @Test
    void aNewCustomerIsEnrolledWhenTheyAppear() {
      Position olga = TRIAL.newCustomer("olga", T0);
      assertThat(olga.enrolment()).isEqualTo(new Enrolment("olga", "trial", T0));
      assertThat(olga.enrolment()).hasToString("olga in trial");
      assertThat(olga.movedTo("signed-up", day(1)).enrolment().since()).isEqualTo(T0);
    }

    @Test
    void theJourneysFactsStartWithThePurchasesCounterThenTheDeclaredOnesInOrder() {
      assertThat(TRIAL.facts().map(Fact::id))
          .containsExactly(
              "purchases", "logins", "paid", "recent-logins", "plan", "seats", "login");
      assertThat(TRIAL.facts().map(Fact::kind))
          .containsExactly(
              "counter", "counter", "sum", "window", "attribute", "attribute", "last_seen");
      assertThat(start().declared()).isEqualTo(TRIAL.facts());
      assertThat(TRIAL.fact("paid")).contains(Fact.sum("paid", "Amount paid, EUR"));
      assertThat(TRIAL.fact("purchases").map(Fact::kind)).contains("counter");
      assertThat(TRIAL.fact("nope").isEmpty()).isTrue();
    }

    @Test
    void aJourneyThatDeclaresNoFactsRemembersCriteriaAndPurchasesOnly() {
      Journey plain = oneStage().buildOrThrow();
      Facts facts = plain.newCustomer("olga", T0).facts();
      assertThat(facts.declared().map(Fact::id)).containsExactly("purchases");
      assertThat(facts)
          .isEqualTo(Facts.of(TreeSet.empty(), 0))
          .isEqualTo(Position.start("olga", "shop", "informed", T0).facts());
      assertThat(Facts.of(TreeSet.of("need", "money"), 2))
          .isEqualTo(facts.withCriterion("money").withCriterion("need").plus("purchases", 2))
          .hasToString("criteria money, need; purchases 2");
    }

    @Test
    void factsOfAPositionMadeWithoutItsJourneyCannotCountNegativePurchases() {
      assertThatThrownBy(() -> Facts.of(TreeSet.empty(), -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("purchases is negative: -1");
    }

    @Test
    void aLayoutThatDoesNotStartWithThePurchasesCounterIsRefused() {
      assertThatThrownBy(() -> Facts.none(Array.of(Fact.counter("logins", "Logins"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the facts of a journey start with the counter 'purchases', as Journey.facts() gives"
                  + " them; got logins");
      assertThatThrownBy(() -> Facts.none(Array.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("got ");
    }
  }

  @Nested
  class Criteria {
    @Test
    void criteriaMetAreKeptSortedWhateverOrderTheyArrivedIn() {
      Facts facts = start().withCriterion("need").withCriterion("money");
      assertThat(facts.criteria()).containsExactly("money", "need");
      assertThat(facts.hasMet("money")).isTrue();
      assertThat(facts.hasMet("decision")).isFalse();
      assertThat(facts.criteriaMet(HashSet.of("money", "decision", "need"))).isEqualTo(2);
      assertThat(facts).isEqualTo(start().withCriterion("money").withCriterion("need"));
    }

    @Test
    void meetingACriterionTwiceOrLosingOneNotMetChangesNothing() {
      Facts met = start().withCriterion("money");
      assertThat(met.withCriterion("money")).isSameAs(met);
      assertThat(met.withoutCriterion("need")).isSameAs(met);
      assertThat(met.withCriteria(met.criteria())).isSameAs(met);
    }

    @Test
    void aCriterionLostIsNoLongerMetAndTheOldFactsStayAsTheyWere() {
      Facts met = start().withCriterion("money").withCriterion("need");
      Facts lost = met.withoutCriterion("money");
      assertThat(lost.criteria()).containsExactly("need");
      assertThat(lost.hasMet("money")).isFalse();
      assertThat(met.criteria()).containsExactly("money", "need");
      assertThat(met.withCriteria(TreeSet.of("decision")).criteria()).containsExactly("decision");
    }
  }

  @Nested
  class CountersAndSums {
    @Test
    void aCounterAddsWholeNumbersAndANegativeOneSubtracts() {
      Facts facts = start().plus("logins", 3).plus("logins", -1);
      assertThat(facts.count("logins")).isEqualTo(2);
      assertThat(facts.count("purchases")).isZero();
      assertThat(start().count("logins")).isZero();
    }

    @Test
    void addingNothingChangesNothing() {
      Facts facts = start().plus("logins", 1);
      assertThat(facts.plus("logins", 0)).isSameAs(facts);
      assertThat(facts.plus("paid", BigDecimal.ZERO)).isSameAs(facts);
      assertThat(facts.plus("paid", new BigDecimal("0.00"))).isSameAs(facts);
    }

    @Test
    void purchasesAreTheCounterEveryJourneyKeeps() {
      Facts facts = start().plus(Fact.PURCHASES, 2);
      assertThat(facts.purchases()).isEqualTo(2);
      assertThat(facts.count("purchases")).isEqualTo(2);
      assertThat(facts.count("logins")).isZero();
    }

    @Test
    void aSumAddsAmountsInTheirCanonicalForm() {
      Facts facts = start().plus("paid", new BigDecimal("10.50")).plus("paid", new BigDecimal("2"));
      assertThat(facts.sum("paid")).isEqualTo(new BigDecimal("12.5"));
      assertThat(facts.sum("paid").scale()).isEqualTo(1);
      assertThat(facts).hasToString("paid 12.5");
    }

    @Test
    void tenFiftyAndTenFiveAreTheSameAmount() {
      Facts fifty = start().plus("paid", new BigDecimal("10.50"));
      Facts five = start().plus("paid", new BigDecimal("10.5"));
      assertThat(fifty).isEqualTo(five).hasSameHashCodeAs(five).hasToString("paid 10.5");
    }

    @Test
    void aRoundAmountIsKeptInPlainNotation() {
      Facts facts = start().plus("paid", new BigDecimal("1E+2"));
      assertThat(facts.sum("paid")).isEqualTo(new BigDecimal("100"));
      assertThat(facts).hasToString("paid 100");
      assertThat(start().plus("paid", new BigDecimal("99.90")).plus("paid", new BigDecimal("0.1")))
          .hasToString("paid 100");
    }

    @Test
    void aCounterOrASumBackAtZeroIsAtItsStart() {
      Facts counted = start().plus("logins", 2).plus("logins", -2);
      Facts summed =
          start().plus("paid", new BigDecimal("5.5")).plus("paid", new BigDecimal("-5.5"));
      assertThat(counted).isEqualTo(start()).hasSameHashCodeAs(start()).hasToString("nothing yet");
      assertThat(summed).isEqualTo(start()).hasToString("nothing yet");
    }

    @Test
    void aCounterThatWouldOverflowFailsInsteadOfWrappingAround() {
      Facts most = start().plus("logins", Long.MAX_VALUE);
      assertThat(most.count("logins")).isEqualTo(Long.MAX_VALUE);
      assertThatThrownBy(() -> most.plus("logins", 1)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Nested
  class Windows {
    @Test
    void aWindowKeepsItsInstantsOldestFirst() {
      Facts facts = start().recorded("recent-logins", day(0)).recorded("recent-logins", day(1));
      assertThat(facts.window("recent-logins")).containsExactly(day(0), day(1));
      assertThat(facts.countWithin("recent-logins", day(1))).isEqualTo(2);
    }

    @Test
    void aWindowKeepsNoMoreThanItsKeepAndDropsTheOldest() {
      Facts facts = start();
      for (int d = 0; d < 5; d++) {
        facts = facts.recorded("recent-logins", day(d));
      }
      assertThat(facts.window("recent-logins")).containsExactly(day(2), day(3), day(4));
      assertThat(facts.countWithin("recent-logins", day(4))).isEqualTo(3);
    }

    @Test
    void anInstantOutOfOrderIsPutInItsPlace() {
      Facts facts =
          start()
              .recorded("recent-logins", day(3))
              .recorded("recent-logins", day(1))
              .recorded("recent-logins", day(2));
      assertThat(facts.window("recent-logins")).containsExactly(day(1), day(2), day(3));
    }

    @Test
    void aWindowKeepsTheLatestInstantsInOrderWhateverOrderTheyCameIn() {
      java.util.Random random = new java.util.Random(5);
      for (int run = 0; run < 500; run++) {
        Facts facts = start();
        java.util.List<Instant> all = new java.util.ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(7); i++) {
          Instant at = day(random.nextInt(6));
          all.add(at);
          facts = facts.recorded("recent-logins", at);
        }
        java.util.Collections.sort(all);
        assertThat(facts.window("recent-logins"))
            .containsExactlyElementsOf(all.subList(Math.max(0, all.size() - 3), all.size()));
      }
    }

    @Test
    void anInstantOlderThanEveryKeptOneIsDroppedFromAFullWindow() {
      Facts full =
          start()
              .recorded("recent-logins", day(2))
              .recorded("recent-logins", day(3))
              .recorded("recent-logins", day(4));
      Facts late = full.recorded("recent-logins", day(1));
      assertThat(late.window("recent-logins")).containsExactly(day(2), day(3), day(4));
      assertThat(late).isEqualTo(full);
    }

    @Test
    void theSameInstantRecordedTwiceCountsTwice() {
      Facts facts = start().recorded("recent-logins", day(0)).recorded("recent-logins", day(0));
      assertThat(facts.countWithin("recent-logins", day(0))).isEqualTo(2);
    }

    @Test
    void bothEndsOfTheWindowAreIncluded() {
      Instant at = day(7);
      Facts facts =
          start()
              .recorded("recent-logins", at.minus(Duration.ofDays(7)))
              .recorded("recent-logins", at);
      assertThat(facts.countWithin("recent-logins", at)).isEqualTo(2);
    }

    @Test
    void anInstantJustOutsideTheWindowOrAfterTheMomentIsNotCounted() {
      Instant at = day(7);
      Facts facts =
          start()
              .recorded("recent-logins", at.minus(Duration.ofDays(7)).minusMillis(1))
              .recorded("recent-logins", at.minusSeconds(1))
              .recorded("recent-logins", at.plusMillis(1));
      assertThat(facts.countWithin("recent-logins", at)).isEqualTo(1);
      assertThat(facts.countWithin("recent-logins", at.plusMillis(1))).isEqualTo(2);
      assertThat(facts.countWithin("recent-logins", day(30))).isZero();
    }
  }

  @Nested
  class Attributes {
    @Test
    void anAttributeIsSetInItsCanonicalFormAndCleared() {
      Facts facts = start().with("plan", "pro").with("seats", 3);
      assertThat(facts.attribute("plan")).contains("pro");
      assertThat(facts.attribute("seats")).contains(3L);
      assertThat(facts.without("plan").attribute("plan").isEmpty()).isTrue();
      assertThat(facts.without("plan").attribute("seats")).contains(3L);
      assertThat(start().with("seats", 3)).isEqualTo(start().with("seats", 3L));
    }

    @Test
    void settingTheSameValueOrClearingAnUnsetAttributeChangesNothing() {
      Facts pro = start().with("plan", "pro");
      assertThat(pro.with("plan", "pro")).isSameAs(pro);
      assertThat(pro.without("seats")).isSameAs(pro);
      assertThat(pro.with("plan", "basic").attribute("plan")).contains("basic");
    }

    @Test
    void aValueTheAttributeDoesNotAcceptIsRefusedWithWhatItExpects() {
      assertThatThrownBy(() -> start().with("plan", "gold"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("attribute 'plan': 'gold' is not one of basic, pro");
      assertThatThrownBy(() -> start().with("seats", "3"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("attribute 'seats': a String (3) is not a whole number such as 3");
    }
  }

  @Nested
  class LastSeen {
    @Test
    void theLastEventOfATypeIsRememberedAndALaterOneReplacesIt() {
      Facts once = start().seen("login", day(1));
      assertThat(once.lastSeen("login")).contains(day(1));
      assertThat(once.seen("login", day(3)).lastSeen("login")).contains(day(3));
      assertThat(once.seen("login", day(1))).isSameAs(once);
      assertThat(once).hasToString("last login " + day(1));
    }
  }

  @Nested
  class Reset {
    @Test
    void everyKindOfFactGoesBackToItsStart() {
      Facts full =
          start()
              .plus("purchases", 1)
              .plus("logins", 2)
              .plus("paid", new BigDecimal("3"))
              .recorded("recent-logins", day(0))
              .with("plan", "pro")
              .seen("login", day(0));
      Facts reset = full;
      for (String fact : new String[] {"purchases", "logins", "paid", "recent-logins", "plan"}) {
        reset = reset.reset(fact);
      }
      assertThat(reset.reset("login")).isEqualTo(start());
      assertThat(full.reset("logins").count("logins")).isZero();
      assertThat(full.reset("logins").count("purchases")).isEqualTo(1);
      assertThat(full.reset("paid").sum("paid")).isEqualByComparingTo("0");
      assertThat(full.reset("recent-logins").window("recent-logins")).isEmpty();
      assertThat(full.reset("plan").attribute("plan").isEmpty()).isTrue();
      assertThat(full.reset("login").lastSeen("login").isEmpty()).isTrue();
    }

    @Test
    void resettingAFactAtItsStartChangesNothing() {
      Facts facts = start().plus("logins", 1);
      assertThat(facts.reset("paid")).isSameAs(facts);
    }

    @Test
    void resettingAFactTheJourneyDoesNotDeclareNamesItsFacts() {
      assertThatThrownBy(() -> start().reset("visits"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the journey declares no fact 'visits'; its facts: " + TRIAL_FACTS);
    }
  }

  @Nested
  class Messages {
    @Test
    void aMessageWithNoHistoryNeverWentOutAndWasNeverOpened() {
      MessageHistory none = start().message("reminder");
      assertThat(none).isEqualTo(MessageHistory.NONE);
      assertThat(none.timesSent()).isZero();
      assertThat(none.lastSent().isEmpty()).isTrue();
      assertThat(none.lastOpened().isEmpty()).isTrue();
      assertThat(none).hasToString("sent 0 times, never opened");
    }

    @Test
    void sendingAndOpeningAreCountedAndTimed() {
      Facts facts =
          start()
              .messageSent("reminder", day(1))
              .messageSent("reminder", day(2))
              .messageOpened("reminder", day(3));
      MessageHistory history = facts.message("reminder");
      assertThat(history.timesSent()).isEqualTo(2);
      assertThat(history.lastSent()).contains(day(2));
      assertThat(history.lastOpened()).contains(day(3));
      assertThat(history).hasToString("sent 2 times, last " + day(2) + ", opened " + day(3));
      assertThat(facts.message("welcome")).isEqualTo(MessageHistory.NONE);
    }

    @Test
    void historiesAreListedByMessageId() {
      Facts facts = start().messageSent("welcome", day(2)).messageOpened("reminder", day(1));
      assertThat(facts.messages().keySet()).containsExactly("reminder", "welcome");
      assertThat(facts.message("reminder")).hasToString("sent 0 times, opened " + day(1));
      assertThat(facts.message("welcome"))
          .hasToString("sent 1 time, last " + day(2) + ", never opened");
    }

    @Test
    void aHistoryCannotHaveGoneOutANegativeNumberOfTimes() {
      assertThatThrownBy(() -> new MessageHistory(-1, Option.none(), Option.none()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("timesSent is negative: -1");
    }
  }

  @Nested
  class UndeclaredFacts {
    @Test
    void readingOrChangingAnUndeclaredFactNamesTheJourneysFacts() {
      assertThatThrownBy(() -> start().count("visits"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the journey declares no counter 'visits'; its facts: " + TRIAL_FACTS);
      assertThatThrownBy(() -> start().plus("refunds", BigDecimal.ONE))
          .hasMessage("the journey declares no sum 'refunds'; its facts: " + TRIAL_FACTS);
      assertThatThrownBy(() -> start().recorded("recent-visits", T0))
          .hasMessage("the journey declares no window 'recent-visits'; its facts: " + TRIAL_FACTS);
    }

    @Test
    void aFactOfAnotherKindIsNotReadAsThisKind() {
      assertThatThrownBy(() -> start().count("paid"))
          .hasMessage("the journey declares no counter 'paid'; its facts: " + TRIAL_FACTS);
      assertThatThrownBy(() -> start().sum("logins"))
          .hasMessage("the journey declares no sum 'logins'; its facts: " + TRIAL_FACTS);
      assertThatThrownBy(() -> start().countWithin("logins", T0))
          .hasMessage("the journey declares no window 'logins'; its facts: " + TRIAL_FACTS);
    }

    @Test
    void anAttributeOrALastSeenEventIsNamedInTheDomainsWords() {
      assertThatThrownBy(() -> start().attribute("segment"))
          .hasMessage("the journey declares no attribute 'segment'; its facts: " + TRIAL_FACTS);
      assertThatThrownBy(() -> start().with("logins", "3"))
          .hasMessage("the journey declares no attribute 'logins'; its facts: " + TRIAL_FACTS);
      assertThatThrownBy(() -> start().lastSeen("payment"))
          .hasMessage(
              "the journey declares no last-seen event type 'payment'; its facts: " + TRIAL_FACTS);
      assertThatThrownBy(() -> start().seen("payment", T0))
          .hasMessage(
              "the journey declares no last-seen event type 'payment'; its facts: " + TRIAL_FACTS);
    }

    @Test
    void theSlotOfAnUndeclaredFactIsMinusOne() {
      assertThat(start().slotOf("purchases")).isZero();
      assertThat(start().slotOf("login")).isEqualTo(6);
      assertThat(start().slotOf("visits")).isEqualTo(-1);
    }
  }

  @Nested
  class Slots {
    final int logins = start().slotOf("logins");
    final int paid = start().slotOf("paid");
    final int window = start().slotOf("recent-logins");
    final int plan = start().slotOf("plan");
    final int login = start().slotOf("login");

    @Test
    void eachDeclaredFactHasTheSlotOfItsPlaceInTheJourneysFacts() {
      assertThat(new int[] {logins, paid, window, plan, login}).containsExactly(1, 2, 3, 4, 6);
      for (int slot = 0; slot < TRIAL.facts().size(); slot++) {
        assertThat(start().valueAt(slot).isEmpty()).as("slot %s starts empty", slot).isTrue();
      }
    }

    @Test
    void readingAndChangingBySlotIsReadingAndChangingById() {
      Facts bySlot =
          start()
              .plusAt(logins, 2)
              .plusAt(paid, new BigDecimal("10.50"))
              .recordedAt(window, day(1))
              .withAt(plan, "pro")
              .withAt(login, day(1));
      Facts byId =
          start()
              .plus("logins", 2)
              .plus("paid", new BigDecimal("10.5"))
              .recorded("recent-logins", day(1))
              .with("plan", "pro")
              .seen("login", day(1));
      assertThat(bySlot).isEqualTo(byId);
      assertThat(bySlot.countAt(logins)).isEqualTo(2);
      assertThat(bySlot.sumAt(paid)).isEqualTo(new BigDecimal("10.5"));
      assertThat(bySlot.countWithinAt(window, day(1))).isEqualTo(1);
      assertThat(bySlot.valueAt(plan)).contains("pro");
      assertThat(bySlot.valueAt(login)).contains(day(1));
      assertThat(bySlot.valueAt(logins)).contains(2L);
    }

    @Test
    void aChangeThatChangesNothingGivesTheSameFacts() {
      Facts facts = start().withAt(plan, "pro");
      assertThat(facts.withAt(plan, "pro")).isSameAs(facts);
      assertThat(facts.resetAt(logins)).isSameAs(facts);
      assertThat(facts.plusAt(logins, 0)).isSameAs(facts);
      assertThat(facts.resetAt(plan)).isEqualTo(start());
    }

    @Test
    void aDraftMakesItsChangesOneAfterAnotherAsTheFactsOwnChangesDo() {
      Facts drafted =
          start()
              .draft()
              .plusAt(logins, 2)
              .plusAt(logins, 1)
              .plusAt(paid, new BigDecimal("10.50"))
              .recordedAt(window, day(2))
              .recordedAt(window, day(1))
              .withAt(plan, "basic")
              .withAt(plan, "pro")
              .withAt(login, day(2))
              .facts();
      Facts oneByOne =
          start()
              .plus("logins", 3)
              .plus("paid", new BigDecimal("10.5"))
              .recorded("recent-logins", day(1))
              .recorded("recent-logins", day(2))
              .with("plan", "pro")
              .seen("login", day(2));
      assertThat(drafted).isEqualTo(oneByOne);
      assertThat(drafted.window("recent-logins")).containsExactly(day(1), day(2));
    }

    @Test
    void aDraftThatChangesNothingGivesTheVeryFactsItStartedFrom() {
      Facts facts = start().withAt(plan, "pro").plusAt(logins, 2);
      Facts.Draft draft =
          facts.draft().withAt(plan, "pro").plusAt(logins, 0).resetAt(paid).plusAt(paid, ZERO);
      assertThat(draft.facts()).isSameAs(facts);
      assertThat(facts.draft().plusAt(logins, 1).plusAt(logins, -1).facts()).isEqualTo(facts);
      assertThat(facts.draft().plusAt(logins, -2).resetAt(plan).facts()).isEqualTo(start());
    }

    @Test
    void factsADraftMadeStayAsTheyWereWhenTheDraftGoesOn() {
      Facts begin = start().plusAt(logins, 1);
      Facts.Draft draft = begin.draft().plusAt(logins, 1);
      Facts first = draft.facts();
      Facts second = draft.plusAt(logins, 5).withAt(plan, "basic").facts();
      assertThat(begin.countAt(logins)).isEqualTo(1);
      assertThat(first.countAt(logins)).isEqualTo(2);
      assertThat(first.valueAt(plan).isEmpty()).isTrue();
      assertThat(second.countAt(logins)).isEqualTo(7);
      assertThat(second.valueAt(plan)).contains("basic");
      assertThat(draft.facts()).isSameAs(second);
    }

    @Test
    void theStartingValuesReadBySlotAreZeroAndNothing() {
      assertThat(start().countAt(logins)).isZero();
      assertThat(start().sumAt(paid)).isEqualByComparingTo("0");
      assertThat(start().countWithinAt(window, day(1))).isZero();
    }
  }

  @Nested
  class ValueEquality implements EqualsContract<Facts> {
    @Override
    public Facts createValue() {
      return start()
          .withCriterion("money")
          .plus("logins", 2)
          .plus("paid", new BigDecimal("10.50"))
          .recorded("recent-logins", day(1))
          .with("plan", "pro")
          .seen("login", day(1))
          .messageSent("reminder", day(1));
    }

    @Override
    public Facts createEqualValue() {
      // The same facts, changed in another order and with equal values of other forms.
      return start()
          .messageSent("reminder", day(1))
          .seen("login", day(1))
          .with("plan", "pro")
          .recorded("recent-logins", Instant.parse("2026-03-03T09:00:00Z"))
          .plus("paid", new BigDecimal("10.5"))
          .plus("logins", 1)
          .plus("logins", 1)
          .withCriterion("money");
    }

    @Override
    public Facts createNotEqualValue() {
      return createValue().recorded("recent-logins", day(2));
    }

    @Test
    void factsDifferingInAnyOneFactAreNotEqual() {
      Facts facts = createValue();
      for (Facts other :
          new Facts[] {
            facts.withCriterion("need"),
            facts.plus("logins", 1),
            facts.plus("paid", new BigDecimal("0.01")),
            facts.with("plan", "basic"),
            facts.with("seats", 1),
            facts.seen("login", day(2)),
            facts.messageOpened("reminder", day(2))
          }) {
        assertThat(other).as(other.toString()).isNotEqualTo(facts);
      }
    }

    @Test
    void factsOfJourneysThatDeclareDifferentFactsAreNotEqualEvenAtTheStart() {
      assertThat(start()).isNotEqualTo(Facts.of(TreeSet.empty(), 0));
      assertThat(Facts.of(TreeSet.empty(), 0)).isNotEqualTo(start());
    }
  }

  @Nested
  class Description {
    @Test
    void toStringNamesEveryFactThatDiffersFromItsStartInSlotOrder() {
      Facts facts =
          start()
              .messageSent("reminder", day(1))
              .seen("login", day(2))
              .with("plan", "pro")
              .recorded("recent-logins", day(1))
              .recorded("recent-logins", day(2))
              .plus("paid", new BigDecimal("25.50"))
              .plus("logins", 2)
              .plus("purchases", 1)
              .withCriterion("need")
              .withCriterion("money");
      assertThat(facts)
          .hasToString(
              "criteria money, need; purchases 1; logins 2; paid 25.5; recent-logins ["
                  + day(1)
                  + ", "
                  + day(2)
                  + "]; plan pro; last login "
                  + day(2)
                  + "; message reminder sent 1 time, last "
                  + day(1)
                  + ", never opened");
    }
  }

  @Nested
  class LaidOutForAnotherJourney {
    final Facts full =
        start()
            .withCriterion("money")
            .plus("purchases", 1)
            .plus("logins", 2)
            .plus("paid", new BigDecimal("9.5"))
            .recorded("recent-logins", day(1))
            .with("plan", "pro")
            .seen("login", day(1))
            .messageSent("reminder", day(1));

    @Test
    void theSameLayoutGivesTheSameFacts() {
      assertThat(full.laidOutFor(TRIAL.facts())).isSameAs(full);
      assertThat(full.laidOutFor(Array.ofAll(TRIAL.facts()))).isSameAs(full);
    }

    @Test
    void factsOfTheSameIdAndKindKeepTheirValuesAndTheOthersStartAfresh() {
      Journey changed = TRIAL.toBuilder().fact(Fact.counter("visits", "Visits")).buildOrThrow();
      Journey.Builder fewer =
          Journey.builder("trial", "A trial")
              .stage(Stage.of("signed-up", "Signed up", "-"))
              .event(LOGIN)
              .fact(Fact.sum("logins", "Logins, now a sum"))
              .fact(Fact.attribute(Attribute.choice("plan", "basic", "pro")))
              .fact(Fact.counter("visits", "Visits"));
      Facts grown = full.laidOutFor(changed.facts());
      assertThat(grown.declared()).isEqualTo(changed.facts());
      assertThat(grown.count("visits")).isZero();
      assertThat(grown.count("logins")).isEqualTo(2);
      assertThat(grown.window("recent-logins")).containsExactly(day(1));
      assertThat(grown.lastSeen("login")).contains(day(1));

      Facts shrunk = full.laidOutFor(fewer.buildOrThrow().facts());
      assertThat(shrunk.sum("logins")).as("a counter that became a sum starts afresh").isZero();
      assertThat(shrunk.attribute("plan")).contains("pro");
      assertThat(shrunk.purchases()).isEqualTo(1);
      assertThat(shrunk.criteria()).containsExactly("money");
      assertThat(shrunk.message("reminder").timesSent()).isEqualTo(1);
      assertThat(shrunk)
          .hasToString(
              "criteria money; purchases 1; plan pro; message reminder sent 1 time, last "
                  + day(1)
                  + ", never opened");
      assertThat(shrunk.laidOutFor(TRIAL.facts()).count("logins")).isZero();
    }

    @Test
    void factsMadeWithoutTheirJourneyAreLaidOutForIt() {
      Facts standard = Facts.of(TreeSet.of("money"), 2);
      Facts laidOut = standard.laidOutFor(TRIAL.facts());
      assertThat(laidOut.purchases()).isEqualTo(2);
      assertThat(laidOut.criteria()).containsExactly("money");
      assertThat(laidOut.count("logins")).isZero();
      assertThat(laidOut).isEqualTo(start().withCriterion("money").plus("purchases", 2));
    }

    @Test
    void aWindowThatNowKeepsFewerInstantsKeepsTheLatest() {
      Facts three =
          start()
              .recorded("recent-logins", day(1))
              .recorded("recent-logins", day(2))
              .recorded("recent-logins", day(3));
      Seq<Fact> keepingTwo =
          TRIAL
              .facts()
              .map(
                  f ->
                      f.id().equals("recent-logins")
                          ? Fact.window("recent-logins", "logins", Duration.ofDays(7), 2)
                          : f);
      Facts two = three.laidOutFor(keepingTwo);
      assertThat(two.window("recent-logins")).containsExactly(day(2), day(3));
      assertThat(two.countWithin("recent-logins", day(3))).isEqualTo(2);
    }

    @Test
    void anAttributeValueTheNewDeclarationRejectsStartsAfresh() {
      Seq<Fact> withoutPro =
          TRIAL
              .facts()
              .map(
                  f ->
                      f.id().equals("plan")
                          ? Fact.attribute(Attribute.choice("plan", "basic", "team"))
                          : f.id().equals("seats") ? Fact.attribute(Attribute.text("seats")) : f);
      Facts laidOut = start().with("plan", "pro").with("seats", 3).laidOutFor(withoutPro);
      assertThat(laidOut.attribute("plan").isEmpty()).isTrue();
      assertThat(laidOut.attribute("seats").isEmpty()).isTrue();
      assertThat(start().with("plan", "basic").laidOutFor(withoutPro).attribute("plan"))
          .contains("basic");
    }
  }

  @Nested
  class FactDeclarations {
    @Test
    void aFactIdDeclaredTwiceIsReported() {
      assertThat(
              problems(
                  oneStage()
                      .fact(Fact.counter("logins", "Logins"))
                      .fact(Fact.sum("logins", "Logins again"))))
          .containsExactly(
              "fact #2 'logins': the id 'logins' is already used by fact #1; fact ids must be"
                  + " unique within a journey");
    }

    @Test
    void thePurchasesCounterCannotBeDeclaredAgain() {
      Journey.Builder builder = oneStage().fact(Fact.counter("purchases", "Purchases"));
      assertThat(problems(builder))
          .containsExactly(
              "fact 'purchases': every journey already counts purchases in the counter"
                  + " 'purchases'; use it without declaring it, or give your fact another id");
      assertThat(kinds(builder)).containsExactly(Problem.Kind.DUPLICATE_ID);
    }

    @Test
    void aFactIdMustBeALowercaseId() {
      assertThat(problems(oneStage().fact(Fact.counter("Logins", "Logins"))))
          .containsExactly(
              "fact #1 'Logins': 'Logins' is not a valid fact id; use lowercase letters and"
                  + " digits, joined by single '-' or '_' (e.g. 'need-awareness')");
    }

    @Test
    void aWindowOfNoLengthOrANegativeOneIsReported() {
      Journey.Builder builder =
          oneStage()
              .fact(Fact.window("none", "logins", Duration.ZERO, 3))
              .fact(Fact.window("backwards", "logins", Duration.ofDays(-1), 3));
      assertThat(problems(builder))
          .containsExactly(
              "fact 'none': the window's length PT0S is not positive; give e.g. 7 days",
              "fact 'backwards': the window's length PT-24H is not positive; give e.g. 7 days");
      assertThat(kinds(builder)).containsOnly(Problem.Kind.OUT_OF_RANGE);
    }

    @Test
    void aWindowThatKeepsNothingIsReported() {
      Journey.Builder builder = oneStage().fact(Fact.window("w", "logins", Duration.ofDays(1), 0));
      assertThat(problems(builder))
          .containsExactly(
              "fact 'w': the window keeps 0 instants; keep at least as many as the largest count"
                  + " a rule asks for");
      assertThat(kinds(builder)).containsExactly(Problem.Kind.OUT_OF_RANGE);
      assertThat(
              oneStage().fact(Fact.window("w", "logins", Duration.ofNanos(1), 1)).build().isValid())
          .isTrue();
    }

    @Test
    void theLastEventOfAnUndeclaredTypeIsReportedWithTheClosestDeclaredOne() {
      Journey.Builder builder =
          oneStage().event(LOGIN).event(PAYMENT).fact(Fact.lastSeen("logins"));
      assertThat(problems(builder))
          .containsExactly(
              "fact 'logins': the journey remembers the last 'logins', but declares no such event"
                  + " type (did you mean 'login'?); known event types: login, payment, time_passed");
      assertThat(kinds(builder)).containsExactly(Problem.Kind.UNKNOWN_EVENT_TYPE);
      assertThat(problems(oneStage().fact(Fact.lastSeen("login"))))
          .containsExactly(
              "fact 'login': the journey remembers the last 'login', but declares no such event"
                  + " type; known event types: time_passed");
    }

    @Test
    void theLastTimePassingCanBeRememberedWithoutDeclaringIt() {
      assertThat(oneStage().fact(Fact.lastSeen("time_passed")).build().isValid()).isTrue();
    }

    @Test
    void aCustomerAttributeChoiceNeedsItsValues() {
      Journey.Builder builder = oneStage().fact(Fact.attribute(Attribute.choice("plan")));
      assertThat(problems(builder))
          .containsExactly(
              "fact 'plan', attribute 'plan': a choice needs the values it may take; list them,"
                  + " e.g. Attribute.choice(\"plan\", \"basic\", \"pro\")");
      assertThat(kinds(builder)).containsExactly(Problem.Kind.BAD_ATTRIBUTE);
    }

    @Test
    void everyProblemOfTheFactsIsReportedAtOnce() {
      assertThat(
              kinds(
                  oneStage()
                      .fact(Fact.counter("purchases", "Purchases"))
                      .fact(Fact.window("w", "logins", Duration.ZERO, 0))
                      .fact(Fact.lastSeen("login"))))
          .containsExactly(
              Problem.Kind.DUPLICATE_ID,
              Problem.Kind.OUT_OF_RANGE,
              Problem.Kind.OUT_OF_RANGE,
              Problem.Kind.UNKNOWN_EVENT_TYPE);
    }

    @Test
    void aJourneysFactsTakePartInItsEqualityAndSurviveToBuilder() {
      assertThat(TRIAL.toBuilder().buildOrThrow()).isEqualTo(TRIAL).hasSameHashCodeAs(TRIAL);
      assertThat(TRIAL.toBuilder().buildOrThrow().facts()).isEqualTo(TRIAL.facts());
      Journey more = TRIAL.toBuilder().fact(Fact.counter("visits", "Visits")).buildOrThrow();
      assertThat(more).isNotEqualTo(TRIAL);
      assertThat(more.facts().last()).isEqualTo(Fact.counter("visits", "Visits"));
    }

    @Test
    void eachKindOfFactDescribesItself() {
      assertThat(Fact.lastSeen("login").description()).isEqualTo("the last login");
      assertThat(Fact.lastSeen("login").id()).isEqualTo("login");
      Fact plan = Fact.attribute(Attribute.choice("plan", "basic", "pro").describedAs("The plan"));
      assertThat(plan.id()).isEqualTo("plan");
      assertThat(plan.description()).isEqualTo("The plan");
      assertThat(Fact.window("w", "logins", Duration.ofDays(7), 3).description())
          .isEqualTo("logins");
    }
  }

  @Nested
  class EventTypeDeclarations {
    @Test
    void anEventTypeIdDeclaredTwiceIsReported() {
      assertThat(problems(oneStage().event(LOGIN).event(EventType.of("login", "Again"))))
          .containsExactly(
              "event type #2 'login': the id 'login' is already used by event type #1; event type"
                  + " ids must be unique within a journey");
    }

    @Test
    void anEventTypesChoiceNeedsItsValuesAndListsEachOnce() {
      Journey.Builder builder =
          oneStage()
              .event(
                  EventType.of(
                      "payment",
                      "A payment",
                      Attribute.choice("plan"),
                      Attribute.choice("tier", "a", "b", "a", " ")));
      assertThat(problems(builder))
          .containsExactly(
              "event type 'payment', attribute 'plan': a choice needs the values it may take;"
                  + " list them, e.g. Attribute.choice(\"plan\", \"basic\", \"pro\")",
              "event type 'payment', attribute 'tier': a listed value is blank",
              "event type 'payment', attribute 'tier': the values a are listed more than once");
      assertThat(kinds(builder))
          .containsExactly(
              Problem.Kind.BAD_ATTRIBUTE, Problem.Kind.BAD_ATTRIBUTE, Problem.Kind.DUPLICATE_ID);
    }

    @Test
    void onlyAChoiceListsValues() {
      Attribute text =
          new Attribute("note", AttributeKind.TEXT, io.vavr.collection.List.of("a"), false, "");
      assertThat(problems(oneStage().event(EventType.of("noted", "Noted", text))))
          .containsExactly(
              "event type 'noted', attribute 'note': only a choice lists values; this attribute"
                  + " is text");
    }

    @Test
    void anAttributeNameUsedTwiceInOneEventTypeIsReported() {
      Journey.Builder builder =
          oneStage()
              .event(
                  EventType.of(
                      "payment",
                      "A payment",
                      Attribute.amount("amount"),
                      Attribute.text("amount")));
      assertThat(problems(builder))
          .containsExactly(
              "event type 'payment', attribute #2 'amount': the name 'amount' is already used by"
                  + " attribute #1; attribute names must be unique within an event type");
      assertThat(kinds(builder)).containsExactly(Problem.Kind.DUPLICATE_ID);
    }

    @Test
    void theSameAttributeNameInTwoEventTypesIsFine() {
      assertThat(
              oneStage()
                  .event(EventType.of("refund", "A refund", Attribute.amount("amount")))
                  .event(PAYMENT)
                  .build()
                  .isValid())
          .isTrue();
    }

    @Test
    void anAttributeNameMustBeALowercaseName() {
      assertThat(
              problems(
                  oneStage()
                      .event(EventType.of("payment", "A payment", Attribute.amount("Amount")))))
          .containsExactly(
              "event type 'payment', attribute #1 'Amount': 'Amount' is not a valid attribute"
                  + " name; use lowercase letters and digits, joined by single '-' or '_' (e.g."
                  + " 'need-awareness')");
    }

    @Test
    void everyJourneyKnowsTimePassingOnceWhetherDeclaredOrNot() {
      assertThat(oneStage().event(LOGIN).buildOrThrow().eventTypes().map(EventType::id))
          .containsExactly("login", "time_passed");
      assertThat(
              oneStage()
                  .event(EventType.TIME_PASSED)
                  .event(LOGIN)
                  .buildOrThrow()
                  .eventTypes()
                  .map(EventType::id))
          .containsExactly("time_passed", "login");
    }
  }

  @Nested
  class CheckingEvents {
    final Journey shop =
        Journey.builder("shop", "Shop")
            .stage(Stage.of("informed", "Informed", "-"))
            .criterion(Criterion.of("money", "Has money"))
            .criterion(Criterion.of("need", "Has a need"))
            .touchpoint(Touchpoint.of("phone-call", "Phone call", Channel.PHONE, "informed"))
            .touchpoint(Touchpoint.of("checkout", "Checkout", Channel.WEBSITE, "informed"))
            .message(
                Message.builder()
                    .id("reminder")
                    .stage("informed")
                    .where(Option.of(Channel.EMAIL))
                    .build())
            .events(EventType.standard())
            .event(LOGIN)
            .buildOrThrow();

    Seq<String> problemsOf(Journey journey, Event event) {
      Validation<Seq<Problem>, Event> checked = journey.check(event);
      assertThat(checked.isInvalid()).as("%s is rejected", event).isTrue();
      return checked.getError().map(Problem::toString);
    }

    @Test
    void anEventThatFitsIsGivenBack() {
      Event login = Event.of(LOGIN, T0, "device", "web");
      assertThat(shop.check(login).get()).isSameAs(login);
      Event called = new InteractionHappened(Outcome.YES, T0).via("phone-call", "phone");
      assertThat(shop.check(called).get()).isSameAs(called);
      assertThat(shop.check(new CriterionMet("money", T0)).isValid()).isTrue();
      assertThat(shop.check(new MessageSent("reminder", T0)).isValid()).isTrue();
      assertThat(shop.check(Event.of(EventType.of("login", "Same id, other words"), T0)).isValid())
          .isTrue();
    }

    @Test
    void anUndeclaredEventTypeIsNamedWithTheTypesTheJourneyKnows() {
      Journey small = oneStage().event(LOGIN).event(PAYMENT).buildOrThrow();
      Validation<Seq<Problem>, Event> checked =
          small.check(Event.of(EventType.of("logins", "Logins"), T0));
      assertThat(checked.getError().map(Problem::kind))
          .containsExactly(Problem.Kind.UNKNOWN_EVENT_TYPE);
      assertThat(checked.getError().map(Problem::toString))
          .containsExactly(
              "event 'logins': journey 'shop' does not know this event type (did you mean"
                  + " 'login'?); it knows: login, payment, time_passed");
    }

    @Test
    void aValueTheJourneysOwnDeclarationOfAStandardTypeRejectsIsReported() {
      Journey yesOrNo =
          oneStage()
              .event(
                  EventType.of(
                      "interaction", "Yes or no only", Attribute.choice("outcome", "yes", "no")))
              .buildOrThrow();
      assertThat(yesOrNo.check(new InteractionHappened(Outcome.YES, T0)).isValid()).isTrue();
      assertThat(problemsOf(yesOrNo, new InteractionHappened(Outcome.DONT_KNOW, T0)))
          .containsExactly(
              "event 'interaction', attribute 'outcome': 'dont_know' is not one of yes, no");
    }

    @Test
    void anEventOfAnotherDeclarationOfTheSameTypeMustFitTheJourneysOne() {
      EventType otherLogin =
          EventType.of("login", "A login", Attribute.choice("device", "web", "tablet"));
      assertThat(problemsOf(shop, Event.of(otherLogin, T0, "device", "tablet")))
          .containsExactly("event 'login', attribute 'device': 'tablet' is not one of web, mobile");
    }

    @Test
    void aCriterionTheJourneyDoesNotRecordIsReported() {
      Validation<Seq<Problem>, Event> checked = shop.check(new CriterionMet("mony", T0));
      assertThat(checked.getError().map(Problem::kind)).containsExactly(Problem.Kind.BAD_ATTRIBUTE);
      assertThat(checked.getError().map(Problem::toString))
          .containsExactly(
              "event 'criterion', attribute 'criterion': journey 'shop' has no criterion 'mony'"
                  + " (did you mean 'money'?); its criteria: money, need");
    }

    @Test
    void aMessageTheJourneyDoesNotSendIsReported() {
      assertThat(problemsOf(shop, new MessageOpened("remindr", T0)))
          .containsExactly(
              "event 'message_opened', attribute 'message': journey 'shop' has no message"
                  + " 'remindr' (did you mean 'reminder'?); its messages: reminder");
      Journey silent = oneStage().events(EventType.standard()).buildOrThrow();
      assertThat(problemsOf(silent, new MessageSent("reminder", T0)))
          .containsExactly(
              "event 'message_sent', attribute 'message': journey 'shop' has no message"
                  + " 'reminder'; its messages: none");
    }

    @Test
    void anUnknownTouchpointIsReportedWithTheJourneysTouchpoints() {
      Validation<Seq<Problem>, Event> checked =
          shop.check(new InteractionHappened(Outcome.YES, T0).via("phone-cal", "phone"));
      assertThat(checked.getError().map(Problem::kind))
          .containsExactly(Problem.Kind.UNKNOWN_TOUCHPOINT);
      assertThat(checked.getError().map(Problem::toString))
          .containsExactly(
              "event 'interaction', touchpoint 'phone-cal': journey 'shop' has no such touchpoint"
                  + " (did you mean 'phone-call'?); its touchpoints: phone-call, checkout");
    }

    @Test
    void anUnknownChannelIsReportedWithTheJourneysChannels() {
      assertThat(problemsOf(shop, new InteractionHappened(Outcome.YES, T0).via("checkout", "sms")))
          .containsExactly(
              "event 'interaction', channel 'sms': journey 'shop' has no such channel; its"
                  + " channels: phone, website, email");
    }

    @Test
    void aJourneyWithoutTouchpointsOrChannelsSaysSo() {
      Journey bare = oneStage().events(EventType.standard()).buildOrThrow();
      assertThat(problemsOf(bare, new InteractionHappened(Outcome.YES, T0).via("desk", "phone")))
          .containsExactly(
              "event 'interaction', touchpoint 'desk': journey 'shop' has no such touchpoint; its"
                  + " touchpoints: none",
              "event 'interaction', channel 'phone': journey 'shop' has no such channel; its"
                  + " channels: none");
    }

    @Test
    void aChannelThatIsNotTheTouchpointsIsReported() {
      Validation<Seq<Problem>, Event> checked =
          shop.check(new InteractionHappened(Outcome.NO, T0).via("phone-call", "email"));
      assertThat(checked.getError().map(Problem::kind))
          .containsExactly(Problem.Kind.UNKNOWN_TOUCHPOINT);
      assertThat(checked.getError().map(Problem::toString))
          .containsExactly(
              "event 'interaction', channel 'email': touchpoint 'phone-call' is reached through"
                  + " channel 'phone', not 'email'");
    }

    @Test
    void everyProblemOfAnEventIsReportedAtOnce() {
      assertThat(
              shop.check(new CriterionMet("nope", T0).via("desk", "fax"))
                  .getError()
                  .map(Problem::where))
          .containsExactly(
              "event 'criterion', attribute 'criterion'",
              "event 'criterion', touchpoint 'desk'",
              "event 'criterion', channel 'fax'");
    }

    @Test
    void theValuesAJourneyAcceptsComeFromItsOwnDeclarations() {
      assertThat(shop.valuesOf("interaction", "outcome").get())
          .containsExactly("yes", "no", "dont_know");
      assertThat(shop.valuesOf("criterion", "criterion").get()).containsExactly("money", "need");
      assertThat(shop.valuesOf("message_ignored", "message").get()).containsExactly("reminder");
      assertThat(shop.valuesOf("login", "device").get()).containsExactly("web", "mobile");
      assertThat(shop.valuesOf("purchase", "product").isEmpty()).isTrue();
      assertThat(shop.valuesOf("login", "browser").isEmpty()).isTrue();
      assertThat(shop.valuesOf("payment", "plan").isEmpty()).isTrue();
    }
  }
}
