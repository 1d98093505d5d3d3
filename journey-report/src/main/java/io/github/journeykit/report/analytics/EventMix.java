package io.github.journeykit.report.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.eventlog.EventLog;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.Stage;
import io.github.journeykit.rules.Playbook;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How likely each event is at each stage of a journey: what a {@link Forecast} predicts from.
 *
 * <p>At every stage the probabilities of the events (an interaction's yes, no and don't know, a
 * criterion met, a purchase, ...) add up to 1. {@link #realistic(Playbook)} gives every stage the
 * mix a CRM's log usually has, weighing interactions most; {@link #builder(Playbook)} sets them
 * stage by stage.
 *
 * <pre>{@code
 * EventMix mix = EventMix.builder(funnel)
 *     .everywhere(EventType.INTERACTION, "yes", 0.3)
 *     .everywhere(EventType.INTERACTION, "no", 0.2)
 *     .everywhere(EventType.INTERACTION, "dont_know", 0.3)
 *     .everywhere(EventType.PURCHASE, "", 0.2)
 *     .build()
 *     .toEither()
 *     .getOrElseThrow(problems -> new IllegalArgumentException(problems.mkString("; ")));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EventMix {

  /**
   * The weights of a CRM's usual log: interactions most, then criteria, time passing, purchases;
   * the same map as {@link EventLog#REALISTIC_WEIGHTS}, which the testkit's generator uses too.
   */
  public static final Map<EventType, Integer> REALISTIC_WEIGHTS = EventLog.REALISTIC_WEIGHTS;

  private final Playbook playbook;
  private final Map<String, Seq<Tuple2<Event, Double>>> byStage;

  private EventMix(Playbook playbook, Map<String, Seq<Tuple2<Event, Double>>> byStage) {
    this.playbook = playbook;
    this.byStage = byStage;
  }

  /**
   * Returns the realistic mix at every stage: each event type the journey knows weighs as in {@link
   * #REALISTIC_WEIGHTS}, shared equally among its details.
   *
   * @param playbook the playbook
   * @return the mix
   */
  public static EventMix realistic(Playbook playbook) {
    Builder builder = builder(playbook);
    Seq<EventType> types =
        playbook.eventTypes().filter(type -> REALISTIC_WEIGHTS.get(type).getOrElse(0) > 0);
    double total = types.map(type -> REALISTIC_WEIGHTS.get(type).get()).sum().doubleValue();
    for (EventType type : types) {
      Seq<String> details = playbook.detailsOf(type).getOrElse(List.of(""));
      for (String detail : details) {
        builder.everywhere(
            type, detail, REALISTIC_WEIGHTS.get(type).get() / total / details.size());
      }
    }
    return builder
        .build()
        .toEither()
        .getOrElseThrow(problems -> new IllegalStateException(problems.mkString("; ")));
  }

  /**
   * Starts a mix for a playbook's journey, with no event at any stage yet.
   *
   * @param playbook the playbook
   * @return the builder
   */
  public static Builder builder(Playbook playbook) {
    return new Builder(Objects.requireNonNull(playbook, "playbook is null"));
  }

  /**
   * Returns the playbook the mix is for.
   *
   * @return the playbook
   */
  public Playbook playbook() {
    return playbook;
  }

  /**
   * Returns the events at a stage with their probabilities; each event happens at the epoch.
   *
   * @param stage the stage's id
   * @return the events and probabilities, adding up to 1
   */
  public Seq<Tuple2<Event, Double>> at(String stage) {
    return byStage.get(stage).getOrElse(List.empty());
  }

  /**
   * Assembles an {@link EventMix}; a mutable, single-threaded helper.
   *
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Playbook playbook;
    private final java.util.Map<String, java.util.Map<String, Double>> probabilities =
        new java.util.LinkedHashMap<>();

    private Builder(Playbook playbook) {
      this.playbook = playbook;
      for (Stage stage : playbook.journey().stages()) {
        probabilities.put(stage.id(), new java.util.LinkedHashMap<>());
      }
    }

    /**
     * Sets the probability of an event at one stage.
     *
     * @param stage the stage's id
     * @param type the event type
     * @param detail its detail; empty for none
     * @param probability from 0 to 1
     * @return this builder
     */
    public Builder at(String stage, EventType type, String detail, double probability) {
      probabilities
          .computeIfAbsent(stage, unknown -> new java.util.LinkedHashMap<>())
          .put(type.id() + " " + detail, probability);
      return this;
    }

    /**
     * Sets the probability of an event at every stage.
     *
     * @param type the event type
     * @param detail its detail; empty for none
     * @param probability from 0 to 1
     * @return this builder
     */
    public Builder everywhere(EventType type, String detail, double probability) {
      for (Stage stage : playbook.journey().stages()) {
        at(stage.id(), type, detail, probability);
      }
      return this;
    }

    /**
     * Checks the mix and builds it: every stage must exist, every event must be one the journey
     * knows with a detail it accepts, every probability from 0 to 1, and each stage's add up to 1.
     *
     * @return the mix, or every problem found
     */
    public Validation<Seq<String>, EventMix> build() {
      List<String> problems = List.empty();
      Map<String, Seq<Tuple2<Event, Double>>> byStage = LinkedHashMap.empty();
      for (var stage : probabilities.entrySet()) {
        if (!playbook.journey().hasStage(stage.getKey())) {
          problems =
              problems.append("stage '" + stage.getKey() + "': the journey has no such stage");
          continue;
        }
        List<Tuple2<Event, Double>> events = List.empty();
        double sum = 0;
        for (var entry : stage.getValue().entrySet()) {
          String[] key = entry.getKey().split(" ", 2);
          EventType type = playbook.journey().eventType(key[0]).getOrElse(EventType.TIME_PASSED);
          String where =
              "stage '" + stage.getKey() + "', " + key[0] + (key[1].isEmpty() ? "" : " " + key[1]);
          double probability = entry.getValue();
          if (!(probability >= 0 && probability <= 1)) {
            problems =
                problems.append(where + ": the probability " + probability + " is outside 0..1");
          }
          if (playbook.journey().eventType(key[0]).isEmpty()) {
            problems =
                problems.append(
                    where + ": journey '" + playbook.journey().id() + "' does not know this event");
            continue;
          }
          Validation<Seq<Problem>, Event> event =
              type.fromDetail(key[1], Instant.EPOCH).flatMap(playbook.journey()::check);
          if (event.isInvalid()) {
            problems =
                problems.append(
                    where + ": " + event.getError().map(Problem::message).mkString("; "));
            continue;
          }
          sum += probability;
          events = events.append(new Tuple2<>(event.get(), probability));
        }
        if (Math.abs(sum - 1) > 1e-9) {
          problems =
              problems.append(
                  "stage '" + stage.getKey() + "': the probabilities add up to " + sum + ", not 1");
        }
        byStage = byStage.put(stage.getKey(), events);
      }
      return problems.isEmpty()
          ? Validation.valid(new EventMix(playbook, byStage))
          : Validation.invalid(problems);
    }
  }
}
