package io.github.journeykit.kafka;

import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Decides each customer's events with the engine, keeps their positions and next checks in the
 * state stores, and decides the ticks of time that come due.
 *
 * <p>The ticks are those of {@link Engine#replay(Position, Iterable, Instant)}: a {@link
 * TimePassed} at each of the customer's next checks, decided at the check's own instant. Before an
 * event, every check of the customer up to the event's instant (inclusive) is decided, so a tick
 * always comes before an event of the same instant; a punctuation decides every check up to its
 * time (stream time or wall-clock time), each customer's in a row until the next check is later. A
 * customer starts at the instant of their first event, whose rejection enrols nobody.
 *
 * <p>A {@code Processor}, not a {@code FixedKeyProcessor}: the punctuation forwards records that no
 * input record carries.
 */
final class Decider implements Processor<String, byte[], String, Output> {

  /** How many due checks a punctuation reads from the index at a time. */
  static final int BATCH = 1_000;

  private final JourneyTopology topology;
  private final Engine engine;
  private final JourneyJson json;
  private @Nullable ProcessorContext<String, Output> context;
  private @Nullable KeyValueStore<String, Position> positions;
  private @Nullable Checks checks;

  Decider(JourneyTopology topology) {
    this.topology = topology;
    this.engine = topology.engine();
    this.json = topology.json();
  }

  /** A customer's position and next check, as decisions change them. */
  private static final class Course {
    Position position;
    Option<Instant> next;

    Course(Position position, Option<Instant> next) {
      this.position = position;
      this.next = next;
    }
  }

  @Override
  public void init(ProcessorContext<String, Output> processorContext) {
    this.context = processorContext;
    this.positions = processorContext.getStateStore(topology.positionsStore());
    KeyValueStore<Bytes, byte[]> index = processorContext.getStateStore(topology.checksStore());
    this.checks = new Checks(index);
    topology
        .schedules()
        .forEach(
            schedule ->
                processorContext.schedule(
                    schedule.every(),
                    schedule.type(),
                    time -> decideDueChecks(Instant.ofEpochMilli(time))));
  }

  @Override
  public void process(Record<String, byte[]> record) {
    ProcessorContext<String, Output> forward = DeadLetters.context(context);
    String customer = record.key();
    if (customer == null || customer.isEmpty()) {
      forward.forward(
          DeadLetters.of(
              record,
              "the record has no customer as key; key the events by customer, or tell the"
                  + " topology whose they are (customerOf)",
              forward));
      return;
    }
    Event event = DeadLetters.eventOf(record, json, forward);
    if (event == null) {
      return;
    }
    decide(customer, event, record, forward);
  }

  private void decide(
      String customer,
      Event event,
      Record<String, byte[]> record,
      ProcessorContext<String, Output> forward) {
    Position stored;
    try {
      stored = positions().get(customer);
    } catch (SerializationException e) {
      forward.forward(DeadLetters.of(record, storedUnreadable(customer, e), forward));
      return;
    }
    boolean enrolled = stored != null;
    Option<Instant> old = enrolled ? checks().of(customer) : Option.none();
    Course course =
        enrolled
            ? new Course(stored, old)
            : start(engine.journey().newCustomer(customer, event.at()), event.at());
    List<Decision> ticks = ticksUpTo(course, event.at());
    Decision decision = engine.decide(course.position, event);
    if (decision.isRejected() && !enrolled) {
      forward.forward(DeadLetters.of(record, decision.rejection().get(), forward));
      return;
    }
    ticks.forEach(tick -> emit(customer, tick, forward));
    if (decision.isRejected()) {
      forward.forward(DeadLetters.of(record, decision.rejection().get(), forward));
    } else {
      emit(customer, decision, record.timestamp(), record.headers(), forward);
      course.position = decision.after();
      course.next = decision.nextCheck();
    }
    save(customer, course, old);
  }

  /** A new customer's course: their first check, as {@code replay} starts it. */
  private Course start(Position position, Instant at) {
    return new Course(position, engine.nextCheck(position, at));
  }

  /**
   * Decides the customer's ticks up to an instant (inclusive), each at its check's instant, and
   * returns them; a rejected tick ends the ticking, as in {@code replay}.
   */
  private List<Decision> ticksUpTo(Course course, Instant upTo) {
    List<Decision> ticks = new ArrayList<>(0);
    while (course.next.isDefined() && !course.next.get().isAfter(upTo)) {
      Decision tick = engine.decide(course.position, new TimePassed(course.next.get()));
      ticks.add(tick);
      course.position = tick.after();
      course.next = tick.isRejected() ? Option.none() : tick.nextCheck();
    }
    return ticks;
  }

  /** Decides every check due up to an instant: what a punctuation does. */
  private void decideDueChecks(Instant upTo) {
    ProcessorContext<String, Output> forward = DeadLetters.context(context);
    List<Checks.Due> due;
    do {
      due = checks().due(upTo, BATCH);
      due.forEach(check -> decideDueCheck(check, upTo, forward));
    } while (due.size() == BATCH);
    checks().decidedUpTo(upTo);
  }

  private void decideDueCheck(
      Checks.Due due, Instant upTo, ProcessorContext<String, Output> forward) {
    Option<Instant> old = Option.some(due.at());
    Position stored;
    try {
      stored = positions().get(due.customer());
    } catch (SerializationException e) {
      checks().reschedule(due.customer(), old, Option.none());
      forward.forward(
          DeadLetters.of(
              tickRecord(due.customer(), due.at()), storedUnreadable(due.customer(), e), forward));
      return;
    }
    if (stored == null) {
      checks().reschedule(due.customer(), old, Option.none());
      return;
    }
    Course course = new Course(stored, old);
    ticksUpTo(course, upTo).forEach(tick -> emit(due.customer(), tick, forward));
    save(due.customer(), course, old);
  }

  private void save(String customer, Course course, Option<Instant> old) {
    positions().put(customer, course.position);
    checks().reschedule(customer, old, course.next);
  }

  /**
   * Forwards a tick's decision and messages, at the tick's instant, or the tick as a dead letter.
   */
  private void emit(String customer, Decision tick, ProcessorContext<String, Output> forward) {
    Instant at = tick.event().at();
    if (tick.isRejected()) {
      forward.forward(DeadLetters.of(tickRecord(customer, at), tick.rejection().get(), forward));
    } else {
      emit(customer, tick, at.toEpochMilli(), new RecordHeaders(), forward);
    }
  }

  /** Forwards a decision and its messages with the timestamp and headers of what caused it. */
  private void emit(
      String customer,
      Decision decision,
      long timestamp,
      Headers headers,
      ProcessorContext<String, Output> forward) {
    if (topology.decidesToTopic()) {
      forward.forward(
          new Record<>(
              customer, output(Output.Kind.DECISION, json.write(decision)), timestamp, headers));
    }
    for (MessageToSend message : decision.messages()) {
      forward.forward(
          new Record<>(
              customer, output(Output.Kind.MESSAGE, json.write(message)), timestamp, headers));
    }
  }

  private static Output output(Output.Kind kind, String json) {
    return new Output(kind, json.getBytes(StandardCharsets.UTF_8));
  }

  /** The record of a tick: the customer, the tick's event, its instant, no headers. */
  private Record<String, byte[]> tickRecord(String customer, Instant at) {
    return new Record<>(
        customer,
        json.write(new TimePassed(at)).getBytes(StandardCharsets.UTF_8),
        at.toEpochMilli(),
        new RecordHeaders());
  }

  private static String storedUnreadable(String customer, SerializationException e) {
    return "the stored position of customer '" + customer + "' cannot be read: " + e.getMessage();
  }

  private KeyValueStore<String, Position> positions() {
    if (positions == null) {
      throw new IllegalStateException("the processor was not initialised");
    }
    return positions;
  }

  private Checks checks() {
    if (checks == null) {
      throw new IllegalStateException("the processor was not initialised");
    }
    return checks;
  }
}
