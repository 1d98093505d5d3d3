package io.github.journeykit.report.picture;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Transition;
import io.github.journeykit.report.analytics.FunnelReport;
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

  /**
   * One move between two stages.
   *
   * @param from the stage it leaves
   * @param to the stage it enters
   * @param kind the kind of the journey's transition between the two: a playbook's rules move
   *     customers only along the journey's transitions
   * @param labels the names of the rules that make it, in playbook order, or the transition's kind
   *     and description
   */
  record Edge(String from, String to, Transition.Kind kind, LinkedHashSet<String> labels) {

    /** The edge as the key of {@link FunnelReport#moves()}. */
    Tuple2<String, String> key() {
      return new Tuple2<>(from, to);
    }

    /** Whether it goes to a later stage. */
    boolean isForward() {
      return kind == Transition.Kind.ADVANCE || kind == Transition.Kind.SKIP;
    }

    /** How many customers of a log moved along it, if the figures of a log are given. */
    Option<Long> moves(Option<FunnelReport> figures) {
      return figures.map(report -> report.moves().get(key()).getOrElse(0L));
    }

    /** How many customers of a log moved along it, e.g. {@code 1 move} or {@code 12 moves}. */
    Option<String> movesText(Option<FunnelReport> figures) {
      return moves(figures).map(count -> count + (count == 1 ? " move" : " moves"));
    }
  }

  private StageGraph() {}

  /** Every edge in the order first found: the rules' moves, then the transitions no rule makes. */
  static Seq<Edge> edges(Playbook playbook) {
    Journey journey = playbook.journey();
    Map<Tuple2<String, String>, LinkedHashSet<String>> labels = LinkedHashMap.empty();
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
            labels =
                labels.put(
                    edge, labels.get(edge).getOrElse(LinkedHashSet.empty()).add(rule.name()));
          }
        }
      }
    }
    for (Transition transition : journey.transitions()) {
      Tuple2<String, String> edge = new Tuple2<>(transition.from(), transition.to());
      if (!labels.containsKey(edge)) {
        String label =
            transition.kind().id()
                + (transition.description().isBlank() ? "" : ": " + transition.description());
        labels = labels.put(edge, LinkedHashSet.of(label));
      }
    }
    return labels
        .toList()
        .map(edge -> new Edge(edge._1._1, edge._1._2, kind(journey, edge._1), edge._2));
  }

  /** The kind of the journey's transition along an edge, which a valid playbook always declares. */
  private static Transition.Kind kind(Journey journey, Tuple2<String, String> edge) {
    return journey
        .transitionsFrom(edge._1)
        .find(transition -> transition.to().equals(edge._2))
        .map(Transition::kind)
        .getOrElseThrow(
            () ->
                new IllegalStateException(
                    "journey '"
                        + journey.id()
                        + "' has no transition "
                        + edge._1
                        + " -> "
                        + edge._2));
  }
}
