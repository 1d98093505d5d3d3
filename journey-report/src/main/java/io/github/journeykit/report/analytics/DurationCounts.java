package io.github.journeykit.report.analytics;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Durations, in whole seconds, and their median and 90th percentile in memory that stops growing
 * with their number.
 *
 * <p>Percentiles are those users expect from a spreadsheet's {@code MEDIAN} and {@code
 * PERCENTILE.INC}, SQL's {@code percentile_cont} and pandas' {@code quantile}: sorted, the n
 * durations have ranks 0 to n − 1; the p-th percentile sits at rank h = (n − 1) × p / 100, and
 * between two ranks it is interpolated linearly. The median of an even count is so the mean of the
 * two middle durations: of 2 and 3 days, 2.5 days.
 *
 * <p>Up to {@value #EXACT_VALUES} durations are kept as they are, and the percentiles are exact
 * (negative durations count as zero, fractions of a second are dropped). Beyond, every duration is
 * counted in a bucket instead: one per second below {@value #EXACT_SECONDS} seconds (17 minutes),
 * above in buckets 1/512 of their power of two wide, each standing for its middle. The two
 * durations interpolated between are then each within 1/1,024 of their own value, so a percentile
 * is within 1/1,024 (under 0.1 %) of the exact one, and exact when both are below 17 minutes. The
 * buckets take at most {@value #EXACT_SECONDS} + 53 × 512 counts of 8 bytes (220 KiB), 84 KiB for
 * durations up to ten years; the kept durations at most {@value #EXACT_VALUES} × 8 bytes, 64 KiB.
 */
final class DurationCounts {

  /** How many durations are kept as they are before they are counted in buckets. */
  static final int EXACT_VALUES = FunnelReport.EXACT_DURATIONS;

  /** The durations, in seconds, below which every second has its own bucket. */
  static final int EXACT_SECONDS = 1024;

  /** How many buckets share a power of two above {@link #EXACT_SECONDS}. */
  private static final int SUB = 512;

  /** The durations as they are, in seconds, the first {@code count}; null once in buckets. */
  private long @Nullable [] values = new long[16];

  private boolean sorted = true;

  /** One count per second below {@link #EXACT_SECONDS}; empty until the durations go to buckets. */
  private long[] seconds = new long[0];

  /** Per power of two of the seconds above the exact ones, its {@link #SUB} buckets, if any. */
  private final long[][] magnitudes = new long[64][];

  private long count;

  void add(Duration duration) {
    long value = Math.max(0, duration.toSeconds());
    long[] kept = values;
    if (kept != null && count < EXACT_VALUES) {
      if (count == kept.length) {
        kept = values = Arrays.copyOf(kept, kept.length * 2);
      }
      sorted = sorted && (count == 0 || kept[(int) count - 1] <= value);
      kept[(int) count] = value;
      count++;
      return;
    }
    if (kept != null) {
      seconds = new long[EXACT_SECONDS];
      for (int i = 0; i < count; i++) {
        count(kept[i]);
      }
      values = null;
    }
    count(value);
    count++;
  }

  private void count(long value) {
    if (value < EXACT_SECONDS) {
      seconds[(int) value]++;
      return;
    }
    int magnitude = magnitude(value);
    long[] buckets = magnitudes[magnitude];
    if (buckets == null) {
      buckets = magnitudes[magnitude] = new long[SUB];
    }
    buckets[(int) ((value >>> magnitude) - SUB)]++;
  }

  /** The power of two of a bucket's width: 1 from 1,024 seconds to 2,047, 2 up to 4,095, ... */
  private static int magnitude(long value) {
    return 63 - Long.numberOfLeadingZeros(value) - 9;
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
   * The percentile as {@code percentile_cont(percent / 100)}: linear between the ranks around (n −
   * 1) × percent / 100; none when empty.
   */
  Option<Duration> percentile(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent is not from 0 to 100: " + percent);
    }
    if (count == 0) {
      return Option.none();
    }
    long position = (count - 1) * percent;
    long rank = position / 100;
    long hundredths = position % 100;
    long below = at(rank);
    if (hundredths == 0) {
      return Option.of(Duration.ofSeconds(below));
    }
    long above = at(rank + 1);
    // (above - below) / 100 has at most two decimals of a second, exact in nanoseconds; dividing
    // first keeps the product below above - below, so that it cannot overflow.
    return Option.of(
        Duration.ofSeconds(below)
            .plus(Duration.ofSeconds(above - below).dividedBy(100).multipliedBy(hundredths)));
  }

  /** The duration of a rank, from 0: as it is while kept, else its bucket's middle. */
  private long at(long rank) {
    long[] kept = values;
    if (kept != null) {
      if (!sorted) {
        Arrays.sort(kept, 0, (int) count);
        sorted = true;
      }
      return kept[(int) rank];
    }
    long seen = 0;
    for (int second = 0; second < EXACT_SECONDS; second++) {
      seen += seconds[second];
      if (seen > rank) {
        return second;
      }
    }
    for (int magnitude = 1; magnitude < magnitudes.length; magnitude++) {
      long[] buckets = magnitudes[magnitude];
      if (buckets == null) {
        continue;
      }
      for (int sub = 0; sub < SUB; sub++) {
        seen += buckets[sub];
        if (seen > rank) {
          long low = (long) (sub + SUB) << magnitude;
          return low + (1L << magnitude) / 2;
        }
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond the count " + count);
  }

  /**
   * How many counts and durations this holds in memory: what bounds its size.
   *
   * @return the length of every array it holds, added up
   */
  long slots() {
    long[] kept = values;
    long slots = (kept == null ? 0L : kept.length) + (long) seconds.length;
    for (long[] buckets : magnitudes) {
      slots += buckets == null ? 0 : buckets.length;
    }
    return slots;
  }

  /**
   * Whether the durations are still kept as they are, so that the percentiles are exact.
   *
   * @return true until more than {@link #EXACT_VALUES} durations were added
   */
  boolean exact() {
    return values != null;
  }

  @Override
  public String toString() {
    return "DurationCounts[" + count + (exact() ? ", exact]" : ", in buckets]");
  }
}
