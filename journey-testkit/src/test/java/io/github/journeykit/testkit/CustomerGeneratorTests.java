package io.github.journeykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.catalogue.Catalogue;
import io.vavr.collection.Seq;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CustomerGeneratorTests {

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
        .hasMessage("the weight of purchase is negative: -1");
    CustomerGenerator nothing = generator;
    for (EventType type : EventType.standard()) {
      if (type != EventType.INTERACTION) {
        nothing = nothing.weight(type, 0);
      }
    }
    CustomerGenerator onlyInteractions = nothing;
    assertThatThrownBy(() -> onlyInteractions.weight(EventType.INTERACTION, 0))
        .hasMessage("no event type of journey 'sales-funnel' has a positive weight");
  }
}
