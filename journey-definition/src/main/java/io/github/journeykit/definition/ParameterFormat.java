package io.github.journeykit.definition;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Parameter;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A journey's parameters as data: the list under {@code journey.parameters}, each with its {@code
 * id}, {@code value}, {@code description} and either {@code source} (with the source's words in
 * {@code quote}) or {@code assumption} (the reason); named with {@code $} wherever a number, a
 * duration or a time of day is expected:
 *
 * <pre>{@code
 * journey:
 *   parameters:
 *     - id: quiet-regular
 *       value: P30D
 *       description: How long a regular may stay quiet before the repeat-purchase reminder
 *       assumption: The article says the reminder is used systematically and gives no interval
 * rules:
 *   - name: A quiet regular gets the repeat-purchase reminder
 *     "on": time_passed
 *     when:
 *       inactiveFor: $quiet-regular
 * }</pre>
 *
 * <p>Written back, a playbook names each parameter where its definition did, so that a journey
 * exported can still be tuned by its parameters.
 */
final class ParameterFormat {

  private static final String[] KEYS = {
    "id", "value", "description", "source", "quote", "assumption"
  };

  /** A step of a path: a key ({@code when}) or an index ({@code [3]}). */
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

  /**
   * The keys the writer leaves out when they hold their default (no delay, priority 0), where a
   * parameter with that value is named all the same.
   */
  private static final java.util.List<String> LEFT_OUT_AT_DEFAULT =
      java.util.List.of("delay", "priority");

  private ParameterFormat() {}

  // ---- writing

  /** A parameter as a node. */
  static ObjectNode parameter(Parameter parameter) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("id", parameter.id());
    if (parameter.kind().contains(Parameter.Kind.NUMBER)) {
      node.put("value", new BigDecimal(parameter.value()));
    } else {
      node.put("value", parameter.value());
    }
    node.put("description", parameter.description());
    if (parameter.origin() instanceof Parameter.Source source) {
      node.put("source", source.citation());
      source.quote().forEach(quote -> node.put("quote", quote));
    } else {
      node.put("assumption", ((Parameter.Assumption) parameter.origin()).reason());
    }
    return node;
  }

  /**
   * Names each parameter of the journey where its definition did, in a definition written from the
   * playbook; a parameter that cannot be named there (named nowhere, or the playbook holds another
   * value there than the parameter's) adds why to {@code unwritable}.
   */
  static void name(ObjectNode root, Journey journey, java.util.List<String> unwritable) {
    for (Parameter parameter : journey.parameters()) {
      String named = Parameters.SIGN + parameter.id();
      if (parameter.usedAt().isEmpty()) {
        unwritable.add(
            "parameter '"
                + parameter.id()
                + "' is named nowhere (Parameter.usedAt is empty), and a definition reads a"
                + " parameter it does not name as a mistake");
      }
      for (String path : parameter.usedAt()) {
        if (!name(root, path, parameter, named)) {
          unwritable.add(
              "parameter '"
                  + parameter.id()
                  + "' ("
                  + Parameters.described(parameter)
                  + ") is named at "
                  + path
                  + ", where the playbook holds no such value");
        }
      }
    }
  }

  /** Names a parameter at a path; false when the written definition has not its value there. */
  private static boolean name(ObjectNode root, String path, Parameter parameter, String named) {
    java.util.List<Object> steps = new ArrayList<>();
    Matcher step = STEP.matcher(path);
    while (step.find()) {
      steps.add(step.group(1) != null ? step.group(1) : Integer.valueOf(step.group(2)));
    }
    JsonNode container = root;
    for (int i = 0; i < steps.size() - 1 && container != null; i++) {
      container = child(container, steps.get(i));
    }
    Object last = steps.isEmpty() ? "" : steps.get(steps.size() - 1);
    if (container instanceof ArrayNode list && last instanceof Integer index) {
      if (index < list.size() && holds(list.get(index), parameter)) {
        list.set(index, Values.NODES.stringNode(named));
        return true;
      }
      return false;
    }
    if (!(container instanceof ObjectNode mapping) || !(last instanceof String key)) {
      return false;
    }
    JsonNode written = mapping.get(key);
    if (written != null) {
      if (holds(written, parameter)) {
        mapping.put(key, named);
        return true;
      }
      return false;
    }
    if (key.equals("atLeast") && mapping.has("hasMet")) {
      // one criterion of one, written as hasMet; its count is the parameter's
      String criterion = mapping.remove("hasMet").asString();
      mapping.putArray("criteriaMet").add(criterion);
      mapping.put("atLeast", named);
      return true;
    }
    if (LEFT_OUT_AT_DEFAULT.contains(key)) {
      mapping.put(key, named);
      return true;
    }
    return false;
  }

  private static @Nullable JsonNode child(JsonNode container, Object step) {
    if (step instanceof Integer index) {
      return container instanceof ArrayNode list && index < list.size() ? list.get(index) : null;
    }
    return container instanceof ObjectNode mapping ? mapping.get((String) step) : null;
  }

  /** Whether a value written holds the parameter's value. */
  private static boolean holds(JsonNode written, Parameter parameter) {
    Option<BigDecimal> number = parameter.number();
    if (number.isDefined()) {
      return written.isNumber() && written.decimalValue().compareTo(number.get()) == 0;
    }
    if (!written.isString()) {
      return false;
    }
    String text = written.asString();
    Option<Duration> duration = parameter.duration();
    if (duration.isDefined()) {
      return io.vavr.control.Try.of(() -> Duration.parse(text)).toOption().equals(duration);
    }
    Option<LocalTime> time = parameter.timeOfDay();
    return io.vavr.control.Try.of(() -> LocalTime.parse(text)).toOption().equals(time);
  }

  // ---- reading

  /**
   * Reads a parameter, with the value set in its place if any, and declares it to the reading's
   * parameters; null when it cannot be read (the problems say why).
   */
  static @Nullable Parameter parameter(Reading reading, Node node, String path) {
    Fields fields = reading.fields(node, path, KEYS);
    if (fields == null) {
      return null;
    }
    int before = reading.problems().size();
    String id = fields.text("id");
    Node valueNode = fields.require("value");
    String value = valueNode == null ? null : value(reading, valueNode, fields.path("value"));
    String description = fields.text("description");
    boolean source = fields.has("source");
    boolean assumption = fields.has("assumption");
    if (source == assumption) {
      reading.problem(
          node,
          path,
          source
              ? "a value comes from the source or is an assumption, not both: keep 'source' or"
                  + " 'assumption'"
              : "say where the value comes from: 'source' (the article's tag, e.g. [002], and its"
                  + " words in 'quote') or 'assumption' (why it is one: what the article says"
                  + " instead)");
    }
    Node quoteNode = fields.get("quote");
    if (quoteNode != null && !source) {
      reading.problem(
          quoteNode, fields.path("quote"), "a quote gives the source's words: name the 'source'");
    }
    String citation = source ? fields.text("source") : null;
    String quote = fields.text("quote", null);
    String reason = assumption ? fields.text("assumption") : null;
    if (reading.problems().size() > before
        || id == null
        || value == null
        || description == null
        || (citation == null && reason == null)) {
      declareUnreadable(reading, id);
      return null;
    }
    Parameter read =
        Parameter.builder()
            .id(id)
            .value(value)
            .description(description)
            .origin(
                citation != null
                    ? new Parameter.Source(citation, Option.of(quote))
                    : new Parameter.Assumption(java.util.Objects.requireNonNull(reason)))
            .build();
    String set = reading.parameters().setting(id);
    if (set != null) {
      read =
          set(
              reading,
              read,
              set,
              java.util.Objects.requireNonNull(valueNode),
              fields.path("value"));
      if (read == null) {
        declareUnreadable(reading, id);
        return null;
      }
    }
    reading.parameters().declare(reading, read, node, path);
    return read;
  }

  private static void declareUnreadable(Reading reading, @Nullable String id) {
    if (id != null) {
      reading.parameters().unreadable(id);
    }
  }

  /**
   * A parameter's value as written, or null and a problem: a number, or a text that is a duration
   * or a time of day.
   */
  private static @Nullable String value(Reading reading, Node node, String path) {
    if (node instanceof Node.Scalar scalar) {
      Object value = scalar.value();
      if (value instanceof BigDecimal) {
        return scalar.text();
      }
      if (value instanceof String text) {
        Option<Parameter.Kind> kind = Parameter.kindOf(text);
        if (kind.contains(Parameter.Kind.NUMBER)) {
          reading.problem(node, path, "write the number " + text + " without quotes");
          return null;
        }
        if (kind.isDefined()) {
          return text;
        }
      }
    }
    reading.problem(
        node,
        path,
        "expected a number (2, 0.7), a duration (P30D for 30 days, PT2H for 2 hours) or a time of"
            + " day (09:30), got "
            + Reading.describe(node));
    return null;
  }

  /**
   * A parameter with the value set in its place: of the same kind as its own, and an assumption
   * from then on, since the source does not give it; null and a problem when it does not fit.
   */
  private static @Nullable Parameter set(
      Reading reading, Parameter read, String set, Node node, String path) {
    Parameter.Origin origin =
        read.origin() instanceof Parameter.Source source
            ? new Parameter.Assumption(
                "set to "
                    + set
                    + " in place of "
                    + read.value()
                    + ", which comes "
                    + source.inShort())
            : read.origin();
    Parameter tuned = Parameter.builder().from(read).value(set).origin(origin).build();
    Parameter.Kind kind = read.kind().get();
    if (tuned.kind().contains(kind)) {
      return tuned;
    }
    reading.problem(
        node,
        path,
        "parameter '"
            + read.id()
            + "' is "
            + kind.words()
            + " ("
            + Parameters.described(read)
            + "), and the value set for it, '"
            + set
            + "', is "
            + tuned
                .kind()
                .map(Parameter.Kind::words)
                .getOrElse("none of a number, a duration or a time of day")
            + ": set "
            + kind.words()
            + " instead");
    return null;
  }
}
