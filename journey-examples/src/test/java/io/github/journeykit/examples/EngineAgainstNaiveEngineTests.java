package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against a deliberately naive one: over generated customers of every catalogue journey
 * and of the SaaS trial, quiet and explaining, every decision equal.
 */
class EngineAgainstNaiveEngineTests {

  static final int CUSTOMERS = 400;

  static Stream<Playbook> playbooks() {
    return Stream.concat(Catalogue.all().toJavaStream(), Stream.of(SaasTrial.playbook()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("playbooks")
  void everyDecisionIsTheNaiveEnginesDecision(Playbook playbook) {
    Engine explaining = playbook.compile();
    Engine quiet = explaining.withExplanations(false);
    NaiveEngine naive = new NaiveEngine(playbook);
    CustomerGenerator customers = CustomerGenerator.of(playbook).lengths(1, 60);
    Random random = new Random(playbook.journey().id().hashCode());
    int decisions = 0;
    int moves = 0;
    int rejections = 0;
    for (int c = 0; c < CUSTOMERS; c++) {
      Seq<Event> events = customers.events(random);
      Position position = playbook.journey().newCustomer("c-" + c, events.head().at());
      for (Event generated : events) {
        Event event = random.nextInt(50) == 0 ? stranger(generated) : generated;
        NaiveEngine.Result expected = naive.decide(position, event);
        for (Engine engine : List.of(explaining, quiet)) {
          Decision decision = engine.decide(position, event);
          String where = playbook.journey().id() + ", customer " + c + ", " + event;
          assertThat(decision.isRejected()).as(where).isEqualTo(expected.rejected());
          assertThat(decision.after()).as(where).isEqualTo(expected.after());
          assertThat(decision.messages()).as(where).isEqualTo(expected.messages());
          assertThat(decision.before()).as(where).isSameAs(position);
        }
        decisions++;
        moves += expected.after().stage().equals(position.stage()) ? 0 : 1;
        rejections += expected.rejected() ? 1 : 0;
        position = expected.after();
      }
    }
    // The comparison means something only if customers moved and some events were rejected.
    assertThat(decisions).isGreaterThan(CUSTOMERS * 10);
    assertThat(moves).isGreaterThan(CUSTOMERS / 4);
    assertThat(rejections).isGreaterThan(0);
  }

  /** An event the journey should reject: an unknown criterion, or a type it does not declare. */
  private static Event stranger(Event event) {
    return event.at().getNano() % 2 == 0
        ? new CriterionMet("no-such-criterion", event.at())
        : Event.of(EventType.of("unheard-of", "Never declared"), event.at());
  }
}
