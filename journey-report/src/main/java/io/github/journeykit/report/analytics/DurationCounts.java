package io.github.journeykit.report.analytics;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Arrays;

/**
 * Counts of durations, in seconds, for medians and 90th percentiles in memory that does not grow
 * with the number of durations: exact below 1,024 seconds, then in buckets 1/512 of their magnitude
 * wide (a relative error under 0.2 %). Percentiles are nearest-rank: the smallest duration with at
 * least p % of the durations at or below it.
 */
final class DurationCounts {

  private static final int EXACT = 1024;
  private static final int SUB = 512;

  private final long[] exact = new long[EXACT];
  private final long[][] magnitudes = new long[64][];
  private long count;

  void add(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    count++;
    if (seconds < EXACT) {
      exact[(int) seconds]++;
      return;
    }
    int magnitude = 63 - Long.numberOfLeadingZeros(seconds) - 9;
    long[] buckets = magnitudes[magnitude];
    if (buckets == null) {
      buckets = magnitudes[magnitude] = new long[SUB];
    }
    buckets[(int) ((seconds >>> magnitude) - SUB)]++;
  }

  long count() {
    return count;
  }

  Option<Duration> median() {
    return percentile(50);
  }

  Option<Duration> p90() {
    return percentile(90);
  }

  /**
   * The nearest-rank percentile, the middle of its bucket above the exact range; none when empty.
   */
  Option<Duration> percentile(int percent) {
    if (count == 0) {
      return Option.none();
    }
    long rank = Math.max(1, (count * percent + 99) / 100);
    long seen = 0;
    for (int seconds = 0; seconds < EXACT; seconds++) {
      seen += exact[seconds];
      if (seen >= rank) {
        return Option.of(Duration.ofSeconds(seconds));
      }
    }
    for (int magnitude = 1; magnitude < magnitudes.length; magnitude++) {
      long[] buckets = magnitudes[magnitude];
      if (buckets == null) {
        continue;
      }
      for (int sub = 0; sub < SUB; sub++) {
        seen += buckets[sub];
        if (seen >= rank) {
          long low = (long) (sub + SUB) << magnitude;
          return Option.of(Duration.ofSeconds(low + (1L << magnitude) / 2));
        }
      }
    }
    throw new IllegalStateException("percentile rank beyond the count");
  }

  @Override
  public String toString() {
    return "DurationCounts[" + count + ", exact " + Arrays.stream(exact).sum() + "]";
  }
}
