package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The SaaS trial, a CRM team's own journey, walked through customer by customer. */
class SaasTrialTests {

  static final Engine TRIAL = SaasTrial.playbook().compile();
  static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

  static Instant day(int n) {
    return MONDAY.plus(Duration.ofDays(n));
  }

  static Event login(Instant at) {
    return Event.of(SaasTrial.LOGIN, at);
  }

  static Event payment(String amount, Instant at) {
    return Event.of(SaasTrial.PAYMENT, at, "amount", new BigDecimal(amount));
  }

  static Position signUp(String customer) {
    return TRIAL.journey().newCustomer(customer, MONDAY);
  }

  static Position after(Position start, Event... events) {
    Position position = start;
    for (Event event : events) {
      Decision decision = TRIAL.decide(position, event);
      assertThat(decision.isRejected()).as(decision.explanation().toString()).isFalse();
      position = decision.after();
    }
    return position;
  }

  @Nested
  class Activation {
    @Test
    void threeLoginsWithinSevenDaysActivate() {
      Position twice = after(signUp("olga"), login(day(0)), login(day(2)));
      assertThat(twice.stage()).isEqualTo("signed-up");
      Decision third = TRIAL.decide(twice, login(day(5)));
      assertThat(third.after().stage()).isEqualTo("activated");
      assertThat(third.after().facts().count("logins")).isEqualTo(3);
      assertThat(third.after().facts().countWithin("recent-logins", day(5))).isEqualTo(3);
      assertThat(third.after().facts().lastSeen("login")).contains(day(5));
    }

    @Test
    void theGateSaysHowManyLoginsWithinTheWindowAndHowManyAreNeeded() {
      Decision second = TRIAL.decide(after(signUp("olga"), login(day(0))), login(day(2)));
      assertThat(second.after().stage()).isEqualTo("signed-up");
      assertThat(second.explanation().blockedBy())
          .contains(
              "the gate of 'activated' does not admit the customer: 2 logins within 7 days,"
                  + " needs at least 3");
    }

    @Test
    void aCustomerWhoMissesTheWindowIsNotStuck() {
      // Two logins, then a pause: the window forgets them, and three new logins activate.
      Position paused = after(signUp("ivan"), login(day(0)), login(day(1)), login(day(10)));
      assertThat(paused.stage()).isEqualTo("signed-up");
      assertThat(paused.facts().countWithin("recent-logins", day(10))).isEqualTo(1);
      assertThat(paused.facts().window("recent-logins")).hasSize(3);
      Position back = after(paused, login(day(11)), login(day(12)));
      assertThat(back.stage()).isEqualTo("activated");
      assertThat(back.facts().window("recent-logins")).containsExactly(day(10), day(11), day(12));
      assertThat(back.facts().count("logins")).isEqualTo(5);
    }
  }

  @Nested
  class Payments {
    @Test
    void aPaymentOfAtLeastTenEurosMakesTheCustomerPaying() {
      Decision small = TRIAL.decide(signUp("anna"), payment("8.50", day(1)));
      assertThat(small.after().stage()).isEqualTo("signed-up");
      assertThat(small.after().facts().sum("paid")).isEqualByComparingTo("8.5");
      assertThat(small.explanation().toString())
          .contains(
              "not fired \"A payment of at least 10 EUR makes the customer paying\": amount is"
                  + " 8.5, needs at least 10");
      Position paying =
          after(
              small.after(),
              Event.of(
                  SaasTrial.PAYMENT, day(2), "amount", new BigDecimal("12.50"), "plan", "pro"));
      assertThat(paying.stage()).isEqualTo("paying");
      assertThat(paying.facts().sum("paid")).isEqualByComparingTo("21");
      assertThat(paying.facts().attribute("plan")).contains("pro");
    }

    @Test
    void aPaymentOfExactlyTenEurosIsEnough() {
      assertThat(after(signUp("anna"), payment("10.00", day(1))).stage()).isEqualTo("paying");
    }

    @Test
    void aPaymentWithoutAnAmountOrWithAPlanTheJourneyDoesNotKnowIsRejected() {
      Decision wrongPlan =
          TRIAL.decide(
              signUp("anna"),
              new io.github.journeykit.model.DeclaredEvent(
                  io.github.journeykit.model.EventType.of(
                      "payment",
                      "A payment was received",
                      io.github.journeykit.model.Attribute.amount("amount").required(),
                      io.github.journeykit.model.Attribute.choice("plan", "gold")),
                  day(1),
                  io.vavr.collection.LinkedHashMap.of(
                      "amount", new BigDecimal("20"), "plan", "gold"),
                  io.vavr.control.Option.none(),
                  io.vavr.control.Option.none()));
      assertThat(wrongPlan.isRejected()).isTrue();
      assertThat(wrongPlan.rejection().get())
          .isEqualTo("event 'payment', attribute 'plan': 'gold' is not one of basic, pro");
      assertThat(wrongPlan.after()).isEqualTo(signUp("anna"));
    }
  }

  @Nested
  class Churn {
    @Test
    void thirtyDaysWithoutActivityChurns() {
      Position active = after(signUp("petr"), login(day(1)));
      Decision early = TRIAL.decide(active, new TimePassed(day(30)));
      assertThat(early.after().stage()).isEqualTo("signed-up");
      assertThat(early.explanation().toString())
          .contains(
              "not fired \"30 days without activity churns\": needs to be inactive for 30"
                  + " days; last active 29 days before");
      Position churned = after(active, new TimePassed(day(31)));
      assertThat(churned.stage()).isEqualTo("churned");
      assertThat(churned.status()).isEqualTo(CustomerStatus.BLUE);
    }

    @Test
    void aChurnedCustomerWhoComesBackIsActiveAgainAndActivatedByThreeLogins() {
      Position churned = after(signUp("petr"), new TimePassed(day(31)));
      Position back = after(churned, login(day(40)));
      assertThat(back.stage()).isEqualTo("churned");
      assertThat(back.status()).isEqualTo(CustomerStatus.ACTIVE);
      assertThat(after(back, login(day(41)), login(day(42))).stage()).isEqualTo("activated");
    }
  }
}
