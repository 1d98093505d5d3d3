package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.vavr.collection.List;
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
 * <p>A decision is a value: two decisions are equal when their five parts are. It is kept in 24
 * bytes when it sends nothing and explains nothing (the engine's quiet decisions), so that with the
 * new 40-byte {@link Position} a decision costs at most 64 bytes.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Decision {

  private final Position before;
  private final Position after;

  /** The event of a quiet decision, or the {@link Details} of any other. */
  private final Object rest;

  /** The parts of a decision that sends or explains something. */
  private record Details(Event event, Seq<MessageToSend> messages, Explanation explanation) {}

  /**
   * Creates a decision.
   *
   * @param before the customer's position before the event
   * @param event the event
   * @param after the customer's position after it
   * @param messages the messages to send, in the order of the rules that asked for them
   * @param explanation why; empty of rule verdicts when the engine's explanations are off
   */
  @SuppressWarnings("ReferenceEquality") // the engine's one explanation-off instance, on purpose
  public Decision(
      Position before,
      Event event,
      Position after,
      Seq<MessageToSend> messages,
      Explanation explanation) {
    this.before = Objects.requireNonNull(before, "before is null");
    this.after = Objects.requireNonNull(after, "after is null");
    Objects.requireNonNull(event, "event is null");
    Objects.requireNonNull(messages, "messages is null");
    Objects.requireNonNull(explanation, "explanation is null");
    this.rest =
        messages.isEmpty() && explanation == Explanation.OFF
            ? event
            : new Details(event, messages, explanation);
  }

  /** A decision that sends nothing and explains nothing: the engine's hot path. */
  Decision(Position before, Event event, Position after) {
    this.before = before;
    this.after = after;
    this.rest = event;
  }

  /**
   * Returns the customer's position before the event.
   *
   * @return the position before
   */
  public Position before() {
    return before;
  }

  /**
   * Returns the event decided.
   *
   * @return the event
   */
  public Event event() {
    return rest instanceof Details details ? details.event() : (Event) rest;
  }

  /**
   * Returns the customer's position after the event.
   *
   * @return the position after
   */
  public Position after() {
    return after;
  }

  /**
   * Returns the messages to send, in the order of the rules that asked for them.
   *
   * @return the messages; empty when nothing is to be sent
   */
  public Seq<MessageToSend> messages() {
    return rest instanceof Details details ? details.messages() : List.empty();
  }

  /**
   * Returns why the engine decided as it did.
   *
   * @return the explanation; empty of rule verdicts when the engine's explanations are off
   */
  public Explanation explanation() {
    return rest instanceof Details details ? details.explanation() : Explanation.OFF;
  }

  /**
   * Tells whether the engine rejected the event.
   *
   * @return true when rejected; the position is then unchanged
   */
  public boolean isRejected() {
    return explanation().rejection().isDefined();
  }

  /**
   * Returns why the engine rejected the event.
   *
   * @return the reason, or none when the event was decided
   */
  public Option<String> rejection() {
    return explanation().rejection();
  }

  /**
   * Tells whether the customer changed stage.
   *
   * @return true when the stage after differs from the stage before
   */
  public boolean moved() {
    return !before.stage().equals(after.stage());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Decision that
        && before.equals(that.before)
        && after.equals(that.after)
        && event().equals(that.event())
        && messages().equals(that.messages())
        && explanation().equals(that.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(before, event(), after, messages(), explanation());
  }

  @Override
  public String toString() {
    return "Decision[before="
        + before
        + ", event="
        + event()
        + ", after="
        + after
        + ", messages="
        + messages()
        + ", explanation="
        + explanation()
        + "]";
  }
}
