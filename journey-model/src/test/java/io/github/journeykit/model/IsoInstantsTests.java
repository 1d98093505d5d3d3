package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reading of the common shapes of an instant reads what Instant.parse reads. */
class IsoInstantsTests {

  @Test
  void readsEveryCommonShapeAsInstantParseReadsIt() {
    Random random = new Random(5);
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-30T00:00:00Z").getEpochSecond();
    IsoInstants reader = new IsoInstants();
    for (int i = 0; i < 50_000; i++) {
      long seconds = first + (long) (random.nextDouble() * (last - first));
      int nanos =
          switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant instant = Instant.ofEpochSecond(seconds, nanos);
      int offset = (random.nextInt(36 * 4 + 1) - 18 * 4) * 15 * 60;
      String text =
          random.nextBoolean()
              ? instant.toString()
              : OffsetDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(offset))
                  .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      if (text.startsWith("-") || text.startsWith("+") || text.indexOf(':') != 13) {
        continue; // a year beyond four digits, or no seconds written: left to java.time
      }
      assertThat(IsoInstants.read(text)).as(text).isEqualTo(Instant.parse(text));
      char[] padded = ("  " + text + " ").toCharArray();
      assertThat(reader.read(padded, 2, padded.length - 1)).as(text).isTrue();
      assertThat(Instant.ofEpochSecond(reader.seconds(), reader.nanos())).isEqualTo(instant);
    }
  }

  /** Texts of other shapes, and dates that do not exist: not read here. */
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
        "2026-03-32T09:00:00Z",
        "2026-13-01T09:00:00Z",
        "2026-00-01T09:00:00Z",
        "2026-03-02T09:60:00Z",
        "2026-03-02 09:00:00Z",
        "2026-03-02T09:00:0xZ",
        "2026-03-02T09:00:00,5Z",
        "2026-03-02T09:00:00",
        "2026-03-02T09:00Z",
        "2026-03-02T09:00:00+19:00",
        "2026-03-02T09:00:00+03:60",
        "2026-03-02T09:00:00+0300",
        "2026-03-02T09:00:00Z ",
        "2026-03-02T09:00:00ZZ"
      })
  void leavesOtherShapesAndImpossibleDatesUnread(String text) {
    assertThat(IsoInstants.read(text)).isNull();
  }

  @Test
  void readsTheLastDayOfFebruaryOfALeapYearAndTheEdgesOfTheRange() {
    for (String text :
        new String[] {
          "2028-02-29T23:59:59.5Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z"
        }) {
      assertThat(IsoInstants.read(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }
}
