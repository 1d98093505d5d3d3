package io.github.journeykit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import io.github.journeykit.rules.Replay;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A log piped through the topology decides what {@link Engine#replay(Position, Iterable, Instant)}
 * decides: the same final positions, the same messages, the same decisions, ticks of time included.
 */
class ReplayTests {

  static final int CUSTOMERS = 150;

  /**
   * A generated log: each customer's events, and all of them in time order, as a CRM sends them.
   */
  record Log(Map<String, Seq<Event>> byCustomer, List<KeyValue<String, Event>> inOrder) {

    static Log of(String journey, long seed) {
      CustomerGenerator generator =
          CustomerGenerator.of(Catalogue.get(journey).get()).lengths(1, 30);
      Random random = new Random(seed);
      Map<String, Seq<Event>> byCustomer = new LinkedHashMap<>();
      List<KeyValue<String, Event>> all = new ArrayList<>();
      for (int c = 0; c < CUSTOMERS; c++) {
        String customer = "customer-" + c;
        // customers join over a year, so that their events interleave
        Duration joined = Duration.ofHours(random.nextInt(24 * 365));
        Seq<Event> events =
            generator.events(random).map(event -> event.happenedAt(event.at().plus(joined)));
        byCustomer.put(customer, events);
        events.forEach(event -> all.add(KeyValue.pair(customer, event)));
      }
      all.sort(Comparator.comparing(pair -> pair.value.at()));
      return new Log(byCustomer, all);
    }

    Instant last() {
      return inOrder.get(inOrder.size() - 1).value.at();
    }

    Replay replay(Engine engine, String customer, Instant until) {
      Seq<Event> events = byCustomer.get(customer);
      Position start = engine.journey().newCustomer(customer, events.head().at());
      return engine.replay(start, events, until);
    }
  }

  static Stream<String> journeys() {
    return Catalogue.ids().toJavaStream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void aLogPipedThroughGivesTheFinalPositionsMessagesAndDecisionsOfReplay(
      String id, @TempDir Path state) {
    Engine engine = Catalogue.get(id).get().compile().withExplanations(false);
    Log log = Log.of(id, 17);
    JourneyTopology journey =
        Driver.topics(engine).checkInStreamTime(Duration.ofMillis(1)).storesInMemory().build();
    try (Driver driver = new Driver(journey, engine, state, Instant.EPOCH)) {
      log.inOrder().forEach(pair -> driver.pipe(pair.key, pair.value));

      Expected expected = Expected.of(engine, log, log.last());
      assertThat(driver.positions()).isEqualTo(expected.positions());
      assertThat(byKey(Driver.read(driver.messages))).isEqualTo(expected.messages());
      assertThat(byKey(Driver.read(driver.decisions))).isEqualTo(expected.decisions());
      assertThat(driver.deadLetters()).isEmpty();
    }
  }

  @Test
  void theLogsOfTheTestDecideTicksOfTime() {
    Engine engine = Catalogue.get("email-scheme").get().compile().withExplanations(false);
    Log log = Log.of("email-scheme", 17);
    assertThat(Expected.of(engine, log, log.last()).ticks()).isGreaterThan(CUSTOMERS);
  }

  @Nested
  class AfterARestart {

    /**
     * A stopped application keeps its state directory, where the driver deletes its task directory
     * when it closes: here the task directory is a link to a directory of the test's own, as a disk
     * that outlives the process; the driver's clean-up removes the link, and the restart lays it
     * again. What the stores hold reaches that directory as Kafka Streams closes them.
     */
    @Test
    void theStoredPositionsAndChecksGoOnWhereTheyWere(@TempDir Path state, @TempDir Path disk)
        throws IOException {
      Engine engine = Catalogue.get("email-scheme").get().compile().withExplanations(false);
      Log log = Log.of("email-scheme", 23);
      JourneyTopology journey =
          Driver.topics(engine).checkInStreamTime(Duration.ofMillis(1)).build();
      Path task = state.resolve("crm").resolve("0_0");
      int half = log.inOrder().size() / 2;
      Map<String, List<String>> messages = new LinkedHashMap<>();

      Files.createDirectories(task.getParent());
      Files.createSymbolicLink(task, disk);
      Map<String, Position> stopped;
      try (Driver before = new Driver(journey, engine, state, Instant.EPOCH)) {
        log.inOrder().subList(0, half).forEach(pair -> before.pipe(pair.key, pair.value));
        merge(messages, byKey(Driver.read(before.messages)));
        stopped = before.positions();
      }
      assertThat(task).doesNotExist();
      Files.createDirectories(task.getParent());
      Files.createSymbolicLink(task, disk);
      try (Driver after = new Driver(journey, engine, state, Instant.EPOCH)) {
        assertThat(after.positions()).isEqualTo(stopped).hasSizeGreaterThan(CUSTOMERS / 2);
        log.inOrder()
            .subList(half, log.inOrder().size())
            .forEach(pair -> after.pipe(pair.key, pair.value));
        merge(messages, byKey(Driver.read(after.messages)));
        Expected expected = Expected.of(engine, log, log.last());
        assertThat(after.positions()).isEqualTo(expected.positions());
        assertThat(messages).isEqualTo(expected.messages());
      }
    }
  }

  /** What replay decides for every customer of a log. */
  record Expected(
      Map<String, Position> positions,
      Map<String, List<String>> messages,
      Map<String, List<String>> decisions,
      int ticks) {

    static Expected of(Engine engine, Log log, Instant until) {
      JourneyJson json = JourneyJson.of(engine.journey());
      Map<String, Position> positions = new LinkedHashMap<>();
      Map<String, List<String>> messages = new LinkedHashMap<>();
      Map<String, List<String>> decisions = new LinkedHashMap<>();
      int ticks = 0;
      for (String customer : log.byCustomer().keySet()) {
        Replay replay = log.replay(engine, customer, until);
        positions.put(customer, replay.position());
        for (Decision decision : replay.decisions()) {
          assertThat(decision.isRejected()).as("%s", decision).isFalse();
          decisions.computeIfAbsent(customer, c -> new ArrayList<>()).add(json.write(decision));
          for (MessageToSend message : decision.messages()) {
            messages.computeIfAbsent(customer, c -> new ArrayList<>()).add(json.write(message));
          }
          if (decision.event().type().id().equals("time_passed")) {
            ticks++;
          }
        }
      }
      return new Expected(positions, messages, decisions, ticks);
    }
  }

  static Map<String, List<String>> byKey(List<KeyValue<String, String>> records) {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    records.forEach(r -> byKey.computeIfAbsent(r.key, k -> new ArrayList<>()).add(r.value));
    return byKey;
  }

  static void merge(Map<String, List<String>> into, Map<String, List<String>> more) {
    more.forEach((key, values) -> into.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values));
  }
}
