package io.github.journeykit.report.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Stage;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import java.util.Random;
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

  /** The stages where a mix has customers buy, in journey order. */
  static Seq<String> buying(Playbook playbook, EventMix mix) {
    return playbook
        .journey()
        .stages()
        .map(Stage::id)
        .filter(stage -> mix.at(stage).exists(e -> e._1.type().id().equals("purchase")));
  }

  /**
   * Customers buy at the moment of purchase (buyer, the last stage before purchased, where a
   * purchase takes a customer), after it, and at final stages; not where a rule merely counts a
   * purchase: b2b counts an order at any stage, and moves no one on it.
   */
  @Test
  void theTypicalMixHasCustomersBuyOnlyWhereTheJourneyHasThemBuy() {
    Playbook funnel = Catalogue.get("sales-funnel").get();
    assertThat(buying(funnel, EventMix.typical(funnel)))
        .containsExactly("buyer", "purchased", "loyal");
    Playbook b2b = Catalogue.get("b2b").get();
    assertThat(buying(b2b, EventMix.typical(b2b))).containsExactly("loyalty");
    Playbook conversation = Catalogue.get("sales-conversation").get();
    // a sale closes the conversation: the moment of purchase is the stage before the close
    assertThat(buying(conversation, EventMix.typical(conversation)))
        .containsExactly("work-through-objections", "close");
    assertThat(buying(funnel, EventMix.realistic(funnel)))
        .as("the realistic mix, for comparison: everyone buys everywhere")
        .hasSize(6);
  }

  /**
   * At each stage, the events the journey's rules answer there: in b2b an experience only in
   * delivery and use and in loyalty, where rules listen for one, an interaction nowhere after the
   * contract, a refusal everywhere; the probabilities add up to 1 and weigh as a CRM's log does.
   */
  @Test
  void theTypicalMixGivesEachStageWhatItsRulesAnswerThere() {
    Playbook b2b = Catalogue.get("b2b").get();
    EventMix typical = EventMix.typical(b2b);
    for (Stage stage : b2b.journey().stages()) {
      Seq<String> types = typical.at(stage.id()).map(e -> e._1.type().id()).distinct();
      assertThat(types.contains("experience"))
          .as(stage.id())
          .isEqualTo(stage.id().equals("delivery-and-use") || stage.id().equals("loyalty"));
      assertThat(types.contains("interaction"))
          .as(stage.id())
          .isEqualTo(b2b.journey().orderOf(stage.id()).get() <= 3);
      assertThat(types).as(stage.id()).contains("refused", "churned", "criterion");
      assertThat(typical.at(stage.id()).map(e -> e._2).sum().doubleValue())
          .as(stage.id())
          .isCloseTo(1.0, within(1e-12));
    }
    // at awareness: interactions 40, criteria 15, refusals 3, churns 3; each yes a third of 40
    assertThat(
            typical.at("awareness").find(e -> e._1.detail().contains("yes")).map(e -> e._2).get())
        .isCloseTo(40.0 / 3 / 61, within(1e-12));
  }

  @Test
  void underTheTypicalMixAGreyOrBlueCustomerDoesNothing() {
    Playbook funnel = Catalogue.get("sales-funnel").get();
    EventMix typical = EventMix.typical(funnel);
    EventMix realistic = EventMix.realistic(funnel);
    Random random = new Random(3);
    for (Stage stage : funnel.journey().stages()) {
      assertThat(typical.at(stage.id(), CustomerStatus.ACTIVE)).isEqualTo(typical.at(stage.id()));
      assertThat(typical.at(stage.id(), CustomerStatus.GREY)).isEmpty();
      assertThat(typical.at(stage.id(), CustomerStatus.BLUE)).isEmpty();
      assertThat(realistic.at(stage.id(), CustomerStatus.GREY)).isEqualTo(realistic.at(stage.id()));
      Position grey =
          Position.of(
              "c",
              "sales-funnel",
              stage.id(),
              CustomerStatus.GREY,
              TreeSet.empty(),
              0,
              Instant.EPOCH,
              Instant.EPOCH);
      assertThat(typical.draw(grey, random).isEmpty()).isTrue();
      assertThat(realistic.draw(grey, random).isDefined()).isTrue();
    }
  }

  /** 100,000 draws at the buyer stage come out as the mix says, within 0.005. */
  @Test
  void drawsEventsByTheirProbabilities() {
    Playbook funnel = Catalogue.get("sales-funnel").get();
    EventMix typical = EventMix.typical(funnel);
    Position buyer =
        Position.of(
            "c",
            "sales-funnel",
            "buyer",
            CustomerStatus.ACTIVE,
            TreeSet.empty(),
            0,
            Instant.EPOCH,
            Instant.EPOCH);
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    Random random = new Random(5);
    int draws = 100_000;
    for (int i = 0; i < draws; i++) {
      Event event = typical.draw(buyer, random).get();
      counts.merge(event.type().id() + " " + event.detail().getOrElse(""), 1, Integer::sum);
    }
    for (var expected : typical.at("buyer")) {
      String key = expected._1.type().id() + " " + expected._1.detail().getOrElse("");
      assertThat(counts.getOrDefault(key, 0) / (double) draws)
          .as(key)
          .isCloseTo(expected._2, within(0.005));
    }
    assertThat(counts.keySet()).hasSize(typical.at("buyer").size());
  }

  /**
   * The default of journey simulate: from no ready-made journey's first stage is a purchase
   * certain, as it was under the realistic mix, where everyone everywhere bought sooner or later;
   * the simulation agrees with the chain.
   */
  @Test
  void underTheTypicalMixNoJourneyPredictsACertainPurchaseFromItsFirstStage() {
    for (Playbook playbook : Catalogue.all()) {
      String id = playbook.journey().id();
      Forecast forecast = Forecast.of(playbook, EventMix.typical(playbook));
      Forecast.Result exact = forecast.analytic();
      assertThat(exact.noAbsorbingState()).as(id).isEmpty();
      Seq<Double> probabilities = exact.predictions().map(Forecast.Prediction::purchaseProbability);
      assertThat(probabilities.head()).as(id).isBetween(0.0001, 0.5);
      assertThat(probabilities).as(id).allSatisfy(p -> assertThat(p).isLessThan(0.99));
      Seq<Forecast.Prediction> simulated = forecast.simulate(4_000, 7).predictions();
      for (int i = 0; i < probabilities.size(); i++) {
        assertThat(simulated.get(i).purchaseProbability())
            .as(id + " " + simulated.get(i).stage())
            .isCloseTo(probabilities.get(i), within(0.03));
      }
    }
    Playbook funnel = Catalogue.get("sales-funnel").get();
    assertThat(
            Forecast.of(funnel, EventMix.realistic(funnel))
                .analytic()
                .predictions()
                .map(Forecast.Prediction::purchaseProbability))
        .as("the realistic mix: a purchase from every stage, for certain")
        .allSatisfy(p -> assertThat(p).isCloseTo(1.0, within(1e-9)));
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
