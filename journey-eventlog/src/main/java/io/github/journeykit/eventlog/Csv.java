package io.github.journeykit.eventlog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * RFC 4180 quoting for the CSV files Journey writes.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Csv {

  private Csv() {}

  /**
   * Quotes a field if it needs it: when it holds a comma, a quote or a line break; quotes inside
   * are doubled.
   *
   * <pre>{@code
   * Csv.field("plain");        // plain
   * Csv.field("a, \"b\"");     // "a, ""b"""
   * }</pre>
   *
   * @param value the field's text
   * @return the field as it goes into the file
   */
  public static String field(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + value.replace("\"", "\"\"") + '"';
      }
    }
    return value;
  }
}
