package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Instant;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads the common shapes of an ISO-8601 instant from their characters, without {@code java.time}'s
 * formatters: {@code 2026-03-01T10:15:30Z} and {@code 2026-03-01T13:15:30+03:00}, a four-digit
 * year, seconds always written, up to nine digits of a fraction of a second. Any other text is not
 * read here (the caller hands it to {@code java.time}, which reads or refuses it), so what this
 * reads is exactly what {@link Instant#parse} reads, only faster. Shared by the event log's reader
 * and the definitions' reader of positions and events; not part of the API.
 *
 * <p>An instance keeps the last instant read in {@link #seconds()} and {@link #nanos()}, so that a
 * reader of millions of rows allocates nothing per row; it is not thread-safe.
 *
 * @since 0.1
 */
@API(status = INTERNAL, since = "0.1")
public final class IsoInstants {

  private long seconds;
  private int nanos;

  /** Creates a reader. */
  public IsoInstants() {}

  /**
   * Reads the instant that {@code chars[from, to)} writes in one of the common shapes.
   *
   * @param chars the characters
   * @param from the first character of the text
   * @param to the character after the text
   * @return true when read, the instant then in {@link #seconds()} and {@link #nanos()}; false when
   *     the text has another shape or names no date (such as February 30)
   */
  public boolean read(char[] chars, int from, int to) {
    int n = to - from;
    if (n < 20
        || chars[from + 4] != '-'
        || chars[from + 7] != '-'
        || chars[from + 10] != 'T'
        || chars[from + 13] != ':'
        || chars[from + 16] != ':') {
      return false;
    }
    int year = digits(chars, from, 4);
    int month = digits(chars, from + 5, 2);
    int day = digits(chars, from + 8, 2);
    int hour = digits(chars, from + 11, 2);
    int minute = digits(chars, from + 14, 2);
    int second = digits(chars, from + 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return false;
    }
    int i = from + 19;
    int fraction = 0;
    if (chars[i] == '.') {
      int start = ++i;
      while (i < to && chars[i] >= '0' && chars[i] <= '9') {
        i++;
      }
      int count = i - start;
      if (count < 1 || count > 9) {
        return false;
      }
      fraction = digits(chars, start, count);
      for (int k = count; k < 9; k++) {
        fraction *= 10;
      }
    }
    int offsetSeconds;
    if (i == to - 1 && chars[i] == 'Z') {
      offsetSeconds = 0;
    } else if (i == to - 6 && (chars[i] == '+' || chars[i] == '-') && chars[i + 3] == ':') {
      int offsetHours = digits(chars, i + 1, 2);
      int offsetMinutes = digits(chars, i + 4, 2);
      if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
        return false;
      }
      offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (chars[i] == '-' ? -1 : 1);
    } else {
      return false;
    }
    if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return false;
    }
    seconds =
        epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
    nanos = fraction;
    return true;
  }

  /**
   * The seconds since the epoch of the last instant read.
   *
   * @return the seconds
   */
  public long seconds() {
    return seconds;
  }

  /**
   * The nanoseconds of the second of the last instant read.
   *
   * @return 0 to 999,999,999
   */
  public int nanos() {
    return nanos;
  }

  /**
   * Reads a text of one of the common shapes.
   *
   * @param text the text
   * @return the instant, or null when the text has another shape, which {@link Instant#parse} then
   *     reads or refuses
   */
  public static @Nullable Instant read(String text) {
    IsoInstants reader = new IsoInstants();
    char[] chars = text.toCharArray();
    return reader.read(chars, 0, chars.length)
        ? Instant.ofEpochSecond(reader.seconds, reader.nanos)
        : null;
  }

  /** Days from 1970-01-01 to a valid date of the proleptic Gregorian calendar. */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  /** The number the digits of {@code chars[from, from + count)} write, or -1 when one is none. */
  private static int digits(char[] chars, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
