package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A stage's admission condition: every move into the stage must pass it, whichever rule makes the
 * move.
 *
 * <p>The gate is asked after the event's records are made (so a purchase counts towards the gate of
 * "purchased") and before the move. A customer the gate does not admit stays where they are, and
 * the decision's explanation names the gate and what is missing.
 *
 * <pre>{@code
 * Gate interested = Gate.of("interested", Condition.criteriaMet(2, "money", "need", "decision"));
 * }</pre>
 *
 * @param stage the id of the stage the gate guards
 * @param admission the condition a customer must meet to enter
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Gate(String stage, Condition admission) {

  /**
   * Creates a gate.
   *
   * @param stage the id of the stage it guards
   * @param admission the condition to enter
   */
  public Gate {
    Objects.requireNonNull(stage, "stage is null");
    Objects.requireNonNull(admission, "admission is null");
  }

  /**
   * Creates a gate.
   *
   * @param stage the id of the stage it guards
   * @param admission the condition to enter
   * @return the gate
   */
  public static Gate of(String stage, Condition admission) {
    return new Gate(stage, admission);
  }
}
