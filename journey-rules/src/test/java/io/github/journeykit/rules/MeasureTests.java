package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.model.Transition;
import io.vavr.collection.TreeSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conditions made from a {@link Measure}: for every measure and every comparison, when it
 * holds, how it describes itself, and why it does not hold, with the value found and with none.
 */
class MeasureTests {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static final EventType LOGIN =
      EventType.of("login", "The customer logged in", Attribute.choice("device", "web", "mobile"));

  static final EventType PAYMENT =
      EventType.of(
          "payment",
          "A payment was received",
          Attribute.amount("amount").required(),
          Attribute.choice("plan", "basic", "pro"),
          Attribute.wholeNumber("seats"),
          Attribute.bool("trial"),
          Attribute.text("coupon"));

  static final Journey TRIAL =
      Journey.builder("trial", "A trial")
          .stage(Stage.of("signed-up", "Signed up", "Get them to use it"))
          .stage(Stage.of("activated", "Activated", "Make them pay"))
          .transition(Transition.advance("signed-up", "activated"))
          .event(LOGIN)
          .event(PAYMENT)
          .events(EventType.MESSAGE_SENT, EventType.MESSAGE_OPENED)
          .fact(Fact.counter("logins", "Logins since sign-up"))
          .fact(Fact.sum("paid", "Amount paid, EUR"))
          .fact(Fact.window("recent-logins", "logins", Duration.ofDays(7), 3))
          .fact(Fact.window("w", "", Duration.ofHours(1), 2))
          .fact(Fact.attribute(Attribute.choice("plan", "basic", "pro")))
          .fact(Fact.attribute(Attribute.wholeNumber("seats")))
          .fact(Fact.lastSeen("login"))
          .message(Message.builder().id("reminder").stage("signed-up").build())
          .buildOrThrow();

  /** Olga, enrolled at T0, with nothing remembered yet. */
  static final Position OLGA = TRIAL.newCustomer("olga", T0);

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Position olga(UnaryOperator<Facts> change) {
    return OLGA.withFacts(change.apply(OLGA.facts()));
  }

  static Event payment(Instant at, Object... more) {
    Object[] values = new Object[more.length + 2];
    values[0] = "amount";
    values[1] = new BigDecimal("8.50");
    System.arraycopy(more, 0, values, 2, more.length);
    return Event.of(PAYMENT, at, values);
  }

  static Event paid(String amount) {
    return Event.of(PAYMENT, day(1), "amount", new BigDecimal(amount));
  }

  static final Event PAID = payment(day(1), "plan", "basic", "seats", 3, "trial", false);

  static String whyNot(Condition condition, Position position, Event event) {
    assertThat(condition.holds(position, event)).as("%s holds", condition).isFalse();
    return condition.whyNot(position, event).get();
  }

  static void holds(Condition condition, Position position, Event event) {
    assertThat(condition.holds(position, event)).as("%s holds", condition).isTrue();
    assertThat(condition.whyNot(position, event).isEmpty()).as("no reason").isTrue();
  }

  @Nested
  class EventAttributes {
    @Test
    void isHoldsForTheSameValueAndSaysWhatItFoundOtherwise() {
      Condition pro = Condition.attribute("plan").is("pro");
      assertThat(pro.description()).isEqualTo("plan is pro");
      holds(pro, OLGA, payment(day(1), "plan", "pro"));
      assertThat(whyNot(pro, OLGA, PAID)).isEqualTo("plan is basic, needs pro");
      assertThat(whyNot(pro, OLGA, payment(day(1)))).isEqualTo("plan is missing, needs pro");
    }

    @Test
    void isOneOfHoldsForAnyOfTheValues() {
      Condition fewSeats = Condition.attribute("seats").isOneOf(1, 2L);
      assertThat(fewSeats.description()).isEqualTo("seats is one of 1, 2");
      holds(fewSeats, OLGA, payment(day(1), "seats", 2));
      holds(fewSeats, OLGA, payment(day(1), "seats", 1L));
      assertThat(whyNot(fewSeats, OLGA, PAID)).isEqualTo("seats is 3, needs one of 1, 2");
      assertThat(whyNot(fewSeats, OLGA, payment(day(1))))
          .isEqualTo("seats is missing, needs one of 1, 2");
    }

    @Test
    void atLeastIncludesItsBound() {
      Condition ten = Condition.attribute("amount").atLeast(new BigDecimal("10"));
      assertThat(ten.description()).isEqualTo("amount is at least 10");
      holds(ten, OLGA, paid("10"));
      holds(ten, OLGA, paid("10.00"));
      holds(ten, OLGA, paid("12.5"));
      assertThat(whyNot(ten, OLGA, paid("8.50"))).isEqualTo("amount is 8.5, needs at least 10");
      assertThat(whyNot(ten, OLGA, paid("9.99"))).isEqualTo("amount is 9.99, needs at least 10");
    }

    @Test
    void atMostIncludesItsBound() {
      Condition ten = Condition.attribute("amount").atMost(10);
      assertThat(ten.description()).isEqualTo("amount is at most 10");
      holds(ten, OLGA, paid("10"));
      holds(ten, OLGA, paid("0.5"));
      assertThat(whyNot(ten, OLGA, paid("10.01"))).isEqualTo("amount is 10.01, needs at most 10");
    }

    @Test
    void aboveExcludesItsBound() {
      Condition ten = Condition.attribute("amount").above(new BigDecimal("10.0"));
      assertThat(ten.description()).isEqualTo("amount is more than 10");
      holds(ten, OLGA, paid("10.01"));
      assertThat(whyNot(ten, OLGA, paid("10"))).isEqualTo("amount is 10, needs more than 10");
    }

    @Test
    void belowExcludesItsBound() {
      Condition ten = Condition.attribute("seats").below(3);
      assertThat(ten.description()).isEqualTo("seats is less than 3");
      holds(ten, OLGA, payment(day(1), "seats", 2));
      assertThat(whyNot(ten, OLGA, PAID)).isEqualTo("seats is 3, needs less than 3");
      Condition small = Condition.attribute("amount").below(new BigDecimal("8.5"));
      assertThat(small.description()).isEqualTo("amount is less than 8.5");
      holds(small, OLGA, paid("8.49"));
      assertThat(whyNot(small, OLGA, PAID)).isEqualTo("amount is 8.5, needs less than 8.5");
    }

    @Test
    void anOrderingFailsForAnAbsentValueAndSaysItIsMissing() {
      for (Condition condition :
          new Condition[] {
            Condition.attribute("seats").atLeast(1),
            Condition.attribute("seats").atMost(1),
            Condition.attribute("seats").above(1),
            Condition.attribute("seats").below(1)
          }) {
        assertThat(whyNot(condition, OLGA, payment(day(1)))).startsWith("seats is missing, needs ");
      }
    }

    @Test
    void isPresentHoldsWhenTheEventCarriesTheAttribute() {
      Condition coupon = Condition.attribute("coupon").isPresent();
      assertThat(coupon.description()).isEqualTo("coupon is present");
      holds(coupon, OLGA, payment(day(1), "coupon", "SPRING"));
      assertThat(whyNot(coupon, OLGA, PAID)).isEqualTo("coupon is missing, needs to be present");
    }

    @Test
    void isAbsentHoldsWhenTheEventDoesNotCarryTheAttribute() {
      Condition noCoupon = Condition.attribute("coupon").isAbsent();
      assertThat(noCoupon.description()).isEqualTo("coupon is absent");
      holds(noCoupon, OLGA, PAID);
      assertThat(whyNot(noCoupon, OLGA, payment(day(1), "coupon", "SPRING")))
          .isEqualTo("coupon is SPRING, needs to be absent");
    }

    @Test
    void numbersOfAnyJavaTypeAndScaleAreTheSameNumber() {
      Event threeSeats = payment(day(1), "seats", 3);
      for (Object three : new Object[] {3, 3L, (short) 3, 3.0, new BigDecimal("3.00")}) {
        holds(Condition.attribute("seats").is(three), OLGA, threeSeats);
      }
      holds(Condition.attribute("amount").is(new BigDecimal("8.5")), OLGA, PAID);
      holds(Condition.attribute("amount").is(8.5), OLGA, PAID);
      assertThat(Condition.attribute("amount").is(new BigDecimal("8.50")))
          .isEqualTo(Condition.attribute("amount").is(new BigDecimal("8.5")));
      assertThat(Condition.attribute("amount").atLeast(10))
          .isEqualTo(Condition.attribute("amount").atLeast(new BigDecimal("1E+1")));
      assertThat(Condition.attribute("amount").atLeast(new BigDecimal("1E+1")).description())
          .isEqualTo("amount is at least 10");
    }

    @Test
    void aBooleanIsComparedAsItIs() {
      Condition trial = Condition.attribute("trial").is(true);
      assertThat(trial.description()).isEqualTo("trial is true");
      holds(trial, OLGA, payment(day(1), "trial", true));
      assertThat(whyNot(trial, OLGA, PAID)).isEqualTo("trial is false, needs true");
    }

    @Test
    void aTextComparedWithANumberNeverHoldsAndSaysWhatItFound() {
      assertThat(whyNot(Condition.attribute("plan").atLeast(3), OLGA, PAID))
          .isEqualTo("plan is basic, needs at least 3");
      assertThat(whyNot(Condition.attribute("seats").is("3"), OLGA, PAID))
          .isEqualTo("seats is 3, needs 3");
    }
  }

  @Nested
  class Counters {
    @Test
    void aCounterIsComparedWithANumberAndStartsAtZero() {
      Condition active = Condition.fact("logins").atLeast(3);
      assertThat(active.description()).isEqualTo("logins is at least 3");
      holds(active, olga(f -> f.plus("logins", 3)), PAID);
      assertThat(whyNot(active, olga(f -> f.plus("logins", 2)), PAID))
          .isEqualTo("logins is 2, needs at least 3");
      assertThat(whyNot(active, OLGA, PAID)).isEqualTo("logins is 0, needs at least 3");
    }

    @Test
    void theCounterIsReadBeforeTheEventNotFromIt() {
      Condition none = Condition.fact("logins").is(0);
      holds(none, OLGA, Event.of(LOGIN, day(1)));
      assertThat(whyNot(none, olga(f -> f.plus("logins", 1)), PAID))
          .isEqualTo("logins is 1, needs 0");
    }

    @Test
    void thePurchasesCounterIsAFactOfEveryJourney() {
      Condition bought = Condition.fact("purchases").atLeast(1);
      assertThat(whyNot(bought, OLGA, PAID)).isEqualTo("purchases is 0, needs at least 1");
      holds(bought, OLGA.withPurchase(), PAID);
      holds(bought, Position.start("olga", "trial", "signed-up", T0).withPurchase(), PAID);
    }

    @Test
    void aCounterIsPresentEvenAtZero() {
      holds(Condition.fact("logins").isPresent(), OLGA, PAID);
      assertThat(whyNot(Condition.fact("logins").isAbsent(), OLGA, PAID))
          .isEqualTo("logins is 0, needs to be absent");
    }

    @Test
    void aFactThePositionsJourneyDoesNotDeclareIsMissing() {
      Position standard = Position.start("olga", "trial", "signed-up", T0);
      Condition active = Condition.fact("logins").atLeast(3);
      assertThat(whyNot(active, standard, PAID)).isEqualTo("logins is missing, needs at least 3");
      holds(Condition.fact("logins").isAbsent(), standard, PAID);
    }
  }

  @Nested
  class Sums {
    @Test
    void aSumIsComparedWithAnAmount() {
      Condition paidEnough = Condition.fact("paid").atLeast(new BigDecimal("10"));
      assertThat(paidEnough.description()).isEqualTo("paid is at least 10");
      holds(paidEnough, olga(f -> f.plus("paid", new BigDecimal("10.00"))), PAID);
      assertThat(whyNot(paidEnough, olga(f -> f.plus("paid", new BigDecimal("8.50"))), PAID))
          .isEqualTo("paid is 8.5, needs at least 10");
      assertThat(whyNot(paidEnough, OLGA, PAID)).isEqualTo("paid is 0, needs at least 10");
    }

    @Test
    void aSumEqualsTheSameAmountWrittenWithMoreDecimals() {
      holds(
          Condition.fact("paid").is(new BigDecimal("12.50")),
          olga(f -> f.plus("paid", new BigDecimal("12.5"))),
          PAID);
      holds(
          Condition.fact("paid").above(new BigDecimal("12.49")),
          olga(f -> f.plus("paid", new BigDecimal("12.5"))),
          PAID);
      holds(
          Condition.fact("paid").below(13),
          olga(f -> f.plus("paid", new BigDecimal("12.5"))),
          PAID);
      holds(
          Condition.fact("paid").atMost(new BigDecimal("12.5")),
          olga(f -> f.plus("paid", new BigDecimal("12.5"))),
          PAID);
    }
  }

  @Nested
  class Windows {
    final Position twoThisWeek =
        olga(
            f ->
                f.recorded("recent-logins", day(0))
                    .recorded("recent-logins", day(5))
                    .recorded("recent-logins", day(6)));

    @Test
    void aWindowCountsTheTimesWithinItsLengthBeforeTheEvent() {
      Condition active = Condition.fact("recent-logins").atLeast(3);
      assertThat(active.description()).isEqualTo("recent-logins is at least 3");
      assertThat(whyNot(active, twoThisWeek, Event.of(LOGIN, day(8))))
          .isEqualTo("2 logins within 7 days, needs at least 3");
      holds(active, twoThisWeek, Event.of(LOGIN, day(7)));
      assertThat(whyNot(active, OLGA, PAID)).isEqualTo("0 logins within 7 days, needs at least 3");
      assertThat(
              whyNot(
                  active,
                  olga(facts -> facts.recorded("recent-logins", day(1).minusSeconds(60))),
                  PAID))
          .isEqualTo("1 login within 7 days, needs at least 3");
    }

    @Test
    void theCountIsTakenAtTheEventsInstant() {
      Condition quiet = Condition.fact("recent-logins").below(2);
      assertThat(quiet.description()).isEqualTo("recent-logins is less than 2");
      holds(quiet, twoThisWeek, Event.of(LOGIN, day(13)));
      holds(quiet, twoThisWeek, Event.of(LOGIN, day(30)));
      assertThat(whyNot(quiet, twoThisWeek, Event.of(LOGIN, day(12))))
          .isEqualTo("2 logins within 7 days, needs less than 2");
    }

    @Test
    void aWindowWithoutADescriptionIsNamedByItsId() {
      Position twice = olga(f -> f.recorded("w", T0).recorded("w", T0.plusSeconds(60)));
      assertThat(
              whyNot(
                  Condition.fact("w").above(2),
                  twice,
                  new TimePassed(T0.plus(Duration.ofHours(1)))))
          .isEqualTo("2 w within 1 hour, needs more than 2");
    }
  }

  @Nested
  class CustomerAttributes {
    @Test
    void anAttributeIsComparedWithItsValue() {
      Condition pro = Condition.fact("plan").is("pro");
      assertThat(pro.description()).isEqualTo("plan is pro");
      holds(pro, olga(f -> f.with("plan", "pro")), PAID);
      assertThat(whyNot(pro, olga(f -> f.with("plan", "basic")), PAID))
          .isEqualTo("plan is basic, needs pro");
      assertThat(whyNot(pro, OLGA, PAID)).isEqualTo("plan is missing, needs pro");
    }

    @Test
    void anAttributeNotSetIsAbsent() {
      Condition chosen = Condition.fact("plan").isPresent();
      Condition notChosen = Condition.fact("plan").isAbsent();
      holds(notChosen, OLGA, PAID);
      assertThat(whyNot(chosen, OLGA, PAID)).isEqualTo("plan is missing, needs to be present");
      holds(chosen, olga(f -> f.with("plan", "basic")), PAID);
      assertThat(whyNot(notChosen, olga(f -> f.with("plan", "basic")), PAID))
          .isEqualTo("plan is basic, needs to be absent");
    }

    @Test
    void aWholeNumberAttributeIsOrderedAsANumber() {
      Condition team = Condition.fact("seats").atLeast(2);
      assertThat(whyNot(team, olga(f -> f.with("seats", 1)), PAID))
          .isEqualTo("seats is 1, needs at least 2");
      holds(team, olga(f -> f.with("seats", 2)), PAID);
      holds(Condition.fact("seats").isOneOf(2, 5), olga(f -> f.with("seats", 5)), PAID);
      assertThat(whyNot(Condition.fact("seats").atLeast(2), OLGA, PAID))
          .isEqualTo("seats is missing, needs at least 2");
    }
  }

  @Nested
  class TimesSent {
    @Test
    void countsTheMessagesThatWentOut() {
      Condition twice = Condition.timesSent("reminder").below(2);
      assertThat(twice.description()).isEqualTo("the times 'reminder' was sent is less than 2");
      holds(twice, olga(f -> f.messageSent("reminder", day(1))), PAID);
      holds(twice, OLGA, PAID);
      assertThat(
              whyNot(
                  twice,
                  olga(f -> f.messageSent("reminder", day(1)).messageSent("reminder", day(2))),
                  PAID))
          .isEqualTo("'reminder' was sent 2 times, needs less than 2");
    }

    @Test
    void saysOneTimeAndNoTimes() {
      Condition again = Condition.timesSent("reminder").atLeast(2);
      assertThat(whyNot(again, olga(f -> f.messageSent("reminder", day(1))), PAID))
          .isEqualTo("'reminder' was sent 1 time, needs at least 2");
      assertThat(whyNot(again, OLGA, PAID))
          .isEqualTo("'reminder' was sent 0 times, needs at least 2");
      assertThat(whyNot(Condition.timesSent("reminder").is(1), OLGA, PAID))
          .isEqualTo("'reminder' was sent 0 times, needs 1");
    }

    @Test
    void anOpeningIsNotASending() {
      assertThat(
              whyNot(
                  Condition.timesSent("reminder").atLeast(1),
                  olga(f -> f.messageOpened("reminder", day(1))),
                  PAID))
          .isEqualTo("'reminder' was sent 0 times, needs at least 1");
    }
  }

  @Nested
  class TimeSinceTheLastEvent {
    final Condition quiet = Condition.sinceLast("login").atLeast(Duration.ofDays(30));

    @Test
    void describesTheTimeSinceTheLastEventOfTheType() {
      assertThat(quiet.description())
          .isEqualTo("the time since the last login is at least 30 days");
      assertThat(Condition.sinceLast("login").description())
          .isEqualTo("the time since the last login");
      assertThat(Condition.sinceLast("login").name()).isEqualTo("login");
    }

    @Test
    void measuresFromTheLastEventAndSaysHowLongAgoItWas() {
      Position loggedIn = olga(f -> f.seen("login", day(10)));
      holds(quiet, loggedIn, new TimePassed(day(40)));
      assertThat(whyNot(quiet, loggedIn, new TimePassed(day(22))))
          .isEqualTo("the last login was 12 days ago, needs at least 30 days");
      assertThat(whyNot(quiet, loggedIn, new TimePassed(day(40).minusSeconds(1))))
          .isEqualTo("the last login was 2591999 seconds ago, needs at least 30 days");
    }

    @Test
    void measuresFromTheEnrolmentWhenTheEventNeverHappened() {
      holds(quiet, OLGA, new TimePassed(day(30)));
      assertThat(whyNot(quiet, OLGA, new TimePassed(day(12))))
          .isEqualTo("no login yet (in the journey for 12 days), needs at least 30 days");
      Position movedOn = OLGA.movedTo("activated", day(10)).activeAt(day(11));
      assertThat(whyNot(quiet, movedOn, new TimePassed(day(12))))
          .as("the enrolment, not the stage or the last activity")
          .isEqualTo("no login yet (in the journey for 12 days), needs at least 30 days");
    }

    @Test
    void atMostAndBelowBoundTheTimeFromAbove() {
      Position loggedIn = olga(f -> f.seen("login", day(10)));
      Condition recent = Condition.sinceLast("login").below(Duration.ofDays(7));
      Condition withinAWeek = Condition.sinceLast("login").atMost(Duration.ofDays(7));
      assertThat(recent.description())
          .isEqualTo("the time since the last login is less than 7 days");
      assertThat(withinAWeek.description())
          .isEqualTo("the time since the last login is at most 7 days");
      holds(withinAWeek, loggedIn, new TimePassed(day(17)));
      assertThat(whyNot(recent, loggedIn, new TimePassed(day(17))))
          .isEqualTo("the last login was 7 days ago, needs less than 7 days");
      assertThat(whyNot(withinAWeek, loggedIn, new TimePassed(day(17).plus(Duration.ofHours(1)))))
          .isEqualTo("the last login was 169 hours ago, needs at most 7 days");
    }

    @Test
    void aTimeIsAlwaysPresent() {
      holds(Condition.sinceLast("login").isPresent(), OLGA, PAID);
      assertThat(whyNot(Condition.sinceLast("login").isAbsent(), OLGA, new TimePassed(day(2))))
          .isEqualTo("no login yet (in the journey for 2 days), needs to be absent");
    }

    @Test
    void aFactOfAnotherKindWithTheEventTypesIdIsNotALastInstant() {
      Journey visits =
          Journey.builder("visits", "Visits")
              .stage(Stage.of("a", "A", "-"))
              .event(EventType.of("visit", "A visit"))
              .fact(Fact.counter("visit", "Visits"))
              .buildOrThrow();
      Position visited =
          visits
              .newCustomer("olga", T0)
              .withFacts(visits.newCustomer("olga", T0).facts().plus("visit", 2));
      assertThat(
              whyNot(
                  Condition.sinceLast("visit").atLeast(Duration.ofDays(30)),
                  visited,
                  new TimePassed(day(3))))
          .isEqualTo("no visit yet (in the journey for 3 days), needs at least 30 days");
    }
  }

  @Nested
  class TimeSinceAMessage {
    @Test
    void sinceSentMeasuresFromTheLastSending() {
      Condition weekly = Condition.sinceSent("reminder").atLeast(Duration.ofDays(7));
      assertThat(weekly.description())
          .isEqualTo("the time since 'reminder' was last sent is at least 7 days");
      Position sent = olga(f -> f.messageSent("reminder", day(1)).messageSent("reminder", day(4)));
      holds(weekly, sent, new TimePassed(day(11)));
      assertThat(whyNot(weekly, sent, new TimePassed(day(7))))
          .isEqualTo("'reminder' was last sent 3 days ago, needs at least 7 days");
    }

    @Test
    void sinceSentMeasuresFromTheEnrolmentWhenNeverSent() {
      Condition weekly = Condition.sinceSent("reminder").atLeast(Duration.ofDays(7));
      holds(weekly, OLGA, new TimePassed(day(7)));
      assertThat(whyNot(weekly, OLGA, new TimePassed(day(3))))
          .isEqualTo("'reminder' never sent (in the journey for 3 days), needs at least 7 days");
    }

    @Test
    void sinceOpenedMeasuresFromTheLastOpening() {
      Condition forgotten = Condition.sinceOpened("reminder").atLeast(Duration.ofDays(90));
      assertThat(forgotten.description())
          .isEqualTo("the time since 'reminder' was last opened is at least 90 days");
      Position opened =
          olga(f -> f.messageSent("reminder", day(1)).messageOpened("reminder", day(2)));
      holds(forgotten, opened, new TimePassed(day(92)));
      assertThat(whyNot(forgotten, opened, new TimePassed(day(32))))
          .isEqualTo("'reminder' was last opened 30 days ago, needs at least 90 days");
    }

    @Test
    void sinceOpenedMeasuresFromTheEnrolmentWhenNeverOpened() {
      Condition forgotten = Condition.sinceOpened("reminder").atLeast(Duration.ofDays(90));
      Position sentOnly = olga(f -> f.messageSent("reminder", day(1)));
      assertThat(whyNot(forgotten, sentOnly, new TimePassed(day(30))))
          .isEqualTo(
              "'reminder' never opened (in the journey for 30 days), needs at least 90 days");
      holds(forgotten, sentOnly, new TimePassed(day(90)));
    }
  }

  @Nested
  class TimeInTheStageAndSinceTheLastActivity {
    final Position moved = OLGA.movedTo("activated", day(10)).activeAt(day(12));

    @Test
    void timeInStageMeasuresFromTheEntryIntoTheStage() {
      Condition settled = Condition.timeInStage().atLeast(Duration.ofDays(14));
      assertThat(settled.description()).isEqualTo("the time in the stage is at least 14 days");
      assertThat(Condition.timeInStage().name()).isEmpty();
      holds(settled, moved, new TimePassed(day(24)));
      assertThat(whyNot(settled, moved, new TimePassed(day(15))))
          .isEqualTo("in the stage for 5 days, needs at least 14 days");
      assertThat(
              whyNot(
                  Condition.timeInStage().atMost(Duration.ofHours(2)),
                  moved,
                  new TimePassed(day(10).plus(Duration.ofMinutes(150)))))
          .isEqualTo("in the stage for 150 minutes, needs at most 2 hours");
    }

    @Test
    void timeSinceActivityMeasuresFromTheLastActivity() {
      Condition quiet = Condition.timeSinceActivity().atLeast(Duration.ofDays(30));
      assertThat(quiet.description())
          .isEqualTo("the time since the last activity is at least 30 days");
      holds(quiet, moved, new TimePassed(day(42)));
      assertThat(whyNot(quiet, moved, new TimePassed(day(17))))
          .isEqualTo("last active 5 days ago, needs at least 30 days");
      holds(
          Condition.timeSinceActivity().below(Duration.ofDays(6)), moved, new TimePassed(day(17)));
      assertThat(Condition.timeSinceActivity().above(Duration.ofDays(5)).description())
          .isEqualTo("the time since the last activity is more than 5 days");
      assertThat(
              whyNot(
                  Condition.timeSinceActivity().above(Duration.ofDays(5)),
                  moved,
                  new TimePassed(day(17))))
          .isEqualTo("last active 5 days ago, needs more than 5 days");
    }

    @Test
    void anExactDurationIsComparedWithIs() {
      holds(Condition.timeInStage().is(Duration.ofDays(5)), moved, new TimePassed(day(15)));
      assertThat(
              whyNot(
                  Condition.timeInStage().is(Duration.ofDays(5)), moved, new TimePassed(day(16))))
          .isEqualTo("in the stage for 6 days, needs 5 days");
      assertThat(
              Condition.timeInStage()
                  .isOneOf(Duration.ofDays(1), Duration.ofHours(1))
                  .description())
          .isEqualTo("the time in the stage is one of 1 day, 1 hour");
    }

    @Test
    void aTimeComparedWithANumberNeverHolds() {
      assertThat(whyNot(Condition.timeInStage().atLeast(3), moved, new TimePassed(day(15))))
          .isEqualTo("in the stage for 5 days, needs at least 3");
    }
  }

  @Nested
  class Combinations {
    final Position twoLogins = olga(f -> f.plus("logins", 2).seen("login", day(1)));
    final Condition paidEnough = Condition.attribute("amount").atLeast(new BigDecimal("10"));
    final Condition active = Condition.fact("logins").atLeast(3);
    final Condition recent = Condition.sinceLast("login").below(Duration.ofDays(7));

    @Test
    void andExplainsThroughItsFirstFailingPart() {
      Condition both = paidEnough.and(active);
      assertThat(both.description()).isEqualTo("amount is at least 10 and logins is at least 3");
      assertThat(whyNot(both, twoLogins, paid("12"))).isEqualTo("logins is 2, needs at least 3");
      assertThat(whyNot(both, twoLogins, paid("8.5")))
          .isEqualTo("amount is 8.5, needs at least 10");
      holds(both, olga(f -> f.plus("logins", 3)), paid("10"));
    }

    @Test
    void orExplainsThroughEveryPart() {
      Condition either = paidEnough.or(recent);
      assertThat(either.description())
          .isEqualTo(
              "(amount is at least 10 or the time since the last login is less than 7 days)");
      assertThat(
              whyNot(
                  either, twoLogins, Event.of(PAYMENT, day(13), "amount", new BigDecimal("8.5"))))
          .isEqualTo(
              "amount is 8.5, needs at least 10, and the last login was 12 days ago, needs less"
                  + " than 7 days");
      holds(either, twoLogins, Event.of(PAYMENT, day(3), "amount", new BigDecimal("8.5")));
      holds(either, twoLogins, Event.of(PAYMENT, day(13), "amount", BigDecimal.TEN));
    }

    @Test
    void notExplainsWithWhatHolds() {
      Condition notPro = Condition.fact("plan").is("pro").not();
      assertThat(notPro.description()).isEqualTo("not plan is pro");
      holds(notPro, OLGA, PAID);
      holds(notPro, olga(f -> f.with("plan", "basic")), PAID);
      assertThat(whyNot(notPro, olga(f -> f.with("plan", "pro")), PAID)).isEqualTo("plan is pro");
      assertThat(notPro.not()).isEqualTo(Condition.fact("plan").is("pro"));
    }

    @Test
    void aCombinationOfOldAndNewConditionsExplainsThroughEach() {
      Condition gate =
          Condition.statusIs(CustomerStatus.ACTIVE)
              .and(active.or(Condition.fact("plan").isPresent()))
              .and(Condition.sinceSent("reminder").atLeast(Duration.ofDays(7)).not());
      assertThat(gate.description())
          .isEqualTo(
              "status is active and (logins is at least 3 or plan is present) and not the time"
                  + " since 'reminder' was last sent is at least 7 days");
      assertThat(whyNot(gate, twoLogins, PAID))
          .isEqualTo("logins is 2, needs at least 3, and plan is missing, needs to be present");
      assertThat(whyNot(gate, OLGA.withStatus(CustomerStatus.GREY), PAID))
          .isEqualTo("status is active, but it is grey");
      Position pro = olga(f -> f.with("plan", "pro"));
      holds(gate, pro, new TimePassed(day(6)));
      assertThat(whyNot(gate, pro, new TimePassed(day(8))))
          .isEqualTo("the time since 'reminder' was last sent is at least 7 days");
    }
  }

  @Nested
  class MeasuresAsValues {
    @Test
    void aMeasureIsEqualToOneThatReadsTheSameThing() {
      assertThat(Condition.fact("logins"))
          .isEqualTo(Condition.fact("logins"))
          .hasSameHashCodeAs(Condition.fact("logins"));
      assertThat(Condition.fact("logins")).isNotEqualTo(Condition.attribute("logins"));
      assertThat(Condition.sinceSent("reminder")).isNotEqualTo(Condition.sinceOpened("reminder"));
      assertThat(Condition.timeInStage()).isNotEqualTo(Condition.timeSinceActivity());
      assertThat(Condition.attribute("amount")).hasToString("amount");
      assertThat(Condition.timesSent("reminder")).hasToString("the times 'reminder' was sent");
      assertThat(Condition.sinceOpened("reminder").name()).isEqualTo("reminder");
    }

    @Test
    void aComparisonIsEqualToTheSameComparisonAndDescribesItself() {
      Condition a = Condition.fact("logins").atLeast(3);
      assertThat(a)
          .isEqualTo(Condition.fact("logins").atLeast(3))
          .hasToString("logins is at least 3");
      assertThat(a).isNotEqualTo(Condition.fact("logins").atMost(3));
      assertThat(a).isNotEqualTo(Condition.fact("logins").atLeast(4));
      assertThat(Condition.timeSinceActivity().atLeast(Duration.ofDays(1)))
          .isNotEqualTo(Condition.timeInStage().atLeast(Duration.ofDays(1)));
    }

    @Test
    void isOneOfNeedsAValueAndNoComparisonTakesNull() {
      assertThatThrownBy(() -> Condition.attribute("plan").isOneOf())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("isOneOf needs at least one value");
      assertThatThrownBy(() -> Condition.attribute("plan").is(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("value is null");
      assertThatThrownBy(() -> Condition.fact(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("id is null");
    }

    @Test
    void theSameMeasureReadsPositionsOfJourneysWithDifferentLayouts() {
      Condition active = Condition.fact("logins").atLeast(1);
      Journey other =
          Journey.builder("other", "Other")
              .stage(Stage.of("a", "A", "-"))
              .fact(Fact.sum("paid", "Paid"))
              .fact(Fact.counter("logins", "Logins"))
              .buildOrThrow();
      Position here = olga(f -> f.plus("logins", 1));
      Position there = other.newCustomer("ivan", T0);
      Event now = new TimePassed(day(1));
      for (int i = 0; i < 3; i++) {
        holds(active, here, now);
        assertThat(whyNot(active, there, now)).isEqualTo("logins is 0, needs at least 1");
        holds(active, there.withFacts(there.facts().plus("logins", 1)), now);
        assertThat(
                whyNot(
                    active,
                    Position.of("c", "j", "a", CustomerStatus.ACTIVE, TreeSet.empty(), 0, T0, T0),
                    now))
            .isEqualTo("logins is missing, needs at least 1");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void theShortcutThatComparesWithoutMakingTheValueAgreesWithTheValue() {
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 2_000; i++) {
      Instant entered = T0.plusSeconds(random.nextInt(86_400 * 20)).plusNanos(random.nextInt(3));
      Instant active = entered.plusSeconds(random.nextInt(86_400 * 5)).plusNanos(random.nextInt(3));
      long logins = random.nextInt(4);
      int sent = random.nextInt(3);
      Facts facts = OLGA.facts().plus("logins", logins);
      for (int l = 0; l < logins; l++) {
        facts = facts.recorded("recent-logins", T0.plusSeconds(random.nextInt(86_400 * 30)));
      }
      for (int s = 0; s < sent; s++) {
        facts = facts.messageSent("reminder", T0);
      }
      Position position =
          new Position(OLGA.enrolment(), "signed-up", OLGA.status(), facts, entered, active);
      Event event =
          payment(
              active.plusSeconds(random.nextInt(86_400 * 40)).plusNanos(random.nextInt(3)),
              "amount",
              new java.math.BigDecimal("1"));
      Duration bound = Duration.ofSeconds(random.nextInt(86_400 * 30), random.nextInt(3));
      java.math.BigDecimal count = java.math.BigDecimal.valueOf(random.nextInt(4));
      int inStage = Duration.between(entered, event.at()).compareTo(bound);
      int inactive = Duration.between(active, event.at()).compareTo(bound);
      int counted = java.math.BigDecimal.valueOf(logins).compareTo(count);
      int timesSent = java.math.BigDecimal.valueOf(sent).compareTo(count);
      assertThat(Condition.timeInStage().atLeast(bound).holds(position, event))
          .isEqualTo(inStage >= 0);
      assertThat(Condition.timeInStage().above(bound).holds(position, event))
          .isEqualTo(inStage > 0);
      assertThat(Condition.timeSinceActivity().atMost(bound).holds(position, event))
          .isEqualTo(inactive <= 0);
      assertThat(Condition.timeSinceActivity().below(bound).holds(position, event))
          .isEqualTo(inactive < 0);
      assertThat(Condition.fact("logins").atLeast(count).holds(position, event))
          .isEqualTo(counted >= 0);
      assertThat(Condition.timesSent("reminder").atMost(count).holds(position, event))
          .isEqualTo(timesSent <= 0);
      int windowed =
          java.math.BigDecimal.valueOf(facts.countWithin("recent-logins", event.at()))
              .compareTo(count);
      assertThat(Condition.fact("recent-logins").above(count).holds(position, event))
          .isEqualTo(windowed > 0);
    }
  }
}
