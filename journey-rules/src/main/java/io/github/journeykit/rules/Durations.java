package io.github.journeykit.rules;

import java.time.Duration;

/** Durations in words, for explanations: "90 days", "2 hours", "45 minutes". */
final class Durations {

  private Durations() {}

  static String words(Duration duration) {
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
