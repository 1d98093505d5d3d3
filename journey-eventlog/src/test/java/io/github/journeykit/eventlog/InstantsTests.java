package io.github.journeykit.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reading of the common time shapes agrees with java.time, and knows its limits.
 */
class InstantsTests {

  static boolean fast(Instants instants, String text) {
    char[] chars = text.toCharArray();
    return instants.fast(chars, 0, chars.length);
  }

  @Test
  void readsTheCommonShapesByHandExactlyAsJavaTimeDoes() {
    Random random = new Random(3);
    Instants instants = new Instants();
    for (int i = 0; i < 20_000; i++) {
      long seconds = -2_000_000_000L + (long) (random.nextDouble() * 6_000_000_000L);
      int nanos = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000);
      int offset =
          (random.nextInt(37) - 18) * 3600
              + (random.nextBoolean() ? 0 : 30 * 60) * (random.nextBoolean() ? 1 : -1);
      offset = Math.max(-18 * 3600, Math.min(18 * 3600, offset));
      Instant instant = Instant.ofEpochSecond(seconds, nanos);
      String text =
          random.nextBoolean()
              ? instant.toString()
              : OffsetDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(offset))
                  .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      if (text.length() - text.indexOf('T') < 9 || text.startsWith("-") || text.startsWith("+")) {
        continue;
      }
      assertThat(fast(instants, text)).as(text).isTrue();
      assertThat(Instant.ofEpochSecond(instants.seconds, instants.nanos))
          .as(text)
          .isEqualTo(instant);
    }
  }

  @Test
  void leavesOtherShapesAndImpossibleDatesToJavaTimeOrRefusesThem() {
    Instants instants = new Instants();
    for (String text :
        new String[] {
          "2026-03-01T10:15Z",
          "2026-03-01 10:15:30Z",
          "2026-13-01T10:15:30Z",
          "2026-00-01T10:15:30Z",
          "2026-02-29T10:15:30Z",
          "2026-04-31T10:15:30Z",
          "2026-03-32T10:15:30Z",
          "2026-03-00T10:15:30Z",
          "2026-03-01T24:00:00Z",
          "2026-03-01T10:60:00Z",
          "2026-03-01T10:15:60Z",
          "2026-03-01T10:15:30",
          "2026-03-01T10:15:30+19:00",
          "2026-03-01T10:15:30+03:60",
          "2026-03-01T10:15:30.Z",
          "2026-03-01T10:15:30.1234567890Z",
          "2026-03-01T10:15:30+0300",
          "2026-O3-01T10:15:30Z",
          "2026-03-01T10:15:30Zz",
          "x026-03-01T10:15:30Z"
        }) {
      assertThat(fast(instants, text)).as(text).isFalse();
    }
    assertThat(fast(instants, "2024-02-29T10:15:30Z")).isTrue();
    assertThat(fast(instants, "2026-03-01T10:15:30.5-02:30")).isTrue();
    assertThat(Instant.ofEpochSecond(instants.seconds, instants.nanos))
        .isEqualTo(Instant.parse("2026-03-01T12:45:30.5Z"));
    assertThat(instants.parse("2026-03-01T10:15+01:00".toCharArray(), 0, 22)).isTrue();
    assertThat(Instant.ofEpochSecond(instants.seconds))
        .isEqualTo(Instant.parse("2026-03-01T09:15:00Z"));
    assertThat(instants.parse("2026-02-30T10:15:30Z".toCharArray(), 0, 20)).isFalse();
  }
}
