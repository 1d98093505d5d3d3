package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.Array;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A customer journey map: the ordered stages a customer passes through on the way to a purchase and
 * beyond, the moves between them, and everything the company knows and plans at each stage.
 *
 * <p><b>What it holds.</b> A journey has an id and a name, a {@link MapKind kind} (current state,
 * day in the life, future state, service blueprint), its {@link Stage}s in order, the {@link
 * Transition}s it allows between them (advances, roll backs, loops and skips), the qualification
 * {@link Criterion criteria} it records, the {@link Persona}s it follows, the {@link Touchpoint}s
 * at which the customer meets the company and the 5W {@link Message}s the company sends; and its
 * own vocabulary: the {@link EventType}s that can happen to its customers (standard ones and its
 * own, with typed {@link Attribute}s; {@link EventType#TIME_PASSED} always) and the {@link Fact}s
 * it remembers about each of them (the purchases counter always), which every {@link Position}
 * keeps in its {@link Facts}. Its {@link Parameter}s name the numbers its rules and messages use,
 * each with what it tunes and whether the source gives it or it is an assumption.
 *
 * <p><b>Life cycle.</b> A journey is assembled with a {@link Builder} and comes into existence only
 * through {@link Builder#build()}, which validates the whole map and returns either the journey or
 * every {@link Problem} at once (duplicate ids, blank names, a transition, touchpoint or message at
 * a stage that does not exist, a message to a persona nobody defined, an empty journey). There is
 * never a half-built journey. Once built it never changes; a changed map is a new journey built
 * again.
 *
 * <p><b>Invariants.</b> A built journey has at least one stage; every id is a lowercase id, unique
 * among its kind; every stage, persona and criterion that a transition, touchpoint or message names
 * exists; every transition's kind agrees with the order of its stages (an advance goes to the next
 * stage, a skip forward over at least one, a roll back to the previous one, a loop to any earlier
 * one). A journey does not run customers by itself: the rule engine in {@code journey-rules} does,
 * with the journey's first stage as every new customer's start ({@link #newCustomer(String,
 * Instant)}).
 *
 * <pre>{@code
 * Validation<Seq<Problem>, Journey> built = Journey.builder("shop", "Online shop")
 *     .stage(Stage.of("informed", "Informed", "Tell them who we are"))
 *     .stage(Stage.of("interested", "Interested", "Qualify"))
 *     .transition(Transition.advance("informed", "interested"))
 *     .transition(Transition.rollBack("interested", "informed"))
 *     .build();
 * built.fold(
 *     problems -> { problems.forEach(System.err::println); return null; },   // every problem at once
 *     shop -> { System.out.println(shop.stages().size() + " stages"); return null; });
 * }</pre>
 *
 * <p>A journey defined in the program's own code, where a problem is a programmer's mistake rather
 * than a user's, can use {@link Builder#buildOrThrow()}:
 *
 * <pre>{@code
 * Journey shop = Journey.builder("shop", "Online shop")
 *     .stage(Stage.of("informed", "Informed", "Tell them who we are"))
 *     .buildOrThrow();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Journey {

  private final String id;
  private final String name;
  private final String description;
  private final int version;
  private final Seq<Migration> migrations;
  private final MapKind kind;
  private final Seq<Stage> stages;
  private final Seq<Transition> transitions;
  private final Seq<Criterion> criteria;
  private final Seq<Persona> personas;
  private final Seq<Touchpoint> touchpoints;
  private final Seq<Message> messages;
  private final Seq<EventType> eventTypes;
  private final Seq<Fact> declaredFacts;
  private final Seq<Fact> facts;
  private final Seq<Channel> channels;
  private final Seq<Parameter> parameters;
  private final Map<String, Integer> stageOrder;

  private Journey(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.description = builder.description;
    this.version = builder.version;
    this.migrations = builder.migrations.sortBy(Migration::from);
    this.kind = builder.kind;
    this.stages = Vector.ofAll(builder.stages);
    this.transitions = Vector.ofAll(builder.transitions);
    this.criteria = Vector.ofAll(builder.criteria);
    this.personas = Vector.ofAll(builder.personas);
    this.touchpoints = Vector.ofAll(builder.touchpoints);
    this.messages = Vector.ofAll(builder.messages);
    this.eventTypes =
        builder.eventTypes.exists(type -> type.id().equals(EventType.TIME_PASSED.id()))
            ? Vector.ofAll(builder.eventTypes)
            : Vector.ofAll(builder.eventTypes).append(EventType.TIME_PASSED);
    this.declaredFacts = Vector.ofAll(builder.facts);
    // A journey that declares no facts shares the standard declaration, so that its positions and
    // those made without it (Position.of) have the very same layout.
    this.facts =
        builder.facts.isEmpty()
            ? Facts.STANDARD
            : Array.ofAll(Facts.STANDARD).appendAll(builder.facts);
    this.channels =
        touchpoints.map(Touchpoint::channel).appendAll(messages.flatMap(Message::where)).distinct();
    this.parameters = Vector.ofAll(builder.parameters);
    this.stageOrder = HashMap.ofEntries(stages.zipWithIndex().map(pair -> pair.map1(Stage::id)));
  }

  /**
   * Starts a journey with an id and a name.
   *
   * @param id the journey's lowercase id, e.g. {@code sales-funnel}
   * @param name the journey's name, e.g. "Six awareness stages of a sales funnel"
   * @return a builder with no stages yet, of kind {@link MapKind#CURRENT_STATE}
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /**
   * Returns the journey's id.
   *
   * @return the lowercase id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the journey's version: 1 unless set. A position records the version that decided it
   * ({@link Position#version()}); a position of an older version is carried over with the journey's
   * {@link #migrations()}.
   *
   * @return the version, at least 1
   * @since 0.2
   */
  public int version() {
    return version;
  }

  /**
   * Returns the migrations that carry customers of older versions to this one, oldest first: the
   * one from the version before this one, and any before it.
   *
   * @return the migrations, by the version they carry from
   * @since 0.2
   */
  public Seq<Migration> migrations() {
    return migrations;
  }

  /**
   * Returns the migrations that carry a position of an older version to this one, in order, or the
   * first version that no migration carries on.
   *
   * <pre>{@code
   * journey.migrationsFrom(1);   // valid: the migrations from 1 and from 2, for a version 3
   * journey.migrationsFrom(1);   // invalid(2): version 3 has no migration from version 2 to 3
   * }</pre>
   *
   * @param older a version of this journey, at most this one; for this one the chain is empty
   * @return the chain, or the version from which no migration leads on
   * @throws IllegalArgumentException when the version is newer than this one, or below 1
   * @since 0.2
   */
  public Validation<Integer, Seq<Migration>> migrationsFrom(int older) {
    if (older < 1 || older > version) {
      throw new IllegalArgumentException(
          "version " + older + " is not a version of '" + id + "' up to " + version);
    }
    Seq<Migration> chain = migrations.filter(m -> m.from() >= older);
    for (int from = older; from < version; from++) {
      int v = from;
      if (!chain.exists(m -> m.from() == v)) {
        return Validation.invalid(v);
      }
    }
    return Validation.valid(chain);
  }

  /**
   * Carries a position decided by an older version of this journey over to this version, through
   * the journey's {@link #migrations()} in order: the stage, criteria, facts and message histories
   * under their new ids, what was removed dropped, the customer at the stage a removed stage's
   * customers go to. A position of this version is returned as it is.
   *
   * <pre>{@code
   * Validation<String, Position> carried = secondVersion.migrate(storedPosition);
   * }</pre>
   *
   * @param position a position of this journey, of this version or an older one
   * @return the position in this version, or why it cannot be carried: another journey, a newer
   *     version, a version no migration starts from, or a stage no migration maps
   * @since 0.2
   */
  public Validation<String, Position> migrate(Position position) {
    Objects.requireNonNull(position, "position is null");
    return Migrations.carry(this, position);
  }

  /**
   * Returns the journey's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the journey is about, for people reading the map.
   *
   * @return the description, empty if none was given
   */
  public String description() {
    return description;
  }

  /**
   * Returns the kind of map.
   *
   * @return the map kind
   */
  public MapKind kind() {
    return kind;
  }

  /**
   * Returns the stages in journey order.
   *
   * @return the stages, never empty
   */
  public Seq<Stage> stages() {
    return stages;
  }

  /**
   * Returns the moves the journey allows, in the order they were given.
   *
   * @return the transitions
   */
  public Seq<Transition> transitions() {
    return transitions;
  }

  /**
   * Returns the qualification criteria the journey records.
   *
   * @return the criteria
   */
  public Seq<Criterion> criteria() {
    return criteria;
  }

  /**
   * Returns the personas the journey follows.
   *
   * @return the personas
   */
  public Seq<Persona> personas() {
    return personas;
  }

  /**
   * Returns the touchpoints, in the order they were given.
   *
   * @return the touchpoints
   */
  public Seq<Touchpoint> touchpoints() {
    return touchpoints;
  }

  /**
   * Returns the 5W messages, in the order they were given.
   *
   * @return the messages
   */
  public Seq<Message> messages() {
    return messages;
  }

  /**
   * Returns the event types the journey knows, in the order they were declared, then {@link
   * EventType#TIME_PASSED} (which every journey knows) unless it was declared.
   *
   * @return the event types
   */
  public Seq<EventType> eventTypes() {
    return eventTypes;
  }

  /**
   * Finds an event type the journey knows by id.
   *
   * @param typeId the event type's id
   * @return the event type, or none
   */
  public Option<EventType> eventType(String typeId) {
    return eventTypes.find(type -> type.id().equals(typeId));
  }

  /**
   * Returns what the journey remembers about each customer, in slot order: the counter {@value
   * Fact#PURCHASES}, which every journey keeps, then the facts declared.
   *
   * @return the facts
   */
  public Seq<Fact> facts() {
    return facts;
  }

  /**
   * Finds a fact by id.
   *
   * @param factId the fact's id
   * @return the fact, or none
   */
  public Option<Fact> fact(String factId) {
    return facts.find(fact -> fact.id().equals(factId));
  }

  /**
   * Returns the channels of the journey: those of its touchpoints, then those its messages go
   * through, each once.
   *
   * @return the channels
   */
  public Seq<Channel> channels() {
    return channels;
  }

  /**
   * Returns the journey's parameters: the numbers its rules and messages use, named, each with what
   * it tunes and where it comes from, in the order they were given.
   *
   * @return the parameters; empty for a journey that names none
   * @since 0.2
   */
  public Seq<Parameter> parameters() {
    return parameters;
  }

  /**
   * Finds a parameter by id.
   *
   * @param parameterId the parameter's id
   * @return the parameter, or none
   * @since 0.2
   */
  public Option<Parameter> parameter(String parameterId) {
    return parameters.find(parameter -> parameter.id().equals(parameterId));
  }

  /**
   * Finds a touchpoint by id.
   *
   * @param touchpointId the touchpoint's id
   * @return the touchpoint, or none
   */
  public Option<Touchpoint> touchpoint(String touchpointId) {
    return touchpoints.find(touchpoint -> touchpoint.id().equals(touchpointId));
  }

  /**
   * Returns the values the journey accepts for an attribute of one of its event types: the listed
   * values of a choice, the journey's criteria for the {@code criterion} of a {@code criterion}
   * event, its messages for the {@code message} of a message event.
   *
   * @param eventType the event type's id
   * @param attribute the attribute's name
   * @return the accepted values, in order; none when any value of the attribute's kind is accepted,
   *     or the journey has no such event type or attribute
   */
  public Option<Seq<String>> valuesOf(String eventType, String attribute) {
    Option<Attribute> declared = eventType(eventType).flatMap(type -> type.attribute(attribute));
    if (declared.isEmpty()) {
      return Option.none();
    }
    if (declared.get().kind() == AttributeKind.CHOICE) {
      return Option.of(declared.get().choices());
    }
    if (eventType.equals(EventType.CRITERION.id()) && attribute.equals("criterion")) {
      return Option.of(criteria.map(Criterion::id));
    }
    if (attribute.equals("message")
        && (eventType.equals(EventType.MESSAGE_SENT.id())
            || eventType.equals(EventType.MESSAGE_OPENED.id())
            || eventType.equals(EventType.MESSAGE_IGNORED.id()))) {
      return Option.of(messages.map(Message::id));
    }
    return Option.none();
  }

  /**
   * Checks that an event fits the journey: its type is one the journey declares, its values fit the
   * declaration's attributes (criteria and messages among the journey's), and its touchpoint and
   * channel, if any, are the journey's.
   *
   * <pre>{@code
   * shop.check(new CriterionMet("money", at));   // valid, or: event 'criterion', attribute
   *                                              // 'criterion': the journey has no criterion 'money'; ...
   * }</pre>
   *
   * @param event the event
   * @return the event, or every problem with it
   */
  @SuppressWarnings("ReferenceEquality") // the same declaration needs no look at the values
  public Validation<Seq<Problem>, Event> check(Event event) {
    Objects.requireNonNull(event, "event is null");
    EventType given = event.type();
    Option<EventType> declared = eventType(given.id());
    if (declared.isEmpty()) {
      return Validation.invalid(
          List.of(
              new Problem(
                  Problem.Kind.UNKNOWN_EVENT_TYPE,
                  "event '" + given.id() + "'",
                  "journey '"
                      + id
                      + "' does not know this event type"
                      + Problem.didYouMean(given.id(), eventTypes.map(EventType::id))
                      + "; it knows: "
                      + eventTypes.map(EventType::id).mkString(", "))));
    }
    EventType type = declared.get();
    List<Problem> problems = List.empty();
    if (given != type && !given.equals(type)) {
      Validation<Seq<Problem>, Event> fits = type.event(event.at(), event.attributes());
      if (fits.isInvalid()) {
        problems = problems.appendAll(fits.getError());
      }
    }
    for (Attribute attribute : type.attributes()) {
      Option<Seq<String>> accepted = valuesOf(type.id(), attribute.name());
      Option<Object> value = event.attribute(attribute.name());
      if (accepted.isDefined()
          && attribute.kind() != AttributeKind.CHOICE
          && value.isDefined()
          && !accepted.get().contains(Attribute.format(value.get()))) {
        String what = attribute.name();
        problems =
            problems.append(
                new Problem(
                    Problem.Kind.BAD_ATTRIBUTE,
                    "event '" + type.id() + "', attribute '" + what + "'",
                    "journey '"
                        + id
                        + "' has no "
                        + what
                        + " '"
                        + value.get()
                        + "'"
                        + Problem.didYouMean(Attribute.format(value.get()), accepted.get())
                        + "; its "
                        + (what.equals("criterion") ? "criteria" : what + "s")
                        + ": "
                        + (accepted.get().isEmpty() ? "none" : accepted.get().mkString(", "))));
      }
    }
    Option<String> touchpoint = event.touchpoint();
    if (touchpoint.isDefined() && touchpoint(touchpoint.get()).isEmpty()) {
      problems =
          problems.append(
              new Problem(
                  Problem.Kind.UNKNOWN_TOUCHPOINT,
                  "event '" + type.id() + "', touchpoint '" + touchpoint.get() + "'",
                  "journey '"
                      + id
                      + "' has no such touchpoint"
                      + Problem.didYouMean(touchpoint.get(), touchpoints.map(Touchpoint::id))
                      + "; its touchpoints: "
                      + (touchpoints.isEmpty()
                          ? "none"
                          : touchpoints.map(Touchpoint::id).mkString(", "))));
    }
    Option<String> channel = event.channel();
    Seq<String> channelIds = channels().map(Channel::id);
    if (channel.isDefined() && !channelIds.contains(channel.get())) {
      problems =
          problems.append(
              new Problem(
                  Problem.Kind.UNKNOWN_TOUCHPOINT,
                  "event '" + type.id() + "', channel '" + channel.get() + "'",
                  "journey '"
                      + id
                      + "' has no such channel"
                      + Problem.didYouMean(channel.get(), channelIds)
                      + "; its channels: "
                      + (channelIds.isEmpty() ? "none" : channelIds.mkString(", "))));
    } else if (channel.isDefined() && touchpoint.isDefined()) {
      Option<Touchpoint> where = touchpoint(touchpoint.get());
      if (where.isDefined() && !where.get().channel().id().equals(channel.get())) {
        problems =
            problems.append(
                new Problem(
                    Problem.Kind.UNKNOWN_TOUCHPOINT,
                    "event '" + type.id() + "', channel '" + channel.get() + "'",
                    "touchpoint '"
                        + where.get().id()
                        + "' is reached through channel '"
                        + where.get().channel().id()
                        + "', not '"
                        + channel.get()
                        + "'"));
      }
    }
    return problems.isEmpty() ? Validation.valid(event) : Validation.invalid(problems);
  }

  /**
   * Returns the first stage: where every new customer starts.
   *
   * @return the first stage
   */
  public Stage firstStage() {
    return stages.head();
  }

  /**
   * Returns the last stage in journey order.
   *
   * @return the last stage
   */
  public Stage lastStage() {
    return stages.last();
  }

  /**
   * Finds a stage by id.
   *
   * @param stageId the stage's id
   * @return the stage, or none when the journey has no such stage
   */
  public Option<Stage> stage(String stageId) {
    return stageOrder.get(stageId).map(stages::get);
  }

  /**
   * Tells whether the journey has a stage with the given id.
   *
   * @param stageId the stage's id
   * @return true when it has
   */
  public boolean hasStage(String stageId) {
    return stageOrder.containsKey(stageId);
  }

  /**
   * Returns a stage's place in journey order, counting from 0.
   *
   * @param stageId the stage's id
   * @return the place, or none when the journey has no such stage
   */
  public Option<Integer> orderOf(String stageId) {
    return stageOrder.get(stageId);
  }

  /**
   * Returns the stage after the given one in journey order.
   *
   * @param stageId the stage's id
   * @return the next stage, or none for the last stage or an unknown id
   */
  public Option<Stage> next(String stageId) {
    return orderOf(stageId).filter(i -> i + 1 < stages.size()).map(i -> stages.get(i + 1));
  }

  /**
   * Returns the stage before the given one in journey order.
   *
   * @param stageId the stage's id
   * @return the previous stage, or none for the first stage or an unknown id
   */
  public Option<Stage> previous(String stageId) {
    return orderOf(stageId).filter(i -> i > 0).map(i -> stages.get(i - 1));
  }

  /**
   * Returns the moves that start from a stage.
   *
   * @param stageId the stage's id
   * @return the transitions from it
   */
  public Seq<Transition> transitionsFrom(String stageId) {
    return transitions.filter(transition -> transition.from().equals(stageId));
  }

  /**
   * Returns the moves that lead into a stage.
   *
   * @param stageId the stage's id
   * @return the transitions into it
   */
  public Seq<Transition> transitionsTo(String stageId) {
    return transitions.filter(transition -> transition.to().equals(stageId));
  }

  /**
   * Tells whether the journey allows a move from one stage to another.
   *
   * @param from the id of the stage the move starts from
   * @param to the id of the stage it leads to
   * @return true when a transition allows it
   */
  public boolean allows(String from, String to) {
    return transitions.exists(t -> t.from().equals(from) && t.to().equals(to));
  }

  /**
   * Returns the touchpoints placed at a stage.
   *
   * @param stageId the stage's id
   * @return the touchpoints at it
   */
  public Seq<Touchpoint> touchpointsAt(String stageId) {
    return touchpoints.filter(touchpoint -> touchpoint.stages().contains(stageId));
  }

  /**
   * Returns the messages sent at a stage.
   *
   * @param stageId the stage's id
   * @return the messages at it
   */
  public Seq<Message> messagesAt(String stageId) {
    return messages.filter(message -> message.stage().equals(stageId));
  }

  /**
   * Finds a message by id.
   *
   * @param messageId the message's id
   * @return the message, or none
   */
  public Option<Message> message(String messageId) {
    return messages.find(message -> message.id().equals(messageId));
  }

  /**
   * Finds a persona by id.
   *
   * @param personaId the persona's id
   * @return the persona, or none
   */
  public Option<Persona> persona(String personaId) {
    return personas.find(persona -> persona.id().equals(personaId));
  }

  /**
   * Finds a criterion by id.
   *
   * @param criterionId the criterion's id
   * @return the criterion, or none
   */
  public Option<Criterion> criterion(String criterionId) {
    return criteria.find(criterion -> criterion.id().equals(criterionId));
  }

  /**
   * Returns a builder that starts with everything this journey holds, to build a changed copy.
   *
   * @return a builder with this journey's id, name, description, kind and parts
   */
  public Builder toBuilder() {
    Builder builder = new Builder(id, name).description(description).kind(kind).version(version);
    builder.migrations = Vector.ofAll(migrations);
    builder.stages = Vector.ofAll(stages);
    builder.transitions = Vector.ofAll(transitions);
    builder.criteria = Vector.ofAll(criteria);
    builder.personas = Vector.ofAll(personas);
    builder.touchpoints = Vector.ofAll(touchpoints);
    builder.messages = Vector.ofAll(messages);
    builder.eventTypes = Vector.ofAll(eventTypes);
    builder.facts = Vector.ofAll(declaredFacts);
    builder.parameters = Vector.ofAll(parameters);
    return builder;
  }

  /**
   * Returns a new customer's position: at the first stage, active, every fact at its start.
   *
   * @param customer the customer's id in the user's CRM
   * @param at when the customer appeared
   * @return the starting position
   */
  public Position newCustomer(String customer, Instant at) {
    Objects.requireNonNull(customer, "customer is null");
    Objects.requireNonNull(at, "at is null");
    return new Position(
        new Enrolment(customer, id, version, at),
        firstStage().id(),
        CustomerStatus.ACTIVE,
        Facts.none(facts),
        at,
        at);
  }

  /**
   * Two journeys are equal when all their data is equal.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal journey
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Journey that
        && id.equals(that.id)
        && name.equals(that.name)
        && description.equals(that.description)
        && version == that.version
        && migrations.equals(that.migrations)
        && kind == that.kind
        && stages.equals(that.stages)
        && transitions.equals(that.transitions)
        && criteria.equals(that.criteria)
        && personas.equals(that.personas)
        && touchpoints.equals(that.touchpoints)
        && messages.equals(that.messages)
        && eventTypes.equals(that.eventTypes)
        && declaredFacts.equals(that.declaredFacts)
        && parameters.equals(that.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        name,
        description,
        version,
        migrations,
        kind,
        stages,
        transitions,
        criteria,
        personas,
        touchpoints,
        messages,
        eventTypes,
        declaredFacts,
        parameters);
  }

  /**
   * Returns the journey's id, name and stage ids, e.g. {@code Journey[shop "Online shop": informed
   * -> interested]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Journey[" + id + " \"" + name + "\": " + stages.map(Stage::id).mkString(" -> ") + "]";
  }

  /**
   * Assembles a {@link Journey}. A builder is a mutable, single-threaded helper: add the parts in
   * any order, then call {@link #build()}, which validates everything at once. A builder can be
   * built more than once; each journey is independent of later changes to the builder.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final String id;
    private final String name;
    private String description = "";
    private int version = 1;
    private Vector<Migration> migrations = Vector.empty();
    private MapKind kind = MapKind.CURRENT_STATE;
    private Vector<Stage> stages = Vector.empty();
    private Vector<Transition> transitions = Vector.empty();
    private Vector<Criterion> criteria = Vector.empty();
    private Vector<Persona> personas = Vector.empty();
    private Vector<Touchpoint> touchpoints = Vector.empty();
    private Vector<Message> messages = Vector.empty();
    private Vector<EventType> eventTypes = Vector.empty();
    private Vector<Fact> facts = Vector.empty();
    private Vector<Parameter> parameters = Vector.empty();

    private Builder(String id, String name) {
      this.id = Objects.requireNonNull(id, "id is null");
      this.name = Objects.requireNonNull(name, "name is null");
    }

    /**
     * Sets what the journey is about.
     *
     * @param text the description
     * @return this builder
     */
    public Builder description(String text) {
      this.description = Objects.requireNonNull(text, "description is null");
      return this;
    }

    /**
     * Sets the journey's version; 1 unless set. Raise it when a changed journey is to decide the
     * positions an earlier version decided, and add a {@link #migration(Migration)} from the
     * version before.
     *
     * @param number the version, at least 1 (checked by {@link #build()})
     * @return this builder
     * @since 0.2
     */
    public Builder version(int number) {
      this.version = number;
      return this;
    }

    /**
     * Adds a migration that carries customers of an older version to the next one. A journey of
     * version <i>n</i> carries positions of version <i>k</i> when it has the migrations from every
     * version <i>k</i> to <i>n</i> - 1.
     *
     * @param migration the migration
     * @return this builder
     * @since 0.2
     */
    public Builder migration(Migration migration) {
      migrations = migrations.append(Objects.requireNonNull(migration, "migration is null"));
      return this;
    }

    /**
     * Sets the kind of map; {@link MapKind#CURRENT_STATE} unless set.
     *
     * @param mapKind the map kind
     * @return this builder
     */
    public Builder kind(MapKind mapKind) {
      this.kind = Objects.requireNonNull(mapKind, "kind is null");
      return this;
    }

    /**
     * Adds a stage after the stages added so far.
     *
     * @param stage the stage
     * @return this builder
     */
    public Builder stage(Stage stage) {
      stages = stages.append(Objects.requireNonNull(stage, "stage is null"));
      return this;
    }

    /**
     * Adds stages, in order, after the stages added so far.
     *
     * @param more the stages
     * @return this builder
     */
    public Builder stages(Iterable<Stage> more) {
      more.forEach(this::stage);
      return this;
    }

    /**
     * Adds an allowed move.
     *
     * @param transition the transition
     * @return this builder
     */
    public Builder transition(Transition transition) {
      transitions = transitions.append(Objects.requireNonNull(transition, "transition is null"));
      return this;
    }

    /**
     * Adds allowed moves.
     *
     * @param more the transitions
     * @return this builder
     */
    public Builder transitions(Iterable<Transition> more) {
      more.forEach(this::transition);
      return this;
    }

    /**
     * Adds a qualification criterion.
     *
     * @param criterion the criterion
     * @return this builder
     */
    public Builder criterion(Criterion criterion) {
      criteria = criteria.append(Objects.requireNonNull(criterion, "criterion is null"));
      return this;
    }

    /**
     * Adds a persona.
     *
     * @param persona the persona
     * @return this builder
     */
    public Builder persona(Persona persona) {
      personas = personas.append(Objects.requireNonNull(persona, "persona is null"));
      return this;
    }

    /**
     * Adds a touchpoint.
     *
     * @param touchpoint the touchpoint
     * @return this builder
     */
    public Builder touchpoint(Touchpoint touchpoint) {
      touchpoints = touchpoints.append(Objects.requireNonNull(touchpoint, "touchpoint is null"));
      return this;
    }

    /**
     * Adds a 5W message.
     *
     * @param message the message
     * @return this builder
     */
    public Builder message(Message message) {
      messages = messages.append(Objects.requireNonNull(message, "message is null"));
      return this;
    }

    /**
     * Declares an event type the journey knows: one of the {@link EventType#standard() standard}
     * ones or one of its own.
     *
     * @param type the event type
     * @return this builder
     */
    public Builder event(EventType type) {
      eventTypes = eventTypes.append(Objects.requireNonNull(type, "type is null"));
      return this;
    }

    /**
     * Declares event types the journey knows.
     *
     * @param types the event types
     * @return this builder
     */
    public Builder events(EventType... types) {
      for (EventType type : types) {
        event(type);
      }
      return this;
    }

    /**
     * Declares event types the journey knows.
     *
     * @param types the event types
     * @return this builder
     */
    public Builder events(Iterable<EventType> types) {
      types.forEach(this::event);
      return this;
    }

    /**
     * Declares a fact the journey remembers about each customer.
     *
     * @param fact the fact
     * @return this builder
     */
    public Builder fact(Fact fact) {
      facts = facts.append(Objects.requireNonNull(fact, "fact is null"));
      return this;
    }

    /**
     * Adds a parameter: a number the rules and messages use, named, with what it tunes and where it
     * comes from.
     *
     * @param parameter the parameter
     * @return this builder
     * @since 0.2
     */
    public Builder parameter(Parameter parameter) {
      parameters = parameters.append(Objects.requireNonNull(parameter, "parameter is null"));
      return this;
    }

    /**
     * Adds parameters, in order, after the parameters added so far.
     *
     * @param more the parameters
     * @return this builder
     * @since 0.2
     */
    public Builder parameters(Iterable<Parameter> more) {
      more.forEach(this::parameter);
      return this;
    }

    /**
     * Validates everything added and builds the journey.
     *
     * @return the journey, or every problem found, in the order of the parts they concern
     */
    public Validation<Seq<Problem>, Journey> build() {
      Seq<Problem> problems =
          new JourneyValidation(
                  id,
                  name,
                  stages,
                  transitions,
                  criteria,
                  personas,
                  touchpoints,
                  messages,
                  eventTypes,
                  facts,
                  version,
                  migrations,
                  parameters)
              .problems();
      return problems.isEmpty()
          ? Validation.valid(new Journey(this))
          : Validation.invalid(problems);
    }

    /**
     * Builds the journey, or fails when its data has problems: for journeys defined in a program's
     * own code, where a problem is a programming error. Data that comes from users belongs in
     * {@link #build()}, which returns the problems as a value.
     *
     * @return the journey
     * @throws IllegalStateException listing every problem, one per line, when the journey is
     *     invalid
     */
    public Journey buildOrThrow() {
      return build()
          .toEither()
          .getOrElseThrow(
              problems ->
                  new IllegalStateException(
                      "journey '" + id + "' has problems:\n" + problems.mkString("\n")));
    }
  }
}
