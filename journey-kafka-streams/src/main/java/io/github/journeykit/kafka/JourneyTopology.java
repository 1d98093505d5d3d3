package io.github.journeykit.kafka;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Engine;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.BranchedKStream;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apiguardian.api.API;

/**
 * The engine as a piece of a Kafka Streams topology: events keyed by customer come in, each
 * customer's position is kept in a state store, and decisions, messages to send and the events that
 * could not be decided go out to topics. The decisions are the engine's: this is only where they
 * are kept and sent.
 *
 * <pre>{@code
 * JourneyTopology journey =
 *     JourneyTopology.builder(engine)
 *         .events("crm-events")                // JSON events of JourneyJson, keyed by customer
 *         .messages("journey-messages")        // the messages to send, keyed by customer
 *         .deadLetters("journey-dead-letters") // what could not be decided, with the reason
 *         .decisions("journey-decisions")      // optional: every decision
 *         .build();
 * Topology topology = journey.topology();      // or journey.addTo(streamsBuilder)
 * }</pre>
 *
 * <h2>What goes in and out</h2>
 *
 * <ul>
 *   <li><b>Events</b>: records of the events topic, the key a customer's id, the value an event in
 *       the JSON of {@link JourneyJson}. Events not keyed by customer are re-keyed by {@link
 *       Builder#customerOf(CustomerOf)} through a repartition topic ({@code
 *       <application.id>-<name>-by-customer-repartition}), so that a customer's events all meet
 *       their position in one task.
 *   <li><b>Positions</b>: the store {@code <name>-positions}, the customer's id to their position
 *       in the JSON of {@link JourneySerdes#positions}, queryable with Kafka's interactive queries.
 *       A customer is enrolled at the instant of their first event, unless the engine rejects it.
 *   <li><b>Next checks</b>: the store {@code <name>-checks}, an index ordered by instant of each
 *       customer's next check ({@link io.github.journeykit.rules.Decision#nextCheck()}), so that a
 *       punctuation reads only the checks that are due, however many customers there are.
 *   <li><b>Messages</b> to send: one record each, keyed by customer, in the JSON of {@link
 *       JourneySerdes#messages}; a sender delivers each at its {@code sendAt}.
 *   <li><b>Decisions</b> (if a topic is given): one record per decision, ticks of time included, in
 *       the JSON of {@link JourneySerdes#decisions}.
 *   <li><b>Dead letters</b>: a record that cannot be decided (no key, no value, an event that
 *       cannot be read or that the engine rejects, such as one of another journey; a stored
 *       position that cannot be read) goes to the dead-letter topic as it came, with the reason in
 *       the header {@value #REJECTION_HEADER} and its topic, partition and offset in {@value
 *       #SOURCE_HEADER}. The stream goes on; the customer's position stays as it was.
 * </ul>
 *
 * <p>The records of an event's decision carry the event record's timestamp and headers; those of a
 * tick carry the tick's instant.
 *
 * <h2>Time</h2>
 *
 * <p>Nothing outside Kafka schedules anything. A decision on a {@code time_passed} event (a
 * <em>tick</em>) is made at each customer's next check, at the check's own instant, exactly as
 * {@link Engine#replay(Position, Iterable, java.time.Instant)} inserts ticks: before an event, the
 * customer's checks up to its instant (inclusive) are decided first; and a punctuation decides
 * every check up to its time, each customer's checks in a row until the next one is later. A
 * punctuation runs in <em>stream time</em> (the records' timestamps: produce each event with its
 * instant as the record's timestamp) and in <em>wall-clock time</em>, which goes on when no event
 * comes; by default both, once a minute ({@link Builder#checkInStreamTime}, {@link
 * Builder#checkInWallClockTime}). Piping a customer's events in order therefore decides what {@code
 * replay} decides up to the last punctuation; how often punctuations run changes when ticks are
 * sent, never what they decide. An event older than a check already decided (late, or replayed
 * history while wall-clock checks are on) is decided after that check: for a backfill of history,
 * check in stream time only.
 *
 * <h2>Exactly once</h2>
 *
 * <p>Each event's decision changes the positions store, the checks store and the output topics
 * together. With {@code processing.guarantee=exactly_once_v2} (brokers 2.5 or later, three or more
 * of them for the default replication of the transaction log), the changelogs of both stores, the
 * output records and the event's offset are committed in one transaction: after a crash, an event
 * is decided again from the position it was decided from, and no message is sent twice to a
 * consumer that reads with {@code isolation.level=read_committed} (the sender of the messages, the
 * CRM reading the decisions). {@code commit.interval.ms} (100 ms by default under exactly-once)
 * bounds how long outputs wait; {@code replication.factor=3} keeps the changelogs and the
 * repartition topic safe. Without it (at least once), a crash can decide an event twice and send
 * its messages twice, never lose one.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class JourneyTopology {

  /** The header of a dead letter that says why it was not decided, UTF-8 text. */
  public static final String REJECTION_HEADER = "journey.rejection";

  /** The header of a dead letter that says where it came from, UTF-8 text. */
  public static final String SOURCE_HEADER = "journey.source";

  /** Legal characters of Kafka topic and store names. */
  private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]{1,200}");

  private final Engine engine;
  private final JourneyJson json;
  private final String name;
  private final String events;
  private final Option<String> decisions;
  private final String messages;
  private final String deadLetters;
  private final Option<CustomerOf> customerOf;
  private final Seq<Schedule> schedules;
  private final boolean inMemory;

  /** A punctuation: in which time, how often. */
  record Schedule(PunctuationType type, Duration every) {}

  private JourneyTopology(Builder builder, String events, String messages, String deadLetters) {
    this.engine = builder.engine;
    this.json = JourneyJson.of(builder.engine.journey());
    this.name = builder.name;
    this.events = events;
    this.decisions = builder.decisions;
    this.messages = messages;
    this.deadLetters = deadLetters;
    this.customerOf = builder.customerOf;
    this.schedules =
        builder.schedules.isEmpty()
            ? List.of(
                new Schedule(PunctuationType.STREAM_TIME, Duration.ofMinutes(1)),
                new Schedule(PunctuationType.WALL_CLOCK_TIME, Duration.ofMinutes(1)))
            : builder.schedules;
    this.inMemory = builder.inMemory;
  }

  /**
   * Starts the settings of a topology that runs an engine.
   *
   * @param engine the engine whose decisions to make; its explanations setting is kept (switch them
   *     off for speed, on to send each decision's explanation to the decisions topic)
   * @return the settings, to fill in
   */
  public static Builder builder(Engine engine) {
    return new Builder(Objects.requireNonNull(engine, "engine is null"));
  }

  /**
   * Adds the journey to a user's topology: the events topic read, the stores, the processors and
   * the output topics, beside whatever else the builder holds.
   *
   * @param builder the user's streams builder
   */
  public void addTo(StreamsBuilder builder) {
    Objects.requireNonNull(builder, "builder is null");
    KStream<String, byte[]> input =
        builder.stream(
            events, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-events"));
    if (customerOf.isDefined()) {
      CustomerOf whose = customerOf.get();
      KStream<String, Output> keyed =
          to(
                  input.process(() -> new Rekeying(json, whose), Named.as(name + "-customer-of")),
                  "-keyed-",
                  false)
              .defaultBranch(Branched.as("events"))
              .get(name + "-keyed-events");
      input =
          Objects.requireNonNull(keyed, "the branch of keyed events")
              .mapValues(Output::value, Named.as(name + "-keyed-event-values"))
              .repartition(
                  Repartitioned.with(Serdes.String(), Serdes.ByteArray())
                      .withName(name + "-by-customer"));
    }
    to(input.process(new Deciding(), Named.as(name + "-decide")), "-", true).noDefaultBranch();
  }

  /**
   * Returns a whole topology of the journey alone, from the topic names.
   *
   * @return the topology, for {@code new KafkaStreams(topology, properties)}
   */
  public Topology topology() {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder);
    return builder.build();
  }

  /**
   * Writes the dead letters of a processor's outputs, and with {@code decided} its messages and
   * decisions, each to its topic; the branch left is the caller's.
   */
  private BranchedKStream<String, Output> to(
      KStream<String, Output> outputs, String infix, boolean decided) {
    BranchedKStream<String, Output> branches =
        outputs
            .split(Named.as(name + infix))
            .branch(
                (customer, output) -> output.kind() == Output.Kind.DEAD_LETTER,
                write(deadLetters, infix, "dead-letters"));
    if (!decided) {
      return branches;
    }
    branches =
        branches.branch(
            (customer, output) -> output.kind() == Output.Kind.MESSAGE,
            write(messages, infix, "messages"));
    if (decisions.isDefined()) {
      branches =
          branches.branch(
              (customer, output) -> output.kind() == Output.Kind.DECISION,
              write(decisions.get(), infix, "decisions"));
    }
    return branches;
  }

  private Branched<String, Output> write(String topic, String infix, String what) {
    return Branched.withConsumer(
        branch ->
            branch
                .mapValues(Output::value, Named.as(name + infix + what + "-values"))
                .to(
                    topic,
                    Produced.with(Serdes.String(), Serdes.ByteArray())
                        .withName(name + infix + what + "-topic")),
        what);
  }

  /** The deciding processor with its two stores. */
  private final class Deciding implements ProcessorSupplier<String, byte[], String, Output> {

    @Override
    public Processor<String, byte[], String, Output> get() {
      return new Decider(JourneyTopology.this);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
      StoreBuilder<KeyValueStore<String, Position>> positions =
          Stores.keyValueStoreBuilder(
                  store(positionsStore()),
                  Serdes.String(),
                  JourneySerdes.positions(engine.journey()))
              .withCachingEnabled();
      StoreBuilder<KeyValueStore<Bytes, byte[]>> checks =
          Stores.keyValueStoreBuilder(store(checksStore()), Serdes.Bytes(), Serdes.ByteArray())
              .withCachingEnabled();
      return Set.of(positions, checks);
    }

    private KeyValueBytesStoreSupplier store(String storeName) {
      return inMemory
          ? Stores.inMemoryKeyValueStore(storeName)
          : Stores.persistentKeyValueStore(storeName);
    }
  }

  /**
   * Returns the name of the store of positions: the customer's id to their position.
   *
   * @return {@code <name>-positions}
   */
  public String positionsStore() {
    return name + "-positions";
  }

  /**
   * Returns the name of the store of next checks (an index of internal keys).
   *
   * @return {@code <name>-checks}
   */
  public String checksStore() {
    return name + "-checks";
  }

  Engine engine() {
    return engine;
  }

  JourneyJson json() {
    return json;
  }

  boolean decidesToTopic() {
    return decisions.isDefined();
  }

  Seq<Schedule> schedules() {
    return schedules;
  }

  /**
   * Describes the topology's settings.
   *
   * @return e.g. {@code JourneyTopology[journey-sales-funnel: crm-events -> journey-messages, ...]}
   */
  @Override
  public String toString() {
    return "JourneyTopology["
        + name
        + ": "
        + events
        + " -> "
        + List.of(messages, deadLetters).appendAll(decisions).mkString(", ")
        + "]";
  }

  /**
   * The settings of a {@link JourneyTopology}: the topics, how events are keyed, how time is
   * checked, where positions are kept.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {

    private final Engine engine;
    private String name;
    private Option<String> events = Option.none();
    private Option<String> decisions = Option.none();
    private Option<String> messages = Option.none();
    private Option<String> deadLetters = Option.none();
    private Option<CustomerOf> customerOf = Option.none();
    private Seq<Schedule> schedules = List.empty();
    private boolean inMemory;

    private Builder(Engine engine) {
      this.engine = engine;
      this.name = "journey-" + engine.journey().id();
    }

    /**
     * Names the topology's stores, processors and repartition topic, so that two journeys can run
     * in one application; {@code journey-<journey id>} unless told.
     *
     * @param prefix the prefix of every name: letters, digits, {@code .}, {@code _} and {@code -}
     * @return these settings
     */
    public Builder name(String prefix) {
      this.name = Objects.requireNonNull(prefix, "name is null");
      return this;
    }

    /**
     * Sets the topic of the events, keyed by customer unless {@link #customerOf} says whose they
     * are; required.
     *
     * @param topic the topic's name
     * @return these settings
     */
    public Builder events(String topic) {
      this.events = Option.some(Objects.requireNonNull(topic, "events topic is null"));
      return this;
    }

    /**
     * Sets the topic every decision goes to; without it, decisions are not written.
     *
     * @param topic the topic's name
     * @return these settings
     */
    public Builder decisions(String topic) {
      this.decisions = Option.some(Objects.requireNonNull(topic, "decisions topic is null"));
      return this;
    }

    /**
     * Sets the topic of the messages to send; required.
     *
     * @param topic the topic's name
     * @return these settings
     */
    public Builder messages(String topic) {
      this.messages = Option.some(Objects.requireNonNull(topic, "messages topic is null"));
      return this;
    }

    /**
     * Sets the topic of the records that could not be decided; required.
     *
     * @param topic the topic's name
     * @return these settings
     */
    public Builder deadLetters(String topic) {
      this.deadLetters = Option.some(Objects.requireNonNull(topic, "dead-letters topic is null"));
      return this;
    }

    /**
     * Says whose each event is, for events not keyed by customer: they are re-keyed through a
     * repartition topic before they are decided.
     *
     * @param whose tells the customer of a record's event
     * @return these settings
     */
    public Builder customerOf(CustomerOf whose) {
      this.customerOf = Option.some(Objects.requireNonNull(whose, "customerOf is null"));
      return this;
    }

    /**
     * Decides the due checks in stream time, the records' timestamps, every so often. Without this
     * nor {@link #checkInWallClockTime}, checks run in both times once a minute; with one of them,
     * only in the times asked for.
     *
     * @param every how much stream time between punctuations, at least a millisecond
     * @return these settings
     */
    public Builder checkInStreamTime(Duration every) {
      return schedule(PunctuationType.STREAM_TIME, every);
    }

    /**
     * Decides the due checks in wall-clock time, every so often, so that time-based rules fire when
     * no events come. See {@link #checkInStreamTime} for the default.
     *
     * @param every how much wall-clock time between punctuations, at least a millisecond
     * @return these settings
     */
    public Builder checkInWallClockTime(Duration every) {
      return schedule(PunctuationType.WALL_CLOCK_TIME, every);
    }

    private Builder schedule(PunctuationType type, Duration every) {
      Objects.requireNonNull(every, "interval is null");
      this.schedules =
          schedules.filter(schedule -> schedule.type() != type).append(new Schedule(type, every));
      return this;
    }

    /**
     * Keeps the stores in memory instead of RocksDB: restored from their changelogs at each start,
     * for tests and small populations.
     *
     * @return these settings
     */
    public Builder storesInMemory() {
      this.inMemory = true;
      return this;
    }

    /**
     * Returns the topology of these settings.
     *
     * @return the topology
     * @throws IllegalStateException naming every setting that is missing or wrong
     */
    public JourneyTopology build() {
      List<String> mistakes = List.empty();
      if (!LEGAL.matcher(name).matches()) {
        mistakes = mistakes.append(illegal("the name", name));
      }
      mistakes = mistakes.appendAll(topic(events, "events"));
      mistakes = mistakes.appendAll(topic(messages, "messages"));
      mistakes = mistakes.appendAll(topic(deadLetters, "deadLetters"));
      if (decisions.isDefined()) {
        mistakes = mistakes.appendAll(topic(decisions, "decisions"));
      }
      Seq<String> topics = List.of(events, messages, deadLetters, decisions).flatMap(t -> t);
      for (String twice : topics.groupBy(t -> t).filterValues(t -> t.size() > 1).keySet()) {
        mistakes = mistakes.append("topic '" + twice + "' is given for more than one purpose");
      }
      for (Schedule schedule : schedules) {
        if (schedule.every().compareTo(Duration.ofMillis(1)) < 0) {
          mistakes =
              mistakes.append(
                  "the interval of the "
                      + schedule.type()
                      + " checks must be at least a millisecond, not "
                      + schedule.every());
        }
      }
      if (!mistakes.isEmpty()) {
        throw new IllegalStateException(
            "the Kafka Streams topology of journey '"
                + engine.journey().id()
                + "' cannot be built: "
                + mistakes.mkString("; "));
      }
      return new JourneyTopology(this, events.get(), messages.get(), deadLetters.get());
    }

    private static Seq<String> topic(Option<String> topic, String setting) {
      if (topic.isEmpty()) {
        return List.of("no " + setting + " topic (" + setting + "(topic))");
      }
      return LEGAL.matcher(topic.get()).matches()
          ? List.empty()
          : List.of(illegal("the " + setting + " topic", topic.get()));
    }

    private static String illegal(String what, String value) {
      return what
          + " '"
          + value
          + "' is not a legal Kafka name: 1 to 200 letters, digits, '.', '_' and '-'";
    }
  }
}
