package io.github.journeykit.definition;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.AttributeKind;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Enrolment;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.MessageHistory;
import io.github.journeykit.model.Migration;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Problem;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Explanation;
import io.github.journeykit.rules.MessageToSend;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values a CRM stores and sends, as JSON: {@link Position}s for its database, {@link Event}s,
 * {@link Decision}s and {@link MessageToSend messages to send} for its message queues. Each value
 * is written on one line, so a file of them is JSON Lines; each is read back with every mistake
 * located, like a definition, and a value read back equals the value written.
 *
 * <pre>{@code
 * JourneyJson json = JourneyJson.of(engine.journey());
 * String stored = json.write(decision.after());         // into the CRM's table
 * Position position = json.readPosition(stored, "positions row 42").get();
 * }</pre>
 *
 * <h2>The format, version 1</h2>
 *
 * <p>Every value written on its own carries {@code "format": 1}; a reader of format 1 refuses a
 * newer one with a reason. Instants are texts in UTC ({@code 2026-03-02T09:00:00Z}), ids are the
 * journey's. Parts that hold their default (no criteria, no facts, no messages, no touchpoint) are
 * left out.
 *
 * <table>
 *   <caption>The values and their keys</caption>
 *   <tr><th>value</th><th>keys</th></tr>
 *   <tr><td>position</td><td>{@code customer}, {@code journey}, {@code version} (of the journey
 *   that decided it), {@code since} (enrolled), {@code stage}, {@code status} ({@code active},
 *   {@code grey}, {@code blue}), {@code enteredStageAt}, {@code lastActiveAt}, {@code criteria}
 *   (the ids met, sorted), {@code facts} (the declared facts that are not at their start, by id: a
 *   counter a whole number, a sum a decimal number, a window the list of its instants, oldest
 *   first, an attribute its value, a last-seen instant an instant), {@code messages} (by message id:
 *   {@code timesSent}, {@code lastSent}, {@code lastOpened})</td></tr>
 *   <tr><td>event</td><td>{@code type} (the id of one of the journey's event types, or of a
 *   standard one), {@code at}, {@code attributes} (by name: a whole number or an amount a number,
 *   true or false, anything else a text), {@code touchpoint}, {@code channel}; what the event names
 *   (a criterion, a touchpoint, a channel) is checked by the engine, which rejects it with a
 *   reason, so a stored rejected decision keeps the very event it rejected</td></tr>
 *   <tr><td>message to send</td><td>{@code customer}, {@code message} (its id), {@code sendAt},
 *   {@code rule}</td></tr>
 *   <tr><td>decision</td><td>{@code before} and {@code after} (positions), {@code event}, {@code
 *   messages} (messages to send), {@code nextCheck}, {@code rejection} (why the event was not
 *   decided), {@code explanation} (the explanation of an explained decision as text, for people;
 *   not read back)</td></tr>
 * </table>
 *
 * <p><b>Versions.</b> A position of an older version of the journey is carried over as it is read,
 * through the journey's {@link Journey#migrations() migrations}, as {@link Journey#migrate} would:
 * its ids are mapped, what the newer version no longer has (or a value that no longer fits its
 * fact's declaration) is dropped, and a position that cannot be carried is a problem that says why.
 * A position of a newer version is refused.
 *
 * <p>The ids read are the journey's own strings, so the engine finds stages, facts and messages by
 * identity, as fast as for positions it made itself.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class JourneyJson {

  /** The version of the format this class writes and reads. */
  public static final int FORMAT = 1;

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private final Journey journey;
  private final Map<String, String> ids;

  private JourneyJson(Journey journey) {
    this.journey = journey;
    Seq<String> all =
        journey
            .stages()
            .map(stage -> stage.id())
            .appendAll(journey.criteria().map(criterion -> criterion.id()))
            .appendAll(journey.facts().map(Fact::id))
            .appendAll(journey.messages().map(Message::id))
            .append(journey.id());
    this.ids = HashMap.ofEntries(all.map(id -> io.vavr.Tuple.of(id, id)));
  }

  /**
   * Returns the JSON of the values of one journey.
   *
   * @param journey the journey the values belong to
   * @return the reader and writer
   */
  public static JourneyJson of(Journey journey) {
    return new JourneyJson(Objects.requireNonNull(journey, "journey is null"));
  }

  /**
   * Returns the journey whose values this reads and writes.
   *
   * @return the journey
   */
  public Journey journey() {
    return journey;
  }

  // ---- writing

  /**
   * Writes a position.
   *
   * @param position the position
   * @return its JSON, on one line
   */
  public String write(Position position) {
    return text(versioned(position(Objects.requireNonNull(position, "position is null"))));
  }

  /**
   * Writes an event.
   *
   * @param event the event
   * @return its JSON, on one line
   */
  public String write(Event event) {
    return text(versioned(event(Objects.requireNonNull(event, "event is null"))));
  }

  /**
   * Writes a message to send.
   *
   * @param message the message to send
   * @return its JSON, on one line
   */
  public String write(MessageToSend message) {
    return text(versioned(send(Objects.requireNonNull(message, "message is null"))));
  }

  /**
   * Writes a decision: the positions before and after, the event, the messages to send, the next
   * check and the rejection; an explained decision's explanation as text, for people.
   *
   * @param decision the decision
   * @return its JSON, on one line
   */
  public String write(Decision decision) {
    Objects.requireNonNull(decision, "decision is null");
    ObjectNode node = versioned(Values.NODES.objectNode());
    node.set("before", position(decision.before()));
    node.set("event", event(decision.event()));
    node.set("after", position(decision.after()));
    if (!decision.messages().isEmpty()) {
      ArrayNode messages = node.putArray("messages");
      decision.messages().forEach(message -> messages.add(send(message)));
    }
    decision.nextCheck().forEach(at -> node.put("nextCheck", at.toString()));
    decision.rejection().forEach(why -> node.put("rejection", why));
    if (decision.explanation().isRecorded()) {
      node.put("explanation", decision.explanation().toString());
    }
    return text(node);
  }

  private static String text(ObjectNode node) {
    return JSON.writeValueAsString(node);
  }

  private static ObjectNode versioned(ObjectNode node) {
    ObjectNode versioned = Values.NODES.objectNode();
    versioned.put("format", FORMAT);
    versioned.setAll(node);
    return versioned;
  }

  private static ObjectNode position(Position position) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("customer", position.customer());
    node.put("journey", position.journey());
    node.put("version", position.version());
    node.put("since", position.enrolment().since().toString());
    node.put("stage", position.stage());
    node.put("status", position.status().id());
    node.put("enteredStageAt", position.enteredStageAt().toString());
    node.put("lastActiveAt", position.lastActiveAt().toString());
    Facts facts = position.facts();
    if (!facts.criteria().isEmpty()) {
      ArrayNode criteria = node.putArray("criteria");
      facts.criteria().forEach(criteria::add);
    }
    ObjectNode values = Values.NODES.objectNode();
    for (int slot = 0; slot < facts.declared().size(); slot++) {
      Option<Object> value = facts.valueAt(slot);
      if (value.isDefined()) {
        values.set(facts.declared().get(slot).id(), factValue(value.get()));
      }
    }
    if (!values.isEmpty()) {
      node.set("facts", values);
    }
    if (!facts.messages().isEmpty()) {
      ObjectNode messages = node.putObject("messages");
      for (var entry : facts.messages()) {
        ObjectNode history = messages.putObject(entry._1);
        history.put("timesSent", entry._2.timesSent());
        entry._2.lastSent().forEach(at -> history.put("lastSent", at.toString()));
        entry._2.lastOpened().forEach(at -> history.put("lastOpened", at.toString()));
      }
    }
    return node;
  }

  private static tools.jackson.databind.JsonNode factValue(Object value) {
    if (value instanceof Instant[] instants) {
      ArrayNode list = Values.NODES.arrayNode();
      for (Instant instant : instants) {
        list.add(instant.toString());
      }
      return list;
    }
    return Values.scalar(value);
  }

  private static ObjectNode event(Event event) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("type", event.type().id());
    node.put("at", event.at().toString());
    Map<String, Object> attributes = event.attributes();
    if (!attributes.isEmpty()) {
      ObjectNode values = node.putObject("attributes");
      attributes.forEach((name, value) -> values.set(name, Values.scalar(value)));
    }
    event.touchpoint().forEach(id -> node.put("touchpoint", id));
    event.channel().forEach(id -> node.put("channel", id));
    return node;
  }

  private static ObjectNode send(MessageToSend send) {
    ObjectNode node = Values.NODES.objectNode();
    node.put("customer", send.customer());
    node.put("message", send.message().id());
    node.put("sendAt", send.sendAt().toString());
    node.put("rule", send.rule());
    return node;
  }

  // ---- reading

  /**
   * Reads a position of this journey, of its version or an older one that its migrations carry.
   *
   * @param json the position's JSON
   * @param source where it came from, for the problems: a file name, "positions row 42"
   * @return the position in this journey's version, or every problem, located
   */
  public Validation<Seq<DefinitionProblem>, Position> readPosition(String json, String source) {
    return read(json, source, (reading, node) -> position(reading, node, "", true));
  }

  /**
   * Reads an event of this journey.
   *
   * @param json the event's JSON
   * @param source where it came from, for the problems
   * @return the event, or every problem, located
   */
  public Validation<Seq<DefinitionProblem>, Event> readEvent(String json, String source) {
    return read(json, source, (reading, node) -> event(reading, node, "", true));
  }

  /**
   * Reads a message to send of this journey.
   *
   * @param json the message's JSON
   * @param source where it came from, for the problems
   * @return the message to send, or every problem, located
   */
  public Validation<Seq<DefinitionProblem>, MessageToSend> readMessage(String json, String source) {
    return read(json, source, (reading, node) -> send(reading, node, "", true));
  }

  /**
   * Reads a decision of this journey. An explained decision's explanation is not read back: the
   * decision read has none, unless it was a rejection, whose reason it keeps.
   *
   * @param json the decision's JSON
   * @param source where it came from, for the problems
   * @return the decision, or every problem, located
   */
  public Validation<Seq<DefinitionProblem>, Decision> readDecision(String json, String source) {
    return read(json, source, this::decision);
  }

  private <T> Validation<Seq<DefinitionProblem>, T> read(
      String json, String source, BiFunction<Reading, Node, @Nullable T> read) {
    Objects.requireNonNull(json, "json is null");
    Objects.requireNonNull(source, "source is null");
    Either<DefinitionProblem, Node> tree = Trees.read(json, Format.JSON, source);
    if (tree.isLeft()) {
      return Validation.invalid(List.of(tree.getLeft()));
    }
    Reading reading = new Reading(source);
    T value = read.apply(reading, tree.get());
    return value == null || reading.failed()
        ? Validation.invalid(reading.problems())
        : Validation.valid(value);
  }

  /** Checks the format of a value read on its own. */
  private static void format(Reading reading, Fields fields) {
    Node node = fields.require("format");
    if (node == null) {
      return;
    }
    Integer format = reading.wholeNumber(node, fields.path("format"), 1);
    if (format != null && format != FORMAT) {
      reading.problem(
          node,
          fields.path("format"),
          "format "
              + format
              + " is not format "
              + FORMAT
              + ", the one this version of Journey reads");
    }
  }

  private static String[] keys(boolean alone, String... keys) {
    if (!alone) {
      return keys;
    }
    String[] all = new String[keys.length + 1];
    all[0] = "format";
    System.arraycopy(keys, 0, all, 1, keys.length);
    return all;
  }

  private @Nullable Decision decision(Reading reading, Node node) {
    Fields fields =
        reading.fields(
            node,
            "",
            "format",
            "before",
            "event",
            "after",
            "messages",
            "nextCheck",
            "rejection",
            "explanation");
    if (fields == null) {
      return null;
    }
    format(reading, fields);
    Node beforeNode = fields.require("before");
    Position before =
        beforeNode == null ? null : position(reading, beforeNode, fields.path("before"), false);
    Node eventNode = fields.require("event");
    Event event = eventNode == null ? null : event(reading, eventNode, fields.path("event"), false);
    Node afterNode = fields.require("after");
    Position after =
        afterNode == null ? null : position(reading, afterNode, fields.path("after"), false);
    java.util.List<MessageToSend> messages = new java.util.ArrayList<>();
    Node messagesNode = fields.get("messages");
    if (messagesNode != null) {
      java.util.List<Node> items = reading.list(messagesNode, fields.path("messages"));
      for (int i = 0; items != null && i < items.size(); i++) {
        MessageToSend send =
            send(reading, items.get(i), Reading.at(fields.path("messages"), i), false);
        if (send != null) {
          messages.add(send);
        }
      }
    }
    Node nextNode = fields.get("nextCheck");
    Instant next = nextNode == null ? null : reading.instant(nextNode, fields.path("nextCheck"));
    String rejection = fields.text("rejection", null);
    fields.text("explanation", null); // for people; checked to be a text, not read back
    if (before == null || event == null || after == null || reading.failed()) {
      return null;
    }
    if (rejection != null) {
      return Decision.rejected(before, event, rejection);
    }
    return new Decision(
        before, event, after, List.ofAll(messages), Explanation.none(), Option.of(next));
  }

  private @Nullable Position position(Reading reading, Node node, String path, boolean alone) {
    Fields fields =
        reading.fields(
            node,
            path,
            keys(
                alone,
                "customer",
                "journey",
                "version",
                "since",
                "stage",
                "status",
                "enteredStageAt",
                "lastActiveAt",
                "criteria",
                "facts",
                "messages"));
    if (fields == null) {
      return null;
    }
    if (alone) {
      format(reading, fields);
    }
    int failed = reading.problems().size();
    String customer = fields.text("customer");
    String journeyId = fields.text("journey");
    if (journeyId != null && !journeyId.equals(journey.id())) {
      reading.problem(
          Objects.requireNonNull(fields.get("journey")),
          fields.path("journey"),
          "the position is in journey '" + journeyId + "', not '" + journey.id() + "'");
      return null;
    }
    Node versionNode = fields.require("version");
    Integer version =
        versionNode == null ? null : reading.wholeNumber(versionNode, fields.path("version"), 1);
    if (version == null) {
      return null;
    }
    Carrying carrying =
        carrying(reading, Objects.requireNonNull(versionNode), fields.path("version"), version);
    if (carrying == null) {
      return null;
    }
    Instant since = instant(reading, fields, "since");
    String stage = stage(reading, fields, carrying);
    Node statusNode = fields.require("status");
    CustomerStatus status =
        statusNode == null
            ? null
            : reading.choice(
                statusNode, fields.path("status"), CustomerStatus.values(), CustomerStatus::id);
    Instant entered = instant(reading, fields, "enteredStageAt");
    Instant lastActive = instant(reading, fields, "lastActiveAt");
    Facts facts = facts(reading, fields, carrying);
    if (reading.problems().size() > failed
        || customer == null
        || since == null
        || stage == null
        || status == null
        || entered == null
        || lastActive == null
        || facts == null) {
      return null;
    }
    return new Position(
        new Enrolment(customer, journey.id(), journey.version(), since),
        stage,
        status,
        facts,
        entered,
        lastActive);
  }

  /**
   * How the ids of a position of some version become this journey's: through the migrations from
   * that version, or as they are.
   */
  private record Carrying(int version, Seq<Migration> chain) {

    boolean carried() {
      return !chain.isEmpty();
    }

    Option<String> carry(Migration.Part part, String id) {
      return Migration.through(chain, part, id);
    }
  }

  private @Nullable Carrying carrying(Reading reading, Node node, String path, int version) {
    String decided =
        "the position was decided by version " + version + " of journey '" + journey.id() + "', ";
    if (version > journey.version()) {
      reading.problem(node, path, decided + "newer than this version " + journey.version());
      return null;
    }
    Validation<Integer, Seq<Migration>> chain = journey.migrationsFrom(version);
    if (chain.isInvalid()) {
      int v = chain.getError();
      reading.problem(
          node,
          path,
          decided
              + "and version "
              + journey.version()
              + " has no migration from version "
              + v
              + " to "
              + (v + 1));
      return null;
    }
    return new Carrying(version, chain.get());
  }

  private @Nullable String stage(Reading reading, Fields fields, Carrying carrying) {
    Node node = fields.require("stage");
    String old = node == null ? null : reading.text(node, fields.path("stage"));
    if (node == null || old == null) {
      return null;
    }
    String stage = carrying.carry(Migration.Part.STAGE, old).getOrNull();
    String own = stage == null ? null : ids.get(stage).getOrNull();
    if (own != null && journey.hasStage(own)) {
      return own;
    }
    Seq<String> stages = journey.stages().map(s -> s.id());
    reading.problem(
        node,
        fields.path("stage"),
        carrying.carried()
            ? "stage '"
                + old
                + "' of version "
                + carrying.version()
                + " is not in version "
                + journey.version()
                + ", and no migration says where its customers go"
            : "the journey has no stage '"
                + old
                + "'"
                + Problem.didYouMean(old, stages)
                + "; its stages: "
                + stages.mkString(", "));
    return null;
  }

  private static @Nullable Instant instant(Reading reading, Fields fields, String key) {
    Node node = fields.require(key);
    return node == null ? null : reading.instant(node, fields.path(key));
  }

  /** The facts of a position: criteria, declared facts and message histories. */
  private @Nullable Facts facts(Reading reading, Fields fields, Carrying carrying) {
    int failed = reading.problems().size();
    SortedSet<String> criteria = TreeSet.empty();
    Node criteriaNode = fields.get("criteria");
    if (criteriaNode != null) {
      java.util.List<Node> items = reading.list(criteriaNode, fields.path("criteria"));
      for (int i = 0; items != null && i < items.size(); i++) {
        String at = Reading.at(fields.path("criteria"), i);
        String id = reading.text(items.get(i), at);
        String own =
            known(
                reading,
                items.get(i),
                at,
                carrying,
                Migration.Part.CRITERION,
                id,
                journey.criteria().map(c -> c.id()));
        criteria = own == null ? criteria : criteria.add(own);
      }
    }
    Facts facts = Facts.none(journey.facts()).withCriteria(criteria);
    Node factsNode = fields.get("facts");
    if (factsNode != null) {
      facts = declared(reading, factsNode, fields.path("facts"), carrying, facts);
    }
    Node messagesNode = fields.get("messages");
    if (messagesNode != null) {
      facts = histories(reading, messagesNode, fields.path("messages"), carrying, facts);
    }
    return reading.problems().size() > failed ? null : facts;
  }

  /**
   * The journey's own id for an id read, carried through the migrations: a problem when the journey
   * has no such id and the position is of its version, null and no problem when a newer version no
   * longer has it (dropped, as a migration drops it).
   */
  private @Nullable String known(
      Reading reading,
      Node node,
      String path,
      Carrying carrying,
      Migration.Part part,
      @Nullable String id,
      Seq<String> known) {
    if (id == null) {
      return null;
    }
    String carried = carrying.carry(part, id).getOrNull();
    String own = carried == null ? null : ids.get(carried).getOrNull();
    if (own != null && known.contains(own)) {
      return own;
    }
    if (!carrying.carried()) {
      reading.problem(
          node,
          path,
          "the journey has no "
              + part.id()
              + " '"
              + id
              + "'"
              + Problem.didYouMean(id, known)
              + (known.isEmpty() ? "" : "; known: " + known.mkString(", ")));
    }
    return null;
  }

  private Facts declared(Reading reading, Node node, String path, Carrying carrying, Facts facts) {
    if (!(node instanceof Node.Mapping mapping)) {
      reading.problem(node, path, "expected a mapping of fact ids to values, got " + node.kind());
      return facts;
    }
    Facts.Draft draft = facts.draft();
    Seq<String> known = journey.facts().map(Fact::id);
    for (Node.Entry entry : mapping.entries().values()) {
      String at = Reading.at(path, entry.key());
      String own =
          known(reading, entry.value(), at, carrying, Migration.Part.FACT, entry.key(), known);
      if (own == null) {
        continue;
      }
      int slot = facts.slotOf(own);
      Object value = factValue(reading, entry.value(), at, journey.facts().get(slot), carrying);
      if (value != null) {
        draft.withAt(slot, value);
      }
    }
    for (Node.Entry entry : mapping.repeated()) {
      reading.problem(
          entry.line(), entry.column(), Reading.at(path, entry.key()), "the key is given twice");
    }
    return draft.facts();
  }

  /** A fact's value as its declaration keeps it, or null (with a problem, unless carried over). */
  private static @Nullable Object factValue(
      Reading reading, Node node, String path, Fact fact, Carrying carrying) {
    if (fact instanceof Fact.Counter) {
      if (Values.plain(node) instanceof BigDecimal number) {
        try {
          return number.longValueExact();
        } catch (ArithmeticException e) {
          // reported below
        }
      }
      return wrongKind(reading, node, path, "a whole number, the counter's count", carrying);
    }
    if (fact instanceof Fact.Sum) {
      return Values.plain(node) instanceof BigDecimal number
          ? number
          : wrongKind(reading, node, path, "a number, the sum so far", carrying);
    }
    if (fact instanceof Fact.LastSeen) {
      return reading.instant(node, path);
    }
    if (fact instanceof Fact.Window window) {
      return window(reading, node, path, window);
    }
    Attribute attribute = ((Fact.CustomerAttribute) fact).attribute();
    if (!(node instanceof Node.Scalar scalar) || scalar.value() == null) {
      return wrongKind(reading, node, path, attribute.expected(), carrying);
    }
    Validation<String, Object> value =
        attribute.kind() == AttributeKind.TEXT && scalar.value() instanceof String text
            ? attribute.accept(text)
            : attribute.parse(scalar.text());
    if (value.isInvalid()) {
      reading.problem(node, path, value.getError());
      return null;
    }
    return value.get();
  }

  private static @Nullable Object wrongKind(
      Reading reading, Node node, String path, String expected, Carrying carrying) {
    if (!carrying.carried()) {
      reading.problem(node, path, "expected " + expected + ", got " + Reading.describe(node));
    }
    return null;
  }

  private static Instant @Nullable [] window(
      Reading reading, Node node, String path, Fact.Window window) {
    java.util.List<Node> items = reading.list(node, path);
    if (items == null) {
      return null;
    }
    Instant[] instants = new Instant[items.size()];
    for (int i = 0; i < instants.length; i++) {
      Instant instant = reading.instant(items.get(i), Reading.at(path, i));
      if (instant == null) {
        return null;
      }
      if (i > 0 && instant.isBefore(instants[i - 1])) {
        reading.problem(
            items.get(i), Reading.at(path, i), "the instants of a window go oldest first");
        return null;
      }
      instants[i] = instant;
    }
    int keep = Math.max(1, window.keep());
    if (instants.length > keep) {
      reading.problem(
          node, path, "the window keeps at most " + keep + " instants, got " + instants.length);
      return null;
    }
    return instants.length == 0 ? null : instants;
  }

  private Facts histories(Reading reading, Node node, String path, Carrying carrying, Facts facts) {
    if (!(node instanceof Node.Mapping mapping)) {
      reading.problem(
          node, path, "expected a mapping of message ids to histories, got " + node.kind());
      return facts;
    }
    Facts result = facts;
    Seq<String> known = journey.messages().map(Message::id);
    for (Node.Entry entry : mapping.entries().values()) {
      String at = Reading.at(path, entry.key());
      String own =
          known(reading, entry.value(), at, carrying, Migration.Part.MESSAGE, entry.key(), known);
      MessageHistory history = history(reading, entry.value(), at);
      if (own != null && history != null) {
        result = result.withMessage(own, history);
      }
    }
    return result;
  }

  private static @Nullable MessageHistory history(Reading reading, Node node, String path) {
    Fields fields = reading.fields(node, path, "timesSent", "lastSent", "lastOpened");
    if (fields == null) {
      return null;
    }
    Node timesNode = fields.require("timesSent");
    Integer times =
        timesNode == null ? null : reading.wholeNumber(timesNode, fields.path("timesSent"), 0);
    Node sentNode = fields.get("lastSent");
    Instant sent = sentNode == null ? null : reading.instant(sentNode, fields.path("lastSent"));
    Node openedNode = fields.get("lastOpened");
    Instant opened =
        openedNode == null ? null : reading.instant(openedNode, fields.path("lastOpened"));
    if (times == null
        || (sentNode != null && sent == null)
        || (openedNode != null && opened == null)) {
      return null;
    }
    return new MessageHistory(times, Option.of(sent), Option.of(opened));
  }

  private @Nullable Event event(Reading reading, Node node, String path, boolean alone) {
    Fields fields =
        reading.fields(
            node, path, keys(alone, "type", "at", "attributes", "touchpoint", "channel"));
    if (fields == null) {
      return null;
    }
    if (alone) {
      format(reading, fields);
    }
    int failed = reading.problems().size();
    Node typeNode = fields.require("type");
    String typeId = typeNode == null ? null : reading.text(typeNode, fields.path("type"));
    EventType type = null;
    if (typeNode != null && typeId != null) {
      type = journey.eventType(typeId).orElse(EventType.standard(typeId)).getOrNull();
      if (type == null) {
        Seq<String> types = journey.eventTypes().map(EventType::id);
        reading.problem(
            typeNode,
            fields.path("type"),
            "the journey has no event type '"
                + typeId
                + "'"
                + Problem.didYouMean(typeId, types)
                + "; its event types: "
                + types.mkString(", "));
      }
    }
    Instant at = instant(reading, fields, "at");
    LinkedHashMap<String, String> texts = LinkedHashMap.empty();
    java.util.Map<String, Node> where = new java.util.HashMap<>();
    Node attributesNode = fields.get("attributes");
    if (attributesNode instanceof Node.Mapping mapping) {
      for (Node.Entry entry : mapping.entries().values()) {
        where.put(entry.key(), entry.value());
        if (entry.value() instanceof Node.Scalar scalar && scalar.value() != null) {
          texts = texts.put(entry.key(), scalar.text());
        } else {
          reading.problem(
              entry.value(),
              Reading.at(fields.path("attributes"), entry.key()),
              "expected a text, a number, or true or false, got "
                  + Reading.describe(entry.value()));
        }
      }
    } else if (attributesNode != null) {
      reading.problem(
          attributesNode,
          fields.path("attributes"),
          "expected a mapping of attribute names to values, got " + attributesNode.kind());
    }
    String touchpoint = fields.text("touchpoint", null);
    String channel = fields.text("channel", null);
    if (reading.problems().size() > failed || type == null || at == null) {
      return null;
    }
    // what the event names is checked by the engine, which rejects it with a reason: a stored
    // rejected decision keeps the very event it rejected
    Validation<Seq<Problem>, Event> event =
        type.parse(at, texts, Option.of(touchpoint), Option.of(channel));
    if (event.isInvalid()) {
      for (Problem problem : event.getError()) {
        String attribute = attributeOf(problem, type);
        Node at2 = attribute == null ? null : where.get(attribute);
        reading.problem(
            at2 != null ? at2 : node,
            attribute == null
                ? (path.isEmpty() ? "" : path)
                : Reading.at(fields.path("attributes"), attribute),
            problem.message());
      }
      return null;
    }
    return event.get();
  }

  /** The attribute a problem of an event is about, or null. */
  private static @Nullable String attributeOf(Problem problem, EventType type) {
    String prefix = "event '" + type.id() + "', attribute '";
    return problem.where().startsWith(prefix)
        ? problem.where().substring(prefix.length(), problem.where().length() - 1)
        : null;
  }

  private @Nullable MessageToSend send(Reading reading, Node node, String path, boolean alone) {
    Fields fields =
        reading.fields(node, path, keys(alone, "customer", "message", "sendAt", "rule"));
    if (fields == null) {
      return null;
    }
    if (alone) {
      format(reading, fields);
    }
    int failed = reading.problems().size();
    String customer = fields.text("customer");
    Node messageNode = fields.require("message");
    String id = messageNode == null ? null : reading.text(messageNode, fields.path("message"));
    Message message = id == null ? null : journey.message(id).getOrNull();
    if (messageNode != null && id != null && message == null) {
      Seq<String> known = journey.messages().map(Message::id);
      reading.problem(
          messageNode,
          fields.path("message"),
          "the journey has no message '"
              + id
              + "'"
              + Problem.didYouMean(id, known)
              + (known.isEmpty()
                  ? "; it has no messages"
                  : "; its messages: " + known.mkString(", ")));
    }
    Instant sendAt = instant(reading, fields, "sendAt");
    String rule = fields.text("rule");
    if (reading.problems().size() > failed
        || customer == null
        || message == null
        || sendAt == null
        || rule == null) {
      return null;
    }
    return new MessageToSend(customer, message, sendAt, rule);
  }
}
