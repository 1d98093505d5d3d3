package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.collection.Seq;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A decision whose move a gate refuses sends nothing of the rule that asked for the move (unless
 * that rule sends regardless), over generated customers of every catalogue journey and the SaaS
 * trial. The check is not vacuous where it matters: the journeys whose gates generated customers
 * run into ({@link #REFUSING}, among them {@code b2b}, whose contract draft went out to accounts
 * its gate kept at {@code decision}) must have refused moves among them. No generated customer of
 * {@code loyalty-loop}, {@code web-studio} or {@code email-scheme} (300 each) asked for a move that
 * their gates refused, so for them the check holds but proves little.
 */
class RefusedMovesSendNothingTests {

  /** The journeys whose gates refuse some generated customers' moves. */
  static final java.util.Set<String> REFUSING =
      java.util.Set.of(
          "sales-funnel", "awareness-ladder", "b2b", "sales-conversation", "saas-trial");

  static final int CUSTOMERS = 300;

  static Stream<Playbook> playbooks() {
    return Stream.concat(Catalogue.all().toJavaStream(), Stream.of(SaasTrial.playbook()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("playbooks")
  void aRefusedMoveSendsNoMessageOfTheRuleThatAskedForIt(Playbook playbook) {
    Engine engine = playbook.compile();
    CustomerGenerator customers = CustomerGenerator.of(playbook).lengths(1, 60);
    Random random = new Random(playbook.journey().id().hashCode() * 31L);
    int refused = 0;
    for (int c = 0; c < CUSTOMERS; c++) {
      Seq<Event> events = customers.events(random);
      Position position = playbook.journey().newCustomer("c-" + c, events.head().at());
      for (Event event : events) {
        Decision decision = engine.decide(position, event);
        if (decision.explanation().blockedBy().isDefined()) {
          refused++;
          assertThat(decision.after().stage()).isEqualTo(position.stage());
          for (MessageToSend message : decision.messages()) {
            Rule rule = playbook.rules().find(r -> r.name().equals(message.rule())).get();
            boolean moves = rule.effects().exists(Effect.Move.class::isInstance);
            boolean regardless =
                rule.effects()
                    .exists(
                        effect ->
                            effect instanceof Effect.Send send
                                && send.message().equals(message.message().id())
                                && send.regardless());
            assertThat(!moves || regardless)
                .as(
                    "%s: '%s' of \"%s\" went out though the gate refused the move: %s",
                    playbook.journey().id(),
                    message.message().id(),
                    rule.name(),
                    decision.explanation())
                .isTrue();
          }
        }
        position = decision.after();
      }
    }
    if (REFUSING.contains(playbook.journey().id())) {
      assertThat(refused)
          .as("%s has gates, but no generated customer was refused a move", playbook.journey().id())
          .isPositive();
    }
  }
}
