package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One generated customer's history, as an {@link Invariant} sees it: the engine, the starting
 * position, the events, and the decision the engine made on each.
 *
 * @param engine the engine that decided (explanations off, for speed)
 * @param start the position before the first event
 * @param events the events, in order
 * @param decisions one decision per event, in order
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CustomerHistory(
    Engine engine, Position start, Seq<Event> events, Seq<Decision> decisions) {

  /**
   * Creates a history.
   *
   * @param engine the engine
   * @param start the starting position
   * @param events the events
   * @param decisions the decisions
   */
  public CustomerHistory {
    Objects.requireNonNull(engine, "engine is null");
    Objects.requireNonNull(start, "start is null");
    Objects.requireNonNull(events, "events is null");
    Objects.requireNonNull(decisions, "decisions is null");
  }

  /**
   * Replays events from a position and records the history.
   *
   * @param engine the engine
   * @param start the starting position
   * @param events the events
   * @return the history
   */
  public static CustomerHistory replay(Engine engine, Position start, Seq<Event> events) {
    return new CustomerHistory(engine, start, events, engine.replay(start, events).decisions());
  }

  /**
   * Returns the position after the last event.
   *
   * @return the final position
   */
  public Position end() {
    return decisions.isEmpty() ? start : decisions.last().after();
  }
}
