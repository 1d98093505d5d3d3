package io.github.journeykit.definition;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Problem;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Playbooks as data: a journey with its rules and gates, read from YAML or JSON and written to
 * them.
 *
 * <p>Reading reports every mistake of a definition at once, each with the file, the line and column
 * and the path to the value ({@code rules[3].when.all[1].atLeast}), an unknown key or value with
 * the closest known one, and builds nothing when there is a mistake. A definition written out and
 * read back is a playbook equal to the one written.
 *
 * <pre>{@code
 * Validation<Seq<DefinitionProblem>, Playbook> read = Definitions.read(Path.of("saas-trial.yaml"));
 * Playbook trial = read.getOrElseThrow(problems -> new IllegalArgumentException(problems.mkString("\n")));
 * String json = Definitions.write(trial, Format.JSON);
 * }</pre>
 *
 * <p>A definition is a mapping with {@code journey} (its parameters, stages, transitions, criteria,
 * personas, channels, touchpoints, messages, event types and facts), {@code rules} and {@code
 * gates}; a {@code $schema} key, for editors, is allowed and not read.
 *
 * <p><b>Parameters.</b> A number, a duration or a time of day that a journey's rules or messages
 * use can be named: declared under {@code journey.parameters} with what it tunes and where it comes
 * from (the {@code source}, such as {@code [002]}, with its words in {@code quote}; or an {@code
 * assumption}, with the reason), and named with {@code $} wherever a number, a duration or a time
 * of day is expected, such as {@code inactiveFor: $quiet-regular}. The reader puts the value there;
 * a parameter named that the definition does not declare, one of another kind than the place
 * expects, and one declared that nothing names are mistakes. The journey read keeps its parameters
 * ({@link io.github.journeykit.model.Journey#parameters()}), each with where it was named, and a
 * definition written from it names each there again. {@link #read(Path, Map)} sets values in place
 * of the parameters' own, to tune a journey without editing it.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Definitions {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(
              YAMLWriteFeature.MINIMIZE_QUOTES,
              YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
              YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
          .build();

  private Definitions() {}

  /**
   * Reads a definition from a file, in the format its name says ({@code .yaml}, {@code .yml} or
   * {@code .json}).
   *
   * @param file the file, UTF-8
   * @return the playbook, or every problem found, located
   */
  public static Validation<Seq<DefinitionProblem>, Playbook> read(Path file) {
    return read(file, HashMap.empty());
  }

  /**
   * Reads a definition from a file, in the format its name says, with values set in place of its
   * parameters' own: the journey tuned without editing the file.
   *
   * <pre>{@code
   * Validation<Seq<DefinitionProblem>, Playbook> tuned =
   *     Definitions.read(Path.of("loyalty-loop.yaml"), HashMap.of("quiet-regular", "P14D"));
   * }</pre>
   *
   * <p>A value set must be of the kind of the parameter's own (a duration for a duration); a
   * parameter given another value than the source's is an assumption from then on. A value set for
   * a parameter the definition does not declare is a problem, with the closest it declares.
   *
   * @param file the file, UTF-8
   * @param settings values by parameter id, each as it would be written in the file: {@code P14D},
   *     {@code 3}, {@code 0.6}, {@code 09:30}
   * @return the playbook, or every problem found, located
   * @since 0.2
   */
  public static Validation<Seq<DefinitionProblem>, Playbook> read(
      Path file, Map<String, String> settings) {
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(settings, "settings is null");
    String source = file.toString();
    Format format = Format.of(file).getOrNull();
    if (format == null) {
      return invalid(source, "name the file .yaml, .yml or .json, to say its format");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      return invalid(source, "not UTF-8 text: save the definition as UTF-8");
    } catch (IOException e) {
      return invalid(source, "cannot read the file: " + e.getMessage());
    }
    return read(text, format, source, settings);
  }

  private static Validation<Seq<DefinitionProblem>, Playbook> invalid(String source, String why) {
    return Validation.invalid(List.of(new DefinitionProblem(source, 1, 1, "", why)));
  }

  /**
   * Reads a definition from its text.
   *
   * @param text the definition
   * @param format its format
   * @param source where it came from, for the problems: a file name, a URL, "request body"
   * @return the playbook, or every problem found, located
   */
  public static Validation<Seq<DefinitionProblem>, Playbook> read(
      String text, Format format, String source) {
    return read(text, format, source, HashMap.empty());
  }

  /**
   * Reads a definition from its text, with values set in place of its parameters' own, as {@link
   * #read(Path, Map)} does.
   *
   * @param text the definition
   * @param format its format
   * @param source where it came from, for the problems: a file name, a URL, "request body"
   * @param settings values by parameter id, each as it would be written in the definition
   * @return the playbook, or every problem found, located
   * @since 0.2
   */
  public static Validation<Seq<DefinitionProblem>, Playbook> read(
      String text, Format format, String source, Map<String, String> settings) {
    Objects.requireNonNull(text, "text is null");
    Objects.requireNonNull(format, "format is null");
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(settings, "settings is null");
    Either<DefinitionProblem, Node> tree = Trees.read(text, format, source);
    if (tree.isLeft()) {
      return Validation.invalid(List.of(tree.getLeft()));
    }
    Node root = tree.get();
    Reading reading = new Reading(source, new Parameters(settings));
    Fields fields = reading.fields(root, "", "$schema", "journey", "rules", "gates");
    if (fields == null) {
      return Validation.invalid(reading.problems());
    }
    Registry where = new Registry(root);
    Node journeyNode = fields.require("journey");
    Journey journey =
        journeyNode == null ? null : JourneyFormat.journey(reading, journeyNode, "journey", where);
    // Without a journey the rules are still read, for their own mistakes: what they name is
    // checked against the journey only when there is one.
    Node rulesNode = fields.get("rules");
    Seq<Rule> rules =
        rulesNode == null ? List.empty() : RulesFormat.rules(reading, rulesNode, "rules", journey);
    Node gatesNode = fields.get("gates");
    Seq<Gate> gates =
        gatesNode == null ? List.empty() : RulesFormat.gates(reading, gatesNode, "gates", journey);
    if (journey == null || reading.failed()) {
      return Validation.invalid(reading.problems());
    }
    Validation<Seq<Problem>, Journey> named =
        journey.toBuilder().parameters(reading.parameters().withUses()).build();
    if (named.isInvalid()) {
      named.getError().forEach(problem -> where.report(reading, problem));
      return Validation.invalid(reading.problems());
    }
    reading.parameters().reportUnused(reading);
    if (reading.failed()) {
      return Validation.invalid(reading.problems());
    }
    register(where, rulesNode, "rules", "rule \"", "name", "\"");
    register(where, gatesNode, "gates", "gate of '", "stage", "'");
    Playbook.Builder builder = Playbook.builder(named.get());
    rules.forEach(builder::rule);
    gates.forEach(builder::gate);
    return builder
        .build()
        .mapError(
            problems -> {
              problems.forEach(problem -> where.report(reading, problem));
              return reading.problems();
            });
  }

  /** Registers the rules or gates read under the words the playbook's problems use for them. */
  private static void register(
      Registry where, @Nullable Node list, String path, String before, String key, String after) {
    if (list instanceof Node.Sequence sequence) {
      for (int i = 0; i < sequence.items().size(); i++) {
        Node item = sequence.items().get(i);
        if (item instanceof Node.Mapping mapping && mapping.entries().get(key) != null) {
          Object name = Values.plain(mapping.entries().get(key).value());
          where.put(before + name + after, item, Reading.at(path, i));
        }
      }
    }
  }

  /**
   * Writes a playbook as a definition.
   *
   * @param playbook the playbook
   * @param format the format
   * @return the definition's text, ending with a new line
   * @throws IllegalArgumentException when a rule or a gate has a condition written in Java ({@code
   *     Condition.of} with a lambda, or a class of your own), which has no form as data, or when a
   *     parameter of the journey cannot be named where it says it is ({@link
   *     io.github.journeykit.model.Parameter#usedAt()} empty, or the playbook holds another value
   *     there); the message names every such rule, gate and parameter
   */
  public static String write(Playbook playbook, Format format) {
    Objects.requireNonNull(playbook, "playbook is null");
    Objects.requireNonNull(format, "format is null");
    ObjectNode root = Values.NODES.objectNode();
    root.set("journey", JourneyFormat.journey(playbook.journey()));
    java.util.List<String> unwritable = new ArrayList<>();
    if (!playbook.rules().isEmpty()) {
      ArrayNode rules = root.putArray("rules");
      playbook.rules().forEach(rule -> rules.add(RulesFormat.rule(rule, unwritable)));
    }
    if (!playbook.gates().isEmpty()) {
      ArrayNode gates = root.putArray("gates");
      playbook.gates().forEach(gate -> gates.add(RulesFormat.gate(gate, unwritable)));
    }
    ParameterFormat.name(root, playbook.journey(), unwritable);
    if (!unwritable.isEmpty()) {
      throw new IllegalArgumentException(
          "the playbook of '"
              + playbook.journey().id()
              + "' cannot be written as data: "
              + String.join("; ", unwritable));
    }
    String text = (format == Format.YAML ? YAML : JSON).writeValueAsString(root);
    return text.endsWith("\n") ? text : text + "\n";
  }
}
