package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The customer met a qualification {@link Criterion}, named by its id.
 *
 * @param criterion the id of the criterion met
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record CriterionMet(String criterion, Instant at) implements Event {

  /**
   * Creates the event.
   *
   * @param criterion the id of the criterion met
   * @param at when it happened
   */
  public CriterionMet {
    Objects.requireNonNull(criterion, "criterion is null");
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Returns {@link EventType#CRITERION}.
   *
   * @return the event type
   */
  @Override
  public EventType type() {
    return EventType.CRITERION;
  }

  /**
   * Returns the {@code criterion} attribute; the event has no other.
   *
   * @param name the attribute's name
   * @return the value, or none for any other name
   */
  @Override
  public Option<Object> attribute(String name) {
    return name.equals("criterion") ? Option.of(criterion) : Option.none();
  }

  /**
   * Returns the same event at another instant.
   *
   * @param instant the other instant
   * @return the event at that instant
   */
  @Override
  public CriterionMet happenedAt(Instant instant) {
    return new CriterionMet(criterion, instant);
  }
}
