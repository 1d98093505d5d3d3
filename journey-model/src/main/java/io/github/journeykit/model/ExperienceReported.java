package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The customer reported their experience of the product: positive or negative.
 *
 * @param experience whether the experience was positive or negative
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record ExperienceReported(Experience experience, Instant at) implements Event {

  /**
   * How the customer experienced the product.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public enum Experience {
    /** A positive experience: time to offer add-ons, options, consumables. */
    POSITIVE("positive"),
    /** A negative experience: time to work with the negative. */
    NEGATIVE("negative");

    private final String id;

    Experience(String id) {
      this.id = id;
    }

    /**
     * Returns the lowercase id used in event logs.
     *
     * @return {@code positive} or {@code negative}
     */
    public String id() {
      return id;
    }

    /**
     * Finds the experience with the given id.
     *
     * @param id {@code positive} or {@code negative}
     * @return the experience, or none
     */
    public static Option<Experience> ofId(String id) {
      return POSITIVE.id.equals(id)
          ? Option.of(POSITIVE)
          : NEGATIVE.id.equals(id) ? Option.of(NEGATIVE) : Option.none();
    }
  }

  /**
   * Creates the event.
   *
   * @param experience whether the experience was positive or negative
   * @param at when it happened
   */
  public ExperienceReported {
    Objects.requireNonNull(experience, "experience is null");
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Returns {@link EventType#EXPERIENCE}.
   *
   * @return the event type
   */
  @Override
  public EventType type() {
    return EventType.EXPERIENCE;
  }

  /**
   * Returns the {@code experience} attribute; the event has no other.
   *
   * @param name the attribute's name
   * @return the value, or none for any other name
   */
  @Override
  public Option<Object> attribute(String name) {
    return name.equals("experience") ? Option.of(experience.id()) : Option.none();
  }

  /**
   * Returns the same event at another instant.
   *
   * @param instant the other instant
   * @return the event at that instant
   */
  @Override
  public ExperienceReported happenedAt(Instant instant) {
    return new ExperienceReported(experience, instant);
  }
}
