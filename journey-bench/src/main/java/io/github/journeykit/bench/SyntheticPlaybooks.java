package io.github.journeykit.bench;

import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;

/** Large made-up playbooks for measuring how the library scales. */
public final class SyntheticPlaybooks {

  private static final EventType[] TYPES = {
    EventType.INTERACTION,
    EventType.CRITERION,
    EventType.PURCHASE,
    EventType.REFUSED,
    EventType.CHURNED
  };

  private SyntheticPlaybooks() {}

  /**
   * A linear journey of {@code stages} stages (advances and roll backs between neighbours) with
   * {@code rules} rules spread evenly over the stages and five event types, half moving customers
   * up, half down while recording a criterion, and a gate in the middle.
   *
   * @param stages how many stages, at least 2
   * @param rules how many rules
   * @return the playbook
   */
  public static Playbook linear(int stages, int rules) {
    Journey.Builder journey =
        Journey.builder("synthetic", "Synthetic journey of " + stages + " stages");
    for (int i = 0; i < stages; i++) {
      journey.stage(Stage.of("s" + i, "Stage " + i, "Task " + i));
    }
    for (int i = 0; i + 1 < stages; i++) {
      journey.transition(Transition.advance("s" + i, "s" + (i + 1)));
      journey.transition(Transition.rollBack("s" + (i + 1), "s" + i));
    }
    journey
        .events(TYPES)
        .criterion(Criterion.of("money", "Has money"))
        .criterion(Criterion.of("need", "Knows what they want"));
    Playbook.Builder playbook = Playbook.builder(journey.buildOrThrow());
    for (int r = 0; r < rules; r++) {
      int stage = 1 + r % (stages - 2);
      Rule rule =
          Rule.named("rule " + r, TYPES[r % TYPES.length])
              .at("s" + stage)
              .when(Condition.outcomeIs(Outcome.values()[r % 3]).or(Condition.hasMet("money")));
      playbook.rule(
          r % 2 == 0
              ? rule.then(Effect.advance())
              : rule.then(Effect.rollBack(), Effect.recordCriterion("need")));
    }
    playbook.gate(Gate.of("s" + stages / 2, Condition.hasMet("need")));
    return playbook.buildOrThrow();
  }
}
