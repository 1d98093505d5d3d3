package io.github.journeykit.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The instants of positions and events, read from their characters as Instant.parse reads them. */
class ReadingInstantsTests {

  @Test
  void everyInstantReadsBackAsInstantParseReadsIt() {
    Random random = new Random(31);
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 200_000; i++) {
      long seconds = first + (long) (random.nextDouble() * (last - first));
      int nanos =
          switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant instant = Instant.ofEpochSecond(seconds, nanos);
      assertThat(Reading.utcInstant(instant.toString())).as(instant.toString()).isEqualTo(instant);
    }
  }

  /** Texts Instant.parse reads in its own way, or refuses: left to it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-02t09:00:00z",
        "2026-03-02T24:00:00Z",
        "2026-03-02T23:59:60Z",
        "+10000-01-01T00:00:00Z",
        "2026-03-02T09:00:00.Z",
        "2026-03-02T09:00:00.1234567890Z",
        "2026-02-29T09:00:00Z",
        "2026-04-31T09:00:00Z",
        "2026-13-01T09:00:00Z",
        "2026-00-01T09:00:00Z",
        "2026-03-02T09:60:00Z",
        "2026-03-02 09:00:00Z",
        "2026-03-02T09:00:0xZ",
        "2026-03-02T09:00:00,5Z",
        "2026-03-02T09:00:00"
      })
  void anyOtherTextIsLeftToInstantParse(String text) {
    assertThat(Reading.utcInstant(text)).isNull();
  }

  /** An instant written with an offset is read as Instant.parse reads it. */
  @ParameterizedTest
  @ValueSource(strings = {"2026-03-02T09:00:00+03:00", "2026-03-02T09:00:00.25-05:30"})
  void anOffsetIsReadAsInstantParseReadsIt(String text) {
    assertThat(Reading.utcInstant(text)).isEqualTo(Instant.parse(text));
  }

  @Test
  void theLastDayOfFebruaryOfALeapYearIsAnInstant() {
    assertThat(Reading.utcInstant("2028-02-29T23:59:59.5Z"))
        .isEqualTo(Instant.parse("2028-02-29T23:59:59.5Z"));
  }
}
