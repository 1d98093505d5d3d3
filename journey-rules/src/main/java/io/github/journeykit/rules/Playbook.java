package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.AttributeKind;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.Stage;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A journey together with the rules that run customers through it: its {@link Rule}s, its stages'
 * {@link Gate}s, and the event types it knows.
 *
 * <p>A playbook is what the {@link Engine} runs: built once with {@link #builder(Journey)},
 * validated as a whole (every rule's stages, moves, criteria, messages, event types, attributes and
 * facts must exist in the journey, and every move a rule can make must follow one of the journey's
 * transitions), then {@link #compile() compiled} into an engine. The event types it knows are those
 * the journey declares ({@link Journey#eventTypes()}); other events are rejected with a reason.
 *
 * <pre>{@code
 * Playbook playbook = Playbook.builder(journey)
 *     .gate(Gate.of("interested", Condition.criteriaMet(2, "money", "need", "decision")))
 *     .rule(Rule.named("Criteria are recorded", EventType.CRITERION).then(Effect.recordCriterion()))
 *     .buildOrThrow();
 * Engine engine = playbook.compile();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Playbook {

  private final Journey journey;
  private final Seq<Rule> rules;
  private final Seq<Gate> gates;

  private Playbook(Journey journey, Seq<Rule> rules, Seq<Gate> gates) {
    this.journey = journey;
    this.rules = rules;
    this.gates = gates;
  }

  /**
   * Starts a playbook for a journey, with no rules and no gates.
   *
   * @param journey the journey
   * @return the builder
   */
  public static Builder builder(Journey journey) {
    return new Builder(journey);
  }

  /**
   * Returns the journey.
   *
   * @return the journey
   */
  public Journey journey() {
    return journey;
  }

  /**
   * Returns the rules in declaration order.
   *
   * @return the rules
   */
  public Seq<Rule> rules() {
    return rules;
  }

  /**
   * Returns the gates, in the order they were given.
   *
   * @return the gates
   */
  public Seq<Gate> gates() {
    return gates;
  }

  /**
   * Returns the gate of a stage.
   *
   * @param stage the stage's id
   * @return the gate, or none when the stage admits everyone
   */
  public Option<Gate> gate(String stage) {
    return gates.find(gate -> gate.stage().equals(stage));
  }

  /**
   * Returns the event types the playbook knows: those its journey declares.
   *
   * @return the event types
   */
  public Seq<EventType> eventTypes() {
    return journey.eventTypes();
  }

  /**
   * Tells whether the playbook knows an event type.
   *
   * @param type the event type
   * @return true when events of that type are decided, false when they are rejected
   */
  public boolean knows(EventType type) {
    return journey.eventType(type.id()).isDefined();
  }

  /**
   * Returns the values the playbook accepts in an event log's {@code detail} column for an event
   * type: those its journey accepts for the type's first attribute ({@link Journey#valuesOf(String,
   * String)}).
   *
   * @param type the event type
   * @return the accepted details, in order; none when any detail (or none) is accepted
   */
  public Option<Seq<String>> detailsOf(EventType type) {
    return type.detailAttribute().flatMap(a -> journey.valuesOf(type.id(), a.name()));
  }

  /**
   * Tells whether another playbook is the same definition: an equal journey, equal rules in the
   * same order and equal gates in the same order. Rules and gates are compared as values; a
   * condition of your own ({@link Condition#of}) is equal only to itself.
   *
   * @param other the other object
   * @return true when it is an equal playbook
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Playbook that
        && journey.equals(that.journey)
        && rules.equals(that.rules)
        && gates.equals(that.gates);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(journey, rules, gates);
  }

  /**
   * Describes the playbook: its journey and how many rules and gates it has.
   *
   * @return e.g. {@code Playbook[sales-funnel: 10 rules, 4 gates]}
   */
  @Override
  public String toString() {
    return "Playbook["
        + journey.id()
        + ": "
        + rules.size()
        + (rules.size() == 1 ? " rule, " : " rules, ")
        + gates.size()
        + (gates.size() == 1 ? " gate]" : " gates]");
  }

  /**
   * Compiles the playbook into an engine, with explanations on and the system clock (UTC) for
   * "now".
   *
   * @return the engine
   */
  public Engine compile() {
    return new Engine(this);
  }

  /**
   * Assembles a {@link Playbook}; a mutable, single-threaded helper.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final Journey journey;
    // Vectors: a rule added is an append, and a definition may add ten thousand of them
    private Vector<Rule> rules = Vector.empty();
    private Vector<Gate> gates = Vector.empty();

    private Builder(Journey journey) {
      this.journey = Objects.requireNonNull(journey, "journey is null");
    }

    /**
     * Adds a rule after those added so far.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(Rule rule) {
      rules = rules.append(Objects.requireNonNull(rule, "rule is null"));
      return this;
    }

    /**
     * Adds rules, in order, after those added so far.
     *
     * @param more the rules
     * @return this builder
     */
    public Builder rules(Iterable<Rule> more) {
      more.forEach(this::rule);
      return this;
    }

    /**
     * Adds a stage's gate.
     *
     * @param gate the gate
     * @return this builder
     */
    public Builder gate(Gate gate) {
      gates = gates.append(Objects.requireNonNull(gate, "gate is null"));
      return this;
    }

    /**
     * Validates the rules and gates against the journey and builds the playbook.
     *
     * @return the playbook, or every problem found
     */
    public Validation<Seq<Problem>, Playbook> build() {
      Seq<Problem> problems = new PlaybookValidation(journey, rules, gates).problems();
      if (!problems.isEmpty()) {
        return Validation.invalid(problems);
      }
      return Validation.valid(new Playbook(journey, rules, gates));
    }

    /**
     * Builds the playbook or fails: for playbooks defined in a program's own code.
     *
     * @return the playbook
     * @throws IllegalStateException listing every problem, one per line
     */
    public Playbook buildOrThrow() {
      return build()
          .toEither()
          .getOrElseThrow(
              problems ->
                  new IllegalStateException(
                      "playbook of journey '"
                          + journey.id()
                          + "' has problems:\n"
                          + problems.mkString("\n")));
    }
  }

  /** Finds every problem of a playbook's rules and gates against its journey. */
  private static final class PlaybookValidation {
    private final Journey journey;
    private final Seq<Rule> rules;
    private final Seq<Gate> gates;
    private final java.util.Set<String> transitions = new java.util.HashSet<>();
    private List<Problem> found = List.empty();

    PlaybookValidation(Journey journey, Seq<Rule> rules, Seq<Gate> gates) {
      this.journey = journey;
      this.rules = rules;
      this.gates = gates;
      journey.transitions().forEach(t -> transitions.add(t.from() + "\u0000" + t.to()));
    }

    Seq<Problem> problems() {
      HashSet<String> gated = HashSet.empty();
      for (Gate gate : gates) {
        String where = "gate of '" + gate.stage() + "'";
        checkStage(where, gate.stage());
        checkCondition(where, gate.admission(), Option.none());
        if (gated.contains(gate.stage())) {
          add(
              Problem.Kind.DUPLICATE_ID,
              where,
              "the stage already has a gate; combine the conditions with and()");
        }
        gated = gated.add(gate.stage());
      }
      HashSet<String> names = HashSet.empty();
      for (Rule rule : rules) {
        String where = "rule \"" + rule.name() + "\"";
        if (rule.name().isBlank()) {
          add(
              Problem.Kind.BLANK_NAME,
              where,
              "the name is blank; give the rule a name a marketer would recognise");
        } else if (names.contains(rule.name())) {
          add(
              Problem.Kind.DUPLICATE_ID,
              where,
              "another rule has the same name; rule names must be unique");
        }
        names = names.add(rule.name());
        rule.stages().forEach(stage -> checkStage(where, stage));
        if (journey.eventType(rule.on().id()).isEmpty()) {
          add(
              Problem.Kind.UNKNOWN_EVENT_TYPE,
              where,
              "it reacts to event '"
                  + rule.on().id()
                  + "', which the journey does not declare"
                  + Problem.didYouMean(rule.on().id(), journey.eventTypes().map(EventType::id))
                  + "; add it with Journey.Builder.event(..); known event types: "
                  + journey.eventTypes().map(EventType::id).mkString(", "));
        }
        for (Effect effect : rule.effects()) {
          checkEffect(where, rule, effect);
        }
        checkCondition(where, rule.condition(), journey.eventType(rule.on().id()));
      }
      return found.reverse();
    }

    private void checkEffect(String where, Rule rule, Effect effect) {
      if (effect instanceof Effect.Move move) {
        if (move.stage().isDefined() && !checkStage(where, move.stage().get())) {
          return;
        }
        Seq<Stage> from =
            rule.stages().isEmpty()
                ? journey.stages()
                : rule.stages().toList().flatMap(journey::stage);
        for (Stage stage : from) {
          Option<Stage> target =
              switch (move.direction()) {
                case NEXT -> journey.next(stage.id());
                case PREVIOUS -> journey.previous(stage.id());
                case TO -> journey.stage(move.stage().get());
              };
          target
              .filter(
                  to ->
                      !to.id().equals(stage.id())
                          && !transitions.contains(stage.id() + "\u0000" + to.id()))
              .forEach(
                  to ->
                      add(
                          Problem.Kind.MOVE_WITHOUT_TRANSITION,
                          where,
                          "it moves customers from '"
                              + stage.id()
                              + "' to '"
                              + to.id()
                              + "', but the journey has no transition between them; add the transition to"
                              + " the journey or restrict the rule's stages"));
        }
      } else if (effect instanceof Effect.RecordCriterion record) {
        record
            .criterion()
            .filter(criterion -> journey.criterion(criterion).isEmpty())
            .forEach(
                criterion ->
                    add(
                        Problem.Kind.UNKNOWN_CRITERION,
                        where,
                        "it records criterion '"
                            + criterion
                            + "', which the journey does not define; known criteria: "
                            + journey.criteria().map(Criterion::id).mkString(", ")));
      } else if (effect instanceof Effect.ChangeFact change) {
        checkFactChange(where, rule, change);
      } else if (effect instanceof Effect.ForgetCriterion forget
          && journey.criterion(forget.criterion()).isEmpty()) {
        add(
            Problem.Kind.UNKNOWN_CRITERION,
            where,
            "it forgets criterion '"
                + forget.criterion()
                + "', which the journey does not define; known criteria: "
                + journey.criteria().map(Criterion::id).mkString(", "));
      } else if (effect instanceof Effect.Send send && journey.message(send.message()).isEmpty()) {
        add(
            Problem.Kind.UNKNOWN_MESSAGE,
            where,
            "it sends message '"
                + send.message()
                + "', which the journey does not define; known messages: "
                + journey.messages().map(Message::id).mkString(", "));
      }
    }

    /**
     * Checks what the built-in parts of a condition name against the journey: event attributes (of
     * the rule's event type, or of any for a gate), facts, messages, remembered event types, and
     * that each comparison fits its measure.
     */
    private void checkCondition(String where, Condition condition, Option<EventType> on) {
      for (Condition part : Conditions.leaves(condition)) {
        if (part instanceof Comparison comparison) {
          checkComparison(where, comparison, on);
        } else if (part instanceof Conditions.BuyingCentre centre) {
          checkBuyingCentre(where, centre);
        }
      }
    }

    /** Checks that the buying centre is this journey's: its personas, their weights. */
    private void checkBuyingCentre(String where, Conditions.BuyingCentre centre) {
      Conditions.BuyingCentre ours = Conditions.BuyingCentre.of(journey, centre.threshold());
      String at = where + ", condition \"" + centre.description() + "\"";
      if (ours.members().isEmpty()) {
        add(
            Problem.Kind.UNKNOWN_CRITERION,
            at,
            "no persona of the journey says which criterion records its agreement; give the"
                + " members of the buying centre an agreement criterion and a relative importance");
      } else if (!ours.members().equals(centre.members())) {
        add(
            Problem.Kind.WRONG_KIND,
            at,
            "it was made from other personas than the journey's, which weigh "
                + ours.members().map(m -> m.persona() + " " + m.weight()).mkString(", ")
                + "; make it from this journey");
      }
    }

    private void checkComparison(String where, Comparison comparison, Option<EventType> on) {
      Measure measure = comparison.measure();
      String at = where + ", condition \"" + comparison.description() + "\"";
      boolean durations = comparison.operands().exists(o -> o instanceof java.time.Duration);
      boolean valued =
          comparison.operator() != Measure.Operator.PRESENT
              && comparison.operator() != Measure.Operator.ABSENT;
      if (measure.isTime() && valued && !comparison.operator().isOrdering()) {
        add(
            Problem.Kind.WRONG_KIND,
            at,
            "a time is compared with atLeast, atMost, above or below and a duration, e.g."
                + " atLeast(Duration.ofDays(30))");
        return;
      }
      if (measure.isTime() != durations && comparison.operator().isOrdering()) {
        add(
            Problem.Kind.WRONG_KIND,
            at,
            measure.isTime()
                ? "a time is compared with a duration, e.g. atLeast(Duration.ofDays(30))"
                : "only a time is compared with a duration; compare "
                    + measure.name()
                    + " with a number");
        return;
      }
      for (Object operand : comparison.operands()) {
        if (operand instanceof Share share && !checkShare(at, share, on)) {
          return;
        }
      }
      switch (measure.source()) {
        case EVENT_ATTRIBUTE ->
            checkEventAttribute(at, measure.name(), on)
                .forEach(attribute -> checkOperands(at, comparison, attribute));
        case FACT -> checkFactComparison(at, comparison);
        case TIMES_SENT, SINCE_SENT, SINCE_OPENED -> checkMessage(at, measure.name());
        case SINCE_LAST_EVENT -> {
          if (!journey
              .facts()
              .exists(
                  f ->
                      f instanceof Fact.LastSeen seen && seen.eventType().equals(measure.name()))) {
            add(
                Problem.Kind.UNKNOWN_FACT,
                at,
                "the journey does not remember the last '"
                    + measure.name()
                    + "'; declare Fact.lastSeen(\""
                    + measure.name()
                    + "\") in the journey");
          }
        }
        default -> {}
      }
    }

    /**
     * Checks that a share is a share of a number: a numeric fact or a numeric attribute of the
     * event. Tells whether it is.
     */
    private boolean checkShare(String at, Share share, Option<EventType> on) {
      Measure whole = share.of();
      boolean numeric =
          switch (whole.source()) {
            case FACT ->
                checkFact(at, whole.name())
                    .map(
                        fact ->
                            fact instanceof Fact.Counter
                                || fact instanceof Fact.Sum
                                || fact instanceof Fact.Window
                                || (fact instanceof Fact.CustomerAttribute attribute
                                    && isNumber(attribute.attribute())))
                    .getOrElse(true);
            case EVENT_ATTRIBUTE ->
                checkEventAttribute(at, whole.name(), on).map(this::isNumber).getOrElse(true);
            case TIMES_SENT -> true;
            default -> false;
          };
      if (!numeric) {
        add(
            Problem.Kind.WRONG_KIND,
            at,
            "a share is taken of a number: a counter, a sum, a numeric attribute; "
                + whole.description()
                + " is not one");
      }
      return numeric;
    }

    private boolean isNumber(Attribute attribute) {
      return attribute.kind() == AttributeKind.WHOLE_NUMBER
          || attribute.kind() == AttributeKind.AMOUNT;
    }

    private Option<Attribute> checkEventAttribute(
        String at, String attribute, Option<EventType> on) {
      Seq<EventType> types = on.isDefined() ? List.of(on.get()) : journey.eventTypes();
      Option<Attribute> found = types.flatMap(type -> type.attribute(attribute)).headOption();
      if (found.isEmpty()) {
        Seq<String> known = types.flatMap(EventType::attributes).map(Attribute::name).distinct();
        add(
            Problem.Kind.UNKNOWN_ATTRIBUTE,
            at,
            (on.isDefined()
                    ? "event '" + on.get().id() + "' has no attribute '"
                    : "no event type of the journey has an attribute '")
                + attribute
                + "'"
                + Problem.didYouMean(attribute, known)
                + "; "
                + (known.isEmpty() ? "it has none" : "known attributes: " + known.mkString(", ")));
      }
      return found;
    }

    private Option<Fact> checkFact(String at, String id) {
      Option<Fact> fact = journey.fact(id);
      if (fact.isEmpty()) {
        Seq<String> known = journey.facts().map(Fact::id);
        add(
            Problem.Kind.UNKNOWN_FACT,
            at,
            "the journey declares no fact '"
                + id
                + "'"
                + Problem.didYouMean(id, known)
                + "; its facts: "
                + known.mkString(", "));
      }
      return fact;
    }

    private void checkFactComparison(String at, Comparison comparison) {
      Option<Fact> found = checkFact(at, comparison.measure().name());
      if (found.isEmpty()) {
        return;
      }
      Fact fact = found.get();
      boolean numeric =
          fact instanceof Fact.Counter || fact instanceof Fact.Sum || fact instanceof Fact.Window;
      if (fact instanceof Fact.LastSeen) {
        add(
            Problem.Kind.WRONG_KIND,
            at,
            "'"
                + fact.id()
                + "' remembers an instant; measure the time since it with"
                + " Condition.sinceLast(\""
                + fact.id()
                + "\")");
        return;
      }
      for (Object operand : comparison.operands()) {
        if (operand instanceof Share) {
          if (!numeric
              && !(fact instanceof Fact.CustomerAttribute attribute
                  && isNumber(attribute.attribute()))) {
            add(
                Problem.Kind.WRONG_KIND,
                at,
                "'" + fact.id() + "' is " + kindWords(fact) + " with no number to compare");
            return;
          }
          continue;
        }
        if (numeric && !(operand instanceof BigDecimal)) {
          add(
              Problem.Kind.WRONG_KIND,
              at,
              "'" + fact.id() + "' is " + kindWords(fact) + "; compare it with a number");
          return;
        }
        if (fact instanceof Fact.CustomerAttribute attribute
            && attribute.attribute().accept(plain(operand)).isInvalid()) {
          add(
              Problem.Kind.WRONG_KIND,
              at,
              "'"
                  + fact.id()
                  + "' cannot be "
                  + Attribute.format(operand)
                  + ": "
                  + attribute.attribute().accept(plain(operand)).getError());
          return;
        }
      }
      if (fact instanceof Fact.Window window
          && comparison.operator() != Measure.Operator.AT_MOST
          && comparison.operator() != Measure.Operator.BELOW) {
        comparison
            .operands()
            .headOption()
            .map(o -> ((BigDecimal) o).longValue())
            .map(n -> comparison.operator() == Measure.Operator.ABOVE ? n + 1 : n)
            .filter(n -> n > window.keep())
            .forEach(
                n ->
                    add(
                        Problem.Kind.OUT_OF_RANGE,
                        at,
                        "window '"
                            + window.id()
                            + "' keeps "
                            + window.keep()
                            + " instants, so it cannot count to "
                            + n
                            + "; let it keep at least "
                            + n));
      }
    }

    /** Whether a comparison's values fit the attribute it reads. */
    private void checkOperands(String at, Comparison comparison, Attribute attribute) {
      boolean ordered =
          attribute.kind() == AttributeKind.WHOLE_NUMBER
              || attribute.kind() == AttributeKind.AMOUNT
              || attribute.kind() == AttributeKind.INSTANT;
      if (comparison.operator().isOrdering() && !ordered) {
        add(
            Problem.Kind.WRONG_KIND,
            at,
            "'"
                + attribute.name()
                + "' is "
                + attribute.kind().id()
                + ", which has no order; compare it with is or isOneOf");
        return;
      }
      for (Object operand : comparison.operands()) {
        if (operand instanceof Share) {
          if (!isNumber(attribute)) {
            add(
                Problem.Kind.WRONG_KIND,
                at,
                "'" + attribute.name() + "' is " + attribute.kind().id() + ", not a number");
            return;
          }
          continue;
        }
        Validation<String, Object> accepted = attribute.accept(plain(operand));
        if (accepted.isInvalid()) {
          add(
              Problem.Kind.WRONG_KIND,
              at,
              "'"
                  + attribute.name()
                  + "' is never "
                  + Attribute.format(operand)
                  + ": "
                  + accepted.getError());
          return;
        }
      }
    }

    /** A fact's kind with its article: "a counter", "an attribute". */
    private static String kindWords(Fact fact) {
      String kind = fact.kind().replace('_', '-');
      return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /** A number as an attribute of any numeric kind accepts it. */
    private static Object plain(Object operand) {
      if (operand instanceof BigDecimal decimal && decimal.scale() <= 0) {
        try {
          return decimal.longValueExact();
        } catch (ArithmeticException tooBig) {
          return decimal;
        }
      }
      return operand;
    }

    /** Whether values of an event attribute can be set into a customer attribute. */
    private static boolean settable(Attribute from, Attribute into) {
      boolean fromText =
          from.kind() == AttributeKind.TEXT
              || from.kind() == AttributeKind.CHOICE
              || from.kind() == AttributeKind.CUSTOMER;
      boolean intoText =
          into.kind() == AttributeKind.TEXT
              || into.kind() == AttributeKind.CHOICE
              || into.kind() == AttributeKind.CUSTOMER;
      if (fromText && intoText) {
        return into.kind() != AttributeKind.CHOICE
            || from.kind() != AttributeKind.CHOICE
            || from.choices().exists(into.choices()::contains);
      }
      return from.kind() == into.kind()
          || (from.kind() == AttributeKind.WHOLE_NUMBER && into.kind() == AttributeKind.AMOUNT);
    }

    private void checkMessage(String at, String message) {
      if (journey.message(message).isEmpty()) {
        add(
            Problem.Kind.UNKNOWN_MESSAGE,
            at,
            "the journey has no message '"
                + message
                + "'"
                + Problem.didYouMean(message, journey.messages().map(Message::id))
                + "; known messages: "
                + journey.messages().map(Message::id).mkString(", "));
      }
    }

    private void checkFactChange(String where, Rule rule, Effect.ChangeFact change) {
      String at = where + ", effect \"" + change.description() + "\"";
      Option<Fact> found = checkFact(at, change.fact());
      if (found.isEmpty()) {
        return;
      }
      Fact fact = found.get();
      Option<Attribute> from =
          change.fromAttribute().isDefined()
              ? checkEventAttribute(
                  at, change.fromAttribute().get(), journey.eventType(rule.on().id()))
              : Option.none();
      String wrong =
          switch (change.change()) {
            case ADD ->
                !(fact instanceof Fact.Counter || fact instanceof Fact.Sum)
                    ? "only a counter or a sum is added to"
                    : fact instanceof Fact.Counter
                            && change.value().exists(v -> ((BigDecimal) v).scale() > 0)
                        ? "a counter counts whole numbers"
                        : from.exists(
                                a ->
                                    a.kind() != AttributeKind.WHOLE_NUMBER
                                        && (fact instanceof Fact.Counter
                                            || a.kind() != AttributeKind.AMOUNT))
                            ? "attribute '"
                                + from.get().name()
                                + "' is "
                                + from.get().kind().id()
                                + ", which cannot be added to a "
                                + fact.kind()
                            : null;
            case RECORD -> fact instanceof Fact.Window ? null : "only a window counts events";
            case SET ->
                !(fact instanceof Fact.CustomerAttribute attribute)
                    ? "only a customer attribute is set"
                    : change.value().isDefined()
                            && attribute.attribute().accept(change.value().get()).isInvalid()
                        ? attribute.attribute().accept(change.value().get()).getError()
                        : from.isDefined() && !settable(from.get(), attribute.attribute())
                            ? "attribute '"
                                + from.get().name()
                                + "' is "
                                + from.get().kind().id()
                                + ", which never fits an attribute of kind "
                                + attribute.attribute().kind().id()
                            : null;
            case RESET -> null;
          };
      if (wrong != null) {
        add(
            Problem.Kind.WRONG_KIND,
            at,
            "'" + fact.id() + "' is " + kindWords(fact) + "; " + wrong);
      }
    }

    private boolean checkStage(String where, String stage) {
      if (journey.hasStage(stage)) {
        return true;
      }
      add(
          Problem.Kind.UNKNOWN_STAGE,
          where,
          "there is no stage '"
              + stage
              + "' in journey '"
              + journey.id()
              + "'; known stages: "
              + journey.stages().map(Stage::id).mkString(", "));
      return false;
    }

    private void add(Problem.Kind kind, String where, String message) {
      found = found.prepend(new Problem(kind, where, message));
    }
  }
}
