package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The customer ignored a {@link Message}: did not open it within the time the company allows.
 *
 * @param message the id of the message
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record MessageIgnored(String message, Instant at) implements Event {

  /**
   * Creates the event.
   *
   * @param message the id of the message
   * @param at when it happened
   */
  public MessageIgnored {
    Objects.requireNonNull(message, "message is null");
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Returns {@link EventType#MESSAGE_IGNORED}.
   *
   * @return the event type
   */
  @Override
  public EventType type() {
    return EventType.MESSAGE_IGNORED;
  }

  /**
   * Returns the {@code message} attribute; the event has no other.
   *
   * @param name the attribute's name
   * @return the value, or none for any other name
   */
  @Override
  public Option<Object> attribute(String name) {
    return name.equals("message") ? Option.of(message) : Option.none();
  }

  /**
   * Returns the same event at another instant.
   *
   * @param instant the other instant
   * @return the event at that instant
   */
  @Override
  public MessageIgnored happenedAt(Instant instant) {
    return new MessageIgnored(message, instant);
  }
}
