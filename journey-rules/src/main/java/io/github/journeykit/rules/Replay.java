package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Position;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of replaying a customer's events: their final position and every decision on the way.
 *
 * @param position the position after the last event
 * @param decisions one decision per event, in order
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Replay(Position position, Seq<Decision> decisions) {

  /**
   * Creates a replay result.
   *
   * @param position the final position
   * @param decisions the decisions, in order
   */
  public Replay {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(decisions, "decisions is null");
  }
}
