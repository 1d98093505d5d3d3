package io.github.journeykit.report.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Stage;
import io.github.journeykit.rules.Decision;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Objects;
import java.util.PriorityQueue;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Collects the funnel figures of a journey from replayed decisions, in one pass, and reports them.
 *
 * <p>Feed it every decision of every customer ({@link #record(Decision)}), each customer's in
 * order; customers may come in any order and interleave, and the figures come out the same. Memory
 * grows with the number of customers and stages, not with the number of events: times in stage are
 * kept as they are up to {@value FunnelReport#EXACT_DURATIONS} per stage, their medians and 90th
 * percentiles exact, and beyond are counted in fixed buckets (within 0.1 %; see {@link
 * FunnelReport} for how they are taken).
 *
 * <p>Until told otherwise the collector keeps each customer's latest position, since a decision of
 * theirs may still come. When a customer's history is complete, {@link #finish(String)} says so:
 * the collector adds the customer to the counts and drops the position. Of the finished customers
 * it keeps, per stage, only the {@value FunnelReport#LISTED} the report lists as waiting longest
 * and as idle longest, and, of the active ones, the instant of last activity of those not stuck yet
 * (who did something within the stuck threshold of the latest instant so far) until they are; the
 * others are counted. A population replayed customer by customer, each finished after their last
 * decision, thus takes memory that does not grow with its size, beyond the customers active within
 * the threshold of its end, and the report is the same.
 *
 * <p>A collector is mutable and meant for one thread; {@link #report()} may be called at any time.
 *
 * <pre>{@code
 * Funnel funnel = Funnel.of(engine.journey());
 * for (var customer : customers) {
 *   engine.replay(customer.start(), customer.events()).decisions().forEach(funnel::record);
 *   funnel.finish(customer.id());   // their history is complete: keep only what the report lists
 * }
 * FunnelReport report = funnel.report();
 * System.out.print(report.table());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Funnel {

  /** How long an active customer may do nothing before counting as stuck, unless told otherwise. */
  public static final Duration DEFAULT_STUCK_AFTER = Duration.ofDays(30);

  private final Journey journey;
  private final Duration stuckAfter;
  private final java.util.Map<String, Integer> order = new HashMap<>();
  private final java.util.Map<String, Customer> customers = new HashMap<>();
  private final DurationCounts[] inStage;
  private final DurationCounts toFirstPurchase = new DurationCounts();
  private final java.util.Map<Tuple2<String, String>, Long> moves = new HashMap<>();
  private @Nullable Instant last;

  /** Of the finished customers: how many, by highest stage, by current stage and status. */
  private long finished;

  private final long[] finishedHighest;
  private final long[][] finishedCurrent;

  /** Of the finished customers at each stage that is not final: what the report says of them. */
  private final Finished[] finishedAt;

  /** What the collector keeps per customer. */
  private static final class Customer {
    final Instant firstEvent;
    int highest;
    Position position;
    boolean bought;

    Customer(Instant firstEvent, int highest, Position position) {
      this.firstEvent = firstEvent;
      this.highest = highest;
      this.position = position;
    }
  }

  private Funnel(Journey journey, Duration stuckAfter) {
    this.journey = journey;
    this.stuckAfter = stuckAfter;
    for (int i = 0; i < journey.stages().size(); i++) {
      order.put(journey.stages().get(i).id(), i);
    }
    this.inStage = new DurationCounts[journey.stages().size()];
    for (int i = 0; i < inStage.length; i++) {
      inStage[i] = new DurationCounts();
    }
    this.finishedHighest = new long[inStage.length];
    this.finishedCurrent = new long[inStage.length][CustomerStatus.values().length];
    this.finishedAt = new Funnel.Finished[inStage.length];
    for (int i = 0; i < inStage.length; i++) {
      finishedAt[i] = new Finished();
    }
  }

  /** A customer and an instant of theirs, ordered by the instant and then by the customer's id. */
  private record Named(Instant at, String customer) implements Comparable<Named> {
    @Override
    public int compareTo(Named other) {
      int byInstant = at.compareTo(other.at);
      return byInstant != 0 ? byInstant : customer.compareTo(other.customer);
    }
  }

  /**
   * The {@value FunnelReport#LISTED} customers of the earliest instants offered: those who entered
   * a stage first (who have waited longest) or last did something longest ago (the longest idle).
   */
  private static final class Earliest {
    /** The latest of the kept on top, so that an earlier one replaces it. */
    private final PriorityQueue<Named> kept =
        new PriorityQueue<>(FunnelReport.LISTED + 1, Comparator.reverseOrder());

    void offer(Named named) {
      if (kept.size() < FunnelReport.LISTED) {
        kept.add(named);
      } else if (named.compareTo(kept.peek()) < 0) {
        kept.poll();
        kept.add(named);
      }
    }

    int size() {
      return kept.size();
    }
  }

  /**
   * What the report needs of the finished customers at one stage that is not final: the
   * longest-waiting and the longest idle by name, and how many are stuck. A finished active
   * customer is stuck once the log's last instant is more than the threshold after their last
   * activity; as the last instant only grows, one found stuck stays stuck and is only counted.
   * Those not stuck yet, the ones active within the threshold of the last instant, are kept as
   * their instant of last activity until they are.
   */
  private final class Finished {
    final Earliest waiting = new Earliest();
    final Earliest idle = new Earliest();
    final PriorityQueue<Instant> notStuckYet = new PriorityQueue<>();
    long stuck;

    void add(String customer, Instant entered, @Nullable Instant lastActive) {
      waiting.offer(new Named(entered, customer));
      if (lastActive != null) {
        idle.offer(new Named(lastActive, customer));
        notStuckYet.add(lastActive);
      }
      countStuck();
    }

    /** Counts those whom the last instant has made stuck. */
    void countStuck() {
      Instant end = last == null ? Instant.EPOCH : last;
      while (!notStuckYet.isEmpty() && isStuck(notStuckYet.peek(), end)) {
        notStuckYet.poll();
        stuck++;
      }
    }

    int kept() {
      return waiting.size() + idle.size() + notStuckYet.size();
    }
  }

  private boolean isStuck(Instant lastActive, Instant end) {
    return Duration.between(lastActive, end).compareTo(stuckAfter) > 0;
  }

  /**
   * Starts collecting for a journey, with active customers counted as stuck after 30 days without
   * activity.
   *
   * @param journey the journey
   * @return the collector
   */
  public static Funnel of(Journey journey) {
    return new Funnel(Objects.requireNonNull(journey, "journey is null"), DEFAULT_STUCK_AFTER);
  }

  /**
   * Starts collecting for a journey with another stuck threshold.
   *
   * @param journey the journey
   * @param stuckAfter how long an active customer may do nothing before counting as stuck
   * @return the collector
   */
  public static Funnel of(Journey journey, Duration stuckAfter) {
    Objects.requireNonNull(stuckAfter, "stuckAfter is null");
    if (stuckAfter.isNegative()) {
      throw new IllegalArgumentException("stuckAfter is negative: " + stuckAfter);
    }
    return new Funnel(Objects.requireNonNull(journey, "journey is null"), stuckAfter);
  }

  /**
   * Records one decision. A customer's decisions must come in the order they were made; rejected
   * decisions change nothing.
   *
   * @param decision the decision
   */
  public void record(Decision decision) {
    Objects.requireNonNull(decision, "decision is null");
    if (decision.isRejected()) {
      return;
    }
    Position before = decision.before();
    Position after = decision.after();
    Instant at = decision.event().at();
    Customer customer =
        customers.computeIfAbsent(
            before.customer(), id -> new Customer(at, order(before.stage()), before));
    if (last == null || at.isAfter(last)) {
      last = at;
    }
    if (decision.moved()) {
      inStage[order(before.stage())].add(Duration.between(before.enteredStageAt(), at));
      moves.merge(Tuple.of(before.stage(), after.stage()), 1L, Long::sum);
      customer.highest = Math.max(customer.highest, order(after.stage()));
    }
    if (!customer.bought && after.purchases() > before.purchases()) {
      customer.bought = true;
      toFirstPurchase.add(Duration.between(customer.firstEvent, at));
    }
    customer.position = after;
  }

  /**
   * Says that a customer's history is complete: no decision of theirs comes any more. The customer
   * is added to the counts (the furthest stage they reached, where they are now and with which
   * status, whether they are stuck) and their position is dropped; the collector keeps of them only
   * what the report may still list by name (among the longest-waiting and the longest idle of their
   * stage) and, while they are active and not stuck yet, when they last did something, since
   * whether they are stuck is measured from the log's last instant, which later customers may move
   * on. The report is the same as without this call.
   *
   * <p>Call it after the customer's last decision, once. The collector does not remember whom it
   * finished: a decision of a finished customer recorded afterwards counts as a new customer. A
   * customer of whom no decision was recorded, or only rejected ones, is not counted either way,
   * and finishing them does nothing. To replay a log whose customers' events interleave, record
   * everything and finish no one.
   *
   * @param customerId the customer's id, as in their positions
   * @since 0.1
   */
  public void finish(String customerId) {
    Objects.requireNonNull(customerId, "customerId is null");
    Customer customer = customers.remove(customerId);
    if (customer == null) {
      return;
    }
    Position position = customer.position;
    int stage = order(position.stage());
    finished++;
    finishedHighest[customer.highest]++;
    finishedCurrent[stage][position.status().ordinal()]++;
    if (!journey.stages().get(stage).isFinal()) {
      finishedAt[stage].add(
          customerId,
          position.enteredStageAt(),
          position.status() == CustomerStatus.ACTIVE ? position.lastActiveAt() : null);
    }
  }

  /**
   * Records decisions, in order.
   *
   * @param decisions the decisions
   */
  public void recordAll(Iterable<Decision> decisions) {
    decisions.forEach(this::record);
  }

  /**
   * Reports the figures of everything recorded so far.
   *
   * @return the report
   */
  public FunnelReport report() {
    int stages = inStage.length;
    long[] highest = new long[stages];
    long[][] current = new long[stages][CustomerStatus.values().length];
    java.util.List<java.util.List<Named>> waiting = new ArrayList<>();
    java.util.List<java.util.List<Named>> idle = new ArrayList<>();
    long[] stuck = new long[stages];
    Instant end = last == null ? Instant.EPOCH : last;
    for (int i = 0; i < stages; i++) {
      highest[i] += finishedHighest[i];
      for (int status = 0; status < current[i].length; status++) {
        current[i][status] += finishedCurrent[i][status];
      }
      Finished finished = finishedAt[i];
      finished.countStuck();
      stuck[i] = finished.stuck;
      waiting.add(new ArrayList<>(finished.waiting.kept));
      idle.add(new ArrayList<>(finished.idle.kept));
    }
    for (java.util.Map.Entry<String, Customer> entry : customers.entrySet()) {
      Customer customer = entry.getValue();
      Position position = customer.position;
      int stage = order(position.stage());
      highest[customer.highest]++;
      current[stage][position.status().ordinal()]++;
      if (journey.stages().get(stage).isFinal()) {
        continue; // a customer at a final stage is done: neither waiting nor stuck
      }
      waiting.get(stage).add(new Named(position.enteredStageAt(), entry.getKey()));
      if (position.status() == CustomerStatus.ACTIVE) {
        idle.get(stage).add(new Named(position.lastActiveAt(), entry.getKey()));
        if (isStuck(position.lastActiveAt(), end)) {
          stuck[stage]++;
        }
      }
    }
    long[] reached = new long[stages];
    long running = 0;
    for (int i = stages - 1; i >= 0; i--) {
      running += highest[i];
      reached[i] = running;
    }
    List<FunnelReport.StageFigures> figures = List.empty();
    for (int i = stages - 1; i >= 0; i--) {
      Stage stage = journey.stages().get(i);
      Option<Double> conversion =
          i + 1 < stages && reached[i] > 0
              ? Option.of((double) reached[i + 1] / reached[i])
              : Option.none();
      Seq<FunnelReport.Waiting> longestWaiting =
          List.ofAll(waiting.get(i))
              .sorted()
              .take(FunnelReport.LISTED)
              .map(n -> new FunnelReport.Waiting(n.customer(), Duration.between(n.at(), end)));
      Seq<String> longestIdle =
          List.ofAll(idle.get(i))
              .sorted()
              .takeWhile(n -> isStuck(n.at(), end))
              .take(FunnelReport.LISTED)
              .map(Named::customer);
      figures =
          figures.prepend(
              new FunnelReport.StageFigures(
                  stage.id(),
                  reached[i],
                  current[i][CustomerStatus.ACTIVE.ordinal()],
                  current[i][CustomerStatus.GREY.ordinal()],
                  current[i][CustomerStatus.BLUE.ordinal()],
                  conversion,
                  inStage[i].count(),
                  inStage[i].median(),
                  inStage[i].p90(),
                  longestWaiting,
                  longestIdle,
                  stuck[i],
                  stage.isFinal()));
    }
    Map<Tuple2<String, String>, Long> edges = LinkedHashMap.empty();
    for (var edge :
        List.ofAll(moves.entrySet())
            .sortBy(e -> order(e.getKey()._1) * (long) stages + order(e.getKey()._2))) {
      edges = edges.put(edge.getKey(), edge.getValue());
    }
    return new FunnelReport(
        journey.id(),
        customers.size() + finished,
        Option.of(last),
        stuckAfter,
        figures,
        new FunnelReport.TimeFigures(
            toFirstPurchase.count(), toFirstPurchase.median(), toFirstPurchase.p90()),
        edges);
  }

  private int order(String stage) {
    Integer place = order.get(stage);
    if (place == null) {
      throw new IllegalArgumentException(
          "stage '" + stage + "' is not a stage of journey '" + journey.id() + "'");
    }
    return place;
  }

  /**
   * Returns how many customers were recorded, finished or not.
   *
   * @return the number of customers
   */
  public int customers() {
    return Math.toIntExact(customers.size() + finished);
  }

  /** How many customers the collector keeps a position of: those recorded and not finished. */
  int unfinished() {
    return customers.size();
  }

  /**
   * How many entries the collector keeps of finished customers: the longest-waiting and the longest
   * idle of each stage, and the active ones not stuck yet.
   */
  long kept() {
    long kept = 0;
    for (Finished stage : finishedAt) {
      kept += stage.kept();
    }
    return kept;
  }
}
