package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The "when" of a 5W message: the moment that triggers it and how long after it the message goes
 * out [000, 003].
 *
 * <p>A timing is sent {@link #now(String) at once}, {@link #after(Duration, String) after a delay}
 * ("a payment reminder an hour or two after the order"), or {@link #at(LocalTime, String) at the
 * next given time of day} after the trigger. {@link Journey.Builder#build()} reports a negative
 * delay.
 *
 * <pre>{@code
 * Timing reminder = Timing.after(Duration.ofHours(2), "Order placed, not paid");
 * }</pre>
 *
 * @param trigger the moment or event that triggers the message, in words
 * @param delay how long after the trigger the message goes out; zero for at once
 * @param timeOfDay the time of day, in UTC, at which the message goes out, if it waits for one
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Timing(String trigger, Duration delay, Option<LocalTime> timeOfDay) {

  /**
   * Creates a timing.
   *
   * @param trigger the moment that triggers the message
   * @param delay how long after the trigger the message goes out
   * @param timeOfDay the time of day at which it goes out, if it waits for one
   */
  public Timing {
    Objects.requireNonNull(trigger, "trigger is null");
    Objects.requireNonNull(delay, "delay is null");
    Objects.requireNonNull(timeOfDay, "timeOfDay is null");
  }

  /**
   * Creates a timing that sends the message as soon as the trigger happens.
   *
   * @param trigger the moment that triggers the message
   * @return the timing
   */
  public static Timing now(String trigger) {
    return new Timing(trigger, Duration.ZERO, Option.none());
  }

  /**
   * Creates a timing that sends the message a fixed time after the trigger.
   *
   * @param delay how long after the trigger
   * @param trigger the moment that triggers the message
   * @return the timing
   */
  public static Timing after(Duration delay, String trigger) {
    return new Timing(trigger, delay, Option.none());
  }

  /**
   * Creates a timing that sends the message at the next given time of day (UTC) after the trigger.
   *
   * @param timeOfDay the time of day
   * @param trigger the moment that triggers the message
   * @return the timing
   */
  public static Timing at(LocalTime timeOfDay, String trigger) {
    return new Timing(trigger, Duration.ZERO, Option.of(timeOfDay));
  }
}
