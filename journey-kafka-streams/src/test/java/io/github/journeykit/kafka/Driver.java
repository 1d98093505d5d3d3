package io.github.journeykit.kafka;

import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A journey's topology in a {@link TopologyTestDriver}, no broker: events piped in as the JSON of
 * {@link JourneyJson} with their instants as timestamps, and what came out.
 */
final class Driver implements AutoCloseable {

  static final String EVENTS = "crm-events";
  static final String DECISIONS = "journey-decisions";
  static final String MESSAGES = "journey-messages";
  static final String DEAD_LETTERS = "journey-dead-letters";

  final JourneyTopology journey;
  final JourneyJson json;
  final TopologyTestDriver driver;
  final TestInputTopic<String, String> events;
  final TestOutputTopic<String, String> decisions;
  final TestOutputTopic<String, String> messages;
  final TestOutputTopic<String, String> deadLetters;

  Driver(JourneyTopology journey, Engine engine, Path stateDir, Instant wallClock) {
    this(journey, journey.topology(), engine, stateDir, wallClock);
  }

  Driver(
      JourneyTopology journey, Topology topology, Engine engine, Path stateDir, Instant wallClock) {
    this.journey = journey;
    this.json = JourneyJson.of(engine.journey());
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "crm");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    this.driver = new TopologyTestDriver(topology, properties, wallClock);
    this.events = driver.createInputTopic(EVENTS, new StringSerializer(), new StringSerializer());
    this.decisions =
        driver.createOutputTopic(DECISIONS, new StringDeserializer(), new StringDeserializer());
    this.messages =
        driver.createOutputTopic(MESSAGES, new StringDeserializer(), new StringDeserializer());
    this.deadLetters =
        driver.createOutputTopic(DEAD_LETTERS, new StringDeserializer(), new StringDeserializer());
  }

  /** The settings every test starts from: all four topics. */
  static JourneyTopology.Builder topics(Engine engine) {
    return JourneyTopology.builder(engine)
        .events(EVENTS)
        .decisions(DECISIONS)
        .messages(MESSAGES)
        .deadLetters(DEAD_LETTERS);
  }

  /** Pipes a customer's event, its instant as the record's timestamp. */
  void pipe(String customer, Event event) {
    events.pipeInput(customer, json.write(event), event.at());
  }

  /** Every position in the store, by customer. */
  Map<String, Position> positions() {
    KeyValueStore<String, Position> store = driver.getKeyValueStore(journey.positionsStore());
    Map<String, Position> all = new LinkedHashMap<>();
    try (KeyValueIterator<String, Position> each = store.all()) {
      each.forEachRemaining(entry -> all.put(entry.key, entry.value));
    }
    return all;
  }

  /** The values written to a topic since the last read, with their keys, in order. */
  static List<KeyValue<String, String>> read(TestOutputTopic<String, String> topic) {
    return topic.readKeyValuesToList();
  }

  /** The dead letters since the last read: key, reason and value. */
  List<DeadLetter> deadLetters() {
    List<DeadLetter> letters = new ArrayList<>();
    for (var record : deadLetters.readRecordsToList()) {
      letters.add(
          new DeadLetter(
              record.key(),
              header(record.headers(), JourneyTopology.REJECTION_HEADER),
              header(record.headers(), JourneyTopology.SOURCE_HEADER),
              record.value()));
    }
    return letters;
  }

  private static String header(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** A record of the dead-letter topic. */
  record DeadLetter(String key, String reason, String source, String value) {}

  @Override
  public void close() {
    driver.close();
  }
}
