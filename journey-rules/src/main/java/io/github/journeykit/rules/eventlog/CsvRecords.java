package io.github.journeykit.rules.eventlog;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits RFC 4180 CSV text into records, keeping the line each record starts on: commas between
 * fields, double quotes around fields that need them (a doubled quote inside), LF or CRLF between
 * records, a leading byte order mark ignored. Wholly empty lines are skipped.
 *
 * <p>A record's fields are slices of one reused character array ({@link #chars()}, {@link
 * #start(int)}, {@link #end(int)}), so reading a row allocates nothing; {@link #field(int)} makes a
 * string when one is needed.
 */
final class CsvRecords {

  /** A malformed record: the line and the field where it went wrong, and why. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;
    final int column;
    final boolean fatal;
    final String reason;

    Malformed(long line, int column, String message, boolean fatal) {
      super(message, null, false, false);
      this.reason = message;
      this.line = line;
      this.column = column;
      this.fatal = fatal;
    }
  }

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;
  private boolean started;
  private char[] chars = new char[256];
  private int length;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int count;

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

  int fieldCount() {
    return count;
  }

  char[] chars() {
    return chars;
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return ends[field];
  }

  String field(int field) {
    return new String(chars, starts[field], ends[field] - starts[field]);
  }

  /** Reads the next record; false at the end of the text. */
  boolean next() throws IOException, Malformed {
    count = 0;
    length = 0;
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
    while (true) {
      openField();
      if (peek() == '"') {
        position++;
        quotedField();
      } else {
        plainField();
      }
      closeField();
      int c = read();
      if (c == ',') {
        continue;
      }
      if (c == '\r' && peek() == '\n') {
        position++;
        c = '\n';
      }
      if (c == '\n') {
        line++;
        return true;
      }
      if (c < 0) {
        return true;
      }
      if (c == '"') {
        throw new Malformed(
            line,
            count,
            "a quote inside an unquoted field; quote the whole field and double the quote",
            false);
      }
      throw new Malformed(
          line,
          count,
          "text after the closing quote of a field; put the whole field in quotes",
          false);
    }
  }

  private void openField() {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = length;
  }

  private void closeField() {
    ends[count++] = length;
  }

  private void append(char[] from, int offset, int size) {
    if (length + size > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + size));
    }
    System.arraycopy(from, offset, chars, length, size);
    length += size;
  }

  private void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, chars.length * 2);
    }
    chars[length++] = c;
  }

  /** Reads an unquoted field up to (not including) a comma, a line break, a quote or the end. */
  private void plainField() throws IOException {
    while (true) {
      if (position >= limit) {
        fill(1);
        if (position >= limit) {
          return;
        }
      }
      int from = position;
      int i = from;
      while (i < limit) {
        char c = buffer[i];
        if (c == ',' || c == '\n' || c == '"' || c == '\r') {
          break;
        }
        i++;
      }
      append(buffer, from, i - from);
      position = i;
      if (i == limit) {
        continue;
      }
      if (buffer[i] == '\r' && peekAt(1) != '\n') {
        // Only CRLF ends a record; a carriage return alone is part of the field.
        append('\r');
        position++;
        continue;
      }
      return;
    }
  }

  /**
   * Reads a quoted field whose opening quote is consumed, up to and including the closing quote.
   */
  private void quotedField() throws IOException, Malformed {
    long opened = line;
    while (true) {
      int c = read();
      if (c < 0) {
        throw new Malformed(
            opened, count + 1, "a quoted field is never closed; it opens on line " + opened, true);
      }
      if (c == '"') {
        if (peek() == '"') {
          position++;
          append('"');
          continue;
        }
        return;
      }
      if (c == '\n') {
        line++;
      }
      append((char) c);
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
}
