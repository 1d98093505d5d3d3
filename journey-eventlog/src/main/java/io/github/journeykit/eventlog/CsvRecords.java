package io.github.journeykit.eventlog;

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
 *
 * <p>A field holds at most {@link #MAX_FIELD} characters. A longer one is read to its end without
 * being kept (its first {@link #MAX_FIELD} characters stay, the rest is dropped), and once the
 * whole record is read, {@link #next()} reports it as {@link Malformed} with the line the field
 * starts on; the record is consumed, so reading goes on with the next one. The memory a record
 * takes is so bounded by its number of fields, not by what a broken export put in one of them.
 */
final class CsvRecords {

  /** The most characters a field may hold: 65,536 (64 Ki). */
  static final int MAX_FIELD = 1 << 16;

  /** A malformed record: the line and the field where it went wrong, and why. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;
    final int column;
    final boolean fatal;
    final boolean recordRead;
    final String reason;

    Malformed(long line, int column, String message, boolean fatal) {
      this(line, column, message, fatal, false);
    }

    /**
     * A malformed record; {@code recordRead} when the whole record was read, so that the reader
     * must not skip the rest of its line.
     */
    Malformed(long line, int column, String message, boolean fatal, boolean recordRead) {
      super(message, null, false, false);
      this.reason = message;
      this.line = line;
      this.column = column;
      this.fatal = fatal;
      this.recordRead = recordRead;
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
  private long fieldLine;
  private int tooLong = -1;
  private long tooLongLine;

  CsvRecords(Reader in) {
    this.in = in;
  }

  /** The line being read now. */
  long currentLine() {
    return line;
  }

  /**
   * The column of the field being read, from 1: where reading stopped when the text could not be
   * read on.
   */
  int fieldNumber() {
    return count + 1;
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
    tooLong = -1;
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
        return complete();
      }
      if (c < 0) {
        return complete();
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

  /** A record read to its end: true, unless one of its fields was too long. */
  private boolean complete() throws Malformed {
    if (tooLong >= 0) {
      throw new Malformed(
          tooLongLine,
          tooLong + 1,
          "a field longer than 65,536 characters (64 KiB); an event log's fields are ids, times"
              + " and values, none that long (is the quoting broken, or is this not an event log?)",
          false,
          true);
    }
    return true;
  }

  private void openField() {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = length;
    fieldLine = line;
  }

  private void closeField() {
    ends[count++] = length;
  }

  private void append(char[] from, int offset, int size) {
    int room = MAX_FIELD - (length - starts[count]);
    if (size > room) {
      tooLong();
      size = room;
    }
    if (length + size > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + size));
    }
    System.arraycopy(from, offset, chars, length, size);
    length += size;
  }

  private void append(char c) {
    if (length - starts[count] == MAX_FIELD) {
      tooLong();
      return;
    }
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, chars.length * 2);
    }
    chars[length++] = c;
  }

  /** Notes that the field being read is too long; the first such field of a record is reported. */
  private void tooLong() {
    if (tooLong < 0) {
      tooLong = count;
      tooLongLine = fieldLine;
    }
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
