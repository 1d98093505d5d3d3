package io.github.journeykit.kafka;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.definition.DefinitionProblem;
import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.MessageToSend;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apiguardian.api.API;

/**
 * Kafka serdes of a journey's values in the JSON format of {@link JourneyJson}: what the topology
 * keeps in its positions store and writes to its output topics, for an application that reads those
 * topics or queries the store.
 *
 * <pre>{@code
 * Serde<MessageToSend> messages = JourneySerdes.messages(engine.journey());
 * KStream<String, MessageToSend> toSend =
 *     builder.stream("journey-messages", Consumed.with(Serdes.String(), messages));
 * }</pre>
 *
 * <p>Each value is UTF-8 JSON on one line. A record that cannot be read throws a {@link
 * SerializationException} that names the topic and every problem, so that Kafka's deserialization
 * exception handler decides what happens to it; a {@code null} (a tombstone) stays {@code null}
 * both ways. A position of an older version of the journey is carried over as it is read, through
 * the journey's migrations.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class JourneySerdes {

  private JourneySerdes() {}

  /**
   * Returns the serde of positions, the one of the topology's positions store.
   *
   * @param journey the journey whose positions to read and write
   * @return the serde
   */
  public static Serde<Position> positions(Journey journey) {
    JourneyJson json = JourneyJson.of(journey);
    return serde("position", json::write, json::readPosition);
  }

  /**
   * Returns the serde of events, the format of the topology's events topic.
   *
   * @param journey the journey whose events to read and write
   * @return the serde
   */
  public static Serde<Event> events(Journey journey) {
    JourneyJson json = JourneyJson.of(journey);
    return serde("event", json::write, json::readEvent);
  }

  /**
   * Returns the serde of decisions, the format of the topology's decisions topic.
   *
   * @param journey the journey whose decisions to read and write
   * @return the serde
   */
  public static Serde<Decision> decisions(Journey journey) {
    JourneyJson json = JourneyJson.of(journey);
    return serde("decision", json::write, json::readDecision);
  }

  /**
   * Returns the serde of messages to send, the format of the topology's messages topic.
   *
   * @param journey the journey whose messages to read and write
   * @return the serde
   */
  public static Serde<MessageToSend> messages(Journey journey) {
    JourneyJson json = JourneyJson.of(journey);
    return serde("message to send", json::write, json::readMessage);
  }

  /** How {@link JourneyJson} reads one kind of value. */
  @FunctionalInterface
  private interface Reader<T> {
    Validation<Seq<DefinitionProblem>, T> read(String json, String source);
  }

  private static <T> Serde<T> serde(String what, Function<T, String> write, Reader<T> read) {
    Serializer<T> serializer =
        (topic, value) ->
            value == null
                ? nothing()
                : write.apply(Objects.requireNonNull(value)).getBytes(StandardCharsets.UTF_8);
    Deserializer<T> deserializer =
        (topic, bytes) -> {
          if (bytes == null) {
            return nothing();
          }
          Validation<Seq<DefinitionProblem>, T> value =
              read.read(new String(bytes, StandardCharsets.UTF_8), "topic " + topic);
          if (value.isInvalid()) {
            throw new SerializationException(
                "cannot read a " + what + " from topic " + topic + ": " + problems(value));
          }
          return value.get();
        };
    return Serdes.serdeFrom(serializer, deserializer);
  }

  /** The problems of a value that could not be read, on one line. */
  static String problems(Validation<Seq<DefinitionProblem>, ?> invalid) {
    return invalid.getError().map(DefinitionProblem::toString).mkString("; ");
  }

  /** The null of a tombstone, which Kafka's serde interfaces take and give. */
  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  private static <T> T nothing() {
    return null;
  }
}
