package io.github.journeykit.eventlog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decodes UTF-8 bytes strictly and knows where the first invalid one is: its line and its character
 * on the line.
 *
 * <p>An {@link java.io.InputStreamReader} that reports malformed input drops the characters it
 * decoded before the bad bytes in the same read, so no one can tell where they were. This reader
 * hands out every character before the first invalid byte, then fails with {@link Invalid}: the
 * bytes, the line (from 1) and the character on the line (from 1, counting code points, a leading
 * byte order mark not counted), and whether the file ends inside the character they begin.
 */
final class Utf8Reader extends Reader {

  /** Bytes that are not UTF-8 text, located. */
  static final class Invalid extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    /** The line of the first invalid byte, from 1. */
    final long line;

    /** The character on the line where the invalid bytes stand, from 1. */
    final long character;

    /** The bytes that make no character, the first invalid one first. */
    final String bytes;

    /** How many bytes {@link #bytes} holds. */
    final int count;

    /** Whether the bytes run to the end of the file: a character begun and never finished. */
    final boolean atEnd;

    Invalid(long line, long character, String bytes, int count, boolean atEnd) {
      this.line = line;
      this.character = character;
      this.bytes = bytes;
      this.count = count;
      this.atEnd = atEnd;
    }

    /** What is wrong, in words: "byte 0xE9 (character 37 of the line) is not UTF-8; ...". */
    String describe() {
      return (count == 1 ? "byte " : "bytes ")
          + bytes
          + " (character "
          + character
          + " of the line)"
          + (count == 1 ? " is" : " are")
          + " not UTF-8"
          + (atEnd
              ? ": the file ends in the middle of the character "
                  + (count == 1 ? "it" : "they")
                  + " begin"
                  + (count == 1 ? "s" : "")
              : "")
          + "; an event log is UTF-8 text: export or save it as UTF-8";
    }

    @Override
    public String getMessage() {
      return "line " + line + ": " + describe();
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
  private boolean ended;
  private boolean flushed;
  private boolean started;
  private long line = 1;
  private long column;
  private @Nullable Invalid invalid;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (invalid != null) {
      throw invalid;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, ended);
      if (result.isError()) {
        count(buffer, offset, out.position());
        Invalid found = invalid(result.length());
        invalid = found;
        if (out.position() > offset) {
          return out.position() - offset;
        }
        throw found;
      }
      if (result.isOverflow() || out.position() > offset) {
        return count(buffer, offset, out.position());
      }
      if (ended) {
        if (!flushed) {
          flushed = true;
          decoder.flush(out);
          if (out.position() > offset) {
            return count(buffer, offset, out.position());
          }
        }
        return -1;
      }
      fill();
    }
  }

  /** Reads more bytes after those not yet decoded; notes the end of the stream. */
  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      ended = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  /** Keeps the line and the column up to date with the characters handed out; their number. */
  private int count(char[] buffer, int from, int to) {
    int i = from;
    if (!started && i < to) {
      started = true;
      if (buffer[i] == '\uFEFF') {
        i++;
      }
    }
    for (; i < to; i++) {
      char c = buffer[i];
      if (c == '\n') {
        line++;
        column = 0;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return to - from;
  }

  /** The invalid bytes at the decoder's position, where they stand. */
  private Invalid invalid(int length) {
    StringBuilder shown = new StringBuilder();
    boolean begun = true;
    for (int k = 0; k < length; k++) {
      int b = Byte.toUnsignedInt(bytes.get(bytes.position() + k));
      shown.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", b));
      begun &= k == 0 ? length < sequenceLength(b) : (b & 0xC0) == 0x80;
    }
    return new Invalid(
        line, column + 1, shown.toString(), length, begun && ended && bytes.remaining() == length);
  }

  /** How many bytes a UTF-8 character that begins with this byte has; 0 if none begins so. */
  private static int sequenceLength(int lead) {
    if (lead < 0x80) {
      return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  /** Leaves the stream open: it belongs to whoever opened it. */
  @Override
  public void close() {}
}
