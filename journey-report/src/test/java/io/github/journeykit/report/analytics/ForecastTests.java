package io.github.journeykit.report.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Stage;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

class ForecastTests {

  /**
   * The loyalty loop with a hand-made mix: a yes always moves a customer on from the first two
   * stages; at the deal half buy, half say no (back to comparison); everywhere else everyone buys.
   * From the deal: E = 1 + ½·(1 + E), so 3 interactions; from comparison 4; from need awareness 5.
   */
  @Test
  void solvesAChainWorkedOutByHand() {
    Playbook loop = Catalogue.get("loyalty-loop").get();
    EventMix.Builder mix =
        EventMix.builder(loop)
            .at("need-awareness", EventType.INTERACTION, "yes", 1.0)
            .at("comparison", EventType.INTERACTION, "yes", 1.0)
            .at("deal", EventType.PURCHASE, "", 0.5)
            .at("deal", EventType.INTERACTION, "no", 0.5);
    for (String stage : new String[] {"user-experience", "loyalty-loop", "repeat-reminder"}) {
      mix.at(stage, EventType.PURCHASE, "", 1.0);
    }
    Forecast forecast = Forecast.of(loop, mix.build().get());
    Forecast.Result exact = forecast.analytic();
    assertThat(exact.noAbsorbingState().isEmpty()).isTrue();
    assertThat(exact.predictions().map(p -> p.purchaseProbability()))
        .allSatisfy(p -> assertThat(p).isCloseTo(1.0, within(1e-9)));
    assertThat(exact.predictions().map(p -> p.expectedInteractions().get()))
        .satisfiesExactly(
            e -> assertThat(e).isCloseTo(5.0, within(1e-9)),
            e -> assertThat(e).isCloseTo(4.0, within(1e-9)),
            e -> assertThat(e).isCloseTo(3.0, within(1e-9)),
            e -> assertThat(e).isCloseTo(1.0, within(1e-9)),
            e -> assertThat(e).isCloseTo(1.0, within(1e-9)),
            e -> assertThat(e).isCloseTo(1.0, within(1e-9)));
  }

  /**
   * The sales funnel where only buyers buy and a refusal greys a customer for good: the analytic
   * probabilities and expectations agree with 40,000 simulated customers per stage within 0.01 and
   * 2 %.
   */
  @Test
  void agreesWithASimulationOfTheSameChain() {
    Playbook funnel = Catalogue.get("sales-funnel").get();
    EventMix.Builder mix = EventMix.builder(funnel);
    for (Stage stage : funnel.journey().stages()) {
      boolean buyer = stage.id().equals("buyer");
      mix.at(stage.id(), EventType.INTERACTION, "yes", 0.3)
          .at(stage.id(), EventType.INTERACTION, "no", 0.15)
          .at(stage.id(), EventType.INTERACTION, "dont_know", buyer ? 0.1 : 0.2)
          .at(stage.id(), EventType.CRITERION, "money", 0.1)
          .at(stage.id(), EventType.CRITERION, "need", 0.1)
          .at(stage.id(), EventType.CRITERION, "decision", 0.1)
          .at(stage.id(), EventType.REFUSED, "", 0.05);
      if (buyer) {
        mix.at(stage.id(), EventType.PURCHASE, "", 0.1);
      }
    }
    Forecast forecast = Forecast.of(funnel, mix.build().get());
    Seq<Forecast.Prediction> exact = forecast.analytic().predictions();
    Seq<Forecast.Prediction> simulated = forecast.simulate(40_000, 11).predictions();
    assertThat(forecast.states()).isGreaterThan(6);
    for (int i = 0; i < exact.size(); i++) {
      Forecast.Prediction e = exact.get(i);
      Forecast.Prediction s = simulated.get(i);
      assertThat(s.stage()).isEqualTo(e.stage());
      assertThat(s.purchaseProbability())
          .as(e.stage())
          .isCloseTo(e.purchaseProbability(), within(0.01));
      if (e.expectedInteractions().isDefined()) {
        assertThat(s.expectedInteractions().get())
            .as(e.stage())
            .isCloseTo(
                e.expectedInteractions().get(), within(e.expectedInteractions().get() * 0.02));
      }
    }
    assertThat(exact.get(0).purchaseProbability()).isBetween(0.05, 0.95);
  }

  @Test
  void saysSoWhenNoCustomerCanEverPurchase() {
    Playbook funnel = Catalogue.get("sales-funnel").get();
    EventMix.Builder mix =
        EventMix.builder(funnel)
            .everywhere(EventType.INTERACTION, "yes", 0.5)
            .everywhere(EventType.INTERACTION, "no", 0.5);
    Forecast.Result result = Forecast.of(funnel, mix.build().get()).analytic();
    assertThat(result.predictions()).isEmpty();
    assertThat(result.noAbsorbingState().get())
        .isEqualTo(
            "no customer can ever purchase in journey 'sales-funnel' under this mix: the chain has no absorbing state");
  }

  @Test
  void aMixThatDoesNotAddUpOrNamesUnknownEventsIsRefused() {
    Playbook funnel = Catalogue.get("sales-funnel").get();
    Seq<String> problems =
        EventMix.builder(funnel)
            .everywhere(EventType.INTERACTION, "yes", 1.0)
            .at("informed", EventType.INTERACTION, "maybe", 0.2)
            .at("buyer", EventType.REVIEW, "", 0.1)
            .at("nowhere", EventType.INTERACTION, "yes", 1.0)
            .at("loyal", EventType.PURCHASE, "", 1.5)
            .build()
            .getError();
    assertThat(problems)
        .containsExactly(
            "stage 'informed', interaction maybe: 'maybe' is not one of yes, no, dont_know",
            "stage 'buyer', review: journey 'sales-funnel' does not know this event",
            "stage 'loyal', purchase: the probability 1.5 is outside 0..1",
            "stage 'loyal': the probabilities add up to 2.5, not 1",
            "stage 'nowhere': the journey has no such stage");
    assertThat(EventMix.realistic(funnel).at("buyer").map(t -> t._2).sum().doubleValue())
        .isCloseTo(1.0, within(1e-12));
  }
}
