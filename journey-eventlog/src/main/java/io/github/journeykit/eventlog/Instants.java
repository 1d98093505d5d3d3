package io.github.journeykit.eventlog;

import io.github.journeykit.model.IsoInstants;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Parses the {@code at} column: an ISO-8601 instant ({@code 2026-03-01T10:15:30Z}) or offset
 * date-time ({@code 2026-03-01T13:15:30+03:00}). The common shapes are read by hand from the
 * characters, without allocating, by the model's {@link IsoInstants}; anything else goes through
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}. The result is left in {@link #seconds} and {@link
 * #nanos}.
 */
final class Instants {

  private final IsoInstants reader = new IsoInstants();
  long seconds;
  int nanos;

  /**
   * Parses {@code chars[from, to)}; false when it is not an ISO-8601 instant or offset date-time.
   */
  boolean parse(char[] chars, int from, int to) {
    if (fast(chars, from, to)) {
      return true;
    }
    try {
      Instant instant =
          OffsetDateTime.parse(
                  new String(chars, from, to - from), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
              .toInstant();
      seconds = instant.getEpochSecond();
      nanos = instant.getNano();
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The common shapes, read by hand: see {@link IsoInstants}. */
  boolean fast(char[] chars, int from, int to) {
    if (!reader.read(chars, from, to)) {
      return false;
    }
    seconds = reader.seconds();
    nanos = reader.nanos();
    return true;
  }
}
