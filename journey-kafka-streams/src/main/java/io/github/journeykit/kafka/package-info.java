/**
 * Journey on Kafka Streams: the engine as a piece of a topology that decides the events of a CRM's
 * stream, keeps each customer's position in a state store and fires time-based rules through a
 * punctuator, with no scheduler outside Kafka.
 *
 * <p>{@link io.github.journeykit.kafka.JourneyTopology} is the entry point: its builder takes the
 * engine and the topics, and it adds the journey to a {@code StreamsBuilder} or builds a whole
 * {@code Topology}; its Javadoc says what goes in and out, how ticks of time are decided and which
 * settings give exactly-once processing. {@link io.github.journeykit.kafka.JourneySerdes} reads and
 * writes the topics' and the store's values, in the JSON of {@code JourneyJson}; {@link
 * io.github.journeykit.kafka.CustomerOf} says whose an event is when the events are not keyed by
 * customer.
 *
 * @since 0.2
 */
@NullMarked
package io.github.journeykit.kafka;

import org.jspecify.annotations.NullMarked;
