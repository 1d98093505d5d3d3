package io.github.journeykit.report.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Stage;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.apiguardian.api.API;

/**
 * Predicts, for a customer starting at each stage, the probability that they ever purchase and the
 * expected number of interactions (events) until they do, from how likely each event is at each
 * stage.
 *
 * <p><b>The chain.</b> A customer who has not bought yet is in a state: their stage, status and
 * criteria. Each step, one event happens, drawn from the {@link EventMix} of their stage, and the
 * journey's engine decides where it takes them; a first purchase ends the walk (the absorbing
 * state). A state where the mix has no event for the customer ({@link EventMix#at(String,
 * io.github.journeykit.model.CustomerStatus)} is empty: under a {@linkplain EventMix#typical
 * typical mix}, a grey or blue customer) ends it too, without a purchase. Time is not part of the
 * state: each event comes one day after the last, so rules that need a customer to be quiet for
 * longer never fire. {@link #analytic()} solves the chain exactly (by iterating to a fixed point
 * within 1e-12); {@link #simulate(int, long)} walks customers through the same chain by chance, to
 * check it. The expected number of interactions is counted over the customers who do purchase.
 *
 * <p>Where no customer can ever purchase, from any stage, the chain has no absorbing state, and the
 * prediction says so instead of giving numbers.
 *
 * <pre>{@code
 * Forecast forecast = Forecast.of(playbook, EventMix.typical(playbook));
 * forecast.analytic().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Forecast {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final int MAX_ITERATIONS = 200_000;
  private static final int MAX_STEPS = 10_000;

  /**
   * The prediction for customers who start at one stage.
   *
   * @param stage the stage's id
   * @param purchaseProbability the probability they ever purchase
   * @param expectedInteractions the expected number of interactions until they do, among those who
   *     do; none when they never do
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Prediction(
      String stage, double purchaseProbability, Option<Double> expectedInteractions) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s: %.4f, %s",
          stage,
          purchaseProbability,
          expectedInteractions
              .map(e -> String.format(Locale.ROOT, "%.2f interactions", e))
              .getOrElse("never"));
    }
  }

  /**
   * The predictions for every stage, or the reason there are none.
   *
   * @param predictions one per stage, in journey order; empty when there is no absorbing state
   * @param noAbsorbingState why there are no numbers, when the chain has no absorbing state
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Result(Seq<Prediction> predictions, Option<String> noAbsorbingState) {}

  private final Playbook playbook;
  private final EventMix mix;
  private final Engine engine;
  private final java.util.List<Position> states = new ArrayList<>();
  private final Map<Position, Integer> index = new HashMap<>();
  private final java.util.List<int[]> next = new ArrayList<>();
  private final java.util.List<double[]> probability = new ArrayList<>();
  private final int[] starts;
  private static final int PURCHASED = -1;

  private Forecast(Playbook playbook, EventMix mix) {
    this.playbook = playbook;
    this.mix = mix;
    this.engine = playbook.compile().withExplanations(false);
    Seq<Stage> stages = playbook.journey().stages();
    this.starts = new int[stages.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] =
          state(
              Position.of(
                  "forecast",
                  playbook.journey().id(),
                  stages.get(i).id(),
                  CustomerStatus.ACTIVE,
                  TreeSet.empty(),
                  0,
                  T0,
                  T0));
    }
    for (int s = 0; s < states.size(); s++) {
      explore(s);
    }
  }

  /**
   * Builds the chain of a playbook under a mix of events.
   *
   * @param playbook the playbook
   * @param mix the events' probabilities, for the same playbook
   * @return the forecast
   */
  public static Forecast of(Playbook playbook, EventMix mix) {
    Objects.requireNonNull(playbook, "playbook is null");
    Objects.requireNonNull(mix, "mix is null");
    if (!mix.playbook().equals(playbook)) {
      throw new IllegalArgumentException("the mix is for another playbook");
    }
    return new Forecast(playbook, mix);
  }

  /**
   * Returns how many states (stage, status, criteria, before a purchase) the chain has.
   *
   * @return the number of transient states
   */
  public int states() {
    return states.size();
  }

  private int state(Position position) {
    Integer known = index.get(position);
    if (known != null) {
      return known;
    }
    index.put(position, states.size());
    states.add(position);
    next.add(new int[0]);
    probability.add(new double[0]);
    return states.size() - 1;
  }

  private void explore(int s) {
    Position position = states.get(s);
    Seq<Tuple2<Event, Double>> events = mix.at(position.stage(), position.status());
    int[] to = new int[events.size()];
    double[] p = new double[events.size()];
    for (int k = 0; k < events.size(); k++) {
      p[k] = events.get(k)._2;
      to[k] = step(position, events.get(k)._1);
    }
    next.set(s, to);
    probability.set(s, p);
  }

  /** The state an event takes a customer to, or {@link #PURCHASED}. */
  private int step(Position position, Event event) {
    Decision decision = engine.decide(position, event.happenedAt(T0.plus(Duration.ofDays(1))));
    Position after = decision.after();
    if (after.purchases() > 0) {
      return PURCHASED;
    }
    return state(
        new Position(
            after.enrolment(),
            after.stage(),
            after.status(),
            Facts.none(after.facts().declared()).withCriteria(after.criteria()),
            T0,
            T0));
  }

  /** Which states can still reach a purchase, following events of positive probability. */
  private boolean[] canPurchase() {
    int n = states.size();
    boolean[] can = new boolean[n];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int s = 0; s < n; s++) {
        if (can[s]) {
          continue;
        }
        int[] to = next.get(s);
        double[] p = probability.get(s);
        for (int k = 0; k < to.length; k++) {
          if (p[k] > 0 && (to[k] == PURCHASED || can[to[k]])) {
            can[s] = true;
            changed = true;
            break;
          }
        }
      }
    }
    return can;
  }

  /**
   * Solves the chain: for each stage, the probability of ever purchasing and the expected number of
   * interactions until then.
   *
   * @return the predictions, or why there are none
   */
  public Result analytic() {
    int n = states.size();
    double[] absorbed = new double[n];
    double[] weightedSteps = new double[n];
    boolean reachable = false;
    for (int s = 0; s < n && !reachable; s++) {
      for (int to : next.get(s)) {
        reachable |= to == PURCHASED;
      }
    }
    if (!reachable) {
      return new Result(
          List.empty(),
          Option.of(
              "no customer can ever purchase in journey '"
                  + playbook.journey().id()
                  + "' under this mix: the chain has no absorbing state"));
    }
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double change = 0;
      for (int s = 0; s < n; s++) {
        int[] to = next.get(s);
        double[] p = probability.get(s);
        double b = 0;
        for (int k = 0; k < to.length; k++) {
          b += p[k] * (to[k] == PURCHASED ? 1 : absorbed[to[k]]);
        }
        change = Math.max(change, Math.abs(b - absorbed[s]));
        absorbed[s] = b;
      }
      if (change < 1e-13) {
        break;
      }
    }
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double change = 0;
      for (int s = 0; s < n; s++) {
        int[] to = next.get(s);
        double[] p = probability.get(s);
        double h = absorbed[s];
        for (int k = 0; k < to.length; k++) {
          if (to[k] != PURCHASED) {
            h += p[k] * weightedSteps[to[k]];
          }
        }
        change = Math.max(change, Math.abs(h - weightedSteps[s]) / Math.max(1, h));
        weightedSteps[s] = h;
      }
      if (change < 1e-13) {
        break;
      }
    }
    List<Prediction> predictions = List.empty();
    for (int i = starts.length - 1; i >= 0; i--) {
      int s = starts[i];
      double b = absorbed[s];
      predictions =
          predictions.prepend(
              new Prediction(
                  states.get(s).stage(),
                  b,
                  b < 1e-12 ? Option.none() : Option.of(weightedSteps[s] / b)));
    }
    return new Result(predictions, Option.none());
  }

  /**
   * Walks customers through the same chain by chance: for each stage, {@code customers} customers
   * starting there, each until their first purchase, until they reach a state from which no
   * purchase can follow, or for at most {@value #MAX_STEPS} interactions.
   *
   * @param customers how many customers start at each stage
   * @param seed the seed of the walk
   * @return the estimates, or why there are none
   */
  public Result simulate(int customers, long seed) {
    if (customers < 1) {
      throw new IllegalArgumentException("customers must be at least 1, got " + customers);
    }
    Result analytic = analytic();
    if (analytic.noAbsorbingState().isDefined()) {
      return analytic;
    }
    boolean[] can = canPurchase();
    Random random = new Random(seed);
    List<Prediction> predictions = List.empty();
    for (int i = starts.length - 1; i >= 0; i--) {
      long bought = 0;
      long steps = 0;
      for (int c = 0; c < customers; c++) {
        int s = starts[i];
        // A customer in a state from which no purchase can be reached will never buy: stop walking.
        for (int step = 1; step <= MAX_STEPS && can[s]; step++) {
          int[] to = next.get(s);
          double[] p = probability.get(s);
          double draw = random.nextDouble();
          int k = 0;
          while (k < p.length - 1 && draw >= p[k]) {
            draw -= p[k];
            k++;
          }
          if (to[k] == PURCHASED) {
            bought++;
            steps += step;
            break;
          }
          s = to[k];
        }
      }
      predictions =
          predictions.prepend(
              new Prediction(
                  states.get(starts[i]).stage(),
                  (double) bought / customers,
                  bought == 0 ? Option.none() : Option.of((double) steps / bought)));
    }
    return new Result(predictions, Option.none());
  }
}
