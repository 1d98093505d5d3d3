package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A message that moves a customer towards the next stage, described by the five Ws [000].
 *
 * <p>To move a customer on in several touches, every message answers: <b>who</b> it goes to,
 * <b>what</b> value it carries, <b>where</b> (through which channel) the customer finds it,
 * <b>why</b> we send it (which move on the journey it serves) and <b>when</b> it goes out. A
 * message missing any W, or with a blank one, is incomplete: {@link #isComplete()} says whether it
 * is, {@link #missing()} which Ws are missing. Incomplete messages are allowed in a journey (a map
 * is often drafted that way); the gap analysis points at them.
 *
 * <pre>{@code
 * Message reminder = Message.builder()
 *     .id("payment-reminder")
 *     .stage("order-placed")
 *     .who(Option.of(Audience.of("A customer who ordered but has not paid")))
 *     .what(Option.of("Your order is waiting: pay in one click"))
 *     .where(Option.of(Channel.EMAIL))
 *     .why(Option.of("Turn the order into a payment"))
 *     .when(Option.of(Timing.after(Duration.ofHours(2), "Order placed, not paid")))
 *     .build();
 * assert reminder.isComplete();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public interface Message {

  /**
   * One of the five Ws of a message.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  enum W {
    /** To whom the message goes. */
    WHO,
    /** What value it carries. */
    WHAT,
    /** Where the customer looks for it: the channel. */
    WHERE,
    /** Why we send it: the move on the journey it serves. */
    WHY,
    /** When it goes out. */
    WHEN
  }

  /**
   * Returns the message's lowercase id, unique within its journey.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the id of the stage at which the message is sent.
   *
   * @return the stage id
   */
  String stage();

  /**
   * Returns to whom the message goes.
   *
   * @return the audience, if decided
   */
  @Value.Default
  default Option<Audience> who() {
    return Option.none();
  }

  /**
   * Returns what value the message carries.
   *
   * @return the value, if decided
   */
  @Value.Default
  default Option<String> what() {
    return Option.none();
  }

  /**
   * Returns the channel through which the message is delivered.
   *
   * @return the channel, if decided
   */
  @Value.Default
  default Option<Channel> where() {
    return Option.none();
  }

  /**
   * Returns why we send the message: the move on the journey it serves.
   *
   * @return the purpose, if decided
   */
  @Value.Default
  default Option<String> why() {
    return Option.none();
  }

  /**
   * Returns when the message goes out.
   *
   * @return the timing, if decided
   */
  @Value.Default
  default Option<Timing> when() {
    return Option.none();
  }

  /**
   * Returns how often the message may go out to one customer; the engine does not send it when its
   * cadence forbids. Not one of the 5Ws: a message without a cadence goes out every time a rule
   * asks for it.
   *
   * @return the cadence, if limited
   */
  @Value.Default
  default Option<Cadence> cadence() {
    return Option.none();
  }

  /**
   * Returns the Ws this message does not answer, in the order who, what, where, why, when. A W
   * given as blank text counts as missing.
   *
   * @return the missing Ws, empty for a complete message
   */
  default Seq<W> missing() {
    List<W> missing = List.empty();
    if (when().filter(timing -> !timing.trigger().isBlank()).isEmpty()) {
      missing = missing.prepend(W.WHEN);
    }
    if (why().filter(text -> !text.isBlank()).isEmpty()) {
      missing = missing.prepend(W.WHY);
    }
    if (where().isEmpty()) {
      missing = missing.prepend(W.WHERE);
    }
    if (what().filter(text -> !text.isBlank()).isEmpty()) {
      missing = missing.prepend(W.WHAT);
    }
    if (who().filter(audience -> !audience.description().isBlank()).isEmpty()) {
      missing = missing.prepend(W.WHO);
    }
    return missing;
  }

  /**
   * Tells whether the message answers all five Ws.
   *
   * @return true when nothing is {@link #missing()}
   */
  default boolean isComplete() {
    return missing().isEmpty();
  }

  /**
   * Creates a message with all five Ws.
   *
   * @param id the message's lowercase id
   * @param stage the id of the stage at which it is sent
   * @param who to whom it goes
   * @param what what value it carries
   * @param where through which channel
   * @param why which move it serves
   * @param when when it goes out
   * @return the message
   */
  static Message of(
      String id, String stage, Audience who, String what, Channel where, String why, Timing when) {
    return builder()
        .id(id)
        .stage(stage)
        .who(Option.of(who))
        .what(Option.of(what))
        .where(Option.of(where))
        .why(Option.of(why))
        .when(Option.of(when))
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Message}; {@code id} and {@code stage} are required, every W is optional.
   *
   * @since 0.1
   */
  final class Builder extends ImmutableMessage.Builder {
    Builder() {}
  }
}
