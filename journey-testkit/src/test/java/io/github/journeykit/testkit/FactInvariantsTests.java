package io.github.journeykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The invariants about declared facts hold for the engine, and each catches the engine bug it is
 * named after, planted in the last decision of a real history.
 */
class FactInvariantsTests {

  static final Playbook PLAYBOOK = EveryKind.playbook();
  static final Engine ENGINE = PLAYBOOK.compile().withExplanations(false);
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Event visit(int day, String spent) {
    return Event.of(
        EveryKind.VISIT, day(day), "page", "home", "plan", "pro", "spent", new BigDecimal(spent));
  }

  static Event sent(int day, String message) {
    return EventType.MESSAGE_SENT.fromDetail(message, day(day)).get();
  }

  /**
   * Four visits, a letter sent twice and opened, ending with a visit; the third visit engages the
   * customer, and the rule that does so sends the offer.
   */
  static CustomerHistory real() {
    Event opened = EventType.MESSAGE_OPENED.fromDetail("welcome", day(4)).get();
    Seq<Event> events =
        List.of(
            visit(1, "20"),
            sent(2, "welcome"),
            visit(3, "5.5"),
            sent(3, "welcome"),
            opened,
            visit(5, "1"),
            visit(6, "2"));
    return CustomerHistory.replay(ENGINE, PLAYBOOK.journey().newCustomer("c", T0), events);
  }

  /** The real history, with the facts after its last decision changed. */
  static CustomerHistory planted(UnaryOperator<Facts> bug) {
    CustomerHistory real = real();
    Decision last = real.decisions().last();
    Position after = last.after().withFacts(bug.apply(last.after().facts()));
    Decision forged =
        new Decision(last.before(), last.event(), after, last.messages(), last.explanation());
    return new CustomerHistory(
        ENGINE, real.start(), real.events(), real.decisions().init().append(forged));
  }

  static int slot(String fact) {
    return real().end().facts().slotOf(fact);
  }

  @Test
  void aRealHistoryKeepsThemAndTheyApplyToAJourneyWithSuchFacts() {
    CustomerHistory real = real();
    assertThat(real.end().facts().count("visits")).isEqualTo(4);
    assertThat(real.end().facts().message("welcome").timesSent()).isEqualTo(2);
    for (Invariant invariant : Invariants.standard()) {
      assertThat(invariant.appliesTo(PLAYBOOK)).as(invariant.name()).isTrue();
      assertThat(invariant.check(real)).as(invariant.name()).isEmpty();
    }
  }

  @Nested
  class CountersAndSums {
    @Test
    void catchASumThatGoesDownThoughNoRuleLowersIt() {
      assertThat(
              Invariants.countersAndSumsGoDownOnlyByARule()
                  .check(planted(facts -> facts.plus("spent", new BigDecimal("-5"))))
                  .get())
          .isEqualTo(
              new Violation(
                  6,
                  "sum 'spent' went down from 26.5 to 23.5, though no rule of the journey can"
                      + " lower it so"));
    }

    @Test
    void catchACounterThatGoesDownButNotOneThatARuleResets() {
      assertThat(
              Invariants.countersAndSumsGoDownOnlyByARule()
                  .check(planted(facts -> facts.plus("visits", -2)))
                  .get()
                  .message())
          .isEqualTo(
              "counter 'visits' went down from 3 to 2, though no rule of the journey can lower it"
                  + " so");
      assertThat(
              Invariants.countersAndSumsGoDownOnlyByARule()
                  .check(planted(facts -> facts.reset("visits"))))
          .as("a rule resets it")
          .isEmpty();
    }

    @Test
    void allowANegativeAmountFromTheEventThatARuleAdds() {
      Seq<Event> events = List.of(visit(1, "20"), visit(2, "-7.5"));
      CustomerHistory refund =
          CustomerHistory.replay(ENGINE, PLAYBOOK.journey().newCustomer("c", T0), events);
      assertThat(refund.end().facts().sum("spent")).isEqualByComparingTo("12.5");
      assertThat(Invariants.countersAndSumsGoDownOnlyByARule().check(refund)).isEmpty();
    }
  }

  @Nested
  class Windows {
    @Test
    void catchAWindowThatKeepsTooMany() {
      Instant[] four = {day(1), day(3), day(5), day(6)};
      assertThat(
              Invariants.windowsKeepTheirLastInstantsInOrder()
                  .check(planted(facts -> facts.withAt(slot("recent-visits"), four)))
                  .get()
                  .message())
          .isEqualTo("window 'recent-visits' keeps 4 instants, more than its 3");
    }

    @Test
    void catchAWindowOutOfOrder() {
      Instant[] shuffled = {day(5), day(3), day(6)};
      assertThat(
              Invariants.windowsKeepTheirLastInstantsInOrder()
                  .check(planted(facts -> facts.withAt(slot("recent-visits"), shuffled)))
                  .get()
                  .message())
          .startsWith("window 'recent-visits' keeps its instants out of order: ");
    }

    @Test
    void catchAWindowThatKeepsAnInstantOfNoEvent() {
      Instant[] invented = {day(3), day(5), day(9)};
      assertThat(
              Invariants.windowsKeepTheirLastInstantsInOrder()
                  .check(planted(facts -> facts.withAt(slot("recent-visits"), invented)))
                  .get()
                  .message())
          .isEqualTo("window 'recent-visits' keeps " + day(9) + ", the instant of no event");
    }
  }

  @Test
  void catchALastSeenInstantAheadOfTheEvent() {
    assertThat(
            Invariants.lastSeenIsTheLastEventsInstant()
                .check(planted(facts -> facts.seen("visit", day(7))))
                .get())
        .isEqualTo(
            new Violation(
                6,
                "after a visit at "
                    + day(6)
                    + ", the last visit is "
                    + day(7)
                    + " instead of "
                    + day(6)));
  }

  @Test
  void catchALastSeenInstantChangedByAnotherEvent() {
    CustomerHistory real = real();
    Decision opened = real.decisions().get(4); // message_opened, not a visit
    Position after = opened.after().withFacts(opened.after().facts().seen("visit", day(4)));
    CustomerHistory forged =
        new CustomerHistory(
            ENGINE,
            real.start(),
            real.events().take(5),
            real.decisions()
                .take(4)
                .append(
                    new Decision(
                        opened.before(),
                        opened.event(),
                        after,
                        opened.messages(),
                        opened.explanation())));
    assertThat(Invariants.lastSeenIsTheLastEventsInstant().check(forged).get().message())
        .isEqualTo(
            "after an event of another type, message_opened at "
                + day(4)
                + ", the last visit is "
                + day(4)
                + " instead of "
                + day(3));
  }

  @Test
  void catchACustomerAttributeOutsideItsDeclaration() {
    assertThat(
            Invariants.customerAttributesFitTheirDeclarations()
                .check(planted(facts -> facts.withAt(slot("plan"), "gold")))
                .get()
                .message())
        .isEqualTo("attribute 'plan' holds gold (String): 'gold' is not one of basic, pro");
  }

  @Nested
  class MessageHistories {
    @Test
    void catchAHistoryThatLosesASending() {
      Facts none = PLAYBOOK.journey().newCustomer("c", T0).facts();
      assertThat(
              Invariants.messageHistoriesOnlyGrow()
                  .check(
                      planted(
                          facts ->
                              none.withAt(slot("visits"), 4L)
                                  .messageSent("offer", day(6))
                                  .messageSent("welcome", day(2))))
                  .get()
                  .message())
          .isEqualTo("message 'welcome' was sent 2 times, now 1");
    }

    @Test
    void catchAHistoryThatForgetsAnOpening() {
      Facts sentTwice =
          PLAYBOOK
              .journey()
              .newCustomer("c", T0)
              .facts()
              .messageSent("offer", day(6))
              .messageSent("welcome", day(2))
              .messageSent("welcome", day(3));
      assertThat(
              Invariants.messageHistoriesOnlyGrow()
                  .check(planted(facts -> sentTwice))
                  .get()
                  .message())
          .isEqualTo("message 'welcome' lost its last opened (" + day(4) + ")");
    }

    @Test
    void catchAHistoryOfNoMessage() {
      assertThat(
              Invariants.messageHistoriesOnlyGrow()
                  .check(planted(facts -> facts.messageSent("no-such-letter", day(6))))
                  .get()
                  .message())
          .isEqualTo(
              "the customer has a history with 'no-such-letter', which is not a message of the"
                  + " journey");
    }
  }
}
