package io.github.journeykit.report.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.eventlog.EventLog;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.Stage;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import org.apiguardian.api.API;

/**
 * How likely each event is at each stage of a journey: what a {@link Forecast} predicts from.
 *
 * <p>At every stage the probabilities of the events (an interaction's yes, no and don't know, a
 * criterion met, a purchase, ...) add up to 1. {@link #typical(Playbook)} gives each stage what a
 * customer there tends to do, as the journey's own rules say; {@link #realistic(Playbook)} gives
 * every stage the same mix, the one a CRM's log usually has; {@link #builder(Playbook)} sets them
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

  /** The instant the typical mix's probes decide at, as the forecast's chain does. */
  private static final Instant PROBE = Instant.parse("2026-01-01T00:00:00Z");

  private final Playbook playbook;
  private final Map<String, Seq<Tuple2<Event, Double>>> byStage;

  /** Whether only active customers do anything: a typical mix. */
  private final boolean activeOnly;

  private EventMix(
      Playbook playbook, Map<String, Seq<Tuple2<Event, Double>>> byStage, boolean activeOnly) {
    this.playbook = playbook;
    this.byStage = byStage;
    this.activeOnly = activeOnly;
  }

  /**
   * Returns the realistic mix at every stage: each event type the journey knows weighs as in {@link
   * #REALISTIC_WEIGHTS}, shared equally among its details.
   *
   * <p>The mix is the same at every stage: a customer who does not know the business yet buys as
   * often as one at the moment of purchase, so a {@link Forecast} from it predicts a purchase from
   * nearly every stage for nearly every customer. {@link #typical(Playbook)} tells the stages
   * apart.
   *
   * @param playbook the playbook
   * @return the mix
   */
  public static EventMix realistic(Playbook playbook) {
    Builder builder = builder(playbook);
    Seq<EventType> types = playbook.eventTypes().filter(EventMix::weighed);
    for (Stage stage : playbook.journey().stages()) {
      weigh(builder, stage.id(), types);
    }
    return built(builder);
  }

  /** Whether a CRM's usual log weighs an event type. */
  private static boolean weighed(EventType type) {
    return REALISTIC_WEIGHTS.get(type).getOrElse(0) > 0;
  }

  /**
   * Sets the events of some types at a stage: each type's weight in a CRM's usual log over the
   * types' total, shared equally among the type's details.
   */
  private static void weigh(Builder builder, String stage, Seq<EventType> types) {
    double total = types.map(type -> REALISTIC_WEIGHTS.get(type).get()).sum().doubleValue();
    for (EventType type : types) {
      Seq<String> details = builder.playbook.detailsOf(type).getOrElse(List.of(""));
      for (String detail : details) {
        builder.at(stage, type, detail, REALISTIC_WEIGHTS.get(type).get() / total / details.size());
      }
    }
  }

  /** Builds a mix made here, whose every event the journey knows. */
  private static EventMix built(Builder builder) {
    return builder
        .build()
        .toEither()
        .getOrElseThrow(problems -> new IllegalStateException(problems.mkString("; ")));
  }

  /**
   * Returns what a customer at each stage tends to do, as the journey's own rules say: at each
   * stage, the events the rules answer there, weighed as a CRM's log weighs them, with purchases
   * only where the journey has customers buy.
   *
   * <p>At a stage, a customer does what some rule that applies there (one that names the stage, or
   * names no stage) reacts to: each such event type the journey knows weighs as in {@link
   * #REALISTIC_WEIGHTS}, shared equally among the details the journey accepts for it (an
   * interaction's yes, no and don't know; each of the journey's criteria; a positive and a negative
   * experience), and the stage's probabilities are these weights over their sum. So a refusal and a
   * churn, which every ready-made journey answers everywhere, can happen at every stage, while an
   * experience happens only where a rule listens for one.
   *
   * <p>Purchases are the exception: a rule that counts a purchase wherever it comes is bookkeeping,
   * not a statement that customers buy everywhere. A customer buys, where a rule answers a
   * purchase, only
   *
   * <ul>
   *   <li>at the <em>moment of purchase</em>: the last stage before the first stage a purchase
   *       takes a customer to, from which a purchase takes a customer on ({@code buyer} in the
   *       sales funnel, {@code deal} in the loyalty loop, {@code prepayment} at the web studio);
   *   <li>at that first stage and every stage after it, where customers who bought buy again;
   *   <li>at the journey's final stages: a journey runs to a purchase and beyond, so its end is
   *       where its customers buy; in a journey where no purchase moves anyone, as {@code b2b} and
   *       {@code sales-conversation}, the only place.
   * </ul>
   *
   * Which stage a purchase takes a customer to is asked of the journey's engine: a new, active
   * customer at each stage, with no criteria and no purchase yet, makes one. Where the journey has
   * no such stage at all, no customer ever buys under this mix, and a {@link Forecast} says so.
   *
   * <p>That is what an active customer does. A grey customer is out of active work and a blue one
   * has bought elsewhere or left us: under this mix they do nothing more ({@link #at(String,
   * CustomerStatus)} is empty for them), so a {@link Forecast} predicts the purchases customers
   * make before they are lost, not the certain purchase of a customer who never leaves. A stage
   * where no rule answers anything has no events either: a customer who gets there does nothing
   * more. Event types the weights do not name (a journey's own) are left out, as in {@link
   * #realistic(Playbook)}.
   *
   * <pre>{@code
   * EventMix typical = EventMix.typical(Catalogue.get("sales-funnel").get());
   * typical.at("uninformed");   // yes, no, don't know, money, need, decision, refused, churned
   * typical.at("buyer");        // the same and a purchase
   * }</pre>
   *
   * @param playbook the playbook
   * @return the mix
   * @since 0.1
   */
  public static EventMix typical(Playbook playbook) {
    Objects.requireNonNull(playbook, "playbook is null");
    Set<String> buying = buyingStages(playbook);
    Builder builder = builder(playbook);
    builder.typical = true;
    for (Stage stage : playbook.journey().stages()) {
      Seq<EventType> answered =
          playbook
              .eventTypes()
              .filter(EventMix::weighed)
              .filter(
                  type ->
                      playbook
                          .rules()
                          .exists(
                              rule ->
                                  rule.on().id().equals(type.id()) && rule.appliesAt(stage.id())))
              .filter(
                  type ->
                      !type.id().equals(EventType.PURCHASE.id()) || buying.contains(stage.id()));
      weigh(builder, stage.id(), answered);
    }
    return built(builder);
  }

  /**
   * The stages where a customer buys: the moment of purchase, the stages from the first one a
   * purchase takes a customer to, the final stages; see {@link #typical(Playbook)}.
   */
  private static Set<String> buyingStages(Playbook playbook) {
    Journey journey = playbook.journey();
    Seq<Stage> stages = journey.stages();
    Set<String> buying = HashSet.ofAll(stages.filter(Stage::isFinal).map(Stage::id));
    if (journey.eventType(EventType.PURCHASE.id()).isEmpty()) {
      return buying;
    }
    Engine engine = playbook.compile().withExplanations(false);
    Event purchase =
        EventType.PURCHASE
            .fromDetail("", PROBE.plus(Duration.ofDays(1)))
            .flatMap(journey::check)
            .toEither()
            .getOrElseThrow(problems -> new IllegalStateException(problems.mkString("; ")));
    int[] takesTo = new int[stages.size()];
    int first = stages.size();
    for (int i = 0; i < stages.size(); i++) {
      Position customer =
          Position.of(
              "typical",
              journey.id(),
              stages.get(i).id(),
              CustomerStatus.ACTIVE,
              TreeSet.empty(),
              0,
              PROBE,
              PROBE);
      takesTo[i] = journey.orderOf(engine.decide(customer, purchase).after().stage()).get();
      if (takesTo[i] > i) {
        first = Math.min(first, takesTo[i]);
      }
    }
    for (int i = first - 1; i >= 0; i--) {
      if (takesTo[i] > i) {
        buying = buying.add(stages.get(i).id());
        break;
      }
    }
    for (int i = first; i < stages.size(); i++) {
      buying = buying.add(stages.get(i).id());
    }
    return buying;
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
   * @return the events and probabilities, adding up to 1; empty at a stage of a {@link
   *     #typical(Playbook) typical} mix where no rule answers anything
   */
  public Seq<Tuple2<Event, Double>> at(String stage) {
    return byStage.get(stage).getOrElse(List.empty());
  }

  /**
   * Returns the events of a customer with a status at a stage, with their probabilities: those of
   * {@link #at(String)}, except that under a {@link #typical(Playbook) typical} mix a grey or blue
   * customer does nothing.
   *
   * @param stage the stage's id
   * @param status the customer's status
   * @return the events and probabilities, adding up to 1, or none
   * @since 0.1
   */
  public Seq<Tuple2<Event, Double>> at(String stage, CustomerStatus status) {
    Objects.requireNonNull(status, "status is null");
    return activeOnly && status != CustomerStatus.ACTIVE ? List.empty() : at(stage);
  }

  /**
   * Draws what a customer does next, where they are, by the probabilities of the mix.
   *
   * <pre>{@code
   * Option<Event> next = mix.draw(position, random).map(event -> event.happenedAt(now));
   * }</pre>
   *
   * @param customer the customer's position: their stage and status
   * @param random the source of randomness, seeded by the caller
   * @return the event, at the epoch; none where the customer does nothing ({@link #at(String,
   *     CustomerStatus)} is empty)
   * @since 0.1
   */
  public Option<Event> draw(Position customer, Random random) {
    Objects.requireNonNull(customer, "customer is null");
    Objects.requireNonNull(random, "random is null");
    Seq<Tuple2<Event, Double>> events = at(customer.stage(), customer.status());
    if (events.isEmpty()) {
      return Option.none();
    }
    double left = random.nextDouble();
    for (Tuple2<Event, Double> event : events) {
      left -= event._2;
      if (left < 0) {
        return Option.of(event._1);
      }
    }
    return Option.of(events.last()._1);
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

    /**
     * Whether the mix is a typical one: a stage may have no events (no rule answers anything
     * there), and grey and blue customers do nothing.
     */
    private boolean typical;

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
        if (Math.abs(sum - 1) > 1e-9 && !(typical && events.isEmpty())) {
          problems =
              problems.append(
                  "stage '" + stage.getKey() + "': the probabilities add up to " + sum + ", not 1");
        }
        byStage = byStage.put(stage.getKey(), events);
      }
      return problems.isEmpty()
          ? Validation.valid(new EventMix(playbook, byStage, typical))
          : Validation.invalid(problems);
    }
  }
}
