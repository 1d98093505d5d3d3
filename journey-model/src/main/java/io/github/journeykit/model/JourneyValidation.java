package io.github.journeykit.model;

import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds every problem in the parts of a journey before it is built. Each check adds problems in the
 * order of the parts they concern; nothing stops at the first problem.
 */
final class JourneyValidation {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+([_-][a-z0-9]+)*");

  private final String id;
  private final String name;
  private final Seq<Stage> stages;
  private final Seq<Transition> transitions;
  private final Seq<Criterion> criteria;
  private final Seq<Persona> personas;
  private final Seq<Touchpoint> touchpoints;
  private final Seq<Message> messages;
  private final Seq<EventType> eventTypes;
  private final Seq<Fact> facts;
  private final int version;
  private final Seq<Migration> migrations;
  private final Seq<Parameter> parameters;
  private final Map<String, Integer> stageOrder;
  private final Set<String> personaIds;
  private List<Problem> found = List.empty();

  JourneyValidation(
      String id,
      String name,
      Seq<Stage> stages,
      Seq<Transition> transitions,
      Seq<Criterion> criteria,
      Seq<Persona> personas,
      Seq<Touchpoint> touchpoints,
      Seq<Message> messages,
      Seq<EventType> eventTypes,
      Seq<Fact> facts,
      int version,
      Seq<Migration> migrations,
      Seq<Parameter> parameters) {
    this.id = id;
    this.name = name;
    this.stages = stages;
    this.transitions = transitions;
    this.criteria = criteria;
    this.personas = personas;
    this.touchpoints = touchpoints;
    this.messages = messages;
    this.eventTypes = eventTypes;
    this.facts = facts;
    this.version = version;
    this.migrations = migrations;
    this.parameters = parameters;
    this.stageOrder =
        stages
            .zipWithIndex()
            .foldLeft(HashMap.empty(), (map, s) -> map.put(s._1.id(), s._2, (a, b) -> a));
    this.personaIds = HashSet.ofAll(personas.map(Persona::id));
  }

  /** Returns every problem found, in the order of the parts they concern. */
  Seq<Problem> problems() {
    checkJourney();
    checkStages();
    checkTransitions();
    checkCriteria();
    checkPersonas();
    checkTouchpoints();
    checkMessages();
    checkEventTypes();
    checkFacts();
    checkMigrations();
    checkParameters();
    return found.reverse();
  }

  private void checkJourney() {
    String where = "journey '" + id + "'";
    checkId(where, "journey", id);
    checkName(where, "journey", name);
    if (stages.isEmpty()) {
      add(Problem.Kind.EMPTY_JOURNEY, where, "the journey has no stages; add at least one stage");
    }
  }

  private void checkStages() {
    checkParts(stages, "stage", Stage::id, stage -> Option.of(stage.name()));
    Seq<String> messageIds = messages.map(Message::id);
    for (Stage stage : stages) {
      stage
          .onEntry()
          .filter(message -> !messageIds.contains(message))
          .forEach(
              message ->
                  add(
                      Problem.Kind.UNKNOWN_MESSAGE,
                      "stage '" + stage.id() + "'",
                      "it sends message '"
                          + message
                          + "' on entry, which the journey does not define"
                          + Problem.didYouMean(message, messageIds)
                          + "; "
                          + known("messages", messageIds)));
    }
  }

  private void checkCriteria() {
    checkParts(criteria, "criterion", Criterion::id, criterion -> Option.of(criterion.name()));
  }

  private void checkPersonas() {
    checkParts(personas, "persona", Persona::id, persona -> Option.of(persona.name()));
    for (Persona persona : personas) {
      String where = "persona '" + persona.id() + "'";
      persona
          .relativeImportance()
          .filter(importance -> !(importance >= 0.0 && importance <= 1.0))
          .forEach(
              importance ->
                  add(
                      Problem.Kind.OUT_OF_RANGE,
                      where,
                      "the relative importance "
                          + importance
                          + " is outside 0..1; give the persona's"
                          + " share of the buying centre's decision, e.g. 0.6"));
      persona.preferredChannels().forEach(channel -> checkChannel(where, channel));
      persona
          .agreement()
          .filter(criterion -> !criteria.exists(known -> known.id().equals(criterion)))
          .forEach(
              criterion ->
                  add(
                      Problem.Kind.UNKNOWN_CRITERION,
                      where,
                      "its agreement is recorded by criterion '"
                          + criterion
                          + "', which the journey does not declare"
                          + Problem.didYouMean(criterion, criteria.map(Criterion::id))));
      if (persona.agreement().isDefined() && persona.relativeImportance().isEmpty()) {
        add(
            Problem.Kind.OUT_OF_RANGE,
            where,
            "a member whose agreement counts needs a relative importance, e.g. 0.5: it is the"
                + " member's weight in the buying centre's decision");
      }
      persona
          .research()
          .zipWithIndex()
          .forEach(
              answer -> {
                String at = where + ", research answer #" + (answer._2 + 1);
                checkScore(at, "ease of navigation", answer._1.easeOfNavigation());
                checkScore(at, "usefulness of support", answer._1.usefulnessOfSupport());
              });
    }
  }

  private void checkTouchpoints() {
    checkParts(
        touchpoints, "touchpoint", Touchpoint::id, touchpoint -> Option.of(touchpoint.name()));
    for (Touchpoint touchpoint : touchpoints) {
      String where = "touchpoint '" + touchpoint.id() + "'";
      if (touchpoint.stages().isEmpty()) {
        add(
            Problem.Kind.NO_STAGE,
            where,
            "the touchpoint is placed at no stage; name at least one stage");
      }
      touchpoint.stages().forEach(stage -> checkStageExists(where, stage));
      checkChannel(where, touchpoint.channel());
      touchpoint
          .emotion()
          .filter(emotion -> emotion < Touchpoint.MIN_EMOTION || emotion > Touchpoint.MAX_EMOTION)
          .forEach(
              emotion ->
                  add(
                      Problem.Kind.OUT_OF_RANGE,
                      where,
                      "the emotion score "
                          + emotion
                          + " is outside "
                          + Touchpoint.MIN_EMOTION
                          + ".."
                          + Touchpoint.MAX_EMOTION));
    }
  }

  private void checkMessages() {
    checkParts(messages, "message", Message::id, message -> Option.none());
    for (Message message : messages) {
      String where = "message '" + message.id() + "'";
      checkStageExists(where, message.stage());
      message
          .who()
          .flatMap(Audience::persona)
          .filter(persona -> !personaIds.contains(persona))
          .forEach(
              persona ->
                  add(
                      Problem.Kind.UNKNOWN_PERSONA,
                      where,
                      "it is addressed to persona '"
                          + persona
                          + "', which the journey does not define; "
                          + known("personas", personas.map(Persona::id))));
      message.where().forEach(channel -> checkChannel(where, channel));
      message
          .when()
          .filter(timing -> timing.delay().isNegative())
          .forEach(
              timing ->
                  add(
                      Problem.Kind.OUT_OF_RANGE,
                      where,
                      "the delay "
                          + timing.delay()
                          + " is negative; a message cannot go out before its trigger"));
    }
  }

  private void checkEventTypes() {
    checkParts(eventTypes, "event type", EventType::id, type -> Option.none());
    for (EventType type : eventTypes) {
      String where = "event type '" + type.id() + "'";
      checkAttributeNames(where, type.attributes());
      type.attributes().forEach(attribute -> checkChoices(where, attribute));
      type.attributes()
          .filter(attribute -> LOG_COLUMNS.contains(attribute.name()))
          .forEach(
              attribute ->
                  add(
                      Problem.Kind.INVALID_ID,
                      where + ", attribute '" + attribute.name() + "'",
                      "'"
                          + attribute.name()
                          + "' is a column every event log has; an attribute of that name could"
                          + " not travel in a log. Give it another name, e.g. '"
                          + type.id()
                          + "-"
                          + attribute.name()
                          + "'"));
    }
  }

  /** The columns an event log has whatever the journey: not attribute names. */
  private static final Set<String> LOG_COLUMNS =
      HashSet.of("customer", "at", "event", "detail", "touchpoint", "channel");

  /** Attribute names are lowercase names, unique within their event type. */
  private void checkAttributeNames(String where, Seq<Attribute> attributes) {
    Map<String, Integer> firstAt = HashMap.empty();
    for (var indexed : attributes.zipWithIndex()) {
      String attribute = indexed._1.name();
      int number = indexed._2 + 1;
      String at = where + ", attribute #" + number + " '" + attribute + "'";
      if (!ID.matcher(attribute).matches()) {
        add(
            Problem.Kind.INVALID_ID,
            at,
            "'"
                + attribute
                + "' is not a valid attribute name; use lowercase letters and digits, joined by"
                + " single '-' or '_' (e.g. 'need-awareness')");
      }
      Option<Integer> earlier = firstAt.get(attribute);
      if (earlier.isDefined()) {
        add(
            Problem.Kind.DUPLICATE_ID,
            at,
            "the name '"
                + attribute
                + "' is already used by attribute #"
                + earlier.get()
                + "; attribute names must be unique within an event type");
      } else {
        firstAt = firstAt.put(attribute, number);
      }
    }
  }

  private void checkChoices(String where, Attribute attribute) {
    String at = where + ", attribute '" + attribute.name() + "'";
    if (attribute.kind() == AttributeKind.CHOICE && attribute.choices().isEmpty()) {
      add(
          Problem.Kind.BAD_ATTRIBUTE,
          at,
          "a choice needs the values it may take; list them, e.g. Attribute.choice(\"plan\","
              + " \"basic\", \"pro\")");
    }
    if (attribute.kind() != AttributeKind.CHOICE && !attribute.choices().isEmpty()) {
      add(
          Problem.Kind.BAD_ATTRIBUTE,
          at,
          "only a choice lists values; this attribute is " + attribute.kind().id());
    }
    attribute
        .choices()
        .filter(String::isBlank)
        .headOption()
        .forEach(blank -> add(Problem.Kind.BAD_ATTRIBUTE, at, "a listed value is blank"));
    Seq<String> repeated =
        attribute.choices().groupBy(c -> c).filter(g -> g._2.size() > 1).keySet().toList().sorted();
    if (!repeated.isEmpty()) {
      add(
          Problem.Kind.DUPLICATE_ID,
          at,
          "the values " + repeated.mkString(", ") + " are listed more than once");
    }
  }

  private void checkFacts() {
    checkParts(facts, "fact", Fact::id, fact -> Option.none());
    facts
        .filter(fact -> fact.id().equals(Fact.PURCHASES))
        .forEach(
            fact ->
                add(
                    Problem.Kind.DUPLICATE_ID,
                    "fact '" + Fact.PURCHASES + "'",
                    "every journey already counts purchases in the counter '"
                        + Fact.PURCHASES
                        + "'; use it without declaring it, or give your fact another id"));
    // Every journey knows time passing, declared or not (see Journey.eventTypes()).
    Seq<String> known = eventTypes.map(EventType::id).append(EventType.TIME_PASSED.id()).distinct();
    Set<String> typeIds = HashSet.ofAll(known);
    for (Fact fact : facts) {
      String where = "fact '" + fact.id() + "'";
      if (fact instanceof Fact.Window window) {
        if (window.within().isNegative() || window.within().isZero()) {
          add(
              Problem.Kind.OUT_OF_RANGE,
              where,
              "the window's length " + window.within() + " is not positive; give e.g. 7 days");
        }
        if (window.keep() < 1) {
          add(
              Problem.Kind.OUT_OF_RANGE,
              where,
              "the window keeps "
                  + window.keep()
                  + " instants; keep at least as many as the largest count a rule asks for");
        }
      } else if (fact instanceof Fact.CustomerAttribute attribute) {
        checkChoices(where, attribute.attribute());
      } else if (fact instanceof Fact.LastSeen seen && !typeIds.contains(seen.eventType())) {
        add(
            Problem.Kind.UNKNOWN_EVENT_TYPE,
            where,
            "the journey remembers the last '"
                + seen.eventType()
                + "', but declares no such event type"
                + Problem.didYouMean(seen.eventType(), known)
                + "; "
                + known("event types", known));
      }
    }
  }

  private void checkParameters() {
    checkParts(parameters, "parameter", Parameter::id, parameter -> Option.none());
    for (var indexed : parameters.zipWithIndex()) {
      Parameter parameter = indexed._1;
      String where = "parameter #" + (indexed._2 + 1) + " '" + parameter.id() + "'";
      if (parameter.kind().isEmpty()) {
        add(
            Problem.Kind.BAD_PARAMETER,
            where,
            "the value '"
                + parameter.value()
                + "' is neither a number (2, 0.7), a duration (P30D for 30 days, PT2H for 2 hours)"
                + " nor a time of day (09:30)");
      }
      if (parameter.description().isBlank()) {
        add(
            Problem.Kind.BLANK_NAME,
            where,
            "the description is blank; say what the parameter tunes");
      }
      if (parameter.origin() instanceof Parameter.Source source) {
        if (source.citation().isBlank()) {
          add(
              Problem.Kind.BLANK_NAME,
              where,
              "the source is blank; give the tag of the article that gives the value, e.g. [002]");
        }
        if (source.quote().exists(String::isBlank)) {
          add(
              Problem.Kind.BLANK_NAME,
              where,
              "the quote is blank; give the article's own words, or no quote");
        }
      } else if (((Parameter.Assumption) parameter.origin()).reason().isBlank()) {
        add(
            Problem.Kind.BLANK_NAME,
            where,
            "the reason is blank; say why the value is an assumption: what the source says instead");
      }
    }
  }

  private void checkMigrations() {
    if (version < 1) {
      add(
          Problem.Kind.OUT_OF_RANGE,
          "journey '" + id + "'",
          "version " + version + " is not a version; versions start at 1");
      return;
    }
    Set<Integer> froms = HashSet.empty();
    for (Migration migration : migrations) {
      String where = "migration from version " + migration.from();
      if (migration.from() >= version) {
        add(
            Problem.Kind.OUT_OF_RANGE,
            where,
            "version "
                + version
                + " of the journey can carry customers only of earlier versions; a migration"
                + " starts from a version between 1 and "
                + (version - 1));
        continue;
      }
      if (froms.contains(migration.from())) {
        add(Problem.Kind.DUPLICATE_ID, where, "the journey has two migrations from this version");
        continue;
      }
      froms = froms.add(migration.from());
      int next = migration.to();
      if (next < version && !migrations.exists(m -> m.from() == next)) {
        add(
            Problem.Kind.OUT_OF_RANGE,
            where,
            "it carries customers to version "
                + next
                + ", and no migration from version "
                + next
                + " carries them on to version "
                + version);
      }
      for (Migration.Part part : Migration.Part.values()) {
        for (String old : migration.renamed(part).keySet().addAll(migration.removed(part))) {
          checkId(where, part.id(), old);
        }
        Seq<Tuple2<String, String>> mapped = migration.renamed(part).toList();
        if (part == Migration.Part.STAGE) {
          mapped = mapped.appendAll(migration.removedStages());
        }
        if (migration.to() != version) {
          // what an earlier migration maps to was checked against its version when that was built;
          // here only that it is an id at all
          mapped.forEach(map -> checkId(where, part.id(), map._2));
          continue;
        }
        for (Tuple2<String, String> map : mapped) {
          checkMappedTo(where, part, map._1, map._2);
        }
      }
    }
  }

  /** Checks that what the migration into this version maps an id to exists in it. */
  private void checkMappedTo(String where, Migration.Part part, String old, String to) {
    Seq<String> ids =
        switch (part) {
          case STAGE -> stages.map(Stage::id);
          case CRITERION -> criteria.map(Criterion::id);
          case FACT -> facts.map(Fact::id).prepend(Fact.PURCHASES);
          case MESSAGE -> messages.map(Message::id);
        };
    if (!ids.contains(to)) {
      add(
          kindOfUnknown(part),
          where,
          "it maps "
              + part.id()
              + " '"
              + old
              + "' to '"
              + to
              + "', and version "
              + version
              + " has no such "
              + part.id()
              + Problem.didYouMean(to, ids)
              + "; "
              + known(part == Migration.Part.CRITERION ? "criteria" : part.id() + "s", ids));
    }
  }

  private static Problem.Kind kindOfUnknown(Migration.Part part) {
    return switch (part) {
      case STAGE -> Problem.Kind.UNKNOWN_STAGE;
      case CRITERION -> Problem.Kind.UNKNOWN_CRITERION;
      case FACT -> Problem.Kind.UNKNOWN_FACT;
      case MESSAGE -> Problem.Kind.UNKNOWN_MESSAGE;
    };
  }

  private void checkTransitions() {
    Set<String> seen = HashSet.empty();
    for (var indexed : transitions.zipWithIndex()) {
      Transition t = indexed._1;
      String where = "transition #" + (indexed._2 + 1) + " (" + t.from() + " -> " + t.to() + ")";
      boolean fromKnown = checkStageExists(where, t.from());
      boolean toKnown = checkStageExists(where, t.to());
      if (fromKnown && toKnown) {
        checkOrder(where, t);
      }
      String key = t.from() + "\u0000" + t.to();
      if (seen.contains(key)) {
        add(
            Problem.Kind.DUPLICATE_ID,
            where,
            "the move from '"
                + t.from()
                + "' to '"
                + t.to()
                + "' is already listed; list each move once");
      }
      seen = seen.add(key);
    }
  }

  private void checkOrder(String where, Transition t) {
    int from = stageOrder.get(t.from()).get();
    int to = stageOrder.get(t.to()).get();
    String fix;
    boolean agrees;
    switch (t.kind()) {
      case ADVANCE -> {
        agrees = to == from + 1;
        fix =
            "an advance goes to the very next stage; use a skip to jump forward or a roll back or loop to go back";
      }
      case SKIP -> {
        agrees = to > from + 1;
        fix = "a skip jumps forward over at least one stage; use an advance for the next stage";
      }
      case ROLL_BACK -> {
        agrees = to == from - 1;
        fix = "a roll back returns to the stage just before; use a loop to return further";
      }
      case LOOP -> {
        agrees = to < from;
        fix = "a loop returns to an earlier stage; use an advance or a skip to go forward";
      }
      default -> throw new IllegalStateException("unknown transition kind " + t.kind());
    }
    if (from == to) {
      add(
          Problem.Kind.TRANSITION_AGAINST_ORDER,
          where,
          "a transition must lead to another stage; staying on a stage needs no transition");
    } else if (!agrees) {
      add(
          Problem.Kind.TRANSITION_AGAINST_ORDER,
          where,
          "it is marked '"
              + t.kind().id()
              + "' but '"
              + t.to()
              + "' is stage #"
              + (to + 1)
              + " and '"
              + t.from()
              + "' stage #"
              + (from + 1)
              + "; "
              + fix);
    }
  }

  private <T> void checkParts(
      Seq<T> parts, String what, Function<T, String> idOf, Function<T, Option<String>> nameOf) {
    Map<String, Integer> firstAt = HashMap.empty();
    for (var indexed : parts.zipWithIndex()) {
      T part = indexed._1;
      int number = indexed._2 + 1;
      String partId = idOf.apply(part);
      String where = what + " #" + number + " '" + partId + "'";
      checkId(where, what, partId);
      nameOf.apply(part).forEach(partName -> checkName(where, what, partName));
      Option<Integer> earlier = firstAt.get(partId);
      if (earlier.isDefined()) {
        add(
            Problem.Kind.DUPLICATE_ID,
            where,
            "the id '"
                + partId
                + "' is already used by "
                + what
                + " #"
                + earlier.get()
                + "; "
                + what
                + " ids must be unique within a journey");
      } else {
        firstAt = firstAt.put(partId, number);
      }
    }
  }

  private void checkId(String where, String what, String candidate) {
    if (!ID.matcher(candidate).matches()) {
      add(
          Problem.Kind.INVALID_ID,
          where,
          "'"
              + candidate
              + "' is not a valid "
              + what
              + " id; use lowercase letters and digits, joined by single '-' or '_' (e.g. 'need-awareness')");
    }
  }

  private void checkName(String where, String what, String candidate) {
    if (candidate.isBlank()) {
      add(Problem.Kind.BLANK_NAME, where, "the name is blank; give the " + what + " a name");
    }
  }

  private boolean checkStageExists(String where, String stage) {
    if (stageOrder.containsKey(stage)) {
      return true;
    }
    add(
        Problem.Kind.UNKNOWN_STAGE,
        where,
        "there is no stage '"
            + stage
            + "' in this journey; "
            + known("stages", stages.map(Stage::id)));
    return false;
  }

  private void checkChannel(String where, Channel channel) {
    checkId(where + ", channel '" + channel.id() + "'", "channel", channel.id());
    checkName(where + ", channel '" + channel.id() + "'", "channel", channel.name());
  }

  private void checkScore(String where, String question, Option<Integer> score) {
    score
        .filter(s -> s < QuestionnaireResponse.MIN_SCORE || s > QuestionnaireResponse.MAX_SCORE)
        .forEach(
            s ->
                add(
                    Problem.Kind.OUT_OF_RANGE,
                    where,
                    "the "
                        + question
                        + " score "
                        + s
                        + " is outside "
                        + QuestionnaireResponse.MIN_SCORE
                        + ".."
                        + QuestionnaireResponse.MAX_SCORE));
  }

  private static String known(String what, Seq<String> ids) {
    return ids.isEmpty()
        ? "the journey defines no " + what
        : "known " + what + ": " + ids.mkString(", ");
  }

  private void add(Problem.Kind kind, String where, String message) {
    found = found.prepend(new Problem(kind, where, message));
  }
}
