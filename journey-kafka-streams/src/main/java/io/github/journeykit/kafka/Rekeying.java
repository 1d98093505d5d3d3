package io.github.journeykit.kafka;

import io.github.journeykit.definition.DefinitionProblem;
import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Event;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.jspecify.annotations.Nullable;

/**
 * Keys each event by its customer, as {@link CustomerOf} tells, before the repartition topic; an
 * event whose customer cannot be told is a dead letter. A {@code Processor}, since it changes keys.
 */
final class Rekeying implements Processor<String, byte[], String, Output> {

  private final JourneyJson json;
  private final CustomerOf customerOf;
  private @Nullable ProcessorContext<String, Output> context;

  Rekeying(JourneyJson json, CustomerOf customerOf) {
    this.json = json;
    this.customerOf = customerOf;
  }

  @Override
  public void init(ProcessorContext<String, Output> processorContext) {
    this.context = processorContext;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    ProcessorContext<String, Output> forward = DeadLetters.context(context);
    byte[] value = record.value();
    if (value == null) {
      forward.forward(DeadLetters.of(record, DeadLetters.NO_VALUE, forward));
      return;
    }
    Validation<Seq<DefinitionProblem>, Event> event =
        json.readEvent(new String(value, StandardCharsets.UTF_8), DeadLetters.source(forward));
    if (event.isInvalid()) {
      forward.forward(
          DeadLetters.of(record, DeadLetters.UNREADABLE + JourneySerdes.problems(event), forward));
      return;
    }
    Option<String> customer;
    try {
      customer = customerOf.customerOf(record.key(), event.get());
    } catch (RuntimeException e) {
      forward.forward(DeadLetters.of(record, "customerOf failed on the event: " + e, forward));
      return;
    }
    if (customer.isEmpty() || customer.get().isEmpty()) {
      forward.forward(
          DeadLetters.of(record, "customerOf tells no customer for the event", forward));
      return;
    }
    forward.forward(record.withKey(customer.get()).withValue(new Output(Output.Kind.EVENT, value)));
  }
}
