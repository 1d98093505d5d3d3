package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The customer bought elsewhere, or left us after buying: a blue customer, to be won back [000].
 *
 * @param reason why, if known
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record CustomerChurned(Option<CustomerChurned.Reason> reason, Instant at) implements Event {

  /**
   * Why, as the article names the two cases.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public enum Reason {
    /** Bought elsewhere. */
    BOUGHT_ELSEWHERE("bought_elsewhere"),
    /** Left us after buying. */
    LEFT("left");

    private final String id;

    Reason(String id) {
      this.id = id;
    }

    /**
     * Returns the lowercase id event logs use.
     *
     * @return {@code bought_elsewhere} or {@code left}
     */
    public String id() {
      return id;
    }

    /**
     * Finds the reason with the given id.
     *
     * @param id {@code bought_elsewhere} or {@code left}
     * @return the reason, or none
     */
    public static Option<Reason> ofId(String id) {
      return BOUGHT_ELSEWHERE.id.equals(id)
          ? Option.of(BOUGHT_ELSEWHERE)
          : LEFT.id.equals(id) ? Option.of(LEFT) : Option.none();
    }
  }

  /**
   * Creates the event.
   *
   * @param reason why, if known
   * @param at when it happened
   */
  public CustomerChurned {
    Objects.requireNonNull(reason, "reason is null");
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Creates the event, with no reason given.
   *
   * @param at when it happened
   */
  public CustomerChurned(Instant at) {
    this(Option.none(), at);
  }

  /**
   * Creates the event with a reason.
   *
   * @param reason why
   * @param at when it happened
   */
  public CustomerChurned(Reason reason, Instant at) {
    this(Option.of(Objects.requireNonNull(reason, "reason is null")), at);
  }

  /**
   * Returns {@link EventType#CHURNED}.
   *
   * @return the event type
   */
  @Override
  public EventType type() {
    return EventType.CHURNED;
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
  public CustomerChurned happenedAt(Instant instant) {
    return new CustomerChurned(reason, instant);
  }
}
