package io.github.journeykit.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The instants of positions and events, read from their characters as Instant.parse reads them (the
 * shapes themselves are IsoInstantsTests' in the model).
 */
class ReadingInstantsTests {

  @Test
  void everyInstantWrittenReadsBackAsInstantParseReadsIt() {
    Random random = new Random(31);
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      long seconds = first + (long) (random.nextDouble() * (last - first));
      Instant instant = Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
      assertThat(Reading.utcInstant(instant.toString())).as(instant.toString()).isEqualTo(instant);
    }
  }

  @Test
  void anOffsetIsReadAndAnyOtherShapeIsLeftToInstantParse() {
    assertThat(Reading.utcInstant("2026-03-02T09:00:00+03:00"))
        .isEqualTo(Instant.parse("2026-03-02T06:00:00Z"));
    assertThat(Reading.utcInstant("+10000-01-01T00:00:00Z")).isNull();
    assertThat(Reading.utcInstant("2026-02-29T09:00:00Z")).isNull();
  }
}
