package io.github.journeykit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index of next checks reads the due ones in the order of their instants, in both stores. */
class ChecksTests {

  @TempDir Path state;

  static final Instant BEFORE_1970 = Instant.parse("1969-12-31T23:59:59.500Z");
  static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

  Checks checks(boolean persistent) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "checks");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    MockProcessorContext<Object, Object> context =
        new MockProcessorContext<>(config, new TaskId(0, 0), state.toFile());
    KeyValueBytesStoreSupplier supplier =
        persistent
            ? Stores.persistentKeyValueStore("checks")
            : Stores.inMemoryKeyValueStore("checks");
    KeyValueStore<Bytes, byte[]> store =
        Stores.keyValueStoreBuilder(supplier, Serdes.Bytes(), Serdes.ByteArray())
            .withLoggingDisabled()
            .build();
    store.init(context.getStateStoreContext(), store);
    return new Checks(store);
  }

  @ParameterizedTest(name = "persistent: {0}")
  @ValueSource(booleans = {false, true})
  void dueChecksComeEarliestFirstUpToTheirInstantInclusive(boolean persistent) {
    Checks checks = checks(persistent);
    checks.reschedule("zoe", Option.none(), Option.some(NOON));
    checks.reschedule("anna", Option.none(), Option.some(NOON));
    checks.reschedule("old", Option.none(), Option.some(BEFORE_1970));
    checks.reschedule("nano", Option.none(), Option.some(NOON.plusNanos(1)));
    checks.reschedule("later", Option.none(), Option.some(NOON.plusSeconds(3600)));
    checks.reschedule("ünïcode", Option.none(), Option.some(NOON.minusSeconds(1)));

    assertThat(checks.due(NOON, 100))
        .containsExactly(
            new Checks.Due("old", BEFORE_1970),
            new Checks.Due("ünïcode", NOON.minusSeconds(1)),
            new Checks.Due("anna", NOON),
            new Checks.Due("zoe", NOON));
    assertThat(checks.due(NOON, 2)).hasSize(2);
    assertThat(checks.due(NOON.plusNanos(1), 100)).hasSize(5);
    assertThat(checks.of("later")).contains(NOON.plusSeconds(3600));
  }

  @ParameterizedTest(name = "persistent: {0}")
  @ValueSource(booleans = {false, true})
  void aRescheduledCheckLeavesItsOldPlaceAndNoneLeavesTheIndex(boolean persistent) {
    Checks checks = checks(persistent);
    checks.reschedule("olga", Option.none(), Option.some(NOON));
    checks.reschedule("olga", Option.some(NOON), Option.some(NOON.plusSeconds(60)));
    assertThat(checks.due(NOON, 100)).isEmpty();
    assertThat(checks.of("olga")).contains(NOON.plusSeconds(60));
    checks.reschedule("olga", Option.some(NOON.plusSeconds(60)), Option.none());
    assertThat(checks.due(Instant.MAX, 100)).isEmpty();
    assertThat(checks.of("olga")).isEmpty();
  }

  @ParameterizedTest(name = "persistent: {0}")
  @ValueSource(booleans = {false, true})
  void aCheckScheduledBeforeTheChecksDecidedIsStillFound(boolean persistent) {
    Checks checks = checks(persistent);
    checks.reschedule("olga", Option.none(), Option.some(NOON.minusSeconds(60)));
    checks.reschedule("olga", Option.some(NOON.minusSeconds(60)), Option.none());
    checks.decidedUpTo(NOON);
    checks.reschedule("zoe", Option.none(), Option.some(NOON.plusSeconds(60)));
    assertThat(checks.due(NOON.plusSeconds(60), 100))
        .containsExactly(new Checks.Due("zoe", NOON.plusSeconds(60)));
    checks.reschedule("late", Option.none(), Option.some(NOON.minusSeconds(3600)));
    assertThat(checks.due(NOON.plusSeconds(60), 100))
        .containsExactly(
            new Checks.Due("late", NOON.minusSeconds(3600)),
            new Checks.Due("zoe", NOON.plusSeconds(60)));
  }
}
