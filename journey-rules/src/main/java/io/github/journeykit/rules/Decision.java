package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the engine decided for one customer and one event: the new position, the messages to send,
 * when to check the customer again, and why.
 *
 * <p><b>Messages</b> are those of the rules whose decision stands (a move the gate refused sends
 * nothing, unless the rule {@linkplain Effect#sendRegardless sends regardless}), then those the new
 * stage sends on entry, each at most once per decision and only where its {@link
 * io.github.journeykit.model.Cadence cadence} allows; each is recorded in the customer's message
 * history at its send-at instant.
 *
 * <p><b>The next check</b> ({@link #nextCheck()}) is the earliest instant after the event at which
 * a {@code time_passed} rule of the customer's new stage could fire: store it beside the position
 * and deliver a {@link io.github.journeykit.model.TimePassed} then. There is no scheduler inside
 * the library.
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
 * <p>A decision is a value: two decisions are equal when their six parts are. It is kept in 24
 * bytes when it sends nothing, explains nothing and has no next check (the engine's quiet decisions
 * in a journey without time-based rules at the new stage), so that with the new 40-byte {@link
 * Position} such a decision costs 64 bytes; the other parts are kept beside it only when there are
 * some.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Decision {

  private final Position before;
  private final Position after;

  /** The event of a quiet decision, or the {@link Details} of any other. */
  private final Object rest;

  /** The parts of a decision that sends, explains or schedules something. */
  private record Details(
      Event event,
      Seq<MessageToSend> messages,
      Explanation explanation,
      @Nullable Instant nextCheck) {}

  /**
   * Creates a decision.
   *
   * @param before the customer's position before the event
   * @param event the event
   * @param after the customer's position after it
   * @param messages the messages to send, in the order of the rules that asked for them
   * @param explanation why; empty of rule verdicts when the engine's explanations are off
   */
  public Decision(
      Position before,
      Event event,
      Position after,
      Seq<MessageToSend> messages,
      Explanation explanation) {
    this(before, event, after, messages, explanation, Option.none());
  }

  /**
   * Creates a decision with the instant to check the customer again.
   *
   * @param before the customer's position before the event
   * @param event the event
   * @param after the customer's position after it
   * @param messages the messages to send, in the order of the rules that asked for them
   * @param explanation why; empty of rule verdicts when the engine's explanations are off
   * @param nextCheck when a time-based rule could next fire for the customer, if ever
   */
  @SuppressWarnings("ReferenceEquality") // the engine's one explanation-off instance, on purpose
  public Decision(
      Position before,
      Event event,
      Position after,
      Seq<MessageToSend> messages,
      Explanation explanation,
      Option<Instant> nextCheck) {
    this.before = Objects.requireNonNull(before, "before is null");
    this.after = Objects.requireNonNull(after, "after is null");
    Objects.requireNonNull(event, "event is null");
    Objects.requireNonNull(messages, "messages is null");
    Objects.requireNonNull(explanation, "explanation is null");
    Objects.requireNonNull(nextCheck, "nextCheck is null");
    this.rest =
        messages.isEmpty() && explanation == Explanation.OFF && nextCheck.isEmpty()
            ? event
            : new Details(event, messages, explanation, nextCheck.getOrNull());
  }

  /** A decision the engine made: the next check is an instant or null, kept without an option. */
  Decision(
      Position before,
      Event event,
      Position after,
      Seq<MessageToSend> messages,
      Explanation explanation,
      @Nullable Instant nextCheck) {
    this.before = before;
    this.after = after;
    this.rest = new Details(event, messages, explanation, nextCheck);
  }

  /** A decision that sends nothing and explains nothing: the engine's hot path. */
  Decision(Position before, Event event, Position after) {
    this.before = before;
    this.after = after;
    this.rest = event;
  }

  /**
   * Makes the decision the engine makes on an event it cannot decide: the customer stays where they
   * are, nothing is sent, and the explanation says why. For a stored decision read back, or a
   * program that refuses an event before asking the engine.
   *
   * @param position the customer's position, kept
   * @param event the event refused
   * @param reason why, in a sentence
   * @return the rejected decision
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static Decision rejected(Position position, Event event, String reason) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(event, "event is null");
    Objects.requireNonNull(reason, "reason is null");
    Explanation explanation =
        new Explanation(
            position,
            event,
            position,
            Option.of(reason),
            false,
            new CompiledRule[0],
            null,
            null,
            null,
            null,
            null,
            null,
            List.empty());
    return new Decision(position, event, position, List.empty(), explanation);
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
   * Returns when to check the customer again: the earliest instant after the event at which a
   * {@code time_passed} rule of the new stage could fire (entered + d, last activity + d, last
   * seen, sent or opened + d, a window's instant leaving it). Deliver a {@code time_passed} event
   * then; the decision on it gives the next one. None when no time-based rule can fire at the new
   * stage.
   *
   * @return the next check, if any
   */
  public Option<Instant> nextCheck() {
    return rest instanceof Details details ? Option.of(details.nextCheck()) : Option.none();
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
        && nextCheck().equals(that.nextCheck())
        && explanation().equals(that.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(before, event(), after, messages(), nextCheck(), explanation());
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
        + nextCheck().map(at -> ", nextCheck=" + at).getOrElse("")
        + ", explanation="
        + explanation()
        + "]";
  }
}
