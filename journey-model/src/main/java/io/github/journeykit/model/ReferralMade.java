package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A referral: the customer came on a brand advocate's recommendation, or recommended us to someone.
 *
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record ReferralMade(Instant at) implements Event {

  /**
   * Creates the event.
   *
   * @param at when it happened
   */
  public ReferralMade {
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Returns {@link EventType#REFERRAL}.
   *
   * @return the event type
   */
  @Override
  public EventType type() {
    return EventType.REFERRAL;
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
  public ReferralMade happenedAt(Instant instant) {
    return new ReferralMade(instant);
  }
}
