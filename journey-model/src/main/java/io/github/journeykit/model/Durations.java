package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Durations in words, for explanations and descriptions: "90 days", "2 hours", "45 minutes". Shared
 * by the journey's own descriptions and the rules' explanations; not part of the API.
 *
 * @since 0.1
 */
@API(status = INTERNAL, since = "0.1")
public final class Durations {

  private Durations() {}

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
