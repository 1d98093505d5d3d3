package io.github.journeykit.bench;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.kafka.JourneyTopology;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CustomerGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Kafka Streams topology of {@code journey-kafka-streams} beside the engine alone, in ns per
 * event (1e9 / result = events per second), on one log: 2,000 customers of the {@code email-scheme}
 * (the ready-made journey with the most time-based rules), 1 to 20 events each from the testkit's
 * {@link CustomerGenerator} (seed 17), the customers joining over a year, 20,747 events in time
 * order, so that the ticks of time (payment reminders, the three-month silence) are decided too.
 *
 * <ul>
 *   <li>{@code engine}: each customer's events replayed with {@link Engine#replay(Position,
 *       Iterable, Instant)} up to the log's last instant, events in memory: the decisions alone.
 *   <li>{@code engineAndJson}: the same decisions with the JSON the topology reads and writes: each
 *       event read from its JSON, the position read and written as JSON around each decision (what
 *       the state store does), each message to send written: the decisions and the format.
 *   <li>{@code topology}: the log piped through {@link JourneyTopology} in Kafka's {@code
 *       TopologyTestDriver}, no broker, with the positions and checks in memory or in RocksDB
 *       ({@code stores}), messages and dead letters to topics, checks every minute of stream time.
 *       A new driver over a new state directory per invocation, not measured. The driver commits
 *       after every record, where an application commits every 30 seconds (100 ms under
 *       exactly-once): this is the driver's pace, an upper bound of the topology's own cost.
 * </ul>
 *
 * <p>Run: {@code java -jar journey-bench/target/benchmarks.jar KafkaTopologyBenchmark -f 1 -wi 2 -i
 * 5}; where the time goes: add {@code -prof jfr:dir=/tmp/jfr} and read the execution samples with
 * {@code jfr print --stack-depth 200 --events jdk.ExecutionSample} (the figures and the split are
 * in journey-bench/README.md, "Kafka Streams").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class KafkaTopologyBenchmark {

  static final int CUSTOMERS = 2_000;

  /** The log, in memory and as JSON. */
  @State(Scope.Benchmark)
  public static class Log {
    Engine engine;
    JourneyJson json;
    List<String> customers = new ArrayList<>();
    List<List<Event>> byCustomer = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<Instant> instants = new ArrayList<>();
    Instant last;

    /** Makes the log from a seed. */
    @Setup(Level.Trial)
    public void generate() {
      Playbook scheme = Catalogue.get("email-scheme").get();
      engine = scheme.compile().withExplanations(false);
      json = JourneyJson.of(scheme.journey());
      CustomerGenerator generator = CustomerGenerator.of(scheme).lengths(1, 20);
      Random random = new Random(17);
      record Keyed(String customer, Event event) {}
      List<Keyed> all = new ArrayList<>();
      for (int c = 0; c < CUSTOMERS; c++) {
        String customer = "customer-" + c;
        Duration joined = Duration.ofHours(random.nextInt(24 * 365));
        List<Event> events = new ArrayList<>();
        generator
            .events(random)
            .forEach(event -> events.add(event.happenedAt(event.at().plus(joined))));
        customers.add(customer);
        byCustomer.add(events);
        events.forEach(event -> all.add(new Keyed(customer, event)));
      }
      all.sort(Comparator.comparing(keyed -> keyed.event().at()));
      for (Keyed keyed : all) {
        keys.add(keyed.customer());
        values.add(json.write(keyed.event()));
        instants.add(keyed.event().at());
      }
      last = instants.get(instants.size() - 1);
      if (all.size() != EVENTS) {
        throw new IllegalStateException("the log has " + all.size() + " events, not " + EVENTS);
      }
    }
  }

  /** The number of events of the log (checked when it is made). */
  static final int EVENTS = 20_747;

  /** A new driver over a new state directory. */
  @State(Scope.Thread)
  public static class Driver {
    @Param({"inMemory", "rocksDB"})
    String stores;

    Path state;
    TopologyTestDriver driver;
    TestInputTopic<String, String> events;

    /** Starts the driver. */
    @Setup(Level.Invocation)
    public void start(Log log) throws IOException {
      JourneyTopology.Builder builder =
          JourneyTopology.builder(log.engine)
              .events("crm-events")
              .messages("journey-messages")
              .deadLetters("journey-dead-letters")
              .checkInStreamTime(Duration.ofMinutes(1));
      if (stores.equals("inMemory")) {
        builder.storesInMemory();
      }
      state = Files.createTempDirectory("journey-bench-kafka-");
      Properties settings = new Properties();
      settings.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench");
      settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
      settings.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
      driver = new TopologyTestDriver(builder.build().topology(), settings);
      events =
          driver.createInputTopic("crm-events", new StringSerializer(), new StringSerializer());
    }

    /** Closes the driver and deletes its directory. */
    @TearDown(Level.Invocation)
    public void stop() throws IOException {
      driver.close();
      try (Stream<Path> files = Files.walk(state)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** Decisions alone. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void engine(Log log, Blackhole sink) {
    for (int c = 0; c < CUSTOMERS; c++) {
      List<Event> events = log.byCustomer.get(c);
      Position start = log.engine.journey().newCustomer(log.customers.get(c), events.get(0).at());
      sink.consume(log.engine.replay(start, events, log.last));
    }
  }

  /** Decisions and the JSON the topology reads and writes. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void engineAndJson(Log log, Blackhole sink) {
    java.util.Map<String, String> positions = new java.util.HashMap<>();
    java.util.Map<String, Instant> checks = new java.util.HashMap<>();
    for (int i = 0; i < EVENTS; i++) {
      String customer = log.keys.get(i);
      Event event = log.json.readEvent(log.values.get(i), "bench").get();
      String stored = positions.get(customer);
      Position position =
          stored == null
              ? log.engine.journey().newCustomer(customer, event.at())
              : log.json.readPosition(stored, "bench").get();
      Instant next = stored == null ? null : checks.get(customer);
      while (next != null && !next.isAfter(event.at())) {
        Decision tick = log.engine.decide(position, new TimePassed(next));
        write(log, tick, sink);
        position = tick.after();
        next = tick.nextCheck().getOrNull();
      }
      Decision decision = log.engine.decide(position, event);
      write(log, decision, sink);
      positions.put(customer, log.json.write(decision.after()));
      Instant check = decision.nextCheck().getOrNull();
      if (check == null) {
        checks.remove(customer);
      } else {
        checks.put(customer, check);
      }
    }
  }

  private static void write(Log log, Decision decision, Blackhole sink) {
    for (MessageToSend message : decision.messages()) {
      sink.consume(log.json.write(message));
    }
  }

  /** The topology in Kafka's test driver. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void topology(Log log, Driver driver) {
    for (int i = 0; i < EVENTS; i++) {
      driver.events.pipeInput(log.keys.get(i), log.values.get(i), log.instants.get(i));
    }
  }
}
