package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Durations in words, for explanations and descriptions: "90 days", "2 hours", "45 minutes"; and
 * the time between two instants measured against a duration without making either. Shared by the
 * journey's own descriptions and facts and the rules' conditions and explanations; not part of the
 * API.
 *
 * @since 0.1
 */
@API(status = INTERNAL, since = "0.1")
public final class Durations {

  private Durations() {}

  /**
   * Compares the time from one instant to another with a duration, as {@code Duration.between(from,
   * to).compareTo(duration)} does, without making a {@code Duration}: the engine asks this on every
   * decision that has a time condition.
   *
   * @param from the earlier instant
   * @param to the later instant; when it is before {@code from} the time between is negative
   * @param duration the duration
   * @return a negative number, zero or a positive number as the time between is shorter than, as
   *     long as or longer than the duration
   */
  public static int compareElapsed(Instant from, Instant to, Duration duration) {
    long seconds = to.getEpochSecond() - from.getEpochSecond();
    int nanos = to.getNano() - from.getNano();
    if (nanos < 0) {
      seconds--;
      nanos += 1_000_000_000;
    }
    int bySeconds = Long.compare(seconds, duration.getSeconds());
    return bySeconds != 0 ? bySeconds : Integer.compare(nanos, duration.getNano());
  }

  /**
   * Says a duration in the largest whole unit that fits it exactly.
   *
   * @param duration the duration
   * @return e.g. "90 days", "1 hour", "45 minutes", "30 seconds"
   */
  public static String words(Duration duration) {
    if (duration.isNegative()) {
      return "-" + words(duration.negated());
    }
    if (!duration.isZero()
        && duration.toDaysPart() > 0
        && duration.equals(Duration.ofDays(duration.toDays()))) {
      return plural(duration.toDays(), "day");
    }
    if (!duration.isZero() && duration.equals(Duration.ofHours(duration.toHours()))) {
      return plural(duration.toHours(), "hour");
    }
    if (duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
      return plural(duration.toMinutes(), "minute");
    }
    return plural(duration.toSeconds(), "second");
  }

  private static String plural(long amount, String unit) {
    return amount + " " + unit + (amount == 1 ? "" : "s");
  }
}
