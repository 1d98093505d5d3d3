package io.github.journeykit.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema of the format: a valid draft 2020-12 schema that every definition the writer
 * writes validates against, and that is never stricter than the reader: what the schema rejects,
 * the reader rejects too.
 */
class SchemaTests {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA =
      REGISTRY.getSchema(DefinitionSchema.text(), InputFormat.JSON);

  /**
   * The valid definitions the tests start from: the one with every part and the plain one. The
   * ready-made journeys of the catalogue are checked against the schema in journey-catalogue, which
   * depends on this module.
   */
  static List<Playbook> valid() {
    return List.of(EveryPartTests.everything(), PlainDefinitionTests.plain());
  }

  static Stream<Playbook> validPlaybooks() {
    return valid().stream();
  }

  // ---- the schema itself

  @Test
  void theSchemaIsAValidDraft202012SchemaWithAStableId() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<com.networknt.schema.Error> errors =
        meta.validate(DefinitionSchema.text(), InputFormat.JSON);
    assertThat(errors).as("the schema against the draft 2020-12 meta-schema").isEmpty();

    JsonNode schema = JSON.readTree(DefinitionSchema.text());
    assertThat(schema.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(DefinitionSchema.id())
        .isEqualTo("https://journeykit.github.io/journey/schema/journey-definition-0.1.json")
        .isEqualTo(schema.path("$id").asString());
    assertThat(schema.path("title").asString()).isNotBlank();
    assertThat(schema.path("description").asString())
        .as("the top-level description says what is left to the reader")
        .contains("reader");
    assertThat(DefinitionSchema.text()).isSameAs(DefinitionSchema.text());
  }

  @Test
  void everyPropertyHasADescriptionEveryRefResolvesAndEveryPatternCompiles() {
    JsonNode schema = JSON.readTree(DefinitionSchema.text());
    List<String> missing = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    walk(
        schema,
        "",
        (node, path) -> {
          if (node.has("properties") && node.get("properties").isObject()) {
            for (Map.Entry<String, JsonNode> property : node.get("properties").properties()) {
              if (!property.getValue().path("description").isString()) {
                missing.add(path + "/properties/" + property.getKey());
              }
            }
          }
          if (node.path("$ref").isString()) {
            String ref = node.get("$ref").asString();
            if (!ref.startsWith("#") || schema.at(ref.substring(1)).isMissingNode()) {
              unresolved.add(path + " -> " + ref);
            }
          }
          if (node.path("pattern").isString()) {
            patterns.add(node.get("pattern").asString());
          }
        });
    assertThat(missing).as("properties without a description").isEmpty();
    assertThat(unresolved).as("$refs that resolve to nothing").isEmpty();
    assertThat(patterns).isNotEmpty().allSatisfy(Pattern::compile);
    assertThat(schema.path("$defs").propertyNames())
        .contains("condition", "effect", "duration", "id", "text", "stage", "message");
  }

  private interface Visit {
    void at(JsonNode node, String path);
  }

  private static void walk(JsonNode node, String path, Visit visit) {
    if (node.isObject()) {
      visit.at(node, path);
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        walk(entry.getValue(), path + "/" + entry.getKey(), visit);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, visit);
      }
    }
  }

  @Test
  void theDurationPatternAcceptsExactlyWhatTheReaderParses() {
    Pattern pattern = Pattern.compile(defined("duration").get("pattern").asString());
    List<String> signs = List.of("", "", "-", "+");
    List<String> starts = List.of("P", "P", "p", "T", "");
    List<String> tokens =
        List.of(
            "T", "t", "-", "+", "1", "0", "12", "D", "d", "H", "h", "M", "m", "S", "s", ".", ",",
            "5", "W", "Y", " ");
    List<String> numbers = List.of("1", "0", "12", "-3", "+5", "");
    List<String> fractions = List.of("", "", ".5", ",25", ".", ".1234567890");
    assertSamePattern(
        pattern,
        random ->
            random.nextBoolean()
                ? pick(random, signs) + pick(random, starts) + picks(random, tokens, 5)
                : pick(random, signs)
                    + pick(random, starts)
                    + part(random, pick(random, numbers) + pick(random, List.of("D", "d")))
                    + part(
                        random,
                        pick(random, List.of("T", "t"))
                            + part(random, pick(random, numbers) + pick(random, List.of("H", "h")))
                            + part(random, pick(random, numbers) + pick(random, List.of("M", "m")))
                            + part(
                                random,
                                pick(random, numbers)
                                    + pick(random, fractions)
                                    + pick(random, List.of("S", "s")))),
        text -> parses(() -> java.time.Duration.parse(text)));
  }

  @Test
  void theTimeOfDayPatternAcceptsExactlyWhatTheReaderParses() {
    Pattern pattern = Pattern.compile(defined("timeOfDay").get("pattern").asString());
    List<String> numbers = List.of("0", "1", "9", "00", "09", "19", "23", "24", "59", "60", "123");
    List<String> tokens =
        List.of(":", ":", ".", ",", "0", "30", "59", "60", "123456789", "0123456789", " ", "Z");
    assertSamePattern(
        pattern,
        random ->
            pick(random, numbers)
                + (random.nextInt(10) == 0 ? "" : ":")
                + pick(random, numbers)
                + picks(random, tokens, 4),
        text -> parses(() -> java.time.LocalTime.parse(text)));
  }

  private static String pick(Random random, List<String> tokens) {
    return tokens.get(random.nextInt(tokens.size()));
  }

  private static String part(Random random, String part) {
    return random.nextBoolean() ? part : "";
  }

  private static String picks(Random random, List<String> tokens, int most) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(most + 1);
    for (int t = 0; t < length; t++) {
      text.append(pick(random, tokens));
    }
    return text.toString();
  }

  /**
   * Tells, for 50,000 seeded random texts, that the pattern finds a match exactly when the reader's
   * parse succeeds.
   */
  private static void assertSamePattern(
      Pattern pattern,
      java.util.function.Function<Random, String> generate,
      Predicate<String> reads) {
    Random random = new Random(SEED);
    int valid = 0;
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      String candidate = generate.apply(random);
      boolean read = reads.test(candidate);
      valid += read ? 1 : 0;
      if (read != pattern.matcher(candidate).find()) {
        differ.add(candidate + (read ? " (read, not matched)" : " (matched, not read)"));
      }
    }
    assertThat(differ).as("texts the pattern and the reader disagree on").isEmpty();
    assertThat(valid).as("valid texts generated").isGreaterThan(1_000);
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static JsonNode defined(String name) {
    return JSON.readTree(DefinitionSchema.text()).path("$defs").path(name);
  }

  // ---- what the writer writes validates

  @ParameterizedTest
  @MethodSource("validPlaybooks")
  void aPlaybookWrittenAsJsonValidates(Playbook playbook) {
    String json = Definitions.write(playbook, Format.JSON);
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("validPlaybooks")
  void aPlaybookWrittenAsYamlValidatesAsAJsonTree(Playbook playbook) {
    String yaml = Definitions.write(playbook, Format.YAML);
    JsonNode tree = YAML.readTree(yaml);
    assertThat(SCHEMA.validate(tree)).as(yaml).isEmpty();
  }

  @Test
  void aDefinitionThatNamesTheSchemaValidatesAndReads() {
    ObjectNode root = tree(EveryPartTests.everything());
    ObjectNode named = NODES.objectNode().put("$schema", DefinitionSchema.id());
    named.setAll(root);
    assertThat(SCHEMA.validate(named)).isEmpty();
    assertThat(read(named).isValid()).isTrue();
  }

  // ---- what the schema rejects, the reader rejects too: by hand

  static Stream<Arguments> mistakes() {
    List<Arguments> all = new ArrayList<>();
    Consumer<Object[]> add = each -> all.add(Arguments.of(each));
    // unknown keys, at every level
    add.accept(bad("an unknown key at the top", root -> root.put("journy", 1)));
    add.accept(bad("an unknown key in the journey", root -> obj(root, "/journey").put("stage", 1)));
    add.accept(
        bad("an unknown key in a stage", root -> first(root, has("keyTask")).put("task", "x")));
    add.accept(
        bad("an unknown key in a transition", root -> first(root, has("from")).put("by", "x")));
    add.accept(
        bad(
            "an unknown key in a criterion",
            root -> obj(root, "/journey/criteria/0").put("weight", 1)));
    add.accept(
        bad(
            "an unknown key in a persona",
            root -> first(root, has("demographics")).put("age", 35)));
    add.accept(
        bad(
            "an unknown key in a research answer",
            root -> first(root, has("easeOfNavigation")).put("ease", 4)));
    add.accept(
        bad(
            "an unknown key in a channel",
            root -> obj(root, "/journey/channels/0").put("offline", true)));
    add.accept(
        bad(
            "an unknown key in a touchpoint",
            root -> first(root, has("customerActions")).put("actions", "x")));
    add.accept(
        bad(
            "an unknown key in a change",
            root -> first(root, has("what", "how")).put("when", "x")));
    add.accept(
        bad(
            "an unknown key in a message",
            root -> first(root, has("stage", "who")).put("whom", "x")));
    add.accept(
        bad(
            "an unknown key in an audience",
            root -> first(root, has("role")).put("persona2", "x")));
    add.accept(
        bad("an unknown key in a timing", root -> first(root, has("trigger")).put("at", "09:00")));
    add.accept(
        bad("an unknown key in a cadence", root -> first(root, has("period")).put("every", "P1D")));
    add.accept(
        bad(
            "an unknown key in an event type",
            root -> first(root, has("attributes")).put("attribute", "x")));
    add.accept(
        bad(
            "an unknown key with a standard event type",
            root -> first(root, has("standard")).put("id", "x")));
    add.accept(
        bad(
            "an unknown key in an attribute",
            root -> first(root, attribute()).put("type", "text")));
    add.accept(
        bad("an unknown key in a fact", root -> first(root, has("counter")).put("start", 0)));
    add.accept(bad("an unknown key in a rule", root -> obj(root, "/rules/0").put("if", "x")));
    add.accept(bad("an unknown key in a gate", root -> obj(root, "/gates/0").put("when", "x")));
    add.accept(
        bad(
            "an unknown key in a condition",
            root -> first(root, has("outcome")).put("because", "x")));
    add.accept(
        bad("an unknown key in an effect", root -> first(root, has("moveTo")).put("now", true)));
    // missing keys
    add.accept(bad("no journey", root -> root.remove("journey")));
    add.accept(bad("a journey without an id", root -> obj(root, "/journey").remove("id")));
    add.accept(bad("a journey without stages", root -> obj(root, "/journey").remove("stages")));
    add.accept(
        bad("a stage without a name", root -> obj(root, "/journey/stages/0").remove("name")));
    add.accept(bad("a transition without a kind", root -> first(root, has("from")).remove("kind")));
    add.accept(
        bad("a channel without online", root -> obj(root, "/journey/channels/0").remove("online")));
    add.accept(
        bad(
            "a touchpoint without stages",
            root -> first(root, has("customerActions")).remove("stages")));
    add.accept(
        bad("a timing without a trigger", root -> first(root, has("trigger")).remove("trigger")));
    add.accept(bad("an attribute without a kind", root -> first(root, attribute()).remove("kind")));
    add.accept(bad("a window without keep", root -> first(root, has("window")).remove("keep")));
    add.accept(bad("a rule without then", root -> obj(root, "/rules/0").remove("then")));
    add.accept(bad("a rule without on", root -> obj(root, "/rules/0").remove("on")));
    add.accept(bad("a gate without admits", root -> obj(root, "/gates/0").remove("admits")));
    add.accept(
        bad(
            "criteriaMet without atLeast",
            root -> first(root, has("criteriaMet")).remove("atLeast")));
    add.accept(
        bad(
            "weights without a threshold",
            root -> first(root, has("weights")).remove("threshold")));
    add.accept(
        bad(
            "a comparison without its comparison",
            root -> first(root, has("fact", "atLeast")).remove("atLeast")));
    add.accept(
        bad(
            "add with neither by nor fromAttribute",
            root -> first(root, has("add", "by")).remove("by")));
    add.accept(
        bad(
            "an empty cadence",
            root -> {
              ObjectNode cadence = first(root, has("period"));
              cadence.remove("period");
              cadence.remove("times");
            }));
    // wrong kinds of value
    add.accept(
        bad(
            "stages as a mapping",
            root -> obj(root, "/journey").set("stages", NODES.objectNode())));
    add.accept(bad("final as a text", root -> first(root, has("final")).put("final", "yes")));
    add.accept(
        bad(
            "a name as a list",
            root -> obj(root, "/journey").set("name", NODES.arrayNode().add("x"))));
    add.accept(bad("a name as null", root -> obj(root, "/journey").putNull("name")));
    add.accept(bad("a blank name", root -> obj(root, "/journey").put("name", "  ")));
    add.accept(
        bad("priority as a text", root -> first(root, has("priority")).put("priority", "high")));
    add.accept(
        bad(
            "priority as a decimal",
            root -> first(root, has("priority")).put("priority", new BigDecimal("1.5"))));
    add.accept(
        bad(
            "a relative importance as a text",
            root -> first(root, has("relativeImportance")).put("relativeImportance", "half")));
    add.accept(bad("goals as a text", root -> first(root, has("kpis")).put("goals", "Use it")));
    add.accept(
        bad(
            "then as a mapping",
            root -> obj(root, "/rules/0").set("then", NODES.objectNode().put("moveTo", "active"))));
    add.accept(
        bad(
            "a condition as a list",
            root -> obj(root, "/gates/0").set("admits", NODES.arrayNode())));
    add.accept(bad("an effect as a number", root -> arr(root, "/rules/0/then").add(1)));
    add.accept(
        bad(
            "a weight as a text",
            root ->
                first(root, has("weights"))
                    .set("weights", NODES.objectNode().put("need", "high"))));
    add.accept(
        bad(
            "atLeast of a fact as a text",
            root -> first(root, has("fact", "atLeast")).put("atLeast", "many")));
    add.accept(
        bad("oneOf as a single value", root -> first(root, has("oneOf")).put("oneOf", "web")));
    add.accept(bad("is compared with null", root -> first(root, has("is")).putNull("is")));
    add.accept(
        bad(
            "the stages of a blueprint layer as a text",
            root -> first(root, has("people")).put("people", "agent")));
    // conditions and effects
    add.accept(
        bad(
            "a condition with two heads",
            root -> first(root, has("outcome")).put("hasMet", "need")));
    add.accept(
        bad("an empty condition", root -> obj(root, "/gates/0").set("admits", NODES.objectNode())));
    add.accept(
        bad(
            "an unknown condition",
            root -> obj(root, "/gates/0").set("admits", NODES.objectNode().put("visits", 3))));
    add.accept(
        bad(
            "an unknown comparison",
            root -> {
              ObjectNode c = first(root, has("fact", "atLeast"));
              c.set("atleast", c.remove("atLeast"));
            }));
    add.accept(
        bad("two comparisons", root -> first(root, has("fact", "atLeast")).put("atMost", 200)));
    add.accept(
        bad(
            "an empty all",
            root ->
                obj(root, "/gates/0")
                    .set("admits", NODES.objectNode().set("all", NODES.arrayNode()))));
    add.accept(
        bad(
            "an empty list of statuses",
            root ->
                first(root, has("status"), n -> n.get("status").isArray())
                    .set("status", NODES.arrayNode())));
    add.accept(bad("present: false", root -> first(root, has("present")).put("present", false)));
    add.accept(
        bad(
            "timeInStage: false",
            root -> first(root, has("timeInStage")).put("timeInStage", false)));
    add.accept(
        bad(
            "timeInStage named",
            root -> first(root, has("timeInStage")).put("timeInStage", "signed-up")));
    add.accept(
        bad(
            "a negative purchase count",
            root ->
                first(root, has("not"))
                    .set("not", NODES.objectNode().put("purchasesAtLeast", -1))));
    add.accept(
        bad(
            "criteriaMet with no criteria",
            root -> first(root, has("criteriaMet")).set("criteriaMet", NODES.arrayNode())));
    add.accept(bad("an unknown effect word", root -> arr(root, "/rules/0/then").add("advanceTo")));
    add.accept(
        bad(
            "an unknown effect key",
            root -> arr(root, "/rules/0/then").add(NODES.objectNode().put("moveto", "active"))));
    add.accept(
        bad("an effect with two heads", root -> first(root, has("moveTo")).put("send", "welcome")));
    add.accept(
        bad(
            "add with both by and fromAttribute",
            root -> first(root, has("add", "by")).put("fromAttribute", "amount")));
    add.accept(
        bad(
            "set with neither to nor fromAttribute",
            root -> first(root, has("set", "to")).remove("to")));
    add.accept(bad("add by a text", root -> first(root, has("add", "by")).put("by", "one")));
    // parameters
    add.accept(
        bad(
            "an unknown key in a parameter",
            root -> first(root, has("value", "assumption")).put("reason", "x")));
    add.accept(
        bad(
            "a parameter from the source and assumed",
            root -> first(root, has("value", "source")).put("assumption", "x")));
    add.accept(
        bad(
            "a parameter from nowhere",
            root -> first(root, has("value", "assumption")).remove("assumption")));
    add.accept(
        bad(
            "a quote without a source",
            root -> first(root, has("value", "assumption")).put("quote", "x")));
    add.accept(
        bad(
            "a parameter without a value",
            root -> first(root, has("value", "assumption")).remove("value")));
    add.accept(
        bad(
            "a parameter's value in words",
            root -> first(root, has("value", "assumption")).put("value", "a month")));
    add.accept(
        bad(
            "a parameter's number as a text",
            root -> first(root, has("value", "assumption")).put("value", "0.5")));
    add.accept(
        bad(
            "a parameter's value true",
            root -> first(root, has("value", "assumption")).put("value", true)));
    add.accept(
        bad(
            "parameters as a mapping",
            root -> obj(root, "/journey").set("parameters", NODES.objectNode())));
    add.accept(
        bad(
            "a parameter named with capitals",
            root -> first(root, has("inactiveFor")).put("inactiveFor", "$Quiet")));
    add.accept(
        bad(
            "a parameter named as the version",
            root -> obj(root, "/journey").put("version", "$counting-priority")));
    // durations and times of day
    add.accept(
        bad(
            "a duration in words",
            root -> first(root, has("inactiveFor")).put("inactiveFor", "90 days")));
    add.accept(
        bad(
            "a duration in weeks",
            root -> first(root, has("inStageFor")).put("inStageFor", "P2W")));
    add.accept(
        bad("a duration of nothing", root -> first(root, has("within")).put("within", "PT")));
    add.accept(bad("a duration as a number", root -> first(root, has("delay")).put("delay", 36)));
    add.accept(
        bad(
            "a duration for a time compared with a number",
            root -> first(root, has("sinceSent")).put("atLeast", 1)));
    add.accept(
        bad(
            "a time of day without its leading zero",
            root -> first(root, has("timeOfDay")).put("timeOfDay", "9:30")));
    add.accept(
        bad(
            "a time of day past midnight",
            root -> first(root, has("timeOfDay")).put("timeOfDay", "24:00")));
    // enumerations
    add.accept(bad("an unknown map kind", root -> obj(root, "/journey").put("kind", "future")));
    add.accept(
        bad("an unknown transition kind", root -> first(root, has("from")).put("kind", "jump")));
    add.accept(
        bad("an unknown outcome", root -> first(root, has("outcome")).put("outcome", "maybe")));
    add.accept(
        bad(
            "an unknown planned response",
            root ->
                first(root, has("plannedResponses"))
                    .set("plannedResponses", NODES.objectNode().put("perhaps", "Explain"))));
    add.accept(
        bad(
            "an unknown status",
            root ->
                first(root, has("status"), n -> n.get("status").isString()).put("status", "red")));
    add.accept(
        bad("an unknown attribute kind", root -> first(root, attribute()).put("kind", "integer")));
    add.accept(
        bad(
            "an unknown buying-centre role",
            root -> first(root, has("buyingCentreRole")).put("buyingCentreRole", "buyer")));
    add.accept(
        bad(
            "an unknown blueprint layer",
            root -> first(root, has("people")).set("process", NODES.arrayNode().add("x"))));
    add.accept(
        bad(
            "an unknown standard event type",
            root -> first(root, has("standard")).put("standard", "signup")));
    // ids, ranges and what a value must hold
    add.accept(
        bad(
            "an id with capitals and spaces",
            root -> obj(root, "/journey/stages/0").put("id", "Signed Up")));
    add.accept(
        bad(
            "an attribute name with a dot",
            root -> first(root, attribute()).put("name", "device.type")));
    add.accept(bad("an emotion of 6", root -> first(root, has("emotion")).put("emotion", 6)));
    add.accept(
        bad(
            "a score of 11",
            root -> first(root, has("easeOfNavigation")).put("easeOfNavigation", 11)));
    add.accept(
        bad(
            "a relative importance of 1.5",
            root ->
                first(root, has("relativeImportance"))
                    .put("relativeImportance", new BigDecimal("1.5"))));
    add.accept(bad("a window that keeps none", root -> first(root, has("window")).put("keep", 0)));
    add.accept(bad("a cadence of no sends", root -> first(root, has("times")).put("times", 0)));
    add.accept(
        bad("no stages at all", root -> obj(root, "/journey").set("stages", NODES.arrayNode())));
    add.accept(
        bad(
            "a choice without choices",
            root ->
                first(root, has("kind"), n -> "choice".equals(n.path("kind").asString()))
                    .remove("choices")));
    add.accept(
        bad(
            "a text with choices",
            root ->
                first(root, has("kind"), n -> "text".equals(n.path("kind").asString()))
                    .set("choices", NODES.arrayNode().add("a"))));
    add.accept(
        bad(
            "a choice listed twice",
            root -> ((ArrayNode) first(root, has("choices")).get("choices")).add("web")));
    return all.stream();
  }

  private static Object[] bad(String what, Consumer<ObjectNode> edit) {
    return new Object[] {what, edit};
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void aMistakeTheSchemaRejectsTheReaderRejectsToo(String what, Consumer<ObjectNode> edit) {
    ObjectNode root = tree(EveryPartTests.everything());
    assertThat(SCHEMA.validate(root)).as("the unchanged definition validates").isEmpty();
    edit.accept(root);
    assertThat(SCHEMA.validate(root)).as("the schema rejects %s: %s", what, root).isNotEmpty();
    Validation<Seq<DefinitionProblem>, Playbook> read = read(root);
    assertThat(read.isInvalid()).as("the reader rejects %s: %s", what, root).isTrue();
  }

  // ---- what the reader accepts, the schema accepts too: the edges, by hand

  static Stream<Arguments> edges() {
    List<Arguments> all = new ArrayList<>();
    Consumer<Object[]> add = each -> all.add(Arguments.of(each));
    add.accept(bad("a blank description", root -> obj(root, "/journey").put("description", "")));
    add.accept(
        bad(
            "a blank transition description",
            root -> first(root, has("from")).put("description", "")));
    add.accept(bad("a number as a name", root -> obj(root, "/journey/stages/0").put("name", 35)));
    add.accept(
        bad(
            "numbers and true as texts",
            root ->
                first(root, has("demographics"))
                    .set(
                        "demographics",
                        NODES.arrayNode().add(35).add(true).add(new BigDecimal("1.10")))));
    add.accept(bad("a number as a rule name", root -> obj(root, "/rules/0").put("name", 7)));
    add.accept(
        bad(
            "a duration in lower case",
            root -> first(root, has("inactiveFor")).put("inactiveFor", "p90d")));
    add.accept(
        bad(
            "a duration with a lone t",
            root -> first(root, has("inStageFor")).put("inStageFor", "P2Dt")));
    add.accept(
        bad(
            "a duration with a decimal comma",
            root -> first(root, has("sinceSent")).put("atLeast", "PT1,5S")));
    add.accept(
        bad(
            "a duration in hours for days",
            root -> first(root, has("within")).put("within", "PT168H")));
    add.accept(
        bad(
            "a time of day with seconds and a fraction",
            root -> first(root, has("timeOfDay")).put("timeOfDay", "09:30:15.")));
    add.accept(
        bad(
            "a whole number written as a decimal",
            root -> first(root, has("priority")).put("priority", new BigDecimal("2.0"))));
    add.accept(
        bad("one stage as a rule's at", root -> first(root, has("at")).put("at", "signed-up")));
    add.accept(
        bad(
            "one status in a list",
            root ->
                first(root, has("status"), n -> n.get("status").isArray())
                    .set("status", NODES.arrayNode().add("grey"))));
    add.accept(
        bad(
            "a whole number as a threshold",
            root -> first(root, has("threshold")).put("threshold", 1)));
    add.accept(
        bad(
            "an empty list of changes",
            root -> first(root, has("changes")).set("changes", NODES.arrayNode())));
    add.accept(
        bad(
            "an empty plannedResponses",
            root ->
                first(root, has("plannedResponses")).set("plannedResponses", NODES.objectNode())));
    add.accept(
        bad(
            "no rules and no gates",
            root -> {
              root.remove("rules");
              root.remove("gates");
            }));
    add.accept(bad("a $schema key", root -> root.put("$schema", DefinitionSchema.id())));
    add.accept(
        bad(
            "a text that starts with $ where a text is expected",
            root -> obj(root, "/journey/stages/0").put("keyTask", "$5 off the first month")));
    add.accept(
        bad(
            "a text that starts with $ compared with a text",
            root -> {
              ObjectNode browser =
                  first(
                      root,
                      has("attribute"),
                      n ->
                          n.get("attribute").isString()
                              && n.get("attribute").asString().equals("browser"));
              browser.remove("present");
              browser.put("is", "$pro");
            }));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edges")
  void anEdgeTheReaderAcceptsTheSchemaAcceptsToo(String what, Consumer<ObjectNode> edit) {
    // every value written as it is, so that the edges change values, not parameters
    ObjectNode root = tree(EveryPartTests.everything(io.vavr.collection.List.empty()));
    edit.accept(root);
    Validation<Seq<DefinitionProblem>, Playbook> read = read(root);
    assertThat(read.isValid())
        .as("the reader accepts %s: %s", what, read.fold(Seq::mkString, p -> ""))
        .isTrue();
    assertThat(SCHEMA.validate(root)).as("the schema accepts %s: %s", what, root).isEmpty();
  }

  // ---- what the schema rejects, the reader rejects too: generated

  private static final long SEED = 20260415L;

  /**
   * 1,350 mutants of each valid definition, 2,700 in all: as many as there were when the eight
   * ready-made journeys, now checked in journey-catalogue, gave 300 each here too.
   */
  private static final int MUTANTS_PER_DEFINITION = 1_350;

  @Test
  void everyMutantTheSchemaRejectsTheReaderRejectsToo() {
    List<ObjectNode> definitions = valid().stream().map(SchemaTests::tree).toList();
    List<String> keys =
        new ArrayList<>(new TreeSet<>(keysOf(JSON.readTree(DefinitionSchema.text()))));
    int made = 0;
    int rejectedBySchema = 0;
    int rejectedByReaderOnly = 0;
    List<String> failures = new ArrayList<>();
    for (int d = 0; d < definitions.size(); d++) {
      for (int i = 0; i < MUTANTS_PER_DEFINITION; i++) {
        long seed = SEED + d * 100_000L + i;
        Random random = new Random(seed);
        ObjectNode mutant = definitions.get(d).deepCopy();
        List<String> done = new ArrayList<>();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
          done.add(Mutation.apply(mutant, random, keys, definitions.get(d)));
        }
        made++;
        boolean schemaRejects = !SCHEMA.validate(mutant).isEmpty();
        boolean readerRejects;
        try {
          readerRejects = read(mutant).isInvalid();
        } catch (RuntimeException e) {
          failures.add(
              "seed "
                  + seed
                  + " "
                  + done
                  + ": the reader threw "
                  + e
                  + "\n  "
                  + JSON.writeValueAsString(mutant));
          continue;
        }
        if (schemaRejects) {
          rejectedBySchema++;
          if (!readerRejects) {
            failures.add(
                "seed "
                    + seed
                    + " "
                    + done
                    + ": the schema rejects, the reader accepts: "
                    + SCHEMA.validate(mutant)
                    + "\n  "
                    + JSON.writeValueAsString(mutant));
          }
        } else if (readerRejects) {
          rejectedByReaderOnly++;
        }
      }
    }
    System.out.printf(
        "SchemaTests: %d mutants, %d rejected by the schema, %d more by the reader alone%n",
        made, rejectedBySchema, rejectedByReaderOnly);
    assertThat(failures).as("mutants the schema rejects and the reader does not").isEmpty();
    assertThat(rejectedBySchema)
        .as("the schema rejects a good share of the %d mutants", made)
        .isGreaterThan(made / 2);
  }

  /** The property names the schema knows, for renaming and adding keys. */
  private static List<String> keysOf(JsonNode schema) {
    List<String> keys = new ArrayList<>();
    walk(
        schema,
        "",
        (node, path) -> {
          if (node.path("properties").isObject()) {
            keys.addAll(node.get("properties").propertyNames());
          }
        });
    return keys;
  }

  /** Seeded random changes to a definition's tree. */
  private static final class Mutation {

    /** Values of every kind, to put where another kind is expected. */
    private static final List<JsonNode> VALUES =
        List.of(
            NODES.stringNode("x"),
            NODES.stringNode(""),
            NODES.stringNode(" "),
            NODES.stringNode("Signed Up"),
            NODES.stringNode("P7D"),
            NODES.stringNode("PT12H"),
            NODES.stringNode("7 days"),
            NODES.stringNode("09:00"),
            NODES.stringNode("yes"),
            NODES.stringNode("active"),
            NODES.stringNode("advance"),
            NODES.stringNode("choice"),
            NODES.numberNode(0),
            NODES.numberNode(1),
            NODES.numberNode(-1),
            NODES.numberNode(7),
            NODES.numberNode(new BigDecimal("1.5")),
            NODES.numberNode(new BigDecimal("0.5")),
            NODES.booleanNode(true),
            NODES.booleanNode(false),
            NODES.nullNode(),
            NODES.objectNode(),
            NODES.arrayNode(),
            NODES.arrayNode().add("x"),
            NODES.objectNode().put("x", 1));

    /** Applies one random change and says what it did. */
    static String apply(ObjectNode root, Random random, List<String> keys, ObjectNode original) {
      List<JsonNode> containers = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      collect(root, "", containers, paths);
      List<String> strings = new ArrayList<>();
      walkValues(original, strings);
      for (int attempt = 0; attempt < 20; attempt++) {
        int at = random.nextInt(containers.size());
        JsonNode container = containers.get(at);
        String path = paths.get(at);
        int kind = random.nextInt(9);
        if (container instanceof ObjectNode object) {
          List<String> names = new ArrayList<>(object.propertyNames());
          String name = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
          switch (kind) {
            case 0 -> {
              if (name != null) {
                object.remove(name);
                return "drop " + path + "/" + name;
              }
            }
            case 1 -> {
              if (name != null) {
                String to =
                    random.nextBoolean()
                        ? keys.get(random.nextInt(keys.size()))
                        : typo(name, random);
                if (!object.has(to)) {
                  object.set(to, object.remove(name));
                  return "rename " + path + "/" + name + " to " + to;
                }
              }
            }
            case 2, 3 -> {
              if (name != null) {
                JsonNode value = VALUES.get(random.nextInt(VALUES.size())).deepCopy();
                object.set(name, value);
                return "replace " + path + "/" + name + " by " + value;
              }
            }
            case 4 -> {
              String key = random.nextBoolean() ? keys.get(random.nextInt(keys.size())) : "unknown";
              if (!object.has(key)) {
                object.set(key, VALUES.get(random.nextInt(VALUES.size())).deepCopy());
                return "add " + path + "/" + key;
              }
            }
            case 5 -> {
              if (name != null && !strings.isEmpty()) {
                String value = strings.get(random.nextInt(strings.size()));
                object.put(name, value);
                return "replace " + path + "/" + name + " by '" + value + "'";
              }
            }
            case 6 -> {
              if (name != null) {
                object.set(name, NODES.arrayNode().add(object.get(name)));
                return "wrap " + path + "/" + name + " in a list";
              }
            }
            default -> {
              if (name != null && object.get(name).isArray() && !object.get(name).isEmpty()) {
                object.set(name, object.get(name).get(0));
                return "unwrap " + path + "/" + name;
              }
            }
          }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
          int index = random.nextInt(array.size());
          switch (kind) {
            case 0, 1 -> {
              array.remove(index);
              return "drop " + path + "/" + index;
            }
            case 2, 3 -> {
              array.insert(index, array.get(index).deepCopy());
              return "duplicate " + path + "/" + index;
            }
            case 4 -> {
              JsonNode value = VALUES.get(random.nextInt(VALUES.size())).deepCopy();
              array.set(index, value);
              return "replace " + path + "/" + index + " by " + value;
            }
            case 5 -> {
              if (!strings.isEmpty()) {
                String value = strings.get(random.nextInt(strings.size()));
                array.set(index, NODES.stringNode(value));
                return "replace " + path + "/" + index + " by '" + value + "'";
              }
            }
            case 6 -> {
              array.removeAll();
              return "empty " + path;
            }
            default -> {
              array.add(VALUES.get(random.nextInt(VALUES.size())).deepCopy());
              return "append to " + path;
            }
          }
        }
      }
      return "nothing";
    }

    private static String typo(String name, Random random) {
      return switch (random.nextInt(3)) {
        case 0 -> name.toLowerCase(java.util.Locale.ROOT) + "s";
        case 1 -> name.substring(0, Math.max(1, name.length() - 1));
        default -> name.toUpperCase(java.util.Locale.ROOT);
      };
    }

    private static void collect(
        JsonNode node, String path, List<JsonNode> containers, List<String> paths) {
      if (node.isContainer()) {
        containers.add(node);
        paths.add(path.isEmpty() ? "/" : path);
      }
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          collect(entry.getValue(), path + "/" + entry.getKey(), containers, paths);
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          collect(node.get(i), path + "/" + i, containers, paths);
        }
      }
    }

    private static void walkValues(JsonNode node, List<String> strings) {
      if (node.isString()) {
        strings.add(node.asString());
      }
      for (JsonNode child : node.values()) {
        walkValues(child, strings);
      }
    }
  }

  // ---- helpers

  private static ObjectNode tree(Playbook playbook) {
    return (ObjectNode) JSON.readTree(Definitions.write(playbook, Format.JSON));
  }

  private static Validation<Seq<DefinitionProblem>, Playbook> read(JsonNode definition) {
    return Definitions.read(JSON.writeValueAsString(definition), Format.JSON, "mutant.json");
  }

  private static ObjectNode obj(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static ArrayNode arr(ObjectNode root, String pointer) {
    return (ArrayNode) root.at(pointer);
  }

  /** An attribute: a name and a kind, and no id (the journey has those too). */
  private static Predicate<JsonNode> attribute() {
    return has("name", "kind").and(node -> !node.has("id"));
  }

  private static Predicate<JsonNode> has(String... keys) {
    return node -> Stream.of(keys).allMatch(node::has);
  }

  private static ObjectNode first(
      ObjectNode root, Predicate<JsonNode> test, Predicate<JsonNode> andThis) {
    return first(root, test.and(andThis));
  }

  private static ObjectNode first(ObjectNode root, Predicate<JsonNode> test) {
    List<ObjectNode> found = new ArrayList<>();
    walk(
        root,
        "",
        (node, path) -> {
          if (test.test(node)) {
            found.add((ObjectNode) node);
          }
        });
    assertThat(found).as("a part of the definition to change").isNotEmpty();
    return found.get(0);
  }
}
