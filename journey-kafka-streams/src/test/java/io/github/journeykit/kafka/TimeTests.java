package io.github.journeykit.kafka;

import static io.github.journeykit.kafka.Club.day;
import static io.github.journeykit.kafka.Club.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.rules.Decision;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ticks of time: a punctuation decides each due check once, at the check's own instant. */
class TimeTests {

  @TempDir Path state;

  static final JourneyJson JSON = JourneyJson.of(Club.JOURNEY);

  static List<String> customersOf(List<KeyValue<String, String>> records) {
    return records.stream().map(record -> record.key).toList();
  }

  static Decision decision(String json) {
    return JSON.readDecision(json, "test").get();
  }

  /** The club's topology of these settings in a driver whose clock starts at day 0. */
  Driver start(JourneyTopology.Builder settings) {
    return new Driver(settings.build(), Club.ENGINE, state, day(0));
  }

  /** Every check the index holds. */
  static List<Checks.Due> checksLeft(Driver driver) {
    KeyValueStore<Bytes, byte[]> index =
        driver.driver.getKeyValueStore(driver.journey.checksStore());
    return new Checks(index).due(Instant.parse("9999-01-01T00:00:00Z"), 1000);
  }

  @Nested
  class InWallClockTime {

    @Test
    void aDueCheckIsDecidedOnceAtItsOwnInstantWhenNoEventComes() {
      try (Driver driver =
          start(Driver.topics(Club.ENGINE).checkInWallClockTime(Duration.ofHours(1)))) {
        driver.pipe("olga", visit("olga", 0));
        Driver.read(driver.decisions);
        driver.driver.advanceWallClockTime(Duration.ofDays(29));
        assertThat(Driver.read(driver.messages)).isEmpty();
        assertThat(Driver.read(driver.decisions)).isEmpty();

        driver.driver.advanceWallClockTime(Duration.ofDays(2));
        List<KeyValue<String, String>> ticks = Driver.read(driver.decisions);
        assertThat(customersOf(ticks)).containsExactly("olga");
        Decision tick = decision(ticks.get(0).value);
        assertThat(tick.event().type().id()).isEqualTo("time_passed");
        assertThat(tick.event().at()).isEqualTo(day(30));
        assertThat(tick.after().stage()).isEqualTo("lapsed");
        assertThat(customersOf(Driver.read(driver.messages))).containsExactly("olga");
        assertThat(driver.positions().get("olga").stage()).isEqualTo("lapsed");

        driver.driver.advanceWallClockTime(Duration.ofDays(90));
        assertThat(Driver.read(driver.decisions)).isEmpty();
        assertThat(Driver.read(driver.messages)).isEmpty();
        assertThat(checksLeft(driver)).isEmpty();
      }
    }
  }

  @Nested
  class InStreamTime {

    @Test
    void anotherCustomersEventsMoveTheTimeThatDecidesADueCheckOnce() {
      try (Driver driver =
          start(Driver.topics(Club.ENGINE).checkInStreamTime(Duration.ofMinutes(1)))) {
        driver.pipe("olga", visit("olga", 0));
        driver.pipe("ivan", visit("ivan", 10));
        assertThat(Driver.read(driver.messages)).isEmpty();

        driver.pipe("ivan", visit("ivan", 31));
        assertThat(customersOf(Driver.read(driver.messages))).containsExactly("olga");

        driver.pipe("ivan", visit("ivan", 45));
        driver.pipe("ivan", visit("ivan", 46));
        assertThat(Driver.read(driver.messages)).isEmpty();
        driver.pipe("anna", visit("anna", 200));
        assertThat(customersOf(Driver.read(driver.messages))).containsExactly("ivan");
        assertThat(checksLeft(driver)).containsExactly(new Checks.Due("anna", day(230)));
      }
    }

    @Test
    void wallClockTimeDecidesNothingWhenOnlyStreamTimeIsAskedFor() {
      try (Driver driver =
          start(Driver.topics(Club.ENGINE).checkInStreamTime(Duration.ofMinutes(1)))) {
        driver.pipe("olga", visit("olga", 0));
        driver.driver.advanceWallClockTime(Duration.ofDays(60));
        assertThat(Driver.read(driver.messages)).isEmpty();
        assertThat(driver.positions().get("olga").stage()).isEqualTo("member");
      }
    }
  }

  @Test
  void byDefaultChecksRunInStreamTimeAndInWallClockTime() {
    try (Driver driver = start(Driver.topics(Club.ENGINE))) {
      driver.pipe("olga", visit("olga", 0));
      driver.pipe("ivan", visit("ivan", 20));
      driver.pipe("anna", visit("anna", 31));
      assertThat(customersOf(Driver.read(driver.messages))).containsExactly("olga");
      driver.driver.advanceWallClockTime(Duration.ofDays(51));
      assertThat(customersOf(Driver.read(driver.messages))).containsExactly("ivan");
    }
  }

  @Test
  void aCheckDueBeforeACustomersEventIsDecidedBeforeIt() {
    try (Driver driver =
        start(Driver.topics(Club.ENGINE).checkInWallClockTime(Duration.ofDays(1000)))) {
      driver.pipe("olga", visit("olga", 0));
      Driver.read(driver.decisions);
      driver.pipe("olga", visit("olga", 45));
      List<KeyValue<String, String>> decisions = Driver.read(driver.decisions);
      assertThat(decisions).hasSize(2);
      assertThat(decision(decisions.get(0).value).event().at()).isEqualTo(day(30));
      assertThat(decision(decisions.get(0).value).after().stage()).isEqualTo("lapsed");
      assertThat(decision(decisions.get(1).value).after().stage()).isEqualTo("member");
      assertThat(customersOf(Driver.read(driver.messages))).containsExactly("olga");
    }
  }
}
