package io.github.journeykit.eventlog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Parses the {@code at} column: an ISO-8601 instant ({@code 2026-03-01T10:15:30Z}) or offset
 * date-time ({@code 2026-03-01T13:15:30+03:00}). The common shapes are read by hand from the
 * characters, without allocating; anything else goes through {@link
 * DateTimeFormatter#ISO_OFFSET_DATE_TIME}. The result is left in {@link #seconds} and {@link
 * #nanos}.
 */
final class Instants {

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

  boolean fast(char[] s, int from, int to) {
    int n = to - from;
    if (n < 20
        || s[from + 4] != '-'
        || s[from + 7] != '-'
        || s[from + 10] != 'T'
        || s[from + 13] != ':'
        || s[from + 16] != ':') {
      return false;
    }
    int year = digits(s, from, 4);
    int month = digits(s, from + 5, 2);
    int day = digits(s, from + 8, 2);
    int hour = digits(s, from + 11, 2);
    int minute = digits(s, from + 14, 2);
    int second = digits(s, from + 17, 2);
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
    if (s[i] == '.') {
      int start = ++i;
      while (i < to && s[i] >= '0' && s[i] <= '9') {
        i++;
      }
      int count = i - start;
      if (count < 1 || count > 9) {
        return false;
      }
      fraction = digits(s, start, count);
      for (int k = count; k < 9; k++) {
        fraction *= 10;
      }
    }
    int offsetSeconds;
    if (i == to - 1 && s[i] == 'Z') {
      offsetSeconds = 0;
    } else if (i == to - 6 && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') {
      int offsetHours = digits(s, i + 1, 2);
      int offsetMinutes = digits(s, i + 4, 2);
      if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
        return false;
      }
      offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (s[i] == '-' ? -1 : 1);
    } else {
      return false;
    }
    if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return false;
    }
    long epochDay = epochDay(year, month, day);
    seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
    nanos = fraction;
    return true;
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

  private static int digits(char[] s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
