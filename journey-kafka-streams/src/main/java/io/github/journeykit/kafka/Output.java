package io.github.journeykit.kafka;

import org.jspecify.annotations.Nullable;

/**
 * What the topology's processors forward: the bytes of a record for one of the output topics, with
 * the kind that says which. The records' keys are customers (or, for a dead letter, the key the
 * record came with).
 */
final class Output {

  /** The topic an output goes to. */
  enum Kind {
    /** An event re-keyed by its customer, on its way to the repartition topic. */
    EVENT,
    /** A decision, in the JSON of {@code JourneyJson}. */
    DECISION,
    /** A message to send, in the JSON of {@code JourneyJson}. */
    MESSAGE,
    /** A record that could not be decided, as it came, with the reason in a header. */
    DEAD_LETTER
  }

  private final Kind kind;
  private final byte @Nullable [] value;

  Output(Kind kind, byte @Nullable [] value) {
    this.kind = kind;
    this.value = value;
  }

  Kind kind() {
    return kind;
  }

  byte @Nullable [] value() {
    return value;
  }
}
