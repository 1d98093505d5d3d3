package io.github.journeykit.definition;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.AttributeKind;
import io.github.journeykit.model.Audience;
import io.github.journeykit.model.BlueprintLayer;
import io.github.journeykit.model.BuyingCentreRole;
import io.github.journeykit.model.Cadence;
import io.github.journeykit.model.Change;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.MapKind;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Migration;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Persona;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.QuestionnaireResponse;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A journey as data: its parameters, stages, transitions, criteria, personas, touchpoints,
 * channels, 5W messages, event types and facts, written as a mapping and read back with every
 * mistake located. Optional parts that hold their default (an empty list, no value, false) are left
 * out when written. The parameters read are the reading's ({@link Reading#parameters()}), not yet
 * the journey's: the journey read is built without them, and {@link Definitions} adds them once the
 * rules are read, with where each is named.
 */
final class JourneyFormat {

  private static final String[] JOURNEY_KEYS = {
    "id",
    "name",
    "version",
    "description",
    "kind",
    "parameters",
    "stages",
    "transitions",
    "criteria",
    "personas",
    "channels",
    "touchpoints",
    "messages",
    "events",
    "facts",
    "migrations"
  };

  private JourneyFormat() {}

  // ---- writing

  static ObjectNode journey(Journey journey) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("id", journey.id());
    node.put("name", journey.name());
    MigrationFormat.version(node, journey);
    if (!journey.description().isEmpty()) {
      node.put("description", journey.description());
    }
    if (journey.kind() != MapKind.CURRENT_STATE) {
      node.put("kind", journey.kind().id());
    }
    list(node, "parameters", journey.parameters(), ParameterFormat::parameter);
    ArrayNode stages = node.putArray("stages");
    journey.stages().forEach(stage -> stages.add(stage(stage)));
    list(node, "transitions", journey.transitions(), JourneyFormat::transition);
    list(node, "criteria", journey.criteria(), JourneyFormat::criterion);
    list(node, "personas", journey.personas(), JourneyFormat::persona);
    list(node, "channels", declaredChannels(journey), JourneyFormat::channel);
    list(node, "touchpoints", journey.touchpoints(), JourneyFormat::touchpoint);
    list(node, "messages", journey.messages(), JourneyFormat::message);
    list(node, "events", journey.eventTypes(), JourneyFormat::eventType);
    // every journey keeps the purchases counter first; the facts after it are the declared ones
    list(node, "facts", journey.facts().tail(), JourneyFormat::fact);
    MigrationFormat.migrations(node, journey);
    return node;
  }

  private static <T> void list(
      ObjectNode node, String key, Seq<T> values, Function<T, ObjectNode> write) {
    if (!values.isEmpty()) {
      ArrayNode list = node.putArray(key);
      values.forEach(value -> list.add(write.apply(value)));
    }
  }

  private static void texts(ObjectNode node, String key, Seq<String> texts) {
    if (!texts.isEmpty()) {
      ArrayNode list = node.putArray(key);
      texts.forEach(list::add);
    }
  }

  /**
   * The channels a definition declares: every channel the journey names (its touchpoints', its
   * messages', its personas' preferred ones) that is not one of {@link Channel#wellKnown()} as it
   * is; a well-known one is named by its id alone.
   */
  private static Seq<Channel> declaredChannels(Journey journey) {
    return journey
        .channels()
        .appendAll(journey.personas().flatMap(Persona::preferredChannels))
        .distinct()
        .filter(channel -> !Channel.wellKnown().contains(channel));
  }

  private static ObjectNode stage(Stage stage) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("id", stage.id());
    node.put("name", stage.name());
    stage.keyTask().forEach(task -> node.put("keyTask", task));
    texts(node, "goals", stage.goals());
    texts(node, "kpis", stage.kpis());
    if (!stage.plannedResponses().isEmpty()) {
      ObjectNode responses = node.putObject("plannedResponses");
      stage.plannedResponses().forEach((outcome, text) -> responses.put(outcome.id(), text));
    }
    texts(node, "onEntry", stage.onEntry());
    if (stage.isFinal()) {
      node.put("final", true);
    }
    return node;
  }

  private static ObjectNode transition(Transition transition) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("from", transition.from());
    node.put("to", transition.to());
    node.put("kind", transition.kind().id());
    if (!transition.description().isEmpty()) {
      node.put("description", transition.description());
    }
    return node;
  }

  private static ObjectNode criterion(Criterion criterion) {
    return Values.NODES.objectNode().put("id", criterion.id()).put("name", criterion.name());
  }

  private static ObjectNode channel(Channel channel) {
    return Values.NODES
        .objectNode()
        .put("id", channel.id())
        .put("name", channel.name())
        .put("online", channel.online());
  }

  private static ObjectNode persona(Persona persona) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("id", persona.id());
    node.put("name", persona.name());
    texts(node, "demographics", persona.demographics());
    texts(node, "psychographics", persona.psychographics());
    texts(node, "goals", persona.goals());
    texts(node, "needs", persona.needs());
    texts(node, "painPointsAndFears", persona.painPointsAndFears());
    texts(node, "rationalMotives", persona.rationalMotives());
    texts(node, "irrationalMotives", persona.irrationalMotives());
    texts(node, "preferredChannels", persona.preferredChannels().map(Channel::id));
    persona.buyingCentreRole().forEach(role -> node.put("buyingCentreRole", role.id()));
    persona
        .relativeImportance()
        .forEach(importance -> node.put("relativeImportance", BigDecimal.valueOf(importance)));
    persona.agreement().forEach(criterion -> node.put("agreement", criterion));
    list(node, "research", persona.research(), JourneyFormat::research);
    return node;
  }

  private static ObjectNode research(QuestionnaireResponse response) {
    ObjectNode node = Values.NODES.objectNode();
    response.howDidYouHearAboutUs().forEach(text -> node.put("howDidYouHearAboutUs", text));
    response.whatCaughtYourAttention().forEach(text -> node.put("whatCaughtYourAttention", text));
    response.goals().forEach(text -> node.put("goals", text));
    response.timeOnSite().forEach(text -> node.put("timeOnSite", text));
    response.whatDecidedThePurchase().forEach(text -> node.put("whatDecidedThePurchase", text));
    response.whyLeftWithoutBuying().forEach(text -> node.put("whyLeftWithoutBuying", text));
    response.easeOfNavigation().forEach(score -> node.put("easeOfNavigation", score));
    response.usefulnessOfSupport().forEach(score -> node.put("usefulnessOfSupport", score));
    response.whatElseCanWeDo().forEach(text -> node.put("whatElseCanWeDo", text));
    return node;
  }

  private static ObjectNode touchpoint(Touchpoint touchpoint) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("id", touchpoint.id());
    node.put("name", touchpoint.name());
    node.put("channel", touchpoint.channel().id());
    texts(node, "stages", touchpoint.stages());
    if (touchpoint.online() != touchpoint.channel().online()) {
      node.put("online", touchpoint.online());
    }
    touchpoint.owner().forEach(owner -> node.put("owner", owner));
    texts(node, "customerActions", touchpoint.customerActions());
    texts(node, "thoughtsAndFeelings", touchpoint.thoughtsAndFeelings());
    touchpoint.emotion().forEach(emotion -> node.put("emotion", emotion));
    texts(node, "painPoints", touchpoint.painPoints());
    list(
        node,
        "changes",
        touchpoint.changes(),
        change ->
            Values.NODES
                .objectNode()
                .put("what", change.what())
                .put("how", change.how())
                .put("why", change.why()));
    if (!touchpoint.blueprint().isEmpty()) {
      ObjectNode layers = node.putObject("blueprint");
      touchpoint
          .blueprint()
          .forEach(
              (layer, texts) -> {
                ArrayNode list = layers.putArray(Values.lower(layer));
                texts.forEach(list::add);
              });
    }
    return node;
  }

  private static ObjectNode message(Message message) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("id", message.id());
    node.put("stage", message.stage());
    message
        .who()
        .forEach(
            who -> {
              ObjectNode audience = node.putObject("who");
              audience.put("description", who.description());
              who.persona().forEach(persona -> audience.put("persona", persona));
              who.role().forEach(role -> audience.put("role", role.id()));
            });
    message.what().forEach(what -> node.put("what", what));
    message.where().forEach(where -> node.put("where", where.id()));
    message.why().forEach(why -> node.put("why", why));
    message
        .when()
        .forEach(
            when -> {
              ObjectNode timing = node.putObject("when");
              timing.put("trigger", when.trigger());
              if (!when.delay().isZero()) {
                timing.put("delay", Values.duration(when.delay()));
              }
              when.timeOfDay().forEach(time -> timing.put("timeOfDay", time.toString()));
            });
    message
        .cadence()
        .forEach(
            cadence -> {
              ObjectNode each = node.putObject("cadence");
              cadence.period().forEach(period -> each.put("period", Values.duration(period)));
              cadence.times().forEach(times -> each.put("times", times));
            });
    return node;
  }

  private static ObjectNode eventType(EventType type) {
    ObjectNode node = Values.NODES.objectNode();
    if (type.isStandard()) {
      return node.put("standard", type.id());
    }
    node.put("id", type.id());
    node.put("description", type.description());
    list(node, "attributes", type.attributes(), JourneyFormat::attribute);
    return node;
  }

  private static ObjectNode attribute(Attribute attribute) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("name", attribute.name());
    node.put("kind", attribute.kind().id());
    texts(node, "choices", attribute.choices());
    if (attribute.isRequired()) {
      node.put("required", true);
    }
    if (!attribute.description().isEmpty()) {
      node.put("description", attribute.description());
    }
    return node;
  }

  private static ObjectNode fact(Fact fact) {
    ObjectNode node = Values.NODES.objectNode();
    if (fact instanceof Fact.Counter counter) {
      return node.put("counter", counter.id()).put("description", counter.description());
    }
    if (fact instanceof Fact.Sum sum) {
      return node.put("sum", sum.id()).put("description", sum.description());
    }
    if (fact instanceof Fact.Window window) {
      return node.put("window", window.id())
          .put("description", window.description())
          .put("within", Values.duration(window.within()))
          .put("keep", window.keep());
    }
    if (fact instanceof Fact.CustomerAttribute attribute) {
      node.set("attribute", attribute(attribute.attribute()));
      return node;
    }
    return node.put("lastSeen", ((Fact.LastSeen) fact).eventType());
  }

  // ---- reading

  /** Reads a journey; null when a part of it could not be read (the problems say why). */
  static @Nullable Journey journey(Reading reading, Node node, String path, Registry where) {
    Fields fields = reading.fields(node, path, JOURNEY_KEYS);
    if (fields == null) {
      return null;
    }
    int failed = reading.problems().size();
    String id = fields.text("id");
    String name = fields.text("name");
    Integer version = MigrationFormat.version(reading, fields);
    String description = fields.text("description", "");
    Node kindNode = fields.get("kind");
    MapKind kind =
        kindNode == null
            ? MapKind.CURRENT_STATE
            : reading.choice(kindNode, fields.path("kind"), MapKind.values(), MapKind::id);
    where.put("journey '" + id + "'", fields.mapping(), fields.path());
    // first, so that the parts after them can name them; the journey gets them once the rules are
    // read too, with where each is named
    items(reading, fields, "parameters", where, "parameter", ParameterFormat::parameter);
    reading.parameters().reportUnknownSettings(reading, fields);
    Seq<Channel> channels =
        items(reading, fields, "channels", where, "channel", JourneyFormat::channel);
    Channels known = new Channels(channels);
    Seq<Stage> stages = items(reading, fields, "stages", where, "stage", JourneyFormat::stage);
    if (!fields.has("stages")) {
      reading.problem(fields.mapping(), path, "missing 'stages'");
    }
    Seq<Transition> transitions =
        items(reading, fields, "transitions", where, "transition", JourneyFormat::transition);
    Seq<Criterion> criteria =
        items(reading, fields, "criteria", where, "criterion", JourneyFormat::criterion);
    Seq<Persona> personas =
        items(reading, fields, "personas", where, "persona", (r, n, p) -> persona(r, n, p, known));
    Seq<Touchpoint> touchpoints =
        items(
            reading,
            fields,
            "touchpoints",
            where,
            "touchpoint",
            (r, n, p) -> touchpoint(r, n, p, known));
    Seq<Message> messages =
        items(reading, fields, "messages", where, "message", (r, n, p) -> message(r, n, p, known));
    Seq<EventType> events =
        items(reading, fields, "events", where, "event type", JourneyFormat::eventType);
    Seq<Fact> facts = items(reading, fields, "facts", where, "fact", JourneyFormat::fact);
    Seq<Migration> migrations = MigrationFormat.migrations(reading, fields, where);
    unnamedChannels(
        reading,
        fields,
        touchpoints
            .map(touchpoint -> touchpoint.channel().id())
            .appendAll(messages.flatMap(message -> message.where().map(Channel::id)))
            .appendAll(personas.flatMap(Persona::preferredChannels).map(Channel::id)));
    if (reading.problems().size() > failed
        || id == null
        || name == null
        || version == null
        || description == null
        || kind == null) {
      return null;
    }
    Journey.Builder builder =
        Journey.builder(id, name)
            .description(description)
            .version(version)
            .kind(kind)
            .stages(stages)
            .transitions(transitions)
            .events(events);
    criteria.forEach(builder::criterion);
    personas.forEach(builder::persona);
    touchpoints.forEach(builder::touchpoint);
    messages.forEach(builder::message);
    facts.forEach(builder::fact);
    migrations.forEach(builder::migration);
    return builder
        .build()
        .fold(
            problems -> {
              problems.forEach(problem -> where.report(reading, problem));
              return null;
            },
            journey -> journey);
  }

  /**
   * Reports a channel declared twice, or declared and named by nothing: the journey would not keep
   * it, and a definition loses nothing silently.
   */
  private static void unnamedChannels(Reading reading, Fields fields, Seq<String> named) {
    Node channels = fields.get("channels");
    if (!(channels instanceof Node.Sequence sequence)) {
      return;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      Node item = sequence.items().get(i);
      String id = idOf(item);
      if (id == null) {
        continue;
      }
      String at = Reading.at(fields.path("channels"), i);
      if (!seen.add(id)) {
        reading.problem(item, at, "the channel '" + id + "' is declared twice");
      } else if (!named.contains(id)) {
        reading.problem(
            item,
            at,
            "the channel '"
                + id
                + "' is declared but no touchpoint, message or persona names it: name it, or"
                + " leave it out");
      }
    }
  }

  /** Reads one item of a list. */
  private interface ItemReader<T> {
    @Nullable T read(Reading reading, Node node, String path);
  }

  /**
   * Reads an optional list of items, registering each under the words a journey's problem uses for
   * it ({@code stage 'x'}, {@code transition #2}), so that a problem found when the journey is
   * built is located too.
   */
  private static <T> Seq<T> items(
      Reading reading,
      Fields fields,
      String key,
      Registry where,
      String words,
      ItemReader<T> read) {
    Node node = fields.get(key);
    if (node == null) {
      return List.empty();
    }
    java.util.List<Node> items = reading.list(node, fields.path(key));
    if (items == null) {
      return List.empty();
    }
    java.util.List<T> values = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String at = Reading.at(fields.path(key), i);
      Node item = items.get(i);
      where.put(words + " #" + (i + 1), item, at);
      String id = idOf(item);
      if (id != null) {
        where.put(words + " '" + id + "'", item, at);
      }
      T value = read.read(reading, item, at);
      if (value != null) {
        values.add(value);
      }
    }
    return List.ofAll(values);
  }

  /** The id an item of a list was given, if it can be seen: under "id", or a fact's kind. */
  private static @Nullable String idOf(Node item) {
    if (!(item instanceof Node.Mapping mapping)) {
      return null;
    }
    for (String key : new String[] {"id", "counter", "sum", "window", "lastSeen", "attribute"}) {
      Node.Entry entry = mapping.entries().get(key);
      if (entry != null) {
        Object value = Values.plain(entry.value());
        if (value == null && entry.value() instanceof Node.Mapping attribute) {
          Node.Entry name = attribute.entries().get("name");
          value = name == null ? null : Values.plain(name.value());
        }
        return value instanceof String id ? id : null;
      }
    }
    return null;
  }

  /**
   * Makes a value from what was read, reporting a value the model refuses (a negative delay, a
   * cadence of no sends) where it was written.
   */
  private static <T> @Nullable T made(Reading reading, Node node, String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      reading.problem(node, path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static @Nullable Channel channel(Reading reading, Node node, String path) {
    Fields fields = reading.fields(node, path, "id", "name", "online");
    if (fields == null) {
      return null;
    }
    String id = fields.text("id");
    String name = fields.text("name");
    Node onlineNode = fields.require("online");
    Boolean online = onlineNode == null ? null : reading.bool(onlineNode, fields.path("online"));
    return id == null || name == null || online == null
        ? null
        : made(reading, node, path, () -> new Channel(id, name, online));
  }

  /** The channels a definition may name: those it declares, then the well-known ones. */
  private static final class Channels {
    private final Seq<Channel> declared;

    Channels(Seq<Channel> declared) {
      this.declared = declared;
    }

    @Nullable Channel named(Reading reading, Node node, String path) {
      String id = reading.text(node, path);
      if (id == null) {
        return null;
      }
      Option<Channel> found =
          declared
              .find(channel -> channel.id().equals(id))
              .orElse(() -> Channel.wellKnown().find(channel -> channel.id().equals(id)));
      if (found.isEmpty()) {
        Seq<String> ids = declared.appendAll(Channel.wellKnown()).map(Channel::id);
        reading.problem(
            node,
            path,
            "no channel '"
                + id
                + "'"
                + Problem.didYouMean(id, ids)
                + "; declare it under 'channels', or name one of "
                + ids.mkString(", "));
        return null;
      }
      return found.get();
    }
  }

  private static @Nullable Stage stage(Reading reading, Node node, String path) {
    Fields fields =
        reading.fields(
            node,
            path,
            "id",
            "name",
            "keyTask",
            "goals",
            "kpis",
            "plannedResponses",
            "onEntry",
            "final");
    if (fields == null) {
      return null;
    }
    String id = fields.text("id");
    String name = fields.text("name");
    String keyTask = fields.text("keyTask", null);
    Seq<String> goals = fields.texts("goals");
    Seq<String> kpis = fields.texts("kpis");
    Seq<String> onEntry = fields.texts("onEntry");
    Boolean isFinal = fields.bool("final", false);
    Map<Outcome, String> responses = LinkedHashMap.empty();
    Node responsesNode = fields.get("plannedResponses");
    boolean responsesRead = true;
    if (responsesNode != null) {
      String at = fields.path("plannedResponses");
      if (responsesNode instanceof Node.Mapping mapping) {
        for (Node.Entry entry : mapping.entries().values()) {
          Node.Scalar key = new Node.Scalar(entry.key(), entry.key(), entry.line(), entry.column());
          Outcome outcome =
              reading.choice(key, Reading.at(at, entry.key()), Outcome.values(), Outcome::id);
          String text = reading.text(entry.value(), Reading.at(at, entry.key()));
          if (outcome == null || text == null) {
            responsesRead = false;
          } else {
            responses = responses.put(outcome, text);
          }
        }
      } else {
        reading.problem(
            responsesNode,
            at,
            "expected a mapping of outcomes (yes, no, dont_know) to responses, got "
                + responsesNode.kind());
        responsesRead = false;
      }
    }
    if (id == null
        || name == null
        || goals == null
        || kpis == null
        || onEntry == null
        || isFinal == null
        || !responsesRead) {
      return null;
    }
    Map<Outcome, String> planned = responses;
    return made(
        reading,
        node,
        path,
        () ->
            Stage.builder()
                .id(id)
                .name(name)
                .keyTask(Option.of(keyTask))
                .goals(goals)
                .kpis(kpis)
                .plannedResponses(planned)
                .onEntry(onEntry)
                .isFinal(isFinal)
                .build());
  }

  private static @Nullable Transition transition(Reading reading, Node node, String path) {
    Fields fields = reading.fields(node, path, "from", "to", "kind", "description");
    if (fields == null) {
      return null;
    }
    String from = fields.text("from");
    String to = fields.text("to");
    Node kindNode = fields.require("kind");
    Transition.Kind kind =
        kindNode == null
            ? null
            : reading.choice(
                kindNode, fields.path("kind"), Transition.Kind.values(), Transition.Kind::id);
    String description = fields.text("description", "");
    return from == null || to == null || kind == null || description == null
        ? null
        : made(reading, node, path, () -> new Transition(from, to, kind, description));
  }

  private static @Nullable Criterion criterion(Reading reading, Node node, String path) {
    Fields fields = reading.fields(node, path, "id", "name");
    if (fields == null) {
      return null;
    }
    String id = fields.text("id");
    String name = fields.text("name");
    return id == null || name == null
        ? null
        : made(reading, node, path, () -> new Criterion(id, name));
  }

  private static @Nullable Persona persona(
      Reading reading, Node node, String path, Channels channels) {
    Fields fields =
        reading.fields(
            node,
            path,
            "id",
            "name",
            "demographics",
            "psychographics",
            "goals",
            "needs",
            "painPointsAndFears",
            "rationalMotives",
            "irrationalMotives",
            "preferredChannels",
            "buyingCentreRole",
            "relativeImportance",
            "agreement",
            "research");
    if (fields == null) {
      return null;
    }
    int before = reading.problems().size();
    String id = fields.text("id");
    String name = fields.text("name");
    Seq<String> demographics = fields.texts("demographics");
    Seq<String> psychographics = fields.texts("psychographics");
    Seq<String> goals = fields.texts("goals");
    Seq<String> needs = fields.texts("needs");
    Seq<String> fears = fields.texts("painPointsAndFears");
    Seq<String> rational = fields.texts("rationalMotives");
    Seq<String> irrational = fields.texts("irrationalMotives");
    java.util.List<Channel> preferred = new ArrayList<>();
    Node preferredNode = fields.get("preferredChannels");
    if (preferredNode != null) {
      java.util.List<Node> items = reading.list(preferredNode, fields.path("preferredChannels"));
      for (int i = 0; items != null && i < items.size(); i++) {
        Channel channel =
            channels.named(reading, items.get(i), Reading.at(fields.path("preferredChannels"), i));
        if (channel != null) {
          preferred.add(channel);
        }
      }
    }
    Node roleNode = fields.get("buyingCentreRole");
    BuyingCentreRole role =
        roleNode == null
            ? null
            : reading.choice(
                roleNode,
                fields.path("buyingCentreRole"),
                BuyingCentreRole.values(),
                BuyingCentreRole::id);
    Node importanceNode = fields.get("relativeImportance");
    BigDecimal importance =
        importanceNode == null
            ? null
            : reading.number(importanceNode, fields.path("relativeImportance"));
    String agreement = fields.text("agreement", null);
    Seq<QuestionnaireResponse> research = List.empty();
    Node researchNode = fields.get("research");
    if (researchNode != null) {
      java.util.List<Node> items = reading.list(researchNode, fields.path("research"));
      java.util.List<QuestionnaireResponse> responses = new ArrayList<>();
      for (int i = 0; items != null && i < items.size(); i++) {
        QuestionnaireResponse response =
            research(reading, items.get(i), Reading.at(fields.path("research"), i));
        if (response != null) {
          responses.add(response);
        }
      }
      research = List.ofAll(responses);
    }
    if (reading.problems().size() > before
        || id == null
        || name == null
        || demographics == null
        || psychographics == null
        || goals == null
        || needs == null
        || fears == null
        || rational == null
        || irrational == null) {
      return null;
    }
    Seq<QuestionnaireResponse> responses = research;
    return made(
        reading,
        node,
        path,
        () ->
            Persona.builder()
                .id(id)
                .name(name)
                .demographics(demographics)
                .psychographics(psychographics)
                .goals(goals)
                .needs(needs)
                .painPointsAndFears(fears)
                .rationalMotives(rational)
                .irrationalMotives(irrational)
                .preferredChannels(List.ofAll(preferred))
                .buyingCentreRole(Option.of(role))
                .relativeImportance(Option.of(importance).map(BigDecimal::doubleValue))
                .agreement(Option.of(agreement))
                .research(responses)
                .build());
  }

  private static @Nullable QuestionnaireResponse research(Reading reading, Node node, String path) {
    Fields fields =
        reading.fields(
            node,
            path,
            "howDidYouHearAboutUs",
            "whatCaughtYourAttention",
            "goals",
            "timeOnSite",
            "whatDecidedThePurchase",
            "whyLeftWithoutBuying",
            "easeOfNavigation",
            "usefulnessOfSupport",
            "whatElseCanWeDo");
    if (fields == null) {
      return null;
    }
    int before = reading.problems().size();
    Option<Integer> ease = score(reading, fields, "easeOfNavigation");
    Option<Integer> support = score(reading, fields, "usefulnessOfSupport");
    QuestionnaireResponse.Builder builder =
        QuestionnaireResponse.builder()
            .howDidYouHearAboutUs(Option.of(fields.text("howDidYouHearAboutUs", null)))
            .whatCaughtYourAttention(Option.of(fields.text("whatCaughtYourAttention", null)))
            .goals(Option.of(fields.text("goals", null)))
            .timeOnSite(Option.of(fields.text("timeOnSite", null)))
            .whatDecidedThePurchase(Option.of(fields.text("whatDecidedThePurchase", null)))
            .whyLeftWithoutBuying(Option.of(fields.text("whyLeftWithoutBuying", null)))
            .easeOfNavigation(ease)
            .usefulnessOfSupport(support)
            .whatElseCanWeDo(Option.of(fields.text("whatElseCanWeDo", null)));
    return reading.problems().size() > before ? null : made(reading, node, path, builder::build);
  }

  private static Option<Integer> score(Reading reading, Fields fields, String key) {
    Node node = fields.get(key);
    return node == null
        ? Option.none()
        : Option.of(reading.wholeNumber(node, fields.path(key), Integer.MIN_VALUE));
  }

  private static @Nullable Touchpoint touchpoint(
      Reading reading, Node node, String path, Channels channels) {
    Fields fields =
        reading.fields(
            node,
            path,
            "id",
            "name",
            "channel",
            "stages",
            "online",
            "owner",
            "customerActions",
            "thoughtsAndFeelings",
            "emotion",
            "painPoints",
            "changes",
            "blueprint");
    if (fields == null) {
      return null;
    }
    int before = reading.problems().size();
    String id = fields.text("id");
    String name = fields.text("name");
    Node channelNode = fields.require("channel");
    Channel channel =
        channelNode == null ? null : channels.named(reading, channelNode, fields.path("channel"));
    Seq<String> stages = fields.texts("stages");
    Node onlineNode = fields.get("online");
    Boolean online = onlineNode == null ? null : reading.bool(onlineNode, fields.path("online"));
    String owner = fields.text("owner", null);
    Seq<String> actions = fields.texts("customerActions");
    Seq<String> thoughts = fields.texts("thoughtsAndFeelings");
    Node emotionNode = fields.get("emotion");
    Integer emotion =
        emotionNode == null
            ? null
            : reading.wholeNumber(emotionNode, fields.path("emotion"), Integer.MIN_VALUE);
    Seq<String> pains = fields.texts("painPoints");
    java.util.List<Change> changes = new ArrayList<>();
    Node changesNode = fields.get("changes");
    if (changesNode != null) {
      java.util.List<Node> items = reading.list(changesNode, fields.path("changes"));
      for (int i = 0; items != null && i < items.size(); i++) {
        String at = Reading.at(fields.path("changes"), i);
        Fields change = reading.fields(items.get(i), at, "what", "how", "why");
        if (change != null) {
          String what = change.text("what");
          String how = change.text("how");
          String why = change.text("why");
          if (what != null && how != null && why != null) {
            Change made = made(reading, items.get(i), at, () -> new Change(what, how, why));
            if (made != null) {
              changes.add(made);
            }
          }
        }
      }
    }
    Map<BlueprintLayer, Seq<String>> blueprint = LinkedHashMap.empty();
    Node blueprintNode = fields.get("blueprint");
    if (blueprintNode != null) {
      String at = fields.path("blueprint");
      if (blueprintNode instanceof Node.Mapping mapping) {
        for (Node.Entry entry : mapping.entries().values()) {
          Node.Scalar key = new Node.Scalar(entry.key(), entry.key(), entry.line(), entry.column());
          BlueprintLayer layer =
              reading.choice(
                  key, Reading.at(at, entry.key()), BlueprintLayer.values(), Values::lower);
          Seq<String> texts = reading.texts(entry.value(), Reading.at(at, entry.key()));
          if (layer != null && texts != null) {
            blueprint = blueprint.put(layer, texts);
          }
        }
      } else {
        reading.problem(
            blueprintNode,
            at,
            "expected a mapping of layers (people, policies, technology) to lists, got "
                + blueprintNode.kind());
      }
    }
    if (reading.problems().size() > before
        || id == null
        || name == null
        || channel == null
        || stages == null
        || actions == null
        || thoughts == null
        || pains == null) {
      return null;
    }
    Map<BlueprintLayer, Seq<String>> layers = blueprint;
    return made(
        reading,
        node,
        path,
        () -> {
          Touchpoint.Builder builder =
              Touchpoint.builder()
                  .id(id)
                  .name(name)
                  .channel(channel)
                  .stages(stages)
                  .owner(Option.of(owner))
                  .customerActions(actions)
                  .thoughtsAndFeelings(thoughts)
                  .emotion(Option.of(emotion))
                  .painPoints(pains)
                  .changes(List.ofAll(changes))
                  .blueprint(layers);
          if (online != null) {
            builder.online(online);
          }
          return builder.build();
        });
  }

  private static @Nullable Message message(
      Reading reading, Node node, String path, Channels channels) {
    Fields fields =
        reading.fields(node, path, "id", "stage", "who", "what", "where", "why", "when", "cadence");
    if (fields == null) {
      return null;
    }
    int before = reading.problems().size();
    String id = fields.text("id");
    String stage = fields.text("stage");
    Audience who = null;
    Node whoNode = fields.get("who");
    if (whoNode != null) {
      Fields audience =
          reading.fields(whoNode, fields.path("who"), "description", "persona", "role");
      if (audience != null) {
        String description = audience.text("description");
        String persona = audience.text("persona", null);
        Node roleNode = audience.get("role");
        BuyingCentreRole role =
            roleNode == null
                ? null
                : reading.choice(
                    roleNode,
                    audience.path("role"),
                    BuyingCentreRole.values(),
                    BuyingCentreRole::id);
        if (description != null) {
          who =
              made(
                  reading,
                  whoNode,
                  fields.path("who"),
                  () -> new Audience(description, Option.of(persona), Option.of(role)));
        }
      }
    }
    String what = fields.text("what", null);
    Node whereNode = fields.get("where");
    Channel where =
        whereNode == null ? null : channels.named(reading, whereNode, fields.path("where"));
    String why = fields.text("why", null);
    Timing when = null;
    Node whenNode = fields.get("when");
    if (whenNode != null) {
      Fields timing =
          reading.fields(whenNode, fields.path("when"), "trigger", "delay", "timeOfDay");
      if (timing != null) {
        String trigger = timing.text("trigger");
        Node delayNode = timing.get("delay");
        Duration delay =
            delayNode == null ? Duration.ZERO : reading.duration(delayNode, timing.path("delay"));
        Node timeNode = timing.get("timeOfDay");
        LocalTime time =
            timeNode == null ? null : reading.timeOfDay(timeNode, timing.path("timeOfDay"));
        if (trigger != null && delay != null && (timeNode == null || time != null)) {
          when =
              made(
                  reading,
                  whenNode,
                  fields.path("when"),
                  () -> new Timing(trigger, delay, Option.of(time)));
        }
      }
    }
    Cadence cadence = null;
    Node cadenceNode = fields.get("cadence");
    if (cadenceNode != null) {
      Fields each = reading.fields(cadenceNode, fields.path("cadence"), "period", "times");
      if (each != null) {
        Node periodNode = each.get("period");
        Duration period =
            periodNode == null ? null : reading.duration(periodNode, each.path("period"));
        Node timesNode = each.get("times");
        Integer times =
            timesNode == null ? null : reading.wholeNumber(timesNode, each.path("times"), 1);
        if (periodNode == null && timesNode == null) {
          reading.problem(
              cadenceNode,
              fields.path("cadence"),
              "a cadence needs 'period' (at most once per), 'times' (at most so many sends), or both");
        } else {
          cadence =
              made(
                  reading,
                  cadenceNode,
                  fields.path("cadence"),
                  () -> new Cadence(Option.of(period), Option.of(times)));
        }
      }
    }
    if (reading.problems().size() > before || id == null || stage == null) {
      return null;
    }
    Audience audience = who;
    Timing timing = when;
    Cadence often = cadence;
    return made(
        reading,
        node,
        path,
        () ->
            Message.builder()
                .id(id)
                .stage(stage)
                .who(Option.of(audience))
                .what(Option.of(what))
                .where(Option.of(where))
                .why(Option.of(why))
                .when(Option.of(timing))
                .cadence(Option.of(often))
                .build());
  }

  private static @Nullable EventType eventType(Reading reading, Node node, String path) {
    if (node instanceof Node.Mapping mapping && mapping.entries().containsKey("standard")) {
      Fields fields = reading.fields(node, path, "standard");
      if (fields == null) {
        return null;
      }
      String id = fields.text("standard");
      if (id == null) {
        return null;
      }
      Option<EventType> standard = EventType.standard(id);
      if (standard.isEmpty()) {
        Seq<String> ids = EventType.standard().map(EventType::id);
        reading.problem(
            Objects.requireNonNull(fields.get("standard")),
            fields.path("standard"),
            "no standard event type '"
                + id
                + "'"
                + Problem.didYouMean(id, ids)
                + "; one of "
                + ids.mkString(", "));
        return null;
      }
      return standard.get();
    }
    Fields fields = reading.fields(node, path, "id", "description", "attributes", "standard");
    if (fields == null) {
      return null;
    }
    int before = reading.problems().size();
    String id = fields.text("id");
    String description = fields.text("description");
    java.util.List<Attribute> attributes = new ArrayList<>();
    Node attributesNode = fields.get("attributes");
    if (attributesNode != null) {
      java.util.List<Node> items = reading.list(attributesNode, fields.path("attributes"));
      for (int i = 0; items != null && i < items.size(); i++) {
        Attribute attribute =
            attribute(reading, items.get(i), Reading.at(fields.path("attributes"), i));
        if (attribute != null) {
          attributes.add(attribute);
        }
      }
    }
    if (reading.problems().size() > before || id == null || description == null) {
      return null;
    }
    return made(
        reading,
        node,
        path,
        () -> EventType.of(id, description, attributes.toArray(Attribute[]::new)));
  }

  private static @Nullable Attribute attribute(Reading reading, Node node, String path) {
    Fields fields =
        reading.fields(node, path, "name", "kind", "choices", "required", "description");
    if (fields == null) {
      return null;
    }
    String name = fields.text("name");
    Node kindNode = fields.require("kind");
    AttributeKind kind =
        kindNode == null
            ? null
            : reading.choice(
                kindNode, fields.path("kind"), AttributeKind.values(), AttributeKind::id);
    Seq<String> choices = fields.texts("choices");
    Boolean required = fields.bool("required", false);
    String description = fields.text("description", "");
    if (name == null
        || kind == null
        || choices == null
        || required == null
        || description == null) {
      return null;
    }
    return made(
        reading, node, path, () -> new Attribute(name, kind, choices, required, description));
  }

  private static @Nullable Fact fact(Reading reading, Node node, String path) {
    List<String> kinds = List.of("counter", "sum", "window", "attribute", "lastSeen");
    if (!(node instanceof Node.Mapping mapping)) {
      reading.problem(
          node,
          path,
          "expected a fact, a mapping with one of "
              + kinds.mkString(", ")
              + "; got "
              + node.kind());
      return null;
    }
    List<String> heads = List.ofAll(mapping.entries().keySet()).filter(kinds::contains);
    if (heads.size() != 1) {
      reading.problem(
          node,
          path,
          heads.isEmpty()
              ? "a fact is one of " + kinds.mkString(", ") + ", e.g. 'counter: logins'"
              : "one fact per item, this one has " + heads.mkString(" and "));
      return null;
    }
    return switch (heads.head()) {
      case "counter", "sum" -> {
        Fields fields = reading.fields(node, path, heads.head(), "description");
        if (fields == null) {
          yield null;
        }
        String id = fields.text(heads.head());
        String description = fields.text("description", "");
        yield id == null || description == null
            ? null
            : made(
                reading,
                node,
                path,
                () ->
                    heads.head().equals("counter")
                        ? Fact.counter(id, description)
                        : Fact.sum(id, description));
      }
      case "window" -> {
        Fields fields = reading.fields(node, path, "window", "description", "within", "keep");
        if (fields == null) {
          yield null;
        }
        String id = fields.text("window");
        String description = fields.text("description", "");
        Node withinNode = fields.require("within");
        Duration within =
            withinNode == null ? null : reading.duration(withinNode, fields.path("within"));
        Node keepNode = fields.require("keep");
        Integer keep =
            keepNode == null ? null : reading.wholeNumber(keepNode, fields.path("keep"), 1);
        yield id == null || description == null || within == null || keep == null
            ? null
            : made(reading, node, path, () -> Fact.window(id, description, within, keep));
      }
      case "attribute" -> {
        Fields fields = reading.fields(node, path, "attribute");
        Attribute attribute =
            fields == null
                ? null
                : attribute(
                    reading,
                    Objects.requireNonNull(fields.get("attribute")),
                    fields.path("attribute"));
        yield attribute == null ? null : made(reading, node, path, () -> Fact.attribute(attribute));
      }
      default -> {
        Fields fields = reading.fields(node, path, "lastSeen");
        String type = fields == null ? null : fields.text("lastSeen");
        yield type == null ? null : made(reading, node, path, () -> Fact.lastSeen(type));
      }
    };
  }
}
