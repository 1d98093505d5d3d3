package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.BuyingCentreRole;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Persona;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Transition;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The buying centre's agreement, weighed by its personas' relative importance [004]. */
class BuyingCentreTests {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static Persona member(String id, BuyingCentreRole role, double weight) {
    return Persona.builder()
        .id(id)
        .name(id)
        .buyingCentreRole(Option.of(role))
        .relativeImportance(Option.of(weight))
        .agreement(Option.of(id + "-agrees"))
        .build();
  }

  static Journey account(double director, double engineer) {
    return Journey.builder("account", "An account")
        .events(EventType.standard())
        .stage(Stage.of("decision", "Decision", "Win the buying centre"))
        .stage(Stage.of("negotiation", "Negotiation", "Agree the contract"))
        .transition(Transition.advance("decision", "negotiation"))
        .criterion(Criterion.of("director-agrees", "The director agrees"))
        .criterion(Criterion.of("engineer-agrees", "The chief engineer agrees"))
        .persona(member("director", BuyingCentreRole.DECISION_MAKER, director))
        .persona(member("engineer", BuyingCentreRole.INFLUENCER, engineer))
        .buildOrThrow();
  }

  @Test
  void theMembersWhoAgreedAreWeighedByTheirImportance() {
    Journey journey = account(0.6, 0.4);
    Condition agrees = Condition.buyingCentreAgrees(journey, 0.7);
    Position none = journey.newCustomer("acme", T0);
    Position director = none.withCriterion("director-agrees");
    CriterionMet event = new CriterionMet("engineer-agrees", T0);

    assertThat(agrees.holds(director, event)).isFalse();
    assertThat(agrees.whyNot(director, event))
        .containsExactly(
            "needs the members who agreed to weigh at least 0.7 (director 0.6, engineer 0.4);"
                + " director has agreed, weighing 0.6");
    assertThat(agrees.whyNot(none, event).get()).endsWith("; none has agreed");
    assertThat(agrees.holds(director.withCriterion("engineer-agrees"), event)).isTrue();
    assertThat(agrees.description())
        .isEqualTo(
            "the buying centre agrees: the members who agreed weigh at least 0.7 (director 0.6,"
                + " engineer 0.4)");
  }

  @Test
  void aVisitorThatKnowsNoBuyingCentreSeesTheWeightsItIs() {
    Condition agrees = Condition.buyingCentreAgrees(account(0.6, 0.4), 0.7);
    String seen =
        agrees.accept(
            new ConditionVisitorTests.Words() {
              @Override
              public String weightOfCriteriaMet(Map<String, Double> weights, double threshold) {
                return weights.mkString(", ") + " >= " + threshold;
              }
            });
    assertThat(seen).isEqualTo("(director-agrees, 0.6), (engineer-agrees, 0.4) >= 0.7");
  }

  @Test
  void aConditionMadeFromOtherPersonasOrNoneIsReported() {
    Journey journey = account(0.6, 0.4);
    Condition stale = Condition.buyingCentreAgrees(account(0.5, 0.5), 0.7);
    assertThat(
            Playbook.builder(journey)
                .gate(Gate.of("negotiation", stale))
                .build()
                .getError()
                .map(Problem::message))
        .containsExactly(
            "it was made from other personas than the journey's, which weigh director 0.6,"
                + " engineer 0.4; make it from this journey");
    Journey b2c =
        Journey.builder("shop", "A shop")
            .events(EventType.standard())
            .stage(Stage.of("a", "A", "-"))
            .stage(Stage.of("b", "B", "-"))
            .transition(Transition.advance("a", "b"))
            .buildOrThrow();
    assertThat(
            Playbook.builder(b2c)
                .gate(Gate.of("b", Condition.buyingCentreAgrees(b2c, 0.7)))
                .build()
                .getError()
                .map(Problem::message))
        .containsExactly(
            "no persona of the journey says which criterion records its agreement; give the"
                + " members of the buying centre an agreement criterion and a relative importance");
  }

  @Test
  void anAgreementNeedsADeclaredCriterionAndAnImportance() {
    assertThat(
            Journey.builder("account", "An account")
                .stage(Stage.of("decision", "Decision", "-"))
                .criterion(Criterion.of("director-agrees", "The director agrees"))
                .persona(
                    Persona.builder()
                        .id("director")
                        .name("Director")
                        .agreement(Option.of("director-agree"))
                        .build())
                .build()
                .getError()
                .map(Problem::message))
        .containsExactly(
            "its agreement is recorded by criterion 'director-agree', which the journey does not"
                + " declare (did you mean 'director-agrees'?)",
            "a member whose agreement counts needs a relative importance, e.g. 0.5: it is the"
                + " member's weight in the buying centre's decision");
  }
}
