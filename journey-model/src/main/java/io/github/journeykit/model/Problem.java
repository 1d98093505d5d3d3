package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing wrong with the data of a journey or with the rules written for it, found when it is
 * built: what kind of problem, where it is, and a sentence that says how to fix it.
 *
 * <pre>{@code
 * Journey.builder("shop", "Shop").build().getError()
 * // [journey 'shop': the journey has no stages; add at least one stage]
 * }</pre>
 *
 * @param kind what kind of problem it is, for programs
 * @param where the place in the journey, e.g. {@code transition #2 (informed -> buyer)}
 * @param message what is wrong and how to fix it, for people
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Problem(Kind kind, String where, String message) {

  /**
   * The kinds of problem found in a journey's data, or in the rules written for it.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public enum Kind {
    /** The journey has no stages. */
    EMPTY_JOURNEY,
    /** A name or another required text is blank. */
    BLANK_NAME,
    /** An id is not a lowercase id. */
    INVALID_ID,
    /** Two stages, touchpoints, messages, personas or criteria share an id. */
    DUPLICATE_ID,
    /** A transition, touchpoint or message refers to a stage the journey does not have. */
    UNKNOWN_STAGE,
    /** A touchpoint is placed at no stage at all. */
    NO_STAGE,
    /** A message is addressed to a persona the journey does not define. */
    UNKNOWN_PERSONA,
    /** A transition's kind disagrees with the order of its stages. */
    TRANSITION_AGAINST_ORDER,
    /** A number is outside its range: an emotion, a score, an importance, a delay. */
    OUT_OF_RANGE,
    /** A rule records a criterion the journey does not define. */
    UNKNOWN_CRITERION,
    /** A rule sends a message the journey does not define. */
    UNKNOWN_MESSAGE,
    /** A rule moves customers between two stages with no transition of the journey between them. */
    MOVE_WITHOUT_TRANSITION
  }

  /**
   * Creates a problem.
   *
   * @param kind what kind of problem it is
   * @param where the place in the journey
   * @param message what is wrong and how to fix it
   */
  public Problem {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(where, "where is null");
    Objects.requireNonNull(message, "message is null");
  }

  /**
   * Returns the problem as one line: where, then what.
   *
   * @return e.g. {@code stage #2 'informed': the name is blank; give the stage a name}
   */
  @Override
  public String toString() {
    return where + ": " + message;
  }
}
