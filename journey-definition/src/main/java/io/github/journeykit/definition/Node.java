package io.github.journeykit.definition;

import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value of a definition as it was read, with where it starts: the tree the readers walk, made by
 * {@link Trees} from YAML or JSON alike, so that every mistake can say its line and column.
 */
sealed interface Node {

  /** The line the value starts at, from 1. */
  int line();

  /** The column the value starts at, from 1. */
  int column();

  /** What the value is, in words, for messages: "a mapping", "a list", "a number". */
  String kind();

  /**
   * A mapping of keys to values, in the order written; each key with where it is, and the keys
   * given a second time, for the reader to report.
   */
  record Mapping(LinkedHashMap<String, Entry> entries, List<Entry> repeated, int line, int column)
      implements Node {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** A key of a mapping, where it is, and its value. */
  record Entry(String key, int line, int column, Node value) {}

  /** A list of values. */
  record Sequence(List<Node> items, int line, int column) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A single value: a {@code String}, a {@code java.math.BigDecimal} (every number, exactly as
   * written), a {@code Boolean}, or null; with its text as written, so that a text that YAML reads
   * as a number ({@code 007}, {@code 1.10}) can be read as the text it is.
   */
  record Scalar(@Nullable Object value, String text, int line, int column) implements Node {
    @Override
    public String kind() {
      if (value == null) {
        return "null";
      }
      if (value instanceof Boolean) {
        return "true or false";
      }
      return value instanceof String ? "a text" : "a number";
    }
  }
}
