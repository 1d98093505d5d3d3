package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.kafka.JourneySerdes;
import io.github.journeykit.kafka.JourneyTopology;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Kafka Streams wiring, run: an order in, its letter out, the reminder on time. */
class KafkaStreamsWiringTests {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** What the wiring makes. */
  record Wiring(Engine engine, Topology topology, Properties settings) {}

  static Wiring wire() {
    // kafka-streams:begin
    Engine engine = Catalogue.get("email-scheme").get().compile().withExplanations(false);
    JourneyTopology journey =
        JourneyTopology.builder(engine)
            .events("crm-events") // events in the JSON of JourneyJson, keyed by customer
            .messages("journey-messages") // the messages to send, keyed by customer
            .deadLetters("journey-dead-letters") // what could not be decided, and why
            .decisions("journey-decisions") // optional: every decision, ticks of time included
            .checkInStreamTime(Duration.ofMinutes(1)) // due checks, as the events' time goes on
            .checkInWallClockTime(Duration.ofMinutes(1)) // and as the clock goes on
            .build();
    StreamsBuilder builder = new StreamsBuilder(); // the CRM's own, with its other streams
    journey.addTo(builder);
    Topology topology = builder.build(); // or journey.topology(), the journey alone

    Properties settings = new Properties();
    settings.put(StreamsConfig.APPLICATION_ID_CONFIG, "crm-journeys");
    settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    // exactly once: stores, outputs and offsets in one transaction; consumers of the output
    // topics read with isolation.level=read_committed
    settings.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    settings.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3);
    // new KafkaStreams(topology, settings).start();
    // kafka-streams:end
    return new Wiring(engine, topology, settings);
  }

  @Test
  void anOrderGetsItsLetterAtOnceAndItsReminderTwoHoursLater(@TempDir Path state) {
    Wiring wiring = wire();
    wiring.settings().put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    JourneyJson json = JourneyJson.of(wiring.engine().journey());
    try (TopologyTestDriver driver =
        new TopologyTestDriver(wiring.topology(), wiring.settings(), T0)) {
      TestInputTopic<String, String> events =
          driver.createInputTopic(
              "crm-events", Serdes.String().serializer(), Serdes.String().serializer());
      TestOutputTopic<String, MessageToSend> messages =
          driver.createOutputTopic(
              "journey-messages",
              Serdes.String().deserializer(),
              JourneySerdes.messages(wiring.engine().journey()).deserializer());

      events.pipeInput("olga", json.write(new CriterionMet("ordered", T0)), T0);
      assertThat(messages.readValuesToList())
          .extracting(message -> message.message().id())
          .containsExactly("order-received");

      driver.advanceWallClockTime(Duration.ofHours(3));
      assertThat(messages.readValuesToList())
          .extracting(message -> message.message().id() + " at " + message.sendAt())
          .containsExactly("payment-reminder at " + T0.plus(Duration.ofHours(2)));
    }
  }

  @Test
  void theReadmeShowsTheWiringExactlyAsTheBuildRunsIt() throws IOException {
    assertThat(Files.readString(ReadmeTests.README))
        .contains(
            ReadmeTests.javaBlock(
                Path.of("src/test/java/io/github/journeykit/examples/KafkaStreamsWiringTests.java"),
                "kafka-streams"));
  }
}
