package io.github.journeykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CustomerGeneratorTests {

  @Test
  void drawsANamedValueOfAnOpenKindBesideTheGeneratedOnes() {
    Seq<Event> visits =
        CustomerGenerator.of(EveryKind.playbook())
            .weight("visit", "spent", "150", 3)
            .weight("visit", "minutes", 120L, 1)
            .weight("visit", "mobile", "true", 0)
            .weight("visit", "page", "pricing", 1)
            .lengths(3000, 3000)
            .events(new Random(4))
            .filter(e -> e.type().id().equals("visit"));
    Seq<Object> spent = visits.flatMap(e -> e.attribute("spent"));
    double big = spent.count(v -> v.equals(new BigDecimal("150"))) / (double) spent.size();
    assertThat(big).as("3 of 4").isBetween(0.7, 0.8);
    assertThat(spent.filter(v -> !v.equals(new BigDecimal("150"))))
        .allMatch(v -> ((BigDecimal) v).compareTo(new BigDecimal("50")) <= 0);
    assertThat(visits.flatMap(e -> e.attribute("minutes"))).contains(120L, 3L);
    assertThat(visits.flatMap(e -> e.attribute("mobile")).distinct()).containsExactly(false);
    assertThat(visits.map(e -> e.attribute("page").get()).distinct())
        .containsExactlyInAnyOrder("pricing", "a", "b", "c", "d");
  }

  /**
   * Every journey the generator is pointed at here: one with every kind (the catalogue's are in
   * journey-catalogue's {@code CatalogueCustomerGeneratorTests}).
   */
  static Seq<Playbook> everyJourney() {
    return io.vavr.collection.List.of(EveryKind.playbook());
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

  @Test
  void leavesOutATypeWhoseRequiredAttributeHasNoValueAndSaysSoWhenItIsWeighed() {
    Journey noCriteria =
        Journey.builder("no-criteria", "Criterion events, but no criteria")
            .stage(Stage.of("only", "Only", "Wait"))
            .event(EventType.INTERACTION)
            .event(EventType.CRITERION)
            .buildOrThrow();
    Playbook playbook = Playbook.builder(noCriteria).buildOrThrow();
    CustomerGenerator generator = CustomerGenerator.of(playbook);
    assertThat(generator.eventTypes().map(EventType::id))
        .containsExactly("interaction", "time_passed");
    assertThatThrownBy(() -> generator.weight("criterion", 5))
        .hasMessage(
            "journey 'no-criteria' cannot make 'criterion' events: their required attribute"
                + " 'criterion' has no value the journey accepts");
  }
}
