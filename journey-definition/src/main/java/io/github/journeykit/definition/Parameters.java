package io.github.journeykit.definition;

import io.github.journeykit.model.Parameter;
import io.github.journeykit.model.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of the definition being read: those it declares, the values set in their place
 * when it is read ({@code journey run ... --set quiet-regular=P14D}), and where each is named. A
 * text that starts with {@code $} names a parameter wherever a number, a duration or a time of day
 * is expected; the reader asks this table for its value, and the table records the path where it
 * was named.
 */
final class Parameters {

  /** The sign that a text names a parameter: {@code $quiet-regular}. */
  static final String SIGN = "$";

  /** A declared parameter and where its declaration is. */
  private record Declared(Parameter parameter, Node node, String path) {}

  private final Map<String, String> settings;
  private final java.util.Map<String, Declared> declared = new LinkedHashMap<>();
  private final java.util.Set<String> unreadable = new LinkedHashSet<>();
  private final java.util.Map<String, java.util.List<String>> uses = new LinkedHashMap<>();

  Parameters(Map<String, String> settings) {
    this.settings = settings;
  }

  /** Whether a value of the tree names a parameter: a text that starts with {@code $}. */
  static boolean names(Node node) {
    return node instanceof Node.Scalar scalar
        && scalar.value() instanceof String text
        && text.startsWith(SIGN);
  }

  /** The id of the parameter a node {@linkplain #names(Node) names}. */
  static String id(Node node) {
    return ((Node.Scalar) node).text().substring(SIGN.length());
  }

  /** The value set in place of a parameter's, if any. */
  @Nullable String setting(String id) {
    return settings.get(id).getOrNull();
  }

  /** The ids of the values set, in the order given. */
  Seq<String> settings() {
    return settings.keySet().toList();
  }

  /**
   * Declares a parameter read, at its declaration; a second of the same id is a problem, and what
   * names the id is not checked against either.
   */
  void declare(Reading reading, Parameter parameter, Node node, String path) {
    Declared first = declared.get(parameter.id());
    if (first == null) {
      declared.put(parameter.id(), new Declared(parameter, node, path));
      return;
    }
    reading.problem(
        node,
        path,
        "the id '"
            + parameter.id()
            + "' is already used by the parameter at "
            + first.path()
            + "; parameter ids must be unique within a journey");
    declared.remove(parameter.id());
    unreadable.add(parameter.id());
  }

  /**
   * Declares the id of a parameter whose declaration could not be read: naming it is not a second
   * mistake.
   */
  void unreadable(String id) {
    unreadable.add(id);
  }

  /** The ids declared, in order. */
  Seq<String> ids() {
    return List.ofAll(declared.keySet());
  }

  /**
   * The value of the parameter a node names, of the kind the place expects, or null and a problem:
   * a parameter the definition does not declare (with the closest it does), or one of another kind
   * (naming both). The path is recorded as a use of the parameter.
   */
  @Nullable Object value(Reading reading, Node node, String path, Parameter.Kind expected) {
    String id = id(node);
    Declared found = declared.get(id);
    if (found == null) {
      if (!unreadable.contains(id)) {
        reading.problem(node, path, noParameter(id, "", ": declare it under journey.parameters"));
      }
      return null;
    }
    Parameter parameter = found.parameter();
    Parameter.Kind kind = parameter.kind().get();
    if (kind != expected) {
      reading.problem(
          node,
          path,
          "parameter '"
              + id
              + "' is "
              + kind.words()
              + " ("
              + described(parameter)
              + "), and "
              + expected.words()
              + " is expected here");
      return null;
    }
    uses.computeIfAbsent(id, key -> new ArrayList<>()).add(path);
    return switch (kind) {
      case NUMBER -> parameter.number().get();
      case DURATION -> parameter.duration().get();
      case TIME_OF_DAY -> parameter.timeOfDay().get();
    };
  }

  /**
   * Reports each value set for a parameter the definition does not declare, with the closest it
   * does, at its list of parameters, or at the journey when it has none.
   */
  void reportUnknownSettings(Reading reading, Fields journey) {
    Node list = journey.get("parameters");
    for (String id : settings()) {
      if (!declared.containsKey(id) && !unreadable.contains(id)) {
        reading.problem(
            list == null ? journey.mapping() : list,
            list == null ? journey.path() : journey.path("parameters"),
            noParameter(id, " to set", ""));
      }
    }
  }

  /**
   * Says that the definition declares no parameter of an id, with the closest it does: {@code no
   * parameter 'quite' (did you mean 'quiet'?); the journey's parameters are quiet, big-payment}.
   */
  private String noParameter(String id, String purpose, String whenNone) {
    Seq<String> ids = ids();
    return "no parameter '"
        + id
        + "'"
        + purpose
        + Problem.didYouMean(id, ids)
        + (ids.isEmpty()
            ? "; the journey declares no parameters" + whenNone
            : "; the journey's parameters are " + ids.mkString(", "));
  }

  /** A parameter's value as written and in words, when they differ: {@code P30D, 30 days}. */
  static String described(Parameter parameter) {
    return parameter.valueInWords().equals(parameter.value())
        ? parameter.value()
        : parameter.value() + ", " + parameter.valueInWords();
  }

  /**
   * Reports every parameter declared that nothing names: a named number that tunes nothing misleads
   * whoever reads the map.
   */
  void reportUnused(Reading reading) {
    for (Declared each : declared.values()) {
      String id = each.parameter().id();
      if (!uses.containsKey(id)) {
        reading.problem(
            each.node(),
            each.path(),
            "parameter '"
                + id
                + "' is declared but nothing names it, so it tunes nothing: name it as "
                + SIGN
                + id
                + " where its value belongs, or leave it out");
      }
    }
  }

  /** The parameters declared, each with where the definition names it. */
  Seq<Parameter> withUses() {
    return List.ofAll(declared.values())
        .map(Declared::parameter)
        .map(
            parameter ->
                Parameter.builder()
                    .from(parameter)
                    .usedAt(List.ofAll(uses.getOrDefault(parameter.id(), new ArrayList<>())))
                    .build());
  }
}
