package io.github.journeykit.report.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Medians and 90th percentiles as a spreadsheet's MEDIAN and PERCENTILE.INC, SQL's percentile_cont
 * and pandas give them: exact while the durations are few, within the bound the Javadoc states
 * beyond, in memory that stops growing.
 */
class DurationCountsTests {

  static DurationCounts of(Duration... durations) {
    DurationCounts counts = new DurationCounts();
    for (Duration duration : durations) {
      counts.add(duration);
    }
    return counts;
  }

  static DurationCounts ofSeconds(long... seconds) {
    DurationCounts counts = new DurationCounts();
    for (long s : seconds) {
      counts.add(Duration.ofSeconds(s));
    }
    return counts;
  }

  /** percentile_cont(percent / 100) over whole seconds, worked out in decimals, in seconds. */
  static BigDecimal percentileCont(long[] seconds, int percent) {
    long[] sorted = seconds.clone();
    Arrays.sort(sorted);
    BigDecimal h =
        BigDecimal.valueOf(sorted.length - 1L)
            .multiply(BigDecimal.valueOf(percent))
            .divide(BigDecimal.valueOf(100));
    int below = h.setScale(0, RoundingMode.FLOOR).intValueExact();
    BigDecimal fraction = h.subtract(BigDecimal.valueOf(below));
    if (fraction.signum() == 0) {
      return BigDecimal.valueOf(sorted[below]);
    }
    return BigDecimal.valueOf(sorted[below])
        .add(fraction.multiply(BigDecimal.valueOf(sorted[below + 1] - sorted[below])));
  }

  static BigDecimal seconds(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds())
        .add(BigDecimal.valueOf(duration.getNano(), 9))
        .stripTrailingZeros();
  }

  @Nested
  class TheMedian {

    @Test
    void ofNothingIsNone() {
      assertThat(new DurationCounts().median()).isEqualTo(Option.none());
      assertThat(new DurationCounts().p90()).isEqualTo(Option.none());
      assertThat(new DurationCounts().count()).isZero();
    }

    @Test
    void ofOneDurationIsThatDuration() {
      assertThat(of(Duration.ofHours(30)).median()).contains(Duration.ofHours(30));
      assertThat(of(Duration.ofHours(30)).p90()).contains(Duration.ofHours(30));
    }

    @Test
    void ofAnOddCountIsTheMiddleOne() {
      assertThat(of(Duration.ofDays(5), Duration.ofDays(1), Duration.ofDays(2)).median())
          .contains(Duration.ofDays(2));
      assertThat(ofSeconds(7, 1, 100, 3, 2).median()).contains(Duration.ofSeconds(3));
    }

    @Test
    void ofTwoAndThreeDaysIsTwoAndAHalf() {
      assertThat(of(Duration.ofDays(2), Duration.ofDays(3)).median())
          .contains(Duration.ofHours(60));
      assertThat(of(Duration.ofDays(3), Duration.ofDays(2)).median())
          .as("in either order")
          .contains(Duration.ofHours(60));
    }

    @Test
    void ofAnEvenCountIsTheMeanOfTheTwoMiddleOnes() {
      assertThat(ofSeconds(10, 1, 2, 3).median()).contains(Duration.ofMillis(2500));
      assertThat(ofSeconds(4, 4, 1, 9).median()).contains(Duration.ofSeconds(4));
      assertThat(ofSeconds(0, 1).median())
          .as("half a second, not rounded to a whole one")
          .contains(Duration.ofMillis(500));
    }

    @Test
    void countsANegativeDurationAsZeroAndDropsFractionsOfASecond() {
      assertThat(of(Duration.ofSeconds(-5), Duration.ofMillis(4_900)).median())
          .contains(Duration.ofSeconds(2));
    }
  }

  @Nested
  class TheNinetiethPercentile {

    @Test
    void interpolatesLinearlyBetweenTheRanksAroundNineTenthsOfTheWay() {
      // 1 to 10: rank (10 - 1) x 0.9 = 8.1, between 9 and 10: PERCENTILE.INC gives 9.1.
      assertThat(ofSeconds(10, 9, 8, 7, 6, 5, 4, 3, 2, 1).p90()).contains(Duration.ofMillis(9100));
      assertThat(of(Duration.ofDays(2), Duration.ofDays(3)).p90())
          .contains(Duration.ofDays(2).plus(Duration.ofDays(9).dividedBy(10)));
      assertThat(ofSeconds(0, 100, 100, 100, 1000).p90())
          .as("rank 3.6, between 100 and 1000")
          .contains(Duration.ofSeconds(640));
    }

    @Test
    void fallsOnARankWhenNineTenthsOfTheCountMinusOneIsWhole() {
      // 11 durations: rank 9 exactly, the tenth smallest.
      assertThat(ofSeconds(0, 1, 2, 3, 4, 5, 6, 7, 8, 900, 1000).p90())
          .contains(Duration.ofSeconds(900));
    }

    @Test
    void takesOnlyPercentsFromZeroToAHundred() {
      DurationCounts counts = ofSeconds(1, 2, 3);
      assertThat(counts.percentile(0)).contains(Duration.ofSeconds(1));
      assertThat(counts.percentile(100)).contains(Duration.ofSeconds(3));
      assertThatThrownBy(() -> counts.percentile(101)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> counts.percentile(-1)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Durations the way a funnel sees them: seconds to years, many ties, some of them huge. */
  static LongSupplier durations(String shape, Random random) {
    return switch (shape) {
      case "minutes" -> () -> random.nextInt(1024);
      case "days" -> () -> (long) (-Math.log(1 - random.nextDouble()) * 5 * 86_400);
      case "log-uniform" ->
          () -> (long) Math.exp(random.nextDouble() * Math.log(20 * 31_557_600.0));
      case "ties" -> () -> (random.nextInt(20) + 1) * 86_400L;
      case "extremes" ->
          () ->
              random.nextInt(10) == 0
                  ? Long.MAX_VALUE - random.nextInt(1000)
                  : random.nextInt(3 * 86_400);
      default -> throw new IllegalArgumentException(shape);
    };
  }

  @Nested
  class WhileTheDurationsAreFew {

    @ParameterizedTest
    @ValueSource(strings = {"minutes", "days", "log-uniform", "ties", "extremes"})
    void everyPercentileIsPercentileContExactly(String shape) {
      Random random = new Random(shape.hashCode());
      for (int n : new int[] {1, 2, 3, 4, 5, 10, 11, 99, 1000, DurationCounts.EXACT_VALUES}) {
        LongSupplier next = durations(shape, random);
        long[] sample = new long[n];
        DurationCounts counts = new DurationCounts();
        for (int i = 0; i < n; i++) {
          sample[i] = next.getAsLong();
          counts.add(Duration.ofSeconds(sample[i]));
        }
        assertThat(counts.exact()).isTrue();
        for (int percent : new int[] {50, 90, 0, 25, 99, 100}) {
          assertThat(seconds(counts.percentile(percent).get()))
              .as("%s, %d durations, percentile %d", shape, n, percent)
              .isEqualByComparingTo(percentileCont(sample, percent));
        }
      }
    }
  }

  @Nested
  class WhenTheDurationsAreMany {

    /** The bound the Javadoc, the README and journey run --help state: 1 in 1,024. */
    @ParameterizedTest
    @ValueSource(strings = {"minutes", "days", "log-uniform", "ties", "extremes"})
    void everyPercentileIsWithinOneIn1024OfPercentileCont(String shape) {
      Random random = new Random(shape.hashCode() * 31L);
      for (int n : new int[] {DurationCounts.EXACT_VALUES + 1, 20_000, 250_000}) {
        LongSupplier next = durations(shape, random);
        long[] sample = new long[n];
        DurationCounts counts = new DurationCounts();
        for (int i = 0; i < n; i++) {
          sample[i] = next.getAsLong();
          counts.add(Duration.ofSeconds(sample[i]));
        }
        assertThat(counts.exact()).isFalse();
        assertThat(counts.count()).isEqualTo(n);
        for (int percent : new int[] {50, 90, 0, 10, 99, 100}) {
          BigDecimal exact = percentileCont(sample, percent);
          BigDecimal error = seconds(counts.percentile(percent).get()).subtract(exact).abs();
          assertThat(error.multiply(BigDecimal.valueOf(1024)))
              .as("%s, %d durations, percentile %d: %s off %s", shape, n, percent, error, exact)
              .isLessThanOrEqualTo(exact);
        }
      }
    }

    @Test
    void durationsUnderSeventeenMinutesStayExact() {
      Random random = new Random(17);
      long[] sample = new long[30_000];
      DurationCounts counts = new DurationCounts();
      for (int i = 0; i < sample.length; i++) {
        sample[i] = random.nextInt(DurationCounts.EXACT_SECONDS);
        counts.add(Duration.ofSeconds(sample[i]));
      }
      assertThat(counts.exact()).isFalse();
      for (int percent = 0; percent <= 100; percent++) {
        assertThat(seconds(counts.percentile(percent).get()))
            .isEqualByComparingTo(percentileCont(sample, percent));
      }
    }

    @Test
    void theDurationsAreKeptUpToTheLimitAndCountedInBucketsFromTheNextOne() {
      DurationCounts counts = new DurationCounts();
      for (int i = 0; i < DurationCounts.EXACT_VALUES; i++) {
        counts.add(Duration.ofDays(2 + i % 2));
      }
      assertThat(counts.exact()).isTrue();
      assertThat(counts.median()).contains(Duration.ofHours(60));
      counts.add(Duration.ofDays(3));
      assertThat(counts.exact()).isFalse();
      assertThat(counts.count()).isEqualTo(DurationCounts.EXACT_VALUES + 1L);
      assertThat(counts.median().get().minus(Duration.ofDays(3)).abs())
          .as("the middle one, 3 days, in the middle of its bucket")
          .isLessThanOrEqualTo(Duration.ofDays(3).dividedBy(1024));
    }
  }

  @Nested
  class Memory {

    /** 1,024 counts below 17 minutes, 512 for each power of two above, up to 2^63 seconds. */
    static final long MOST = DurationCounts.EXACT_SECONDS + 53 * 512L;

    @Test
    void keepsAtMostTheLimitWhileExact() {
      DurationCounts counts = new DurationCounts();
      assertThat(counts.slots()).isLessThanOrEqualTo(16);
      Random random = new Random(1);
      for (int i = 0; i < DurationCounts.EXACT_VALUES; i++) {
        counts.add(Duration.ofSeconds(random.nextLong(Long.MAX_VALUE)));
      }
      assertThat(counts.slots()).isEqualTo(DurationCounts.EXACT_VALUES);
    }

    @Test
    void stopsGrowingOnceInBuckets() {
      DurationCounts counts = new DurationCounts();
      Random random = new Random(2);
      LongSupplier tenYears = durations("log-uniform", random);
      for (int i = 0; i < 200_000; i++) {
        counts.add(Duration.ofSeconds(tenYears.getAsLong() / 2));
      }
      long slots = counts.slots();
      assertThat(slots)
          .as("the Javadoc's 84 KiB for durations up to ten years")
          .isLessThanOrEqualTo(DurationCounts.EXACT_SECONDS + 19 * 512L);
      for (int i = 0; i < 800_000; i++) {
        counts.add(Duration.ofSeconds(tenYears.getAsLong() / 2));
      }
      assertThat(counts.slots()).as("a million durations take no more").isEqualTo(slots);
      assertThat(counts.count()).isEqualTo(1_000_000);
    }

    @Test
    void neverHoldsMoreThanEveryBucket() {
      DurationCounts counts = new DurationCounts();
      Random random = new Random(3);
      for (int i = 0; i < 300_000; i++) {
        counts.add(Duration.ofSeconds(random.nextLong(Long.MAX_VALUE) >>> random.nextInt(63)));
      }
      counts.add(Duration.ofSeconds(Long.MAX_VALUE));
      assertThat(counts.slots()).isLessThanOrEqualTo(MOST);
      assertThat(counts.p90().isDefined()).isTrue();
      assertThat(counts.percentile(100).get().getSeconds())
          .isGreaterThan(Long.MAX_VALUE - Long.MAX_VALUE / 1024);
    }
  }
}
