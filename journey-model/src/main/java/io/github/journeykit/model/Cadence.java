package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How often a 5W message may go out to one customer: at most once per period, at most a number of
 * times, or both. The engine enforces it from the customer's {@link MessageHistory}: a message its
 * cadence does not allow is not sent, and an explained decision says why.
 *
 * <p>The email scheme's "we miss you" letter after three months without an opened letter [003] goes
 * out once per silence, not on every check after the ninetieth day:
 *
 * <pre>{@code
 * Message.builder().id("we-miss-you").stage("repeat-purchase")
 *     .cadence(Option.of(Cadence.oncePer(Duration.ofDays(90)))).build();
 * Cadence.atMost(3).andOncePer(Duration.ofDays(7)); // a reminder: weekly, three times in all
 * }</pre>
 *
 * @param period the least time between two sends, if limited
 * @param times the most sends in all, if limited
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Cadence(Option<Duration> period, Option<Integer> times) {

  /**
   * Creates a cadence.
   *
   * @param period the least time between two sends, if limited; positive
   * @param times the most sends in all, if limited; at least 1
   * @throws IllegalArgumentException if the period is not positive or the times below 1
   */
  public Cadence {
    Objects.requireNonNull(period, "period is null");
    Objects.requireNonNull(times, "times is null");
    if (period.isDefined() && (period.get().isNegative() || period.get().isZero())) {
      throw new IllegalArgumentException(
          "a message's cadence needs a positive period, got " + period.get());
    }
    if (times.isDefined() && times.get() < 1) {
      throw new IllegalArgumentException(
          "a message's cadence allows at least 1 send, got " + times.get());
    }
  }

  /**
   * At most once per period.
   *
   * @param period the least time between two sends
   * @return the cadence
   */
  public static Cadence oncePer(Duration period) {
    return new Cadence(Option.of(Objects.requireNonNull(period, "period is null")), Option.none());
  }

  /**
   * At most a number of times in all.
   *
   * @param times the most sends
   * @return the cadence
   */
  public static Cadence atMost(int times) {
    return new Cadence(Option.none(), Option.of(times));
  }

  /**
   * This cadence, and at most once per period.
   *
   * @param newPeriod the least time between two sends
   * @return the cadence
   */
  public Cadence andOncePer(Duration newPeriod) {
    return new Cadence(Option.of(Objects.requireNonNull(newPeriod, "period is null")), times);
  }

  /**
   * This cadence, and at most a number of times in all.
   *
   * @param newTimes the most sends
   * @return the cadence
   */
  public Cadence andAtMost(int newTimes) {
    return new Cadence(period, Option.of(newTimes));
  }

  /**
   * Tells whether the message may go out at an instant, given what was sent before.
   *
   * @param history the customer's history of this message
   * @param at when it would go out
   * @return true when neither the count nor the period forbids it
   */
  public boolean allows(MessageHistory history, Instant at) {
    return (times.isEmpty() || history.timesSent() < times.get())
        && (period.isEmpty()
            || history.lastSent().isEmpty()
            || !at.isBefore(history.lastSent().get().plus(period.get())));
  }

  /**
   * Says why the message may not go out at an instant, or nothing when it may.
   *
   * @param history the customer's history of this message
   * @param at when it would go out
   * @return e.g. "sent 3 times already, at most 3" or "last sent 2026-03-01T09:00:00Z, at most once
   *     per 7 days"
   */
  public Option<String> whyNot(MessageHistory history, Instant at) {
    if (allows(history, at)) {
      return Option.none();
    }
    if (times.isDefined() && history.timesSent() >= times.get()) {
      return Option.of(
          "sent "
              + history.timesSent()
              + (history.timesSent() == 1 ? " time" : " times")
              + " already, at most "
              + times.get());
    }
    if (period.isDefined()
        && history.lastSent().isDefined()
        && at.isBefore(history.lastSent().get().plus(period.get()))) {
      return Option.of(
          "last sent "
              + history.lastSent().get()
              + ", at most once per "
              + Durations.words(period.get()));
    }
    return Option.none();
  }

  /**
   * Describes the cadence.
   *
   * @return e.g. "at most once per 7 days, at most 3 times"
   */
  @Override
  public String toString() {
    String once = period.map(p -> "at most once per " + Durations.words(p)).getOrElse("");
    String most = times.map(n -> "at most " + n + (n == 1 ? " time" : " times")).getOrElse("");
    return once.isEmpty() ? most : most.isEmpty() ? once : once + ", " + most;
  }
}
