package io.github.journeykit.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Records across the reader's buffer: long fields, line breaks split at the boundary, a trickling
 * source.
 */
class CsvRecordsTests {

  /**
   * A reader that hands out at most a few characters at a time, to split everything at odd places.
   */
  static Reader trickle(String text, int step) {
    return new StringReader(text) {
      @Override
      public int read(char[] buffer, int offset, int length) throws java.io.IOException {
        return super.read(buffer, offset, Math.min(length, step));
      }
    };
  }

  static List<List<String>> records(Reader in) throws Exception {
    CsvRecords records = new CsvRecords(in);
    List<List<String>> all = new ArrayList<>();
    while (records.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < records.fieldCount(); i++) {
        fields.add(records.field(i));
      }
      all.add(fields);
    }
    return all;
  }

  @Test
  void fieldsAsLongAsAllowedAcrossTheBuffersEdgeAndLineBreaksAtItAreRead() throws Exception {
    // The first record's second field starts 3 characters in and ends 3 past the 64 Ki buffer.
    String longField = "x".repeat(CsvRecords.MAX_FIELD);
    String text =
        "ab,"
            + longField
            + ",\"q"
            + "\"\"".repeat(40_000)
            + "\"\r\n"
            + "a\rb,c\r\n\r\n"
            + "last,\"\"";
    for (int step : new int[] {1, 3, 7, 65_536, 1 << 20}) {
      List<List<String>> all = records(trickle(text, step));
      assertThat(all).as("step %d", step).hasSize(3);
      assertThat(all.get(0).get(1)).isEqualTo(longField);
      assertThat(all.get(0).get(2)).isEqualTo("q" + "\"".repeat(40_000));
      assertThat(all.get(1)).containsExactly("a\rb", "c");
      assertThat(all.get(2)).containsExactly("last", "");
    }
  }

  @Test
  void linesAreCountedAcrossQuotedLineBreaks() throws Exception {
    CsvRecords records = new CsvRecords(trickle("h\n\"a\nb\nc\"\n\nz\n", 2));
    assertThat(records.next()).isTrue();
    assertThat(records.recordLine()).isEqualTo(1);
    assertThat(records.next()).isTrue();
    assertThat(records.recordLine()).isEqualTo(2);
    assertThat(records.next()).isTrue();
    assertThat(records.recordLine()).isEqualTo(6);
    assertThat(records.field(0)).isEqualTo("z");
    assertThat(records.currentLine()).isEqualTo(7);
    assertThat(records.next()).isFalse();
  }

  /** A reader of {@code before}, then {@code count} times {@code fill}, then {@code after}. */
  static Reader generated(String before, char fill, long count, String after) {
    return new Reader() {
      private long position;

      @Override
      public int read(char[] buffer, int offset, int length) {
        long total = before.length() + count + after.length();
        if (position >= total) {
          return -1;
        }
        int n = 0;
        while (n < length && position < total) {
          long i = position++;
          buffer[offset + n++] =
              i < before.length()
                  ? before.charAt((int) i)
                  : i < before.length() + count
                      ? fill
                      : after.charAt((int) (i - before.length() - count));
        }
        return n;
      }

      @Override
      public void close() {}
    };
  }

  static CsvRecords.Malformed malformed(CsvRecords records) {
    try {
      records.next();
    } catch (Exception e) {
      if (e instanceof CsvRecords.Malformed malformed) {
        return malformed;
      }
      throw new AssertionError(e);
    }
    throw Assertions.<AssertionError>fail("the record should be malformed");
  }

  @Nested
  class TooLongFields {
    @Test
    void aFieldLongerThan64KiBIsNamedByLineAndColumnAndTheNextRecordIsRead() throws Exception {
      CsvRecords records =
          new CsvRecords(
              trickle("h1,h2\na," + "x".repeat(CsvRecords.MAX_FIELD + 1) + "\nb,c\n", 4096));
      assertThat(records.next()).isTrue();
      CsvRecords.Malformed tooLong = malformed(records);
      assertThat(tooLong.line).isEqualTo(2);
      assertThat(tooLong.column).isEqualTo(2);
      assertThat(tooLong.fatal).isFalse();
      assertThat(tooLong.recordRead).isTrue();
      assertThat(tooLong.reason).startsWith("a field longer than 65,536 characters (64 KiB)");
      assertThat(records.next()).isTrue();
      assertThat(records.recordLine()).isEqualTo(3);
      assertThat(records.field(0)).isEqualTo("b");
      assertThat(records.field(1)).isEqualTo("c");
      assertThat(records.next()).isFalse();
    }

    @Test
    void aQuotedFieldTooLongIsNamedOnTheLineItOpensAndItsLineBreaksAreStillCounted()
        throws Exception {
      CsvRecords records =
          new CsvRecords(trickle("h\n\"" + "y\n".repeat(40_000) + "\"\nz\n", 1000));
      assertThat(records.next()).isTrue();
      CsvRecords.Malformed tooLong = malformed(records);
      assertThat(tooLong.line).isEqualTo(2);
      assertThat(tooLong.column).isEqualTo(1);
      assertThat(records.next()).isTrue();
      assertThat(records.recordLine()).isEqualTo(40_003);
      assertThat(records.field(0)).isEqualTo("z");
    }

    @Test
    void aFieldOfFiftyMillionCharactersIsReadWithoutBeingKept() throws Exception {
      CsvRecords records = new CsvRecords(generated("a,", 'x', 50_000_000L, "\nb\n"));
      CsvRecords.Malformed tooLong = malformed(records);
      assertThat(tooLong.line).isEqualTo(1);
      assertThat(tooLong.column).isEqualTo(2);
      assertThat(records.chars().length).isLessThanOrEqualTo(2 * CsvRecords.MAX_FIELD);
      assertThat(records.next()).isTrue();
      assertThat(records.field(0)).isEqualTo("b");
    }

    @Test
    void aFieldOfExactly64KiBIsKeptWhole() throws Exception {
      List<List<String>> all = records(trickle("x".repeat(CsvRecords.MAX_FIELD) + ",y\n", 999));
      assertThat(all).hasSize(1);
      assertThat(all.get(0).get(0)).hasSize(CsvRecords.MAX_FIELD);
      assertThat(all.get(0).get(1)).isEqualTo("y");
    }
  }
}
