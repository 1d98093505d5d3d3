package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the engine decided for one customer and one event: the new position, the messages to send,
 * and why.
 *
 * <p>A decision that {@link #isRejected() rejects} the event (an event type the journey does not
 * know, a detail it does not accept, a stage that does not exist, a position from another journey)
 * leaves the position exactly as it was, sends nothing, and says why in {@link #rejection()}.
 *
 * <pre>{@code
 * Decision decision = engine.decide(position, new InteractionHappened(Outcome.YES, now));
 * decision.after().stage();          // "interested", or still "informed" if the gate said no
 * decision.explanation().toString(); // which rules fired, which did not and why, which gate blocked
 * }</pre>
 *
 * @param before the customer's position before the event
 * @param event the event
 * @param after the customer's position after it
 * @param messages the messages to send, in the order of the rules that asked for them
 * @param explanation why; empty of rule verdicts when the engine's explanations are off
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Decision(
    Position before,
    Event event,
    Position after,
    Seq<MessageToSend> messages,
    Explanation explanation) {

  /**
   * Creates a decision.
   *
   * @param before the position before the event
   * @param event the event
   * @param after the position after it
   * @param messages the messages to send
   * @param explanation why
   */
  public Decision {
    Objects.requireNonNull(before, "before is null");
    Objects.requireNonNull(event, "event is null");
    Objects.requireNonNull(after, "after is null");
    Objects.requireNonNull(messages, "messages is null");
    Objects.requireNonNull(explanation, "explanation is null");
  }

  /**
   * Tells whether the engine rejected the event.
   *
   * @return true when rejected; the position is then unchanged
   */
  public boolean isRejected() {
    return explanation.rejection().isDefined();
  }

  /**
   * Returns why the engine rejected the event.
   *
   * @return the reason, or none when the event was decided
   */
  public Option<String> rejection() {
    return explanation.rejection();
  }

  /**
   * Tells whether the customer changed stage.
   *
   * @return true when the stage after differs from the stage before
   */
  public boolean moved() {
    return !before.stage().equals(after.stage());
  }
}
