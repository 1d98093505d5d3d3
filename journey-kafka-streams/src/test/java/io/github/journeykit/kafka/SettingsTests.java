package io.github.journeykit.kafka;

import static io.github.journeykit.kafka.Club.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a topology is set up: its mistakes named, its parts where a user finds them. */
class SettingsTests {

  @Nested
  class Mistakes {

    @Test
    void everyMissingTopicIsNamedAtOnce() {
      assertThatThrownBy(() -> JourneyTopology.builder(Club.ENGINE).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "the Kafka Streams topology of journey 'club' cannot be built: no events topic"
                  + " (events(topic)); no messages topic (messages(topic)); no deadLetters topic"
                  + " (deadLetters(topic))");
    }

    @Test
    void illegalNamesATopicForTwoPurposesAndNoIntervalAreNamed() {
      assertThatThrownBy(
              () ->
                  Driver.topics(Club.ENGINE)
                      .name("my journey")
                      .decisions("crm/decisions")
                      .messages(Driver.EVENTS)
                      .checkInStreamTime(Duration.ZERO)
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "the Kafka Streams topology of journey 'club' cannot be built: the name 'my journey'"
                  + " is not a legal Kafka name: 1 to 200 letters, digits, '.', '_' and '-'; the"
                  + " decisions topic 'crm/decisions' is not a legal Kafka name: 1 to 200 letters,"
                  + " digits, '.', '_' and '-'; topic 'crm-events' is given for more than one"
                  + " purpose; the interval of the STREAM_TIME checks must be at least a"
                  + " millisecond, not PT0S");
    }

    @Test
    void noArgumentIsNull() {
      JourneyTopology.Builder builder = JourneyTopology.builder(Club.ENGINE);
      assertThatThrownBy(() -> builder.events(null)).hasMessage("events topic is null");
      assertThatThrownBy(() -> JourneyTopology.builder(null)).hasMessage("engine is null");
      assertThatThrownBy(() -> Driver.topics(Club.ENGINE).build().addTo(null))
          .hasMessage("builder is null");
    }
  }

  @Nested
  class Parts {

    @Test
    void theTopologyNamesItsTopicsStoresAndRepartitionTopic() {
      JourneyTopology journey =
          Driver.topics(Club.ENGINE)
              .name("club-v1")
              .customerOf(CustomerOf.attribute("member"))
              .build();
      String described = journey.topology().describe().toString();
      assertThat(described)
          .contains(
              "topics: [crm-events]",
              "club-v1-by-customer-repartition",
              "stores: [club-v1-checks, club-v1-positions]",
              "topic: journey-messages",
              "topic: journey-decisions",
              "topic: journey-dead-letters");
      assertThat(journey.positionsStore()).isEqualTo("club-v1-positions");
      assertThat(journey.checksStore()).isEqualTo("club-v1-checks");
      assertThat(journey)
          .hasToString(
              "JourneyTopology[club-v1: crm-events -> journey-messages, journey-dead-letters,"
                  + " journey-decisions]");
    }

    @Test
    void withoutADecisionsTopicNoDecisionIsWritten(@TempDir Path state) {
      JourneyTopology journey =
          JourneyTopology.builder(Club.ENGINE)
              .events(Driver.EVENTS)
              .messages(Driver.MESSAGES)
              .deadLetters(Driver.DEAD_LETTERS)
              .build();
      assertThat(journey.topology().describe().toString()).doesNotContain(Driver.DECISIONS);
      try (Driver driver = new Driver(journey, Club.ENGINE, state, day(0))) {
        driver.pipe("olga", Club.visit("olga", 0));
        driver.pipe("olga", Club.visit("olga", 40));
        assertThat(Driver.read(driver.messages)).hasSize(1);
      }
    }

    /**
     * A user's own stream turns orders into the journey's visits, beside the journey's topology.
     */
    @Test
    void theJourneyJoinsAUsersOwnStreamsBuilder(@TempDir Path state) {
      StreamsBuilder builder = new StreamsBuilder();
      JourneyTopology journey = Driver.topics(Club.ENGINE).build();
      builder.stream("bookings", Consumed.with(Serdes.String(), Serdes.String()))
          .mapValues(
              member ->
                  JourneySerdes.events(Club.JOURNEY)
                      .serializer()
                      .serialize(Driver.EVENTS, Club.visit(member, 0)))
          .to(Driver.EVENTS, Produced.with(Serdes.String(), Serdes.ByteArray()));
      journey.addTo(builder);
      Topology topology = builder.build();
      try (Driver driver = new Driver(journey, topology, Club.ENGINE, state, day(0))) {
        driver
            .driver
            .createInputTopic(
                "bookings", Serdes.String().serializer(), Serdes.String().serializer())
            .pipeInput("anna", "anna", day(0));
        assertThat(driver.positions()).containsOnlyKeys("anna");
        assertThat(Driver.read(driver.decisions)).hasSize(1);
      }
    }
  }
}
