package io.github.journeykit.rules.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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
  void fieldsLongerThanTheBufferAndLineBreaksAtItsEdgeAreRead() throws Exception {
    String longField = "x".repeat(200_000);
    String text =
        longField + ",\"q" + "\"\"".repeat(40_000) + "\"\r\n" + "a\rb,c\r\n\r\n" + "last,\"\"";
    for (int step : new int[] {1, 3, 7, 65_536, 1 << 20}) {
      List<List<String>> all = records(trickle(text, step));
      assertThat(all).as("step %d", step).hasSize(3);
      assertThat(all.get(0).get(0)).hasSize(200_000);
      assertThat(all.get(0).get(1)).isEqualTo("q" + "\"".repeat(40_000));
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
}
