package io.github.journeykit.report.picture;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The stage graph the diagrams draw: every move between two stages, labelled by the rules that make
 * it, or, for a transition no rule drives, by the transition's kind and description.
 */
final class StageGraph {

  private StageGraph() {}

  /** Every edge (from, to) in the order first found, with its labels. */
  static Map<Tuple2<String, String>, LinkedHashSet<String>> edges(Playbook playbook) {
    Journey journey = playbook.journey();
    Map<Tuple2<String, String>, LinkedHashSet<String>> edges = LinkedHashMap.empty();
    for (Rule rule : playbook.rules()) {
      for (Effect effect : rule.effects()) {
        if (!(effect instanceof Effect.Move move)) {
          continue;
        }
        Seq<String> from =
            rule.stages().isEmpty() ? journey.stages().map(Stage::id) : rule.stages().toList();
        for (String stage : from) {
          Option<Stage> to =
              switch (move.direction()) {
                case NEXT -> journey.next(stage);
                case PREVIOUS -> journey.previous(stage);
                case TO -> journey.stage(move.stage().get());
              };
          if (to.isDefined() && !to.get().id().equals(stage)) {
            Tuple2<String, String> edge = new Tuple2<>(stage, to.get().id());
            edges =
                edges.put(edge, edges.get(edge).getOrElse(LinkedHashSet.empty()).add(rule.name()));
          }
        }
      }
    }
    for (Transition transition : journey.transitions()) {
      Tuple2<String, String> edge = new Tuple2<>(transition.from(), transition.to());
      if (!edges.containsKey(edge)) {
        String label =
            transition.kind().id()
                + (transition.description().isBlank() ? "" : ": " + transition.description());
        edges = edges.put(edge, LinkedHashSet.of(label));
      }
    }
    return edges;
  }
}
