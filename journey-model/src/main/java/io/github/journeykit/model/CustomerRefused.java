package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The customer refused to deal with us: not a target customer, or says "no thanks" on principle
 * [000].
 *
 * @param reason why, if known
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record CustomerRefused(Option<CustomerRefused.Reason> reason, Instant at) implements Event {

  /**
   * Why, as the article names the two cases.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public enum Reason {
    /** Not a target customer. */
    NOT_TARGET("not_target"),
    /**
     * Refuses to deal with us on principle, e.g. always answers "no thanks" after a bad
     * conversation.
     */
    ON_PRINCIPLE("on_principle");

    private final String id;

    Reason(String id) {
      this.id = id;
    }

    /**
     * Returns the lowercase id event logs use.
     *
     * @return {@code not_target} or {@code on_principle}
     */
    public String id() {
      return id;
    }

    /**
     * Finds the reason with the given id.
     *
     * @param id {@code not_target} or {@code on_principle}
     * @return the reason, or none
     */
    public static Option<Reason> ofId(String id) {
      return NOT_TARGET.id.equals(id)
          ? Option.of(NOT_TARGET)
          : ON_PRINCIPLE.id.equals(id) ? Option.of(ON_PRINCIPLE) : Option.none();
    }
  }

  /**
   * Creates the event.
   *
   * @param reason why, if known
   * @param at when it happened
   */
  public CustomerRefused {
    Objects.requireNonNull(reason, "reason is null");
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Creates the event, with no reason given.
   *
   * @param at when it happened
   */
  public CustomerRefused(Instant at) {
    this(Option.none(), at);
  }

  /**
   * Creates the event with a reason.
   *
   * @param reason why
   * @param at when it happened
   */
  public CustomerRefused(Reason reason, Instant at) {
    this(Option.of(Objects.requireNonNull(reason, "reason is null")), at);
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
   * Returns the {@code reason} attribute, as its id; the event has no other.
   *
   * @param name the attribute's name
   * @return the value, or none
   */
  @Override
  public Option<Object> attribute(String name) {
    return name.equals("reason") ? reason.map(Reason::id) : Option.none();
  }

  /**
   * Returns the same event at another instant.
   *
   * @param instant the other instant
   * @return the event at that instant
   */
  @Override
  public CustomerRefused happenedAt(Instant instant) {
    return new CustomerRefused(reason, instant);
  }
}
