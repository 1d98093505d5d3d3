package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Time went by with nothing else happening: lets "no activity for N days" rules fire, without a
 * scheduler inside the library. A CRM delivers one at the instant a decision gave as its next check
 * ({@code Decision.nextCheck()} in {@code journey-rules}); a replay with an end instant inserts
 * them itself.
 *
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record TimePassed(Instant at) implements Event {

  /**
   * Creates the event.
   *
   * @param at when it happened
   */
  public TimePassed {
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Returns {@link EventType#TIME_PASSED}.
   *
   * @return the event type
   */
  @Override
  public EventType type() {
    return EventType.TIME_PASSED;
  }

  /**
   * Returns none: the event has no attributes.
   *
   * @param name the attribute's name
   * @return none
   */
  @Override
  public Option<Object> attribute(String name) {
    return Option.none();
  }

  /**
   * Returns the same event at another instant.
   *
   * @param instant the other instant
   * @return the event at that instant
   */
  @Override
  public TimePassed happenedAt(Instant instant) {
    return new TimePassed(instant);
  }
}
