package io.github.journeykit.jdbc;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The decisions of one transaction for one customer, made from the stored position and next check
 * as {@link Engine#replay(Position, Iterable, Instant)} makes them: first a tick of time at every
 * next check that falls due up to the event (or up to now, for a customer whose time is due), then
 * the event. So an event never overtakes a check that was due before it, however late the scheduler
 * runs, and the store decides what a replay of the same events decides.
 */
final class Decider {

  private final Engine engine;
  private final @Nullable Instant stored;
  private final ArrayList<Decision> made = new ArrayList<>(2);
  private Position position;
  private @Nullable Instant next;

  /**
   * Starts from a stored position and its next check.
   *
   * @param engine the engine of the position's journey
   * @param position the stored position, or a new customer's
   * @param next the stored next check, or null when no time-based rule can fire
   */
  Decider(Engine engine, Position position, @Nullable Instant next) {
    this.engine = engine;
    this.position = position;
    this.next = next;
    this.stored = next;
  }

  /** Decides a tick of time at every next check up to {@code until}, inclusive, in order. */
  Decider tickUntil(Instant until) {
    while (next != null && !next.isAfter(until)) {
      Decision tick = engine.decide(position, new TimePassed(next));
      made.add(tick);
      position = tick.after();
      next = tick.isRejected() ? null : tick.nextCheck().getOrNull();
    }
    return this;
  }

  /** Decides the event. */
  Decider decide(Event event) {
    Decision decision = engine.decide(position, event);
    made.add(decision);
    position = decision.after();
    if (!decision.isRejected()) {
      next = decision.nextCheck().getOrNull();
    }
    return this;
  }

  /** The position after the last decision. */
  Position position() {
    return position;
  }

  /** When to check the customer again, or null. */
  @Nullable Instant next() {
    return next;
  }

  /** The decisions made, in order. */
  Vector<Decision> decisions() {
    return Vector.ofAll(made);
  }

  /**
   * Whether there is anything to store: a decision that stood (its messages, its position), or a
   * next check that is no longer the stored one.
   */
  boolean changed() {
    for (Decision decision : made) {
      if (!decision.isRejected()) {
        return true;
      }
    }
    return !Objects.equals(next, stored);
  }
}
