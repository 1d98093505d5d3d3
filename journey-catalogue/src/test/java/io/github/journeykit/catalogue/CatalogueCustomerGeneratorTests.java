package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.collection.Seq;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The customer generator on the ready-made journeys (these tests were in journey-testkit's {@code
 * CustomerGeneratorTests} while the catalogue was in journey-rules; those on a journey with every
 * kind of fact and attribute stayed there).
 */
class CatalogueCustomerGeneratorTests {

  @Test
  void theSameSeedMakesTheSameCustomers() {
    CustomerGenerator generator = CustomerGenerator.of(Catalogue.get("b2b").get());
    assertThat(generator.events(new Random(5))).isEqualTo(generator.events(new Random(5)));
    assertThat(generator.events(new Random(5))).isNotEqualTo(generator.events(new Random(6)));
  }

  @Test
  void makesOnlyEventsTheJourneyAcceptsInTimeOrderWithinTheLengths() {
    for (Playbook playbook : Catalogue.all()) {
      Engine engine = playbook.compile().withExplanations(false);
      CustomerGenerator generator = CustomerGenerator.of(playbook).lengths(3, 30);
      Random random = new Random(11);
      for (int customer = 0; customer < 200; customer++) {
        Seq<Event> events = generator.events(random);
        assertThat(events.size()).isBetween(3, 30);
        assertThat(
                events
                    .sliding(2)
                    .forAll(
                        pair -> pair.size() < 2 || !pair.get(1).at().isBefore(pair.get(0).at())))
            .isTrue();
        Position position = playbook.journey().newCustomer("c", generator.start());
        for (Event event : events) {
          assertThat(engine.decide(position, event).isRejected())
              .as("%s on %s", event, playbook.journey().id())
              .isFalse();
        }
      }
    }
  }

  @Test
  void theMixLeansOnInteractionsAndCanLeaveATypeOut() {
    Playbook funnel = Catalogue.get("sales-funnel").get();
    Seq<Event> events = CustomerGenerator.of(funnel).lengths(2000, 2000).events(new Random(1));
    long interactions = events.count(e -> e.type() == EventType.INTERACTION);
    long purchases = events.count(e -> e.type() == EventType.PURCHASE);
    assertThat(interactions).isGreaterThan(purchases * 3);
    Seq<Event> noPurchases =
        CustomerGenerator.of(funnel)
            .weight(EventType.PURCHASE, 0)
            .lengths(500, 500)
            .events(new Random(1));
    assertThat(noPurchases.exists(e -> e.type() == EventType.PURCHASE)).isFalse();
  }

  @Test
  void makesPositionsACustomerCanReach() {
    Playbook funnel = Catalogue.get("sales-funnel").get();
    CustomerGenerator generator = CustomerGenerator.of(funnel);
    Random random = new Random(3);
    java.util.Set<String> stages = new java.util.HashSet<>();
    for (int i = 0; i < 300; i++) {
      Position position = generator.position(random);
      assertThat(funnel.journey().hasStage(position.stage())).isTrue();
      if (position.stage().equals("loyal")) {
        assertThat(position.purchases()).isGreaterThanOrEqualTo(2);
      }
      stages.add(position.stage());
    }
    assertThat(stages).contains("uninformed", "purchased", "loyal");
  }

  @Test
  void refusesBadSettingsWithAClearMessage() {
    CustomerGenerator generator = CustomerGenerator.of(Catalogue.get("sales-funnel").get());
    assertThatThrownBy(() -> generator.lengths(5, 2))
        .hasMessage("lengths must satisfy 0 <= min <= max, got 5..2");
    assertThatThrownBy(() -> generator.weight(EventType.PURCHASE, -1))
        .hasMessage(
            "the weight of event type 'purchase' must be a finite number, not negative; got -1");
    assertThatThrownBy(() -> generator.weight("purchase", Double.NaN))
        .hasMessage(
            "the weight of event type 'purchase' must be a finite number, not negative; got NaN");
    CustomerGenerator nothing = generator;
    for (EventType type : Catalogue.get("sales-funnel").get().eventTypes()) {
      if (type != EventType.INTERACTION) {
        nothing = nothing.weight(type, 0);
      }
    }
    CustomerGenerator onlyInteractions = nothing;
    assertThatThrownBy(() -> onlyInteractions.weight(EventType.INTERACTION, 0))
        .hasMessage("no event type of journey 'sales-funnel' has a positive weight");
  }

  @Test
  void namesWhatTheJourneyHasWhenAWeightNamesWhatItHasNot() {
    CustomerGenerator generator = CustomerGenerator.of(Catalogue.get("sales-funnel").get());
    assertThatThrownBy(() -> generator.weight("purchse", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "journey 'sales-funnel' has no event type 'purchse' (did you mean 'purchase'?);"
                + " its event types: interaction, criterion, purchase, refused, churned,"
                + " time_passed");
    assertThatThrownBy(() -> generator.weight(EventType.EXPERIENCE, 3))
        .hasMessageStartingWith("journey 'sales-funnel' has no event type 'experience';");
    assertThatThrownBy(() -> generator.weight("purchase", "amout", "12", 1))
        .hasMessage(
            "event type 'purchase' of journey 'sales-funnel' has no attribute 'amout' (did you mean"
                + " 'amount'?); its attributes: product, amount");
    assertThatThrownBy(() -> generator.weight("time_passed", "detail", "x", 1))
        .hasMessage(
            "event type 'time_passed' of journey 'sales-funnel' has no attribute 'detail'; it has"
                + " none");
    assertThatThrownBy(() -> generator.weight("interaction", "outcome", "yse", 1))
        .hasMessage(
            "attribute 'outcome' of event type 'interaction' has no value 'yse' in journey"
                + " 'sales-funnel' (did you mean 'yes'?); its values: yes, no, dont_know");
    assertThatThrownBy(() -> generator.weight("criterion", "criterion", "mony", 1))
        .hasMessage(
            "attribute 'criterion' of event type 'criterion' has no value 'mony' in journey"
                + " 'sales-funnel' (did you mean 'money'?); its values: money, need, decision");
    assertThatThrownBy(() -> generator.weight("purchase", "amount", "12,50", 1))
        .hasMessage(
            "attribute 'amount' of event type 'purchase': '12,50' is not a decimal amount such as"
                + " 12.50");
    assertThatThrownBy(() -> generator.weight("purchase", "amount", "12.50", -2))
        .hasMessage(
            "the weight of attribute 'amount' of event type 'purchase', value '12.5' must be a"
                + " finite number, not negative; got -2");
    CustomerGenerator noYes =
        generator
            .weight("interaction", "outcome", "yes", 0)
            .weight("interaction", "outcome", "no", 0);
    assertThatThrownBy(() -> noYes.weight("interaction", "outcome", "dont_know", 0))
        .hasMessage(
            "every value of attribute 'outcome' of event type 'interaction' would weigh 0; at least"
                + " one needs a positive weight (to leave the type out, give it weight 0)");
  }

  @Test
  void weighsEventTypesByIdAndValuesOfAttributes() {
    Playbook funnel = Catalogue.get("sales-funnel").get();
    Seq<Event> events =
        CustomerGenerator.of(funnel)
            .weight("purchase", 40)
            .weight("interaction", "outcome", "no", 0)
            .weight("interaction", "outcome", "yes", 2.5)
            .weight("criterion", "criterion", "money", 0)
            .lengths(4000, 4000)
            .events(new Random(2));
    Seq<Event> interactions = events.filter(e -> e.type() == EventType.INTERACTION);
    long purchases = events.count(e -> e.type() == EventType.PURCHASE);
    assertThat(purchases).isBetween(interactions.size() * 8L / 10, interactions.size() * 12L / 10);
    assertThat(interactions.map(e -> e.detail().get()).distinct())
        .containsExactlyInAnyOrder("yes", "dont_know");
    long yes = interactions.count(e -> e.detail().contains("yes"));
    assertThat((double) yes / interactions.size()).isBetween(0.65, 0.78); // 2.5 of 3.5
    assertThat(
            events
                .filter(e -> e.type() == EventType.CRITERION)
                .map(e -> e.detail().get())
                .distinct())
        .containsExactlyInAnyOrder("need", "decision");
  }

  /** Every journey the generator is pointed at here: the catalogue's. */
  static Seq<Playbook> everyJourney() {
    return Catalogue.all();
  }

  @Test
  void everyEventItMakesIsOneTheJourneyDeclaresAndAccepts() {
    for (Playbook playbook : everyJourney()) {
      CustomerGenerator generator = CustomerGenerator.of(playbook);
      Random random = new Random(17);
      java.util.Set<String> types = new java.util.HashSet<>();
      java.util.Set<String> attributes = new java.util.HashSet<>();
      for (int customer = 0; customer < 100; customer++) {
        for (Event event : generator.events(random)) {
          assertThat(playbook.journey().check(event).isValid())
              .as("%s in %s: %s", event, playbook.journey().id(), playbook.journey().check(event))
              .isTrue();
          types.add(event.type().id());
          event.attributes().keySet().forEach(attributes::add);
        }
      }
      assertThat(types)
          .as(playbook.journey().id())
          .containsExactlyInAnyOrderElementsOf(
              generator.eventTypes().map(EventType::id).toJavaList());
      assertThat(attributes)
          .as(playbook.journey().id())
          .containsExactlyInAnyOrderElementsOf(
              generator
                  .eventTypes()
                  .flatMap(EventType::attributes)
                  .map(Attribute::name)
                  .distinct()
                  .toJavaList());
    }
  }
}
