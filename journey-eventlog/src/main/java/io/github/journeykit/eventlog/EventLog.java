package io.github.journeykit.eventlog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.vavr.Tuple2;
import io.vavr.collection.Array;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The events of an event log, grouped by customer and put in time order, held compactly: a few
 * numbers per event, not an object per event. Events are made as they are read.
 *
 * <p>A row is kept as its instant and the number of its event without the instant: the event type,
 * each attribute's value (interned once per distinct text), the touchpoint and the channel. Each
 * distinct event is made once and shared by the rows that hold it ({@link
 * Event#happenedAt(Instant)} puts it at the row's instant), so the events given back are equal to
 * those read: a standard event type without a touchpoint or channel as its short record ({@link
 * io.github.journeykit.model.PurchaseMade}, …), any other as a {@link
 * io.github.journeykit.model.DeclaredEvent}.
 *
 * <p>Each customer's events are in {@code at} order; events with equal instants keep the order of
 * the file. Customers are listed in plain string order of their ids.
 *
 * <pre>{@code
 * EventLog log = EventLogReader.of(playbook).read(Path.of("events.csv")).log().get();
 * Seq<Position> finals = log.finalPositions(playbook.compile());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EventLog {

  /**
   * How often each event type comes in a CRM's usual log, as weights: interactions most, then
   * criteria, time passing, purchases. The report module's {@code EventMix}, realistic and typical,
   * and the testkit's generated customers weigh event types by it.
   *
   * @since 0.1
   */
  public static final Map<EventType, Integer> REALISTIC_WEIGHTS =
      LinkedHashMap.ofEntries(
          List.of(
              new Tuple2<>(EventType.INTERACTION, 40),
              new Tuple2<>(EventType.CRITERION, 15),
              new Tuple2<>(EventType.TIME_PASSED, 10),
              new Tuple2<>(EventType.PURCHASE, 8),
              new Tuple2<>(EventType.EXPERIENCE, 6),
              new Tuple2<>(EventType.MESSAGE_SENT, 3),
              new Tuple2<>(EventType.MESSAGE_OPENED, 3),
              new Tuple2<>(EventType.MESSAGE_IGNORED, 3),
              new Tuple2<>(EventType.REVIEW, 3),
              new Tuple2<>(EventType.REFERRAL, 3),
              new Tuple2<>(EventType.REFUSED, 3),
              new Tuple2<>(EventType.CHURNED, 3)));

  private final String[] customers;
  private final int[] start;
  private final long[] seconds;
  private final int[] nanos;
  private final int[] codes;
  private final Prototypes prototypes;
  private final int size;

  EventLog(
      String[] customers,
      int[] start,
      long[] seconds,
      int[] nanos,
      int[] codes,
      Prototypes prototypes,
      int size) {
    this.customers = customers;
    this.start = start;
    this.seconds = seconds;
    this.nanos = nanos;
    this.codes = codes;
    this.prototypes = prototypes;
    this.size = size;
  }

  /**
   * Returns how many customers the log names.
   *
   * @return the number of customers
   */
  public int customerCount() {
    return customers.length;
  }

  /**
   * Returns how many events the log holds.
   *
   * @return the number of events
   */
  public int eventCount() {
    return size;
  }

  /**
   * Returns the customers' ids in plain string order.
   *
   * @return the ids
   */
  public Seq<String> customers() {
    return Array.of(customers);
  }

  /**
   * Finds a customer's place in {@link #customers()}.
   *
   * @param customer the customer's id
   * @return the place, or none when the log does not name the customer
   */
  public Option<Integer> indexOf(String customer) {
    int index =
        Arrays.binarySearch(customers, Objects.requireNonNull(customer, "customer is null"));
    return index >= 0 ? Option.of(index) : Option.none();
  }

  /**
   * Returns one customer's events in time order.
   *
   * @param customer the customer's place in {@link #customers()}
   * @return the events
   */
  public Seq<Event> events(int customer) {
    return Array.ofAll(eventsOf(customer));
  }

  /** One customer's events, made as they are read: what the replays walk, without copying. */
  private java.util.List<Event> eventsOf(int customer) {
    int from = start[customer];
    int to = start[customer + 1];
    return new AbstractList<>() {
      @Override
      public Event get(int index) {
        return event(from + index);
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  /**
   * Replays every customer's events from a new customer's position at their first event, and
   * returns the final positions in the order of {@link #customers()}.
   *
   * @param engine the engine of the log's journey
   * @return one final position per customer
   */
  public Seq<Position> finalPositions(Engine engine) {
    Engine quiet = engine.withExplanations(false);
    Position[] finals = new Position[customers.length];
    for (int customer = 0; customer < customers.length; customer++) {
      finals[customer] = quiet.finalPosition(newCustomer(quiet, customer), eventsOf(customer));
    }
    return Array.of(finals);
  }

  /**
   * Replays every customer's events, customer by customer in the order of {@link #customers()}, and
   * hands each decision to a consumer (for example a funnel collector).
   *
   * @param engine the engine of the log's journey; its explanations setting is kept
   * @param consumer what to do with each decision
   */
  public void forEachDecision(Engine engine, java.util.function.Consumer<Decision> consumer) {
    for (int customer = 0; customer < customers.length; customer++) {
      Position position = newCustomer(engine, customer);
      for (Event event : eventsOf(customer)) {
        Decision decision = engine.decide(position, event);
        consumer.accept(decision);
        position = decision.after();
      }
    }
  }

  /**
   * Replays every customer's events with the ticks of time the journey needs, customer by customer
   * in the order of {@link #customers()}, and hands each decision to a consumer: before each event,
   * and after a customer's last event up to {@code until}, a {@code time_passed} is decided at each
   * next check that falls before it ({@link Engine#replay(Position, Iterable, Instant)}), so the
   * log needs no hand-written {@code time_passed} rows.
   *
   * @param engine the engine of the log's journey; its explanations setting is kept
   * @param until the last instant to tick at, inclusive
   * @param consumer what to do with each decision, ticks included
   */
  public void forEachDecision(
      Engine engine, Instant until, java.util.function.Consumer<Decision> consumer) {
    java.util.Objects.requireNonNull(until, "until is null");
    for (int customer = 0; customer < customers.length; customer++) {
      engine
          .replay(newCustomer(engine, customer), eventsOf(customer), until)
          .decisions()
          .forEach(consumer);
    }
  }

  /**
   * Returns the position a customer starts from: a new customer of the engine's journey at the
   * instant of their first event.
   *
   * @param engine the engine
   * @param customer the customer's place in {@link #customers()}
   * @return the starting position
   */
  public Position newCustomer(Engine engine, int customer) {
    int first = start[customer];
    return engine
        .journey()
        .newCustomer(customers[customer], Instant.ofEpochSecond(seconds[first], nanos[first]));
  }

  private Event event(int row) {
    return prototypes.event(codes[row]).happenedAt(Instant.ofEpochSecond(seconds[row], nanos[row]));
  }
}
