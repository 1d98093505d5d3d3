package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A move between two stages that the journey allows.
 *
 * <p>The {@link Kind} says how the move relates to the order of the stages: an {@link Kind#ADVANCE}
 * goes to the next stage, a {@link Kind#SKIP} jumps forward over one or more stages ("information
 * search may go straight to purchase" [003]), a {@link Kind#ROLL_BACK} returns one stage (a "no" in
 * the funnel [000]) and a {@link Kind#LOOP} returns to any earlier stage to start a cycle again
 * ("negative experience: back to stage 1", "the loyalty loop returns to the deal" [002]). {@link
 * Journey.Builder#build()} checks that each transition's kind agrees with the order of its stages.
 *
 * <pre>{@code
 * Transition toPurchase = Transition.skip("information-search", "purchase", "Knows what to buy");
 * }</pre>
 *
 * @param from the id of the stage the move starts from
 * @param to the id of the stage the move leads to
 * @param kind how the move relates to the order of the stages
 * @param description why or when the move happens, for people reading the map; may be empty
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Transition(String from, String to, Kind kind, String description) {

  /**
   * How a transition relates to the order of the journey's stages.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public enum Kind {
    /** To the very next stage. */
    ADVANCE("advance"),
    /** Forward over one or more stages. */
    SKIP("skip"),
    /** Back to the stage just before. */
    ROLL_BACK("roll-back"),
    /** Back to any earlier stage, to go through the following stages again. */
    LOOP("loop");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /**
     * Returns the lowercase id used in renderings.
     *
     * @return the id, e.g. {@code roll-back}
     */
    public String id() {
      return id;
    }
  }

  /**
   * Creates a transition; {@link Journey.Builder#build()} validates it against the journey's
   * stages.
   *
   * @param from the id of the stage the move starts from
   * @param to the id of the stage the move leads to
   * @param kind how the move relates to the order of the stages
   * @param description why or when the move happens; may be empty
   */
  public Transition {
    Objects.requireNonNull(from, "from is null");
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(description, "description is null");
  }

  /**
   * Creates a move to the next stage.
   *
   * @param from the stage the move starts from
   * @param to the next stage
   * @return the transition, with no description
   */
  public static Transition advance(String from, String to) {
    return new Transition(from, to, Kind.ADVANCE, "");
  }

  /**
   * Creates a move back to the previous stage.
   *
   * @param from the stage the move starts from
   * @param to the previous stage
   * @return the transition, with no description
   */
  public static Transition rollBack(String from, String to) {
    return new Transition(from, to, Kind.ROLL_BACK, "");
  }

  /**
   * Creates a jump forward over one or more stages.
   *
   * @param from the stage the move starts from
   * @param to a stage at least two places later
   * @param description why or when the skip happens
   * @return the transition
   */
  public static Transition skip(String from, String to, String description) {
    return new Transition(from, to, Kind.SKIP, description);
  }

  /**
   * Creates a return to an earlier stage that starts a cycle again.
   *
   * @param from the stage the move starts from
   * @param to an earlier stage
   * @param description why or when the loop happens
   * @return the transition
   */
  public static Transition loop(String from, String to, String description) {
    return new Transition(from, to, Kind.LOOP, description);
  }
}
