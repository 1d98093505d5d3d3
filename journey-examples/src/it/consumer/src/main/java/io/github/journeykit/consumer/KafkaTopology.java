package io.github.journeykit.consumer;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.kafka.JourneyTopology;
import io.github.journeykit.rules.Engine;
import java.time.Duration;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;

/**
 * A user's Kafka Streams topology of a ready-made journey, built against the installed artifacts
 * and described, with no broker. Exits with 1 when the description lacks the journey's topics or
 * stores.
 */
public final class KafkaTopology {

  private KafkaTopology() {}

  public static void main(String[] args) {
    Engine engine = Catalogue.get("email-scheme").get().compile();
    JourneyTopology journey =
        JourneyTopology.builder(engine)
            .events("crm-events")
            .messages("journey-messages")
            .deadLetters("journey-dead-letters")
            .customerOf((key, event) -> io.vavr.control.Option.of(key))
            .checkInWallClockTime(Duration.ofMinutes(5))
            .build();
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("crm-orders").to("crm-archive");
    journey.addTo(builder);
    TopologyDescription description = builder.build().describe();
    String described = description.toString();
    System.out.print(described);
    boolean ok =
        described.contains("topics: [crm-events]")
            && described.contains("journey-email-scheme-by-customer-repartition")
            && described.contains("stores: [journey-email-scheme-checks, journey-email-scheme-positions]")
            && described.contains("topic: journey-messages")
            && described.contains("topic: crm-archive");
    System.out.println(
        ok
            ? "consumer check: a Kafka Streams topology of the journey was built"
            : "consumer check FAILED");
    if (!ok) {
      System.exit(1);
    }
  }
}
