package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A referral: a brand advocate brought a new customer [003]. It happens to either of them, and
 * says, when known, who referred whom.
 *
 * @param referrer the id of the customer who made the referral, if known
 * @param referred the id of the new customer they brought, if known
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record ReferralMade(Option<String> referrer, Option<String> referred, Instant at)
    implements Event {

  /**
   * Creates the event.
   *
   * @param referrer who made the referral, if known
   * @param referred who was brought, if known
   * @param at when it happened
   */
  public ReferralMade {
    Objects.requireNonNull(referrer, "referrer is null");
    Objects.requireNonNull(referred, "referred is null");
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Creates a referral that names nobody.
   *
   * @param at when it happened
   */
  public ReferralMade(Instant at) {
    this(Option.none(), Option.none(), at);
  }

  /**
   * Creates the referral of a new customer by an advocate: the event of the new customer.
   *
   * @param referrer the id of the advocate who made the referral
   * @param at when it happened
   * @return the event
   */
  public static ReferralMade by(String referrer, Instant at) {
    return new ReferralMade(
        Option.of(Objects.requireNonNull(referrer, "referrer is null")), Option.none(), at);
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
   * Returns the {@code referrer} or the {@code referred} attribute.
   *
   * @param name the attribute's name
   * @return the value, or none
   */
  @Override
  public Option<Object> attribute(String name) {
    return switch (name) {
      case "referrer" -> referrer.map(Object.class::cast);
      case "referred" -> referred.map(Object.class::cast);
      default -> Option.none();
    };
  }

  /**
   * Returns the same event at another instant.
   *
   * @param instant the other instant
   * @return the event at that instant
   */
  @Override
  public ReferralMade happenedAt(Instant instant) {
    return new ReferralMade(referrer, referred, instant);
  }
}
