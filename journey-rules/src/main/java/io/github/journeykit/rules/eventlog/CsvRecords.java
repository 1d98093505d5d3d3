package io.github.journeykit.rules.eventlog;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV text into records, keeping the line each record starts on: commas between
 * fields, double quotes around fields that need them (a doubled quote inside), LF or CRLF between
 * records, a leading byte order mark ignored. Wholly empty lines are skipped.
 */
final class CsvRecords {

  /** A malformed record: the line and the field where it went wrong, and why. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;
    final int column;

    Malformed(long line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;
  private boolean started;
  private final StringBuilder field = new StringBuilder();

  CsvRecords(Reader in) {
    this.in = in;
  }

  /** The line being read now. */
  long currentLine() {
    return line;
  }

  /** The line the last record returned started on. */
  long recordLine() {
    return recordLine;
  }

  /** Reads the next record's fields into {@code fields}; false at the end of the text. */
  boolean next(List<String> fields) throws IOException, Malformed {
    fields.clear();
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        position++;
      }
    }
    while (true) {
      int c = peek();
      if (c < 0) {
        return false;
      }
      if (c == '\n') {
        position++;
        line++;
      } else if (c == '\r' && peekAt(1) == '\n') {
        position += 2;
        line++;
      } else {
        break;
      }
    }
    recordLine = line;
    field.setLength(0);
    boolean quoted = false;
    boolean afterQuote = false;
    long quoteLine = line;
    while (true) {
      int c = read();
      if (quoted) {
        if (c < 0) {
          throw new Malformed(quoteLine, fields.size() + 1, "a quoted field is never closed; it opens on line " + quoteLine);
        }
        if (c == '"') {
          if (peek() == '"') {
            position++;
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
        continue;
      }
      if (c < 0 || c == '\n' || (c == '\r' && peek() == '\n')) {
        if (c == '\r') {
          position++;
        }
        fields.add(field.toString());
        if (c >= 0) {
          line++;
        }
        return true;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        continue;
      }
      if (afterQuote) {
        throw new Malformed(line, fields.size() + 1, "text after the closing quote of a field; put the whole field in quotes");
      }
      if (c == '"') {
        if (field.length() > 0) {
          throw new Malformed(line, fields.size() + 1, "a quote inside an unquoted field; quote the whole field and double the quote");
        }
        quoted = true;
        quoteLine = line;
        continue;
      }
      field.append((char) c);
    }
  }

  private int peek() throws IOException {
    return peekAt(0);
  }

  private int peekAt(int offset) throws IOException {
    if (position + offset >= limit) {
      fill(offset + 1);
      if (position + offset >= limit) {
        return -1;
      }
    }
    return buffer[position + offset];
  }

  private int read() throws IOException {
    int c = peek();
    if (c >= 0) {
      position++;
    }
    return c;
  }

  private void fill(int wanted) throws IOException {
    int remaining = limit - position;
    System.arraycopy(buffer, position, buffer, 0, remaining);
    position = 0;
    limit = remaining;
    while (limit < wanted) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        return;
      }
      limit += read;
    }
  }

  /** After a malformed record, skips to the start of the next line. */
  void skipRestOfLine() throws IOException {
    while (true) {
      int c = read();
      if (c < 0) {
        return;
      }
      if (c == '\n') {
        line++;
        return;
      }
    }
  }

  static List<String> newFields() {
    return new ArrayList<>(8);
  }
}
