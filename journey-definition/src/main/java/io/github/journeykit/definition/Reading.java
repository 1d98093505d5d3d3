package io.github.journeykit.definition;

import io.github.journeykit.model.IsoInstants;
import io.github.journeykit.model.Parameter;
import io.github.journeykit.model.Problem;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The reading of one definition: every problem found so far, each located, and the typed reads of
 * the tree's values that report what does not fit. A read that fails gives null and a problem, and
 * the reading goes on, so that every mistake of a definition is reported at once. The reading of a
 * definition has its {@link Parameters}: a number, a duration or a time of day may then be a
 * parameter named with {@code $}, read as its value.
 */
final class Reading {

  private final String source;
  private final @Nullable Parameters parameters;
  private final java.util.List<DefinitionProblem> problems = new ArrayList<>();

  /** A reading of values that name no parameters: positions, events, decisions. */
  Reading(String source) {
    this.source = source;
    this.parameters = null;
  }

  /** A reading of a definition, whose numbers, durations and times may name its parameters. */
  Reading(String source, Parameters parameters) {
    this.source = source;
    this.parameters = parameters;
  }

  /** The parameters of the definition read. */
  Parameters parameters() {
    return java.util.Objects.requireNonNull(parameters, "a reading of values has no parameters");
  }

  /** Whether a value names a parameter that this reading reads as its value. */
  private boolean named(Node node) {
    return parameters != null && Parameters.names(node);
  }

  /** Where the definition came from, as the problems say it. */
  String source() {
    return source;
  }

  /** Reports a problem with a value. */
  void problem(Node at, String path, String message) {
    problems.add(new DefinitionProblem(source, at.line(), at.column(), path, message));
  }

  /** Reports a problem at a line and column. */
  void problem(int line, int column, String path, String message) {
    problems.add(new DefinitionProblem(source, line, column, path, message));
  }

  /** The problems found, in the order they were found. */
  List<DefinitionProblem> problems() {
    return List.ofAll(problems);
  }

  /** Whether a problem was found. */
  boolean failed() {
    return !problems.isEmpty();
  }

  // ---- paths

  /** The path of a key below a path: {@code rules[3].when}. */
  static String at(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The path of an item of a list: {@code rules[3]}. */
  static String at(String path, int index) {
    return path + "[" + index + "]";
  }

  // ---- shapes

  /**
   * The fields of a mapping, with the keys it may have: a key it may not have is reported with the
   * closest it may, and a key given twice is reported.
   *
   * @return the fields, or null when the value is not a mapping
   */
  @Nullable Fields fields(Node node, String path, String... keys) {
    if (!(node instanceof Node.Mapping mapping)) {
      problem(node, path, "expected a mapping of " + keyList(keys) + ", got " + node.kind());
      return null;
    }
    java.util.List<String> allowed = Arrays.asList(keys);
    for (Node.Entry entry : mapping.entries().values()) {
      if (!allowed.contains(entry.key())) {
        problem(
            entry.line(),
            entry.column(),
            at(path, entry.key()),
            "unknown key"
                + Problem.didYouMean(entry.key(), List.of(keys))
                + "; "
                + (keys.length == 1 ? "the key here is " : "the keys here are ")
                + keyList(keys));
      }
    }
    for (Node.Entry entry : mapping.repeated()) {
      problem(entry.line(), entry.column(), at(path, entry.key()), "the key is given twice");
    }
    return new Fields(this, mapping, path);
  }

  private static String keyList(String... keys) {
    return List.of(keys).filter(key -> !key.startsWith("$")).mkString(", ");
  }

  /**
   * A list's items.
   *
   * @return the items, or null when the value is not a list
   */
  java.util.@Nullable List<Node> list(Node node, String path) {
    if (node instanceof Node.Sequence sequence) {
      return sequence.items();
    }
    problem(node, path, "expected a list, got " + node.kind());
    return null;
  }

  // ---- scalars

  /**
   * A text that is not blank, or null. A number or true or false is read as the text it was written
   * as: YAML reads {@code demographics: [35]} as a number, its writer meant a text.
   */
  @Nullable String text(Node node, String path) {
    if (node instanceof Node.Scalar scalar && scalar.value() != null) {
      String text = scalar.text();
      if (text.isBlank()) {
        problem(node, path, "is blank; give a text");
        return null;
      }
      return text.intern(); // ids are then the strings Java code uses: found by identity
    }
    problem(node, path, "expected a text, got " + node.kind());
    return null;
  }

  /** A text that may be blank, or null; a number or true or false as written. */
  @Nullable String anyText(Node node, String path) {
    if (node instanceof Node.Scalar scalar && scalar.value() != null) {
      return scalar.text();
    }
    problem(node, path, "expected a text, got " + node.kind());
    return null;
  }

  /** The texts of a list of texts, or null when one is not a text. */
  io.vavr.collection.@Nullable List<String> texts(Node node, String path) {
    java.util.List<Node> items = list(node, path);
    if (items == null) {
      return null;
    }
    java.util.List<String> texts = new ArrayList<>();
    boolean all = true;
    for (int i = 0; i < items.size(); i++) {
      String text = text(items.get(i), at(path, i));
      if (text == null) {
        all = false;
      } else {
        texts.add(text);
      }
    }
    return all ? List.ofAll(texts) : null;
  }

  /** A number, or a parameter's, or null. */
  @Nullable BigDecimal number(Node node, String path) {
    if (named(node)) {
      return (BigDecimal) parameters().value(this, node, path, Parameter.Kind.NUMBER);
    }
    if (node instanceof Node.Scalar scalar && scalar.value() instanceof BigDecimal number) {
      return number;
    }
    problem(node, path, "expected a number, got " + describe(node));
    return null;
  }

  /** A whole number from {@code least} up, or a parameter's, or null. */
  @Nullable Integer wholeNumber(Node node, String path, int least) {
    BigDecimal number = number(node, path);
    if (number == null) {
      return null;
    }
    try {
      int whole = number.intValueExact();
      if (whole >= least) {
        return whole;
      }
    } catch (ArithmeticException e) {
      // reported below
    }
    problem(
        node,
        path,
        (named(node) ? "parameter '" + Parameters.id(node) + "' is " + number + ", and " : "")
            + "expected a whole number of at least "
            + least
            + (named(node) ? " here" : ", got " + number));
    return null;
  }

  /**
   * A whole number from {@code least} up written as one, or null: a number that says what a
   * definition is (its version) rather than one to tune, never a parameter.
   */
  @Nullable Integer literalWholeNumber(Node node, String path, int least) {
    if (named(node)) {
      problem(node, path, "a parameter cannot stand here; write the number itself");
      return null;
    }
    return wholeNumber(node, path, least);
  }

  /** An instant in UTC such as {@code 2026-03-02T09:00:00Z}, or null. */
  java.time.@Nullable Instant instant(Node node, String path) {
    if (node instanceof Node.Scalar scalar && scalar.value() instanceof String text) {
      java.time.Instant instant = utcInstant(text);
      if (instant != null) {
        return instant;
      }
      try {
        return java.time.Instant.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        // reported below
      }
    }
    problem(node, path, "expected an instant such as 2026-03-02T09:00:00Z, got " + describe(node));
    return null;
  }

  /**
   * The instant of a text of the shapes {@link IsoInstants} reads from its characters, {@code
   * 2026-03-02T09:00:00Z} with up to nine digits of a fraction of a second or an offset; null for
   * any other text, which {@link java.time.Instant#parse} then reads or refuses. Measured in {@code
   * journey-bench}'s {@code JdbcStoreBenchmark}: {@code Instant.parse} took a tenth of the time a
   * JDBC store spent on an event on H2, reading the instants of each stored position; read here,
   * they take a few percent of it.
   */
  static java.time.@Nullable Instant utcInstant(String text) {
    return IsoInstants.read(text);
  }

  /** True or false, or null. */
  @Nullable Boolean bool(Node node, String path) {
    if (node instanceof Node.Scalar scalar && scalar.value() instanceof Boolean bool) {
      return bool;
    }
    problem(node, path, "expected true or false, got " + describe(node));
    return null;
  }

  /** An ISO-8601 duration such as {@code P7D} or {@code PT12H}, or a parameter's, or null. */
  @Nullable Duration duration(Node node, String path) {
    if (named(node)) {
      return (Duration) parameters().value(this, node, path, Parameter.Kind.DURATION);
    }
    if (node instanceof Node.Scalar scalar && scalar.value() instanceof String text) {
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problem(
        node,
        path,
        "expected a duration such as P7D (7 days), PT12H (12 hours) or PT30M, got "
            + describe(node));
    return null;
  }

  /** A time of day such as {@code 09:00}, or a parameter's, or null. */
  @Nullable LocalTime timeOfDay(Node node, String path) {
    if (named(node)) {
      return (LocalTime) parameters().value(this, node, path, Parameter.Kind.TIME_OF_DAY);
    }
    if (node instanceof Node.Scalar scalar && scalar.value() instanceof String text) {
      try {
        return LocalTime.parse(text);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problem(node, path, "expected a time of day such as 09:00 or 18:30, got " + describe(node));
    return null;
  }

  /**
   * One of the values of an enumeration, by its id; an id it does not have is reported with the
   * closest one.
   */
  <E extends Enum<E>> @Nullable E choice(
      Node node, String path, E[] values, Function<E, String> idOf) {
    List<String> ids = List.of(values).map(idOf);
    if (node instanceof Node.Scalar scalar && scalar.value() instanceof String text) {
      for (E value : values) {
        if (idOf.apply(value).equals(text)) {
          return value;
        }
      }
      problem(
          node,
          path,
          "unknown value '"
              + text
              + "'"
              + Problem.didYouMean(text, ids)
              + "; one of "
              + ids.mkString(", "));
      return null;
    }
    problem(node, path, "expected one of " + ids.mkString(", ") + ", got " + describe(node));
    return null;
  }

  /** A value in words, for messages: {@code 'abc'}, {@code 12}, {@code a list}. */
  static String describe(Node node) {
    if (node instanceof Node.Scalar scalar) {
      Object value = scalar.value();
      if (value instanceof String text) {
        return "'" + text + "'";
      }
      return String.valueOf(value);
    }
    return node.kind();
  }
}
