package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An interaction with the customer ended with an {@link Outcome}: yes, no or don't know.
 *
 * @param outcome how the interaction ended
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record InteractionHappened(Outcome outcome, Instant at) implements Event {

  /**
   * Creates the event.
   *
   * @param outcome how the interaction ended
   * @param at when it happened
   */
  public InteractionHappened {
    Objects.requireNonNull(outcome, "outcome is null");
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Returns {@link EventType#INTERACTION}.
   *
   * @return the event type
   */
  @Override
  public EventType type() {
    return EventType.INTERACTION;
  }

  /**
   * Returns the {@code outcome} attribute; the event has no other.
   *
   * @param name the attribute's name
   * @return the value, or none for any other name
   */
  @Override
  public Option<Object> attribute(String name) {
    return name.equals("outcome") ? Option.of(outcome.id()) : Option.none();
  }

  /**
   * Returns the same event at another instant.
   *
   * @param instant the other instant
   * @return the event at that instant
   */
  @Override
  public InteractionHappened happenedAt(Instant instant) {
    return new InteractionHappened(outcome, instant);
  }
}
