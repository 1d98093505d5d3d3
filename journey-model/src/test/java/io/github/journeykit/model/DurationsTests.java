package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Durations in words, and the time between two instants against a duration. */
class DurationsTests {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aDurationIsSaidInTheLargestWholeUnitThatFitsIt() {
    assertThat(Durations.words(Duration.ofDays(90))).isEqualTo("90 days");
    assertThat(Durations.words(Duration.ofHours(1))).isEqualTo("1 hour");
    assertThat(Durations.words(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    assertThat(Durations.words(Duration.ofSeconds(30))).isEqualTo("30 seconds");
    assertThat(Durations.words(Duration.ofDays(-2))).isEqualTo("-2 days");
  }

  @Test
  void theTimeBetweenTwoInstantsComparesWithADurationAsDurationBetweenDoes() {
    Random random = new Random(13);
    for (int i = 0; i < 10_000; i++) {
      Instant from = T0.plusNanos(random.nextInt(2_000_000_000));
      Instant to = T0.plusSeconds(random.nextInt(5)).plusNanos(random.nextInt(1_000_000_000));
      Duration duration = Duration.ofSeconds(random.nextInt(4) - 1, random.nextInt(1_000_000_000));
      int expected = Integer.signum(Duration.between(from, to).compareTo(duration));
      assertThat(Integer.signum(Durations.compareElapsed(from, to, duration)))
          .as("%s to %s against %s", from, to, duration)
          .isEqualTo(expected);
    }
  }

  @Test
  void theBoundsOfAComparisonAreExact() {
    Duration week = Duration.ofDays(7);
    assertThat(Durations.compareElapsed(T0, T0.plus(week), week)).isZero();
    assertThat(Durations.compareElapsed(T0, T0.plus(week).minusNanos(1), week)).isNegative();
    assertThat(Durations.compareElapsed(T0, T0.plus(week).plusNanos(1), week)).isPositive();
    assertThat(Durations.compareElapsed(T0, T0.minusNanos(1), Duration.ZERO)).isNegative();
  }
}
