package io.github.journeykit.report.picture;

import io.github.journeykit.model.BlueprintLayer;
import io.github.journeykit.model.Change;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The lanes of a journey map [001, 003, 004], one row each, with one cell per stage: what the
 * Markdown, CSV and HTML maps show. Each cell is a list of items; an empty cell is a blank on the
 * map. Only the lanes the journey fills are given: a lane empty at every stage is left out, and a
 * blank item counts as none.
 */
final class MapLanes {

  /** One lane: its name and, per stage in journey order, its items. */
  record Lane(String name, Seq<Seq<String>> cells) {}

  private MapLanes() {}

  static Seq<Lane> of(Playbook playbook) {
    Journey journey = playbook.journey();
    List<Lane> lanes =
        List.of(
            lane(journey, "Key task", stage -> stage.keyTask().toList()),
            lane(journey, "Company goals", Stage::goals),
            lane(journey, "KPIs", Stage::kpis),
            lane(
                journey,
                "Touchpoints",
                stage ->
                    journey
                        .touchpointsAt(stage.id())
                        .map(
                            t ->
                                t.name()
                                    + " ("
                                    + t.channel().name()
                                    + (t.online() ? ", online" : ", offline")
                                    + ")")),
            lane(
                journey,
                "Customer actions",
                stage -> fromTouchpoints(journey, stage, Touchpoint::customerActions)),
            lane(
                journey,
                "Thoughts and feelings",
                stage -> fromTouchpoints(journey, stage, Touchpoint::thoughtsAndFeelings)),
            lane(
                journey, "Emotion", stage -> emotion(journey, stage).map(MapLanes::score).toList()),
            lane(
                journey,
                "Pain points",
                stage -> fromTouchpoints(journey, stage, Touchpoint::painPoints)),
            lane(
                journey,
                "What to change",
                stage -> fromTouchpoints(journey, stage, Touchpoint::changes).map(Change::what)),
            lane(
                journey,
                "How and why",
                stage ->
                    fromTouchpoints(journey, stage, Touchpoint::changes)
                        .map(c -> c.how() + " — " + c.why())),
            lane(
                journey,
                "Messages (5W)",
                stage -> journey.messagesAt(stage.id()).map(MapLanes::message)),
            lane(
                journey,
                "If the customer says yes",
                stage -> stage.plannedResponses().get(Outcome.YES).toList()),
            lane(
                journey,
                "If the customer says no",
                stage -> stage.plannedResponses().get(Outcome.NO).toList()),
            lane(
                journey,
                "If the customer does not know",
                stage -> stage.plannedResponses().get(Outcome.DONT_KNOW).toList()),
            lane(
                journey,
                "Gate",
                stage ->
                    playbook
                        .gate(stage.id())
                        .map(Gate::admission)
                        .map(c -> c.description())
                        .toList()));
    for (BlueprintLayer layer : BlueprintLayer.values()) {
      lanes =
          lanes.append(
              lane(
                  journey,
                  "Behind the scenes: " + layer.name().toLowerCase(java.util.Locale.ROOT),
                  stage ->
                      fromTouchpoints(
                          journey, stage, t -> t.blueprint().get(layer).getOrElse(List.empty()))));
    }
    return lanes.filter(lane -> lane.cells().exists(cell -> !cell.isEmpty()));
  }

  /** The average emotion of a stage's touchpoints that have a score. */
  static Option<Double> emotion(Journey journey, Stage stage) {
    Seq<Integer> scores = journey.touchpointsAt(stage.id()).flatMap(Touchpoint::emotion);
    return scores.isEmpty()
        ? Option.none()
        : Option.of(scores.map(Integer::doubleValue).sum().doubleValue() / scores.size());
  }

  /** A score as a marketer writes it: a whole number, or with one decimal. */
  static String score(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(java.util.Locale.ROOT, "%.1f", value);
  }

  private static String message(Message message) {
    StringBuilder text =
        new StringBuilder(message.id()).append(": ").append(message.what().getOrElse("(what?)"));
    text.append(" — to ").append(message.who().map(a -> a.description()).getOrElse("(who?)"));
    text.append(", by ").append(message.where().map(c -> c.name()).getOrElse("(where?)"));
    text.append(", when ").append(message.when().map(t -> t.trigger()).getOrElse("(when?)"));
    text.append(", to ").append(message.why().getOrElse("(why?)"));
    return text.toString();
  }

  private static <T> Seq<T> fromTouchpoints(
      Journey journey, Stage stage, java.util.function.Function<Touchpoint, Seq<T>> items) {
    return journey.touchpointsAt(stage.id()).flatMap(items).distinct();
  }

  private static Lane lane(
      Journey journey, String name, java.util.function.Function<Stage, Seq<String>> cell) {
    return new Lane(
        name, journey.stages().map(stage -> cell.apply(stage).filter(item -> !item.isBlank())));
  }
}
