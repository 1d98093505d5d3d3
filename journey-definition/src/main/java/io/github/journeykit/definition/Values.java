package io.github.journeykit.definition;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The values of a definition as the writer writes them and the reader reads them back. */
final class Values {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Values() {}

  /**
   * A duration in ISO-8601, in whole days when it is some ({@code P7D}, not {@code PT168H}); the
   * reader reads both.
   */
  static String duration(Duration duration) {
    long days = duration.toDays();
    if (days > 0 && duration.equals(Duration.ofDays(days))) {
      return "P" + days + "D";
    }
    return duration.toString();
  }

  /**
   * The id of an enumeration's value without an id of its own: {@code PEOPLE} is {@code people}.
   */
  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * A value of a comparison or an effect as a node: a number, a text, a duration, true or false.
   */
  static JsonNode scalar(Object value) {
    if (value instanceof BigDecimal number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Number number) {
      return NODES.numberNode(new BigDecimal(number.toString()));
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Duration duration) {
      return NODES.stringNode(duration(duration));
    }
    return NODES.stringNode(value.toString());
  }

  /** A scalar of the tree as the value a comparison or an effect takes, or null. */
  static @Nullable Object plain(Node node) {
    return node instanceof Node.Scalar scalar ? scalar.value() : null;
  }
}
