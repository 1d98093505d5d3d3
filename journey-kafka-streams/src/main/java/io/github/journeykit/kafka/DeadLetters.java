package io.github.journeykit.kafka;

import io.github.journeykit.definition.DefinitionProblem;
import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Event;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The records of the dead-letter topic: each as it came (key, value, timestamp and headers), with
 * the reason in the header {@value JourneyTopology#REJECTION_HEADER} and where it came from in
 * {@value JourneyTopology#SOURCE_HEADER}.
 */
final class DeadLetters {

  static final String NO_VALUE = "the record has no value; an event in the JSON of JourneyJson is";
  static final String UNREADABLE = "the event cannot be read: ";

  private DeadLetters() {}

  /** The context of a processor that was initialised. */
  static <K, V> ProcessorContext<K, V> context(@Nullable ProcessorContext<K, V> context) {
    if (context == null) {
      throw new IllegalStateException("the processor was not initialised");
    }
    return context;
  }

  /**
   * A record that could not be decided, for the dead-letter topic.
   *
   * @param record the record as it came
   * @param reason why it could not be decided
   * @param context the processor's context, for where the record came from
   */
  static Record<String, Output> of(
      Record<String, byte[]> record, String reason, ProcessorContext<?, ?> context) {
    Headers headers = new RecordHeaders(record.headers().toArray());
    headers.remove(JourneyTopology.REJECTION_HEADER);
    headers.remove(JourneyTopology.SOURCE_HEADER);
    headers.add(JourneyTopology.REJECTION_HEADER, reason.getBytes(StandardCharsets.UTF_8));
    headers.add(JourneyTopology.SOURCE_HEADER, source(context).getBytes(StandardCharsets.UTF_8));
    return new Record<>(
        record.key(),
        new Output(Output.Kind.DEAD_LETTER, record.value()),
        record.timestamp(),
        headers);
  }

  /**
   * Reads the event of a record, or forwards the record as a dead letter (no value, an event that
   * cannot be read) and returns null.
   */
  static @Nullable Event eventOf(
      Record<String, byte[]> record, JourneyJson json, ProcessorContext<String, Output> context) {
    byte[] value = record.value();
    if (value == null) {
      context.forward(of(record, NO_VALUE, context));
      return null;
    }
    Validation<Seq<DefinitionProblem>, Event> event =
        json.readEvent(new String(value, StandardCharsets.UTF_8), source(context));
    if (event.isInvalid()) {
      context.forward(of(record, UNREADABLE + JourneySerdes.problems(event), context));
      return null;
    }
    return event.get();
  }

  /** Where the record being processed came from: its topic, partition and offset, when known. */
  static String source(ProcessorContext<?, ?> context) {
    Optional<RecordMetadata> metadata = context.recordMetadata();
    if (metadata.isEmpty()) {
      return "a punctuation";
    }
    RecordMetadata at = metadata.get();
    return "topic " + at.topic() + ", partition " + at.partition() + ", offset " + at.offset();
  }
}
