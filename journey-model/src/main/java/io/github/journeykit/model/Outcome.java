package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.Iterator;
import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * How an interaction with a customer ends: exactly one of three outcomes at every stage [000].
 *
 * <p>In the classic funnel a {@link #YES} moves the customer to the next stage, a {@link #NO} rolls
 * them back one stage and a {@link #DONT_KNOW} keeps them where they are. The manager must have a
 * planned action for each of the three at each stage ({@link Stage#plannedResponses()}); an outcome
 * nobody planned for is a gap.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum Outcome {
  /** "Yes": the customer agrees; in the classic funnel, a move to the next stage. */
  YES("yes"),
  /** "No": the customer declines; in the classic funnel, a roll back of one stage. */
  NO("no"),
  /** "Don't know": the customer hesitates; in the classic funnel, the stage stays. */
  DONT_KNOW("dont_know");

  private final String id;

  Outcome(String id) {
    this.id = id;
  }

  /**
   * Returns the lowercase id used in event logs.
   *
   * @return {@code yes}, {@code no} or {@code dont_know}
   */
  public String id() {
    return id;
  }

  /**
   * Finds the outcome with the given id.
   *
   * @param id a lowercase id such as {@code dont_know}
   * @return the outcome, or none when the id names no outcome
   */
  public static Option<Outcome> ofId(String id) {
    return Iterator.of(values()).find(outcome -> outcome.id.equals(id));
  }
}
