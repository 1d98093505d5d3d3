package io.github.journeykit.kafka;

import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Event;
import io.vavr.control.Option;
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
    Event event = DeadLetters.eventOf(record, json, forward);
    if (event == null) {
      return;
    }
    Option<String> customer;
    try {
      customer = customerOf.customerOf(record.key(), event);
    } catch (RuntimeException e) {
      forward.forward(DeadLetters.of(record, "customerOf failed on the event: " + e, forward));
      return;
    }
    if (customer.isEmpty() || customer.get().isEmpty()) {
      forward.forward(
          DeadLetters.of(record, "customerOf tells no customer for the event", forward));
      return;
    }
    forward.forward(
        record.withKey(customer.get()).withValue(new Output(Output.Kind.EVENT, record.value())));
  }
}
