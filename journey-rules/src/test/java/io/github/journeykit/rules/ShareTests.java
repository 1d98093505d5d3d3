package io.github.journeykit.rules;

import static io.github.journeykit.rules.FactEffectsTests.OLGA;
import static io.github.journeykit.rules.FactEffectsTests.PAYMENT;
import static io.github.journeykit.rules.FactEffectsTests.SHOP;
import static io.github.journeykit.rules.FactEffectsTests.payment;
import static io.github.journeykit.rules.FactEffectsTests.replay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Position;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** A bound that is a share of another of the customer's numbers: paid 25 % of the contract. */
class ShareTests {

  /** A team of n seats costs 10 each; a payment records what was paid and the team's size. */
  static final Rule PAYS =
      Rule.named("A payment is recorded", PAYMENT)
          .then(Effect.addAttribute("paid", "amount"), Effect.setFromAttribute("team", "seats"));

  static final Condition QUARTER_OF_TEAM =
      Condition.fact("paid").atLeast(Share.of("0.25", Condition.fact("team")));

  @Test
  void aShareIsComparedWithWhatTheCustomerHasAtTheMoment() {
    Engine engine = Playbook.builder(SHOP).rule(PAYS).buildOrThrow().compile();
    Position paidTwo = replay(engine, OLGA, payment(1, "2", "seats", 12));
    Position paidThree = replay(engine, paidTwo, payment(2, "1"));

    assertThat(QUARTER_OF_TEAM.holds(paidTwo, payment(3, "1"))).isFalse();
    assertThat(QUARTER_OF_TEAM.whyNot(paidTwo, payment(3, "1")))
        .containsExactly("paid is 2, needs at least 25 % of team (3)");
    assertThat(QUARTER_OF_TEAM.holds(paidThree, payment(3, "1"))).isTrue();
    assertThat(QUARTER_OF_TEAM.description()).isEqualTo("paid is at least 25 % of team");
  }

  @Test
  void aShareOfANumberNotKnownYetIsNoBound() {
    Engine engine = Playbook.builder(SHOP).rule(PAYS).buildOrThrow().compile();
    Position noTeam = replay(engine, OLGA, payment(1, "100"));
    assertThat(QUARTER_OF_TEAM.holds(noTeam, payment(2, "1"))).isFalse();
    assertThat(QUARTER_OF_TEAM.whyNot(noTeam, payment(2, "1")))
        .containsExactly("paid is 100, needs at least 25 % of team (team is missing)");
  }

  @Test
  void theEventsOwnNumberCanBeTheWhole() {
    Condition halfOfThePayment =
        Condition.fact("paid").below(Share.of("0.5", Condition.attribute("amount")));
    Engine engine = Playbook.builder(SHOP).rule(PAYS).buildOrThrow().compile();
    Position paid = replay(engine, OLGA, payment(1, "10"));
    assertThat(halfOfThePayment.holds(paid, payment(2, "30"))).isTrue();
    assertThat(halfOfThePayment.holds(paid, payment(2, "20"))).isFalse();
  }

  @Test
  void aShareOfWhatIsNoNumberIsReportedWhereItIsWritten() {
    assertThat(
            Playbook.builder(SHOP)
                .rule(
                    Rule.named("A share of a text", PAYMENT)
                        .when(
                            Condition.fact("paid")
                                .atLeast(Share.of("1", Condition.fact("segment"))))
                        .then(Effect.advance()))
                .rule(
                    Rule.named("A share for a text", PAYMENT)
                        .when(
                            Condition.fact("segment")
                                .atLeast(Share.of("1", Condition.fact("paid"))))
                        .then(Effect.advance()))
                .rule(
                    Rule.named("A share of nothing", PAYMENT)
                        .when(Condition.fact("paid").atLeast(Share.of("1", Condition.fact("payd"))))
                        .then(Effect.advance()))
                .build()
                .getError()
                .map(Object::toString))
        .containsExactly(
            "rule \"A share of a text\", condition \"paid is at least 100 % of"
                + " segment\": a share is taken of a number: a counter, a sum, a numeric attribute;"
                + " segment is not one",
            "rule \"A share for a text\", condition \"segment is at least 100 % of"
                + " paid\": 'segment' is an attribute with no number to compare",
            "rule \"A share of nothing\", condition \"paid is at least 100 % of"
                + " payd\": the journey declares no fact 'payd' (did you mean 'paid'?); its facts:"
                + " purchases, logins, seats-bought, paid, recent-logins, plan, segment, team, login");
  }

  @Test
  void aShareIsAboveZero() {
    assertThatThrownBy(() -> Share.of("0", Condition.fact("paid")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a share is above 0, e.g. 0.25 for a quarter; got 0");
    assertThat(Share.of("0.250", Condition.fact("paid")))
        .isEqualTo(Share.of("0.25", Condition.fact("paid")));
    assertThat(List.of(Share.of("1.5", Condition.fact("paid"))).map(Share::toString))
        .containsExactly("150 % of paid");
  }
}
