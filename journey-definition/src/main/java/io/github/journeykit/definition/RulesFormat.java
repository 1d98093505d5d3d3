package io.github.journeykit.definition;

import io.github.journeykit.model.AttributeKind;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Problem;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.ConditionVisitor;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Measure;
import io.github.journeykit.rules.Rule;
import io.github.journeykit.rules.Share;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rules, gates, conditions and effects as data: how they are written, and how they are read back
 * with every mistake located. A condition is a mapping with one key that says what it asks ({@code
 * outcome}, {@code status}, {@code hasMet}, {@code criteriaMet}, {@code weights}, {@code
 * purchasesAtLeast}, {@code inactiveFor}, {@code inStageFor}, a measure such as {@code fact} with
 * one comparison such as {@code atLeast}, or {@code all}, {@code any}, {@code not}); an effect is a
 * word ({@code advance}, {@code rollBack}, {@code recordCriterion}, {@code countPurchase}) or a
 * mapping with one key ({@code moveTo}, {@code status}, {@code send}, {@code add}, ...).
 */
final class RulesFormat {

  /** The keys that say what a condition asks, in the order a message lists them. */
  private static final List<String> CONDITIONS =
      List.of(
          "all",
          "any",
          "not",
          "outcome",
          "status",
          "hasMet",
          "criteriaMet",
          "weights",
          "buyingCentre",
          "purchasesAtLeast",
          "inactiveFor",
          "inStageFor",
          "attribute",
          "fact",
          "timesSent",
          "sinceLast",
          "sinceSent",
          "sinceOpened",
          "timeInStage",
          "timeSinceActivity");

  /** The keys of the measures, in the order of {@link Measure.Source}. */
  private static final List<String> MEASURES =
      List.of(
          "attribute",
          "fact",
          "timesSent",
          "sinceLast",
          "sinceSent",
          "sinceOpened",
          "timeInStage",
          "timeSinceActivity");

  /** The keys of the comparisons, in the order of {@link Measure.Operator}. */
  private static final List<String> OPERATORS =
      List.of("is", "oneOf", "atLeast", "atMost", "above", "below", "present", "absent");

  /** The effects written as a word. */
  private static final List<String> WORDS =
      List.of("advance", "rollBack", "recordCriterion", "countPurchase");

  /** The keys that say what an effect does. */
  private static final List<String> EFFECTS =
      List.of(
          "moveTo",
          "status",
          "recordCriterion",
          "send",
          "sendRegardless",
          "forget",
          "add",
          "record",
          "set",
          "reset");

  private RulesFormat() {}

  // ---- writing

  /**
   * A rule as a node; a rule with a condition written in Java adds its name to {@code unwritable}.
   */
  static ObjectNode rule(Rule rule, java.util.List<String> unwritable) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("name", rule.name());
    node.put("on", rule.on().id());
    if (!rule.stages().isEmpty()) {
      ArrayNode at = node.putArray("at");
      rule.stages().forEach(at::add);
    }
    if (!rule.condition().equals(Condition.always())) {
      try {
        node.set("when", condition(rule.condition()));
      } catch (InJava e) {
        unwritable.add(
            "rule \"" + rule.name() + "\" has a condition written in Java: " + e.getMessage());
      }
    }
    ArrayNode then = node.putArray("then");
    for (Effect effect : rule.effects()) {
      then.add(effect(effect));
    }
    if (rule.priority() != 0) {
      node.put("priority", rule.priority());
    }
    return node;
  }

  /**
   * A gate as a node; a gate with a condition written in Java adds its stage to {@code unwritable}.
   */
  static ObjectNode gate(Gate gate, java.util.List<String> unwritable) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("stage", gate.stage());
    try {
      node.set("admits", condition(gate.admission()));
    } catch (InJava e) {
      unwritable.add(
          "the gate of '" + gate.stage() + "' has a condition written in Java: " + e.getMessage());
    }
    return node;
  }

  /** A condition written in Java, found while writing: it has no form as data. */
  private static final class InJava extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InJava(Condition condition) {
      super("\"" + condition.description() + "\" (made with Condition.of or a class of its own)");
    }
  }

  /** A condition as a node. */
  static JsonNode condition(Condition condition) {
    return condition.accept(
        new ConditionVisitor<JsonNode>() {
          @Override
          public JsonNode always() {
            // only inside all/any/not: a rule that always applies has no "when"
            return Values.NODES.objectNode().set("all", Values.NODES.arrayNode());
          }

          @Override
          public JsonNode outcomeIs(Outcome outcome) {
            return Values.NODES.objectNode().put("outcome", outcome.id());
          }

          @Override
          public JsonNode statusIs(Seq<CustomerStatus> statuses) {
            ObjectNode node = Values.NODES.objectNode();
            if (statuses.size() == 1) {
              node.put("status", statuses.head().id());
            } else {
              ArrayNode list = node.putArray("status");
              statuses.forEach(status -> list.add(status.id()));
            }
            return node;
          }

          @Override
          public JsonNode criteriaMet(int atLeast, Seq<String> criteria) {
            ObjectNode node = Values.NODES.objectNode();
            if (atLeast == 1 && criteria.size() == 1) {
              return node.put("hasMet", criteria.head());
            }
            ArrayNode list = node.putArray("criteriaMet");
            criteria.forEach(list::add);
            return node.put("atLeast", atLeast);
          }

          @Override
          public JsonNode weightOfCriteriaMet(Map<String, Double> weights, double threshold) {
            ObjectNode node = Values.NODES.objectNode();
            ObjectNode each = node.putObject("weights");
            weights.forEach((criterion, weight) -> each.put(criterion, decimal(weight)));
            return node.put("threshold", decimal(threshold));
          }

          @Override
          public JsonNode buyingCentreAgrees(Map<String, Double> weights, double threshold) {
            ObjectNode node = Values.NODES.objectNode();
            node.putObject("buyingCentre").put("threshold", decimal(threshold));
            return node;
          }

          @Override
          public JsonNode purchasesAtLeast(int count) {
            return Values.NODES.objectNode().put("purchasesAtLeast", count);
          }

          @Override
          public JsonNode inactiveFor(Duration quiet) {
            return Values.NODES.objectNode().put("inactiveFor", Values.duration(quiet));
          }

          @Override
          public JsonNode inStageFor(Duration time) {
            return Values.NODES.objectNode().put("inStageFor", Values.duration(time));
          }

          @Override
          public JsonNode compares(
              Measure measure, Measure.Operator operator, Seq<Object> operands) {
            ObjectNode node = Values.NODES.objectNode();
            String key = MEASURES.get(measure.source().ordinal());
            if (measure.name().isEmpty()) {
              node.put(key, true);
            } else {
              node.put(key, measure.name());
            }
            String comparison = OPERATORS.get(operator.ordinal());
            switch (operator) {
              case PRESENT, ABSENT -> node.put(comparison, true);
              case ONE_OF -> {
                ArrayNode values = node.putArray(comparison);
                operands.forEach(value -> values.add(Values.scalar(value)));
              }
              default ->
                  node.set(
                      comparison,
                      operands.head() instanceof Share share
                          ? share(share)
                          : Values.scalar(operands.head()));
            }
            return node;
          }

          @Override
          public JsonNode all(Seq<Condition> parts) {
            ArrayNode list = Values.NODES.arrayNode();
            parts.forEach(part -> list.add(condition(part)));
            return Values.NODES.objectNode().set("all", list);
          }

          @Override
          public JsonNode any(Seq<Condition> parts) {
            ArrayNode list = Values.NODES.arrayNode();
            parts.forEach(part -> list.add(condition(part)));
            return Values.NODES.objectNode().set("any", list);
          }

          @Override
          public JsonNode not(Condition negated) {
            return Values.NODES.objectNode().set("not", condition(negated));
          }

          @Override
          public JsonNode inJava(Condition condition) {
            throw new InJava(condition);
          }
        });
  }

  /** A weight or a threshold as the decimal it was written as: 0.7, not 0.69999. */
  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value);
  }

  /** An effect as a node: a word, or a mapping with one key. */
  static JsonNode effect(Effect effect) {
    ObjectNode node = Values.NODES.objectNode();
    if (effect instanceof Effect.Move move) {
      return switch (move.direction()) {
        case NEXT -> Values.NODES.stringNode("advance");
        case PREVIOUS -> Values.NODES.stringNode("rollBack");
        case TO -> node.put("moveTo", move.stage().get());
      };
    }
    if (effect instanceof Effect.SetStatus status) {
      return node.put("status", status.status().id());
    }
    if (effect instanceof Effect.RecordCriterion record) {
      return record.criterion().isEmpty()
          ? Values.NODES.stringNode("recordCriterion")
          : node.put("recordCriterion", record.criterion().get());
    }
    if (effect instanceof Effect.CountPurchase) {
      return Values.NODES.stringNode("countPurchase");
    }
    if (effect instanceof Effect.Send send) {
      return node.put(send.regardless() ? "sendRegardless" : "send", send.message());
    }
    if (effect instanceof Effect.ForgetCriterion forget) {
      return node.put("forget", forget.criterion());
    }
    if (effect instanceof Effect.ChangeFact change) {
      switch (change.change()) {
        case ADD -> {
          node.put("add", change.fact());
          change.value().forEach(by -> node.set("by", Values.scalar(by)));
          change.fromAttribute().forEach(attribute -> node.put("fromAttribute", attribute));
        }
        case RECORD -> node.put("record", change.fact());
        case SET -> {
          node.put("set", change.fact());
          change.value().forEach(to -> node.set("to", Values.scalar(to)));
          change.fromAttribute().forEach(attribute -> node.put("fromAttribute", attribute));
        }
        case RESET -> node.put("reset", change.fact());
      }
      return node;
    }
    throw new IllegalArgumentException(
        "the effect \""
            + effect.description()
            + "\" is not one of Effect's own: it has no data form");
  }

  // ---- reading

  /** Reads the rules of a definition. */
  static List<Rule> rules(Reading reading, Node node, String path, @Nullable Journey journey) {
    java.util.List<Node> items = reading.list(node, path);
    if (items == null) {
      return List.empty();
    }
    java.util.List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Rule rule = rule(reading, items.get(i), Reading.at(path, i), journey);
      if (rule != null) {
        rules.add(rule);
      }
    }
    return List.ofAll(rules);
  }

  private static @Nullable Rule rule(
      Reading reading, Node node, String path, @Nullable Journey journey) {
    Fields fields = reading.fields(node, path, "name", "on", "at", "when", "then", "priority");
    if (fields == null) {
      return null;
    }
    String name = fields.text("name");
    EventType on = eventType(reading, fields, journey);
    List<String> at = stages(reading, fields, journey);
    Node when = fields.get("when");
    Condition condition =
        when == null
            ? Condition.always()
            : condition(reading, when, fields.path("when"), Kinds.of(journey, on));
    Node then = fields.require("then");
    List<Effect> effects =
        then == null ? null : effects(reading, then, fields.path("then"), Kinds.of(journey, on));
    Node priorityNode = fields.get("priority");
    Integer priority =
        priorityNode == null
            ? Integer.valueOf(0)
            : reading.wholeNumber(priorityNode, fields.path("priority"), Integer.MIN_VALUE);
    if (name == null
        || on == null
        || at == null
        || condition == null
        || effects == null
        || priority == null) {
      return null;
    }
    return Rule.named(name, on)
        .at(at)
        .when(condition)
        .then(effects.toJavaArray(Effect[]::new))
        .priority(priority);
  }

  /** The event type a rule is on, one the journey declares. */
  private static @Nullable EventType eventType(
      Reading reading, Fields fields, @Nullable Journey journey) {
    String id = fields.text("on");
    if (id == null || journey == null) {
      return null;
    }
    io.vavr.control.Option<EventType> type = journey.eventType(id);
    if (type.isEmpty()) {
      Seq<String> ids = journey.eventTypes().map(EventType::id);
      reading.problem(
          java.util.Objects.requireNonNull(fields.get("on")),
          fields.path("on"),
          "the journey declares no event type '"
              + id
              + "'"
              + Problem.didYouMean(id, ids)
              + "; it declares "
              + ids.mkString(", "));
      return null;
    }
    return type.get();
  }

  /** The stages a rule applies at: a stage id or a list of them; all stages when absent. */
  private static @Nullable List<String> stages(
      Reading reading, Fields fields, @Nullable Journey journey) {
    Node at = fields.get("at");
    if (at == null) {
      return List.empty();
    }
    List<String> ids =
        at instanceof Node.Sequence
            ? reading.texts(at, fields.path("at"))
            : one(reading, at, fields);
    if (ids == null || journey == null) {
      return ids;
    }
    boolean all = true;
    java.util.List<Node> items =
        at instanceof Node.Sequence sequence ? sequence.items() : List.of(at).asJava();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (journey.orderOf(id).isEmpty()) {
        Seq<String> known = journey.stages().map(stage -> stage.id());
        reading.problem(
            items.get(i),
            at instanceof Node.Sequence ? Reading.at(fields.path("at"), i) : fields.path("at"),
            "the journey has no stage '" + id + "'" + Problem.didYouMean(id, known));
        all = false;
      }
    }
    return all ? ids : null;
  }

  private static @Nullable List<String> one(Reading reading, Node at, Fields fields) {
    String id = reading.text(at, fields.path("at"));
    return id == null ? null : List.of(id);
  }

  /** Reads the gates of a definition. */
  static List<Gate> gates(Reading reading, Node node, String path, @Nullable Journey journey) {
    java.util.List<Node> items = reading.list(node, path);
    if (items == null) {
      return List.empty();
    }
    java.util.List<Gate> gates = new ArrayList<>();
    Seq<String> known = journey == null ? null : journey.stages().map(stage -> stage.id());
    for (int i = 0; i < items.size(); i++) {
      String at = Reading.at(path, i);
      Fields fields = reading.fields(items.get(i), at, "stage", "admits");
      if (fields == null) {
        continue;
      }
      String stage = fields.text("stage");
      if (stage != null && known != null && !known.contains(stage)) {
        reading.problem(
            java.util.Objects.requireNonNull(fields.get("stage")),
            fields.path("stage"),
            "the journey has no stage '" + stage + "'" + Problem.didYouMean(stage, known));
        stage = null;
      }
      Node admits = fields.require("admits");
      Condition condition =
          admits == null
              ? null
              : condition(reading, admits, fields.path("admits"), Kinds.of(journey, null));
      if (stage != null && condition != null) {
        gates.add(Gate.of(stage, condition));
      }
    }
    return List.ofAll(gates);
  }

  /** Reads a condition. */
  static @Nullable Condition condition(Reading reading, Node node, String path, Kinds kinds) {
    if (!(node instanceof Node.Mapping mapping)) {
      reading.problem(
          node,
          path,
          "expected a condition, a mapping with one of "
              + CONDITIONS.mkString(", ")
              + "; got "
              + node.kind());
      return null;
    }
    List<String> heads = List.ofAll(mapping.entries().keySet()).filter(CONDITIONS::contains);
    if (heads.isEmpty()) {
      String first =
          mapping.entries().isEmpty() ? "" : mapping.entries().keySet().iterator().next();
      Node.Entry entry = mapping.entries().get(first);
      reading.problem(
          entry == null ? mapping.line() : entry.line(),
          entry == null ? mapping.column() : entry.column(),
          entry == null ? path : Reading.at(path, first),
          (entry == null
                  ? "an empty condition"
                  : "unknown condition '" + first + "'" + Problem.didYouMean(first, CONDITIONS))
              + "; a condition is one of "
              + CONDITIONS.mkString(", "));
      return null;
    }
    if (heads.size() > 1) {
      reading.problem(
          node,
          path,
          "one condition per mapping, this one has "
              + heads.mkString(" and ")
              + "; put them in a list under 'all' (both must hold) or 'any' (one must)");
      return null;
    }
    String head = heads.head();
    return switch (head) {
      case "all", "any" -> combined(reading, mapping, path, head, kinds);
      case "not" -> {
        Fields fields = reading.fields(node, path, "not");
        Condition negated =
            fields == null
                ? null
                : condition(
                    reading,
                    java.util.Objects.requireNonNull(fields.get("not")),
                    fields.path("not"),
                    kinds);
        yield negated == null ? null : negated.not();
      }
      case "outcome" -> {
        Fields fields = reading.fields(node, path, "outcome");
        Outcome outcome =
            fields == null
                ? null
                : reading.choice(
                    java.util.Objects.requireNonNull(fields.get("outcome")),
                    fields.path("outcome"),
                    Outcome.values(),
                    Outcome::id);
        yield outcome == null ? null : Condition.outcomeIs(outcome);
      }
      case "status" -> status(reading, node, path);
      case "hasMet" -> {
        Fields fields = reading.fields(node, path, "hasMet");
        String criterion = fields == null ? null : fields.text("hasMet");
        yield criterion == null ? null : Condition.hasMet(criterion);
      }
      case "criteriaMet" -> criteriaMet(reading, node, path);
      case "weights" -> weighted(reading, node, path);
      case "buyingCentre" -> buyingCentre(reading, node, path, kinds.journey());
      case "purchasesAtLeast" -> {
        Fields fields = reading.fields(node, path, "purchasesAtLeast");
        Integer count =
            fields == null
                ? null
                : reading.wholeNumber(
                    java.util.Objects.requireNonNull(fields.get("purchasesAtLeast")),
                    fields.path("purchasesAtLeast"),
                    0);
        yield count == null ? null : Condition.purchasesAtLeast(count);
      }
      case "inactiveFor", "inStageFor" -> {
        Fields fields = reading.fields(node, path, head);
        Duration time =
            fields == null
                ? null
                : reading.duration(
                    java.util.Objects.requireNonNull(fields.get(head)), fields.path(head));
        yield time == null
            ? null
            : head.equals("inactiveFor") ? Condition.inactiveFor(time) : Condition.inStageFor(time);
      }
      default -> comparison(reading, mapping, path, head, kinds);
    };
  }

  private static @Nullable Condition combined(
      Reading reading, Node.Mapping mapping, String path, String head, Kinds kinds) {
    Fields fields = reading.fields(mapping, path, head);
    if (fields == null) {
      return null;
    }
    Node list = java.util.Objects.requireNonNull(fields.get(head));
    java.util.List<Node> items = reading.list(list, fields.path(head));
    if (items == null) {
      return null;
    }
    if (items.isEmpty()) {
      reading.problem(list, fields.path(head), "needs at least one condition");
      return null;
    }
    java.util.List<Condition> parts = new ArrayList<>();
    boolean all = true;
    for (int i = 0; i < items.size(); i++) {
      Condition part = condition(reading, items.get(i), Reading.at(fields.path(head), i), kinds);
      if (part == null) {
        all = false;
      } else {
        parts.add(part);
      }
    }
    if (!all) {
      return null;
    }
    return head.equals("all")
        ? Condition.allOf(List.ofAll(parts))
        : Condition.anyOf(List.ofAll(parts));
  }

  private static @Nullable Condition status(Reading reading, Node node, String path) {
    Fields fields = reading.fields(node, path, "status");
    if (fields == null) {
      return null;
    }
    Node value = java.util.Objects.requireNonNull(fields.get("status"));
    java.util.List<Node> items =
        value instanceof Node.Sequence sequence ? sequence.items() : java.util.List.of(value);
    if (items.isEmpty()) {
      reading.problem(value, fields.path("status"), "needs at least one status");
      return null;
    }
    java.util.List<CustomerStatus> statuses = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      CustomerStatus status =
          reading.choice(
              items.get(i),
              value instanceof Node.Sequence
                  ? Reading.at(fields.path("status"), i)
                  : fields.path("status"),
              CustomerStatus.values(),
              CustomerStatus::id);
      if (status == null) {
        return null;
      }
      statuses.add(status);
    }
    return Condition.statusIs(
        statuses.get(0), statuses.subList(1, statuses.size()).toArray(CustomerStatus[]::new));
  }

  private static @Nullable Condition criteriaMet(Reading reading, Node node, String path) {
    Fields fields = reading.fields(node, path, "criteriaMet", "atLeast");
    if (fields == null) {
      return null;
    }
    List<String> criteria = fields.texts("criteriaMet");
    Node least = fields.require("atLeast");
    Integer atLeast = least == null ? null : reading.wholeNumber(least, fields.path("atLeast"), 0);
    if (criteria == null || atLeast == null) {
      return null;
    }
    if (criteria.isEmpty() || atLeast > criteria.size()) {
      reading.problem(
          node,
          path,
          "needs at least "
              + atLeast
              + " of "
              + criteria.size()
              + " criteria: list at least "
              + atLeast);
      return null;
    }
    return Condition.criteriaMet(atLeast, criteria.toJavaArray(String[]::new));
  }

  private static @Nullable Condition weighted(Reading reading, Node node, String path) {
    Fields fields = reading.fields(node, path, "weights", "threshold");
    if (fields == null) {
      return null;
    }
    Node weightsNode = java.util.Objects.requireNonNull(fields.get("weights"));
    Node thresholdNode = fields.require("threshold");
    BigDecimal threshold =
        thresholdNode == null ? null : reading.number(thresholdNode, fields.path("threshold"));
    if (!(weightsNode instanceof Node.Mapping weights)) {
      reading.problem(
          weightsNode,
          fields.path("weights"),
          "expected a mapping of criteria to their weights, got " + weightsNode.kind());
      return null;
    }
    Map<String, Double> each = io.vavr.collection.LinkedHashMap.empty();
    boolean all = true;
    for (Node.Entry entry : weights.entries().values()) {
      BigDecimal weight =
          reading.number(entry.value(), Reading.at(fields.path("weights"), entry.key()));
      if (weight == null) {
        all = false;
      } else {
        each = each.put(entry.key(), weight.doubleValue());
      }
    }
    if (!all || threshold == null) {
      return null;
    }
    return Condition.weightOfCriteriaMet(each, threshold.doubleValue());
  }

  /**
   * The buying centre agrees: {@code buyingCentre: {threshold: 0.7}}, its members' weights read
   * from the journey's personas.
   */
  private static @Nullable Condition buyingCentre(
      Reading reading, Node node, String path, @Nullable Journey journey) {
    Fields fields = reading.fields(node, path, "buyingCentre");
    if (fields == null) {
      return null;
    }
    Fields inner =
        reading.fields(
            java.util.Objects.requireNonNull(fields.get("buyingCentre")),
            fields.path("buyingCentre"),
            "threshold");
    Node thresholdNode = inner == null ? null : inner.require("threshold");
    BigDecimal threshold =
        thresholdNode == null
            ? null
            : reading.number(
                thresholdNode, java.util.Objects.requireNonNull(inner).path("threshold"));
    // without a journey there are no personas to weigh; the journey's own problems are reported
    return threshold == null || journey == null
        ? null
        : Condition.buyingCentreAgrees(journey, threshold.doubleValue());
  }

  private static @Nullable Condition comparison(
      Reading reading, Node.Mapping mapping, String path, String head, Kinds kinds) {
    Fields fields =
        reading.fields(
            mapping, path, List.of(head).appendAll(OPERATORS).toJavaArray(String[]::new));
    if (fields == null) {
      return null;
    }
    Node nameNode = java.util.Objects.requireNonNull(fields.get(head));
    Measure measure = measure(reading, head, nameNode, fields.path(head));
    List<String> operators = OPERATORS.filter(fields::has);
    if (operators.isEmpty() && mapping.entries().size() > 1) {
      return null; // a misspelt comparison, reported as an unknown key with the closest one
    }
    if (operators.size() != 1) {
      reading.problem(
          mapping,
          path,
          operators.isEmpty()
              ? "a comparison of '" + head + "' needs one of " + OPERATORS.mkString(", ")
              : "one comparison per mapping, this one has "
                  + operators.mkString(" and ")
                  + "; put them in a list under 'all'");
      return null;
    }
    String operator = operators.head();
    Node operand = java.util.Objects.requireNonNull(fields.get(operator));
    String at = fields.path(operator);
    boolean time = MEASURES.indexOf(head) >= MEASURES.indexOf("sinceLast");
    if (measure == null) {
      return null;
    }
    AttributeKind kind = kinds.of(head, measure.name());
    return switch (operator) {
      case "present", "absent" -> {
        Boolean yes = reading.bool(operand, at);
        if (yes != null && !yes) {
          reading.problem(
              operand, at, "write '" + operator + ": true', or leave the comparison out");
          yield null;
        }
        yield yes == null
            ? null
            : operator.equals("present") ? measure.isPresent() : measure.isAbsent();
      }
      case "is" -> {
        Object value = value(reading, operand, at, time, kind);
        yield value == null ? null : measure.is(value);
      }
      case "oneOf" -> {
        java.util.List<Node> items = reading.list(operand, at);
        if (items == null) {
          yield null;
        }
        if (items.isEmpty()) {
          reading.problem(operand, at, "needs at least one value");
          yield null;
        }
        java.util.List<Object> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          Object value = value(reading, items.get(i), Reading.at(at, i), time, kind);
          if (value == null) {
            yield null;
          }
          values.add(value);
        }
        yield measure.isOneOf(values.toArray());
      }
      default -> ordered(reading, measure, operator, operand, at, time);
    };
  }

  private static @Nullable Measure measure(Reading reading, String head, Node name, String path) {
    if (head.equals("timeInStage") || head.equals("timeSinceActivity")) {
      Boolean yes = reading.bool(name, path);
      if (yes == null) {
        return null;
      }
      if (!yes) {
        reading.problem(
            name, path, "write '" + head + ": true' and a comparison such as 'atLeast: P7D'");
        return null;
      }
      return head.equals("timeInStage") ? Condition.timeInStage() : Condition.timeSinceActivity();
    }
    String id = reading.text(name, path);
    if (id == null) {
      return null;
    }
    return switch (head) {
      case "attribute" -> Condition.attribute(id);
      case "fact" -> Condition.fact(id);
      case "timesSent" -> Condition.timesSent(id);
      case "sinceLast" -> Condition.sinceLast(id);
      case "sinceSent" -> Condition.sinceSent(id);
      default -> Condition.sinceOpened(id);
    };
  }

  private static @Nullable Condition ordered(
      Reading reading, Measure measure, String operator, Node operand, String at, boolean time) {
    if (time) {
      Duration bound = reading.duration(operand, at);
      if (bound == null) {
        return null;
      }
      return switch (operator) {
        case "atLeast" -> measure.atLeast(bound);
        case "atMost" -> measure.atMost(bound);
        case "above" -> measure.above(bound);
        default -> measure.below(bound);
      };
    }
    if (operand instanceof Node.Mapping) {
      Share share = share(reading, operand, at);
      if (share == null) {
        return null;
      }
      return switch (operator) {
        case "atLeast" -> measure.atLeast(share);
        case "atMost" -> measure.atMost(share);
        case "above" -> measure.above(share);
        default -> measure.below(share);
      };
    }
    BigDecimal bound = reading.number(operand, at);
    if (bound == null) {
      return null;
    }
    return switch (operator) {
      case "atLeast" -> measure.atLeast(bound);
      case "atMost" -> measure.atMost(bound);
      case "above" -> measure.above(bound);
      default -> measure.below(bound);
    };
  }

  /**
   * A share of another number the customer has, as a bound: {@code {share: 0.25, of: {fact:
   * contract-value}}}.
   */
  private static @Nullable Share share(Reading reading, Node node, String at) {
    Fields fields = reading.fields(node, at, "share", "of");
    if (fields == null) {
      return null;
    }
    Node fraction = fields.require("share");
    Node of = fields.require("of");
    BigDecimal number = null;
    if (fraction != null) {
      number = reading.number(fraction, fields.path("share"));
      if (number != null && number.signum() <= 0) {
        reading.problem(
            fraction, fields.path("share"), "a share is above 0, e.g. 0.25 for a quarter");
        number = null;
      }
    }
    Measure whole = null;
    if (of != null) {
      Fields measured = reading.fields(of, fields.path("of"), SHARED_MEASURES);
      if (measured != null) {
        Seq<String> heads = List.ofAll(measured.mapping().entries().keySet());
        if (heads.size() != 1) {
          reading.problem(
              of,
              fields.path("of"),
              "a share is of one number: write one of "
                  + String.join(", ", SHARED_MEASURES)
                  + (heads.isEmpty() ? "" : ", not " + heads.mkString(" and ")));
        } else {
          String head = heads.head();
          whole =
              measure(
                  reading,
                  head,
                  java.util.Objects.requireNonNull(measured.get(head)),
                  measured.path(head));
        }
      }
    }
    return number == null || whole == null ? null : new Share(number, whole);
  }

  /** A share as written: {@code {share: 0.25, of: {fact: contract-value}}}. */
  private static JsonNode share(Share share) {
    ObjectNode node = Values.NODES.objectNode();
    node.set("share", Values.scalar(share.fraction()));
    node.putObject("of").put(MEASURES.get(share.of().source().ordinal()), share.of().name());
    return node;
  }

  /** What a share can be of: a number the event carries or the customer has. */
  private static final String[] SHARED_MEASURES = {"attribute", "fact", "timesSent"};

  /**
   * A value compared with or set: a duration for a time, else a text, a number or true or false; a
   * parameter's number where the measure or the fact holds numbers (a counter, a whole number, an
   * amount), where a text that starts with {@code $} cannot be meant as a text.
   */
  private static @Nullable Object value(
      Reading reading, Node node, String at, boolean time, @Nullable AttributeKind kind) {
    if (time) {
      return reading.duration(node, at);
    }
    if (Parameters.names(node)
        && (kind == null || kind == AttributeKind.WHOLE_NUMBER || kind == AttributeKind.AMOUNT)) {
      return reading.number(node, at);
    }
    Object value = Values.plain(node);
    if (value == null) {
      reading.problem(
          node, at, "expected a text, a number, or true or false, got " + Reading.describe(node));
      return null;
    }
    if (kind == AttributeKind.INSTANT && value instanceof String) {
      return reading.instant(node, at);
    }
    return value;
  }

  /**
   * The kind of value a measure or a fact reads, where the reader needs it: an instant is written
   * as a text and read back as an instant.
   */
  interface Kinds {
    /** The kind of the value a measure ({@code attribute}, {@code fact}) reads, or null. */
    @Nullable AttributeKind of(String measure, String name);

    /** The journey the rules are read for, or null when it could not be read. */
    @Nullable Journey journey();

    /** The kinds of the attributes of the type a rule is on, and of the journey's facts. */
    static Kinds of(@Nullable Journey journey, @Nullable EventType on) {
      return new Kinds() {
        @Override
        public @Nullable AttributeKind of(String measure, String name) {
          if (measure.equals("attribute") && on != null) {
            return on.attributes().find(a -> a.name().equals(name)).map(a -> a.kind()).getOrNull();
          }
          if (measure.equals("fact") && journey != null) {
            Fact fact = journey.fact(name).getOrNull();
            if (fact instanceof Fact.CustomerAttribute attribute) {
              return attribute.attribute().kind();
            }
            return fact instanceof Fact.LastSeen ? AttributeKind.INSTANT : null;
          }
          return null;
        }

        @Override
        public @Nullable Journey journey() {
          return journey;
        }
      };
    }
  }

  /** Reads the effects of a rule. */
  static @Nullable List<Effect> effects(Reading reading, Node node, String path, Kinds kinds) {
    java.util.List<Node> items = reading.list(node, path);
    if (items == null) {
      return null;
    }
    java.util.List<Effect> effects = new ArrayList<>();
    boolean all = true;
    for (int i = 0; i < items.size(); i++) {
      Effect effect = effect(reading, items.get(i), Reading.at(path, i), kinds);
      if (effect == null) {
        all = false;
      } else {
        effects.add(effect);
      }
    }
    return all ? List.ofAll(effects) : null;
  }

  /**
   * Whether an effect that takes its value from the definition or from the event ({@code add},
   * {@code set}) has exactly one of the two; reports it when not.
   */
  private static boolean eitherOr(
      Reading reading, Fields fields, String effect, String valueKey, String valueWords) {
    if (fields.has(valueKey) != fields.has("fromAttribute")) {
      return true;
    }
    reading.problem(
        fields.mapping(),
        fields.path(),
        "'"
            + effect
            + "' needs either '"
            + valueKey
            + "' ("
            + valueWords
            + ") or 'fromAttribute' (an attribute of the event)");
    return false;
  }

  /** An effect written as a word: advance, rollBack, recordCriterion, countPurchase. */
  private static @Nullable Effect word(Reading reading, Node node, String path, String word) {
    return switch (word) {
      case "advance" -> Effect.advance();
      case "rollBack" -> Effect.rollBack();
      case "recordCriterion" -> Effect.recordCriterion();
      case "countPurchase" -> Effect.countPurchase();
      default -> {
        reading.problem(
            node,
            path,
            "unknown effect '"
                + word
                + "'"
                + Problem.didYouMean(word, WORDS.appendAll(EFFECTS))
                + "; an effect is one of "
                + WORDS.mkString(", ")
                + ", or a mapping with one of "
                + EFFECTS.mkString(", "));
        yield null;
      }
    };
  }

  private static @Nullable Effect effect(Reading reading, Node node, String path, Kinds kinds) {
    if (node instanceof Node.Scalar scalar && scalar.value() instanceof String word) {
      return word(reading, node, path, word);
    }
    if (!(node instanceof Node.Mapping mapping)) {
      reading.problem(
          node,
          path,
          "expected an effect, a word such as advance or a mapping such as 'moveTo: paying'; got "
              + node.kind());
      return null;
    }
    List<String> heads = List.ofAll(mapping.entries().keySet()).filter(EFFECTS::contains);
    if (heads.size() != 1) {
      String first =
          mapping.entries().isEmpty() ? "" : mapping.entries().keySet().iterator().next();
      reading.problem(
          node,
          path,
          heads.isEmpty()
              ? "unknown effect '"
                  + first
                  + "'"
                  + Problem.didYouMean(first, EFFECTS)
                  + "; an effect is one of "
                  + WORDS.appendAll(EFFECTS).mkString(", ")
              : "one effect per item, this one has "
                  + heads.mkString(" and ")
                  + "; give each its own item");
      return null;
    }
    String head = heads.head();
    return switch (head) {
      case "add" -> {
        Fields fields = reading.fields(node, path, "add", "by", "fromAttribute");
        if (fields == null) {
          yield null;
        }
        String fact = fields.text("add");
        if (!eitherOr(reading, fields, "add", "by", "a number")) {
          yield null;
        }
        if (fields.has("by")) {
          BigDecimal by =
              reading.number(java.util.Objects.requireNonNull(fields.get("by")), fields.path("by"));
          yield fact == null || by == null ? null : Effect.add(fact, by);
        }
        String attribute = fields.text("fromAttribute");
        yield fact == null || attribute == null ? null : Effect.addAttribute(fact, attribute);
      }
      case "set" -> {
        Fields fields = reading.fields(node, path, "set", "to", "fromAttribute");
        if (fields == null) {
          yield null;
        }
        String fact = fields.text("set");
        if (!eitherOr(reading, fields, "set", "to", "a value")) {
          yield null;
        }
        if (fields.has("to")) {
          Node to = java.util.Objects.requireNonNull(fields.get("to"));
          Object value =
              value(
                  reading,
                  to,
                  fields.path("to"),
                  false,
                  fact == null ? null : kinds.of("fact", fact));
          yield fact == null || value == null ? null : Effect.set(fact, value);
        }
        String attribute = fields.text("fromAttribute");
        yield fact == null || attribute == null ? null : Effect.setFromAttribute(fact, attribute);
      }
      case "status" -> {
        Fields fields = reading.fields(node, path, "status");
        CustomerStatus status =
            fields == null
                ? null
                : reading.choice(
                    java.util.Objects.requireNonNull(fields.get("status")),
                    fields.path("status"),
                    CustomerStatus.values(),
                    CustomerStatus::id);
        yield status == null ? null : Effect.status(status);
      }
      default -> {
        Fields fields = reading.fields(node, path, head);
        String id = fields == null ? null : fields.text(head);
        if (id == null) {
          yield null;
        }
        yield switch (head) {
          case "moveTo" -> Effect.moveTo(id);
          case "recordCriterion" -> Effect.recordCriterion(id);
          case "send" -> Effect.send(id);
          case "sendRegardless" -> Effect.sendRegardless(id);
          case "forget" -> Effect.forget(id);
          case "record" -> Effect.record(id);
          default -> Effect.reset(id);
        };
      }
    };
  }
}
