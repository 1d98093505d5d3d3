package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The customer refused to deal with us: not a target customer, or says "no thanks" on principle.
 *
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record CustomerRefused(Instant at) implements Event {

  /**
   * Creates the event.
   *
   * @param at when it happened
   */
  public CustomerRefused {
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Returns {@link EventType#REFUSED}.
   *
   * @return the event type
   */
  @Override
  public EventType type() {
    return EventType.REFUSED;
  }

  /**
   * Returns none: this event has no detail.
   *
   * @return none
   */
  @Override
  public Option<String> detail() {
    return Option.none();
  }

  /**
   * Returns the same event at another instant.
   *
   * @param instant the other instant
   * @return the event at that instant
   */
  @Override
  public CustomerRefused happenedAt(Instant instant) {
    return new CustomerRefused(instant);
  }
}
