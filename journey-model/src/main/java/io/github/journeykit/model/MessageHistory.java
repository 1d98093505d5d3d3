package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What happened so far with one {@link Message} and one customer: how many times it went out, when
 * it last went out, when the customer last opened it. Kept in {@link Facts} for every message of a
 * journey, so that a reminder can go out "systematically" but not twice a day [002].
 *
 * @param timesSent how many times the message went out; never negative
 * @param lastSent when it last went out
 * @param lastOpened when the customer last opened it
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record MessageHistory(int timesSent, Option<Instant> lastSent, Option<Instant> lastOpened) {

  /** A message that never went out and was never opened. */
  public static final MessageHistory NONE = new MessageHistory(0, Option.none(), Option.none());

  /**
   * Creates a history.
   *
   * @param timesSent how many times it went out
   * @param lastSent when it last went out
   * @param lastOpened when it was last opened
   * @throws IllegalArgumentException if {@code timesSent} is negative
   */
  public MessageHistory {
    Objects.requireNonNull(lastSent, "lastSent is null");
    Objects.requireNonNull(lastOpened, "lastOpened is null");
    if (timesSent < 0) {
      throw new IllegalArgumentException("timesSent is negative: " + timesSent);
    }
  }

  /**
   * Returns this history with one more sending. The last sending stays the latest one known: a
   * report of an earlier sending (a message the engine planned for tomorrow is already recorded,
   * the CRM reports one sent by hand today) counts, but does not move it back.
   *
   * @param at when it went out
   * @return the new history
   */
  public MessageHistory sent(Instant at) {
    return new MessageHistory(timesSent + 1, Option.of(latest(lastSent, at)), lastOpened);
  }

  private static Instant latest(Option<Instant> known, Instant at) {
    return known.isDefined() && known.get().isAfter(at) ? known.get() : at;
  }

  /**
   * Returns this history with the message opened.
   *
   * @param at when it was opened
   * @return the new history; the last opening stays the latest one known
   */
  public MessageHistory opened(Instant at) {
    return new MessageHistory(timesSent, lastSent, Option.of(latest(lastOpened, at)));
  }

  @Override
  public String toString() {
    return "sent "
        + timesSent
        + (timesSent == 1 ? " time" : " times")
        + lastSent.map(at -> ", last " + at).getOrElse("")
        + lastOpened.map(at -> ", opened " + at).getOrElse(", never opened");
  }
}
