package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerChurned;
import io.github.journeykit.model.CustomerRefused;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.DeclaredEvent;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.MessageHistory;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Touchpoint;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for a customer's position in a journey and one event, what happens and why.
 *
 * <p>An engine is a {@link Playbook} compiled once: its rules indexed by (stage, event type) in
 * arrays, so a decision touches only the rules that can apply to the customer's stage and the
 * event's type, however many rules the playbook has. It is immutable and thread-safe, holds no
 * customer state, starts no threads and reads no clock while deciding: {@link #decide(Position,
 * Event)} is a pure function, so a CRM can run it inside any stream processor keyed by customer.
 *
 * <p><b>How one event is decided</b>, in the steps {@code decide} is written in:
 *
 * <ol>
 *   <li><em>Admit the event</em>: a position of this journey at a stage it has, an event of a type
 *       it declares whose values fit the declaration; anything else is rejected with a reason.
 *   <li><em>Ask the rules</em> indexed under the customer's stage and the event's type, higher
 *       priority first, then declaration order, each about the position <em>before</em> the event
 *       (so the order of rules never changes what they see).
 *   <li><em>Apply the records</em> of every rule that fired: criteria met and lost, purchases,
 *       counters, sums, windows and attributes, in the order the rules were asked; then what every
 *       event keeps without a rule (the last instant of a remembered event type, a message's
 *       history) and the customer's last activity (the event's instant, except for time passing and
 *       messages the company sent or the customer ignored).
 *   <li><em>Pick the winners</em>: the move and the status come from the first firing rule that has
 *       one; the explanation reports the others as overridden.
 *   <li><em>Admit through the gate</em>: the move is asked of the target stage's {@link Gate},
 *       about the customer as the records left them; a customer it does not admit stays.
 *   <li><em>Send</em> the messages of the rules whose decision stands (a rule whose move the gate
 *       refused, that led nowhere, or whose move or status another rule overrode sends nothing,
 *       unless it {@linkplain Effect#sendRegardless sends regardless}), then the messages the new
 *       stage sends {@linkplain io.github.journeykit.model.Stage#onEntry() on entry}; each message
 *       once, at the time its timing says, where its {@linkplain io.github.journeykit.model.Cadence
 *       cadence} allows, and recorded in the customer's message history at that time.
 *   <li><em>Build the position</em>, once, and give the <em>next check</em>: when a {@code
 *       time_passed} rule of the new stage could next fire.
 * </ol>
 *
 * <p>A quiet engine ({@link #withExplanations(boolean) explanations off}) and an explaining one go
 * through the same steps; the quiet one keeps no trace and asks only the rules whose outcome test
 * lets the event's outcome through (a rule outside that lane cannot fire).
 *
 * <p><b>Cost.</b> With explanations off, a decision that sends no message, changes no fact but the
 * stage, status and activity, and leads to a stage without {@code time_passed} rules allocates 64
 * bytes: the new {@link Position} (40) and the {@link Decision} (24); a next check adds its instant
 * and the decision's details. Compiling reads the built-in parts of every condition and gate
 * (status, outcome, purchase and criteria tests, and {@code and}s of them) into masks and bounds,
 * so the usual decision calls no condition at all; the rules of a bucket are also laid out in lanes
 * by the interaction's outcome; stages, criteria and messages are looked up in collision-free
 * tables; and recorded criteria come from one shared set per combination instead of a new set each
 * time. Conditions of your own ({@link Condition#of}) and {@code or}s are called as written. {@code
 * journey-bench} measures all of this against hand-written code and five other libraries.
 *
 * <p><b>Time without a scheduler.</b> Every decision gives its {@linkplain Decision#nextCheck()
 * next check}: the earliest instant at which a time-based rule ("inactive for 30 days", "in the
 * stage for a week", "5 days since the reminder", a window's login leaving it) of the customer's
 * new stage could fire. A CRM stores it beside the position and delivers a {@link TimePassed} then;
 * {@link #nextCheck(Position, Instant)} gives it for a position loaded without it.
 *
 * <p><b>Replay.</b> {@link #replay(Position, Iterable)} folds {@code decide} over a customer's
 * events in the order given: deterministic, and independent of how the log is split into chunks.
 * {@link #replay(Position, Iterable, Instant)} also decides the ticks of time at every next check
 * up to an end instant, so that a log needs no hand-written {@code time_passed} rows.
 *
 * <p><b>Bad input</b> gets a rejected decision, not an exception: a position from another journey,
 * a stage the journey does not have, an event type the journey does not declare, a value that does
 * not fit the declaration, a criterion, message, touchpoint or channel the journey does not have. A
 * position made without the journey ({@link Position#of}) has its facts laid out for this journey
 * first ({@link io.github.journeykit.model.Facts#laidOutFor}).
 *
 * <p><b>Versions.</b> A position records the {@link Journey#version() version} of the journey that
 * decided it. A position of an older version is carried over first by the journey's migrations
 * ({@link Journey#migrate(Position)}), and the decision's {@link Decision#before() before} is the
 * carried position; a position that cannot be carried (no migration from its version, a stage no
 * migration maps, a newer version) gets a rejected decision that says why.
 *
 * <pre>{@code
 * Engine engine = Catalogue.get("sales-funnel").get().compile();
 * Position customer = engine.journey().newCustomer("c-1", Instant.parse("2026-03-01T09:00:00Z"));
 * Decision decision = engine.decide(customer, new InteractionHappened(Outcome.YES, Instant.parse("2026-03-02T09:00:00Z")));
 * decision.after().stage();   // "informed"
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Engine {

  private final Playbook playbook;
  private final Journey journey;
  private final String journeyId;
  private final int version;
  private final String[] stageIds;
  private final IdIndex stageIndex;
  private final @Nullable Gate[] gates;
  private final @Nullable Screen[] gateScreens;
  private final EventType[] types;
  private final IdIndex typeIndex;

  /**
   * The number of the journey's {@code interaction}, {@code criterion} and {@code purchase} event
   * types, when the journey declares the standard ones: events of their short Java types need no
   * look-up and no check of their values. -1 otherwise.
   */
  private final int interactionType;

  private final int criterionType;
  private final int purchaseType;
  private final int refusedType;
  private final int churnedType;
  private final int timePassedType;
  private final int messageSentType;
  private final int messageOpenedType;

  /** For each event type, the slot of the fact that remembers its last instant, or -1. */
  private final int[] lastSeenSlots;

  /** For each event type, whether its events make the customer active. */
  private final boolean[] activity;

  /** For each event type, whether its events name a criterion, or a message, of the journey. */
  private final boolean[] namesCriterion;

  private final boolean[] namesMessage;

  private final RuleTable rules;

  /** For each stage, the messages it sends on entry. */
  private final Message[][] entryMessages;

  /** For each stage, what its messages on entry say they were sent for: "entering 'paying'". */
  private final String[] entering;

  /** For each stage, when time could next make one of its {@code time_passed} rules fire. */
  private final NextCheck[] nextChecks;

  /** Whether any stage has a {@code time_passed} rule whose time parts give a next check. */
  private final boolean checksTime;

  private final Seq<Fact> declaredFacts;

  /**
   * The last layout of facts found equal to this journey's though not the same instance: that of
   * positions made by an equal journey. Kept so that they are not compared on every decision; a
   * race between threads only costs a comparison, since the layouts are immutable and equal.
   */
  private volatile @Nullable Seq<Fact> equalLayout;

  private final CriteriaSets criteriaSets;
  private final SharedFacts sharedFacts;
  private final IdIndex messages;
  private final IdIndex touchpoints;
  private final IdIndex channels;
  private final boolean explaining;
  private final Clock clock;

  Engine(Playbook playbook) {
    this.playbook = playbook;
    this.journey = playbook.journey();
    this.journeyId = journey.id();
    this.version = journey.version();
    this.stageIds = journey.stages().map(Stage::id).toJavaArray(String[]::new);
    this.stageIndex = new IdIndex(stageIds);
    this.gates = new Gate[stageIds.length];
    this.gateScreens = new Screen[stageIds.length];
    for (Gate gate : playbook.gates()) {
      gates[order(gate.stage())] = gate;
      gateScreens[order(gate.stage())] = Screen.of(gate.admission());
    }
    this.types = journey.eventTypes().toJavaArray(EventType[]::new);
    this.typeIndex =
        new IdIndex(journey.eventTypes().map(EventType::id).toJavaArray(String[]::new));
    this.interactionType = standardNumber(EventType.INTERACTION);
    this.criterionType = standardNumber(EventType.CRITERION);
    this.purchaseType = standardNumber(EventType.PURCHASE);
    this.refusedType = standardNumber(EventType.REFUSED);
    this.churnedType = standardNumber(EventType.CHURNED);
    this.timePassedType = standardNumber(EventType.TIME_PASSED);
    this.messageSentType = typeIndex.of(EventType.MESSAGE_SENT.id());
    this.messageOpenedType = typeIndex.of(EventType.MESSAGE_OPENED.id());
    this.lastSeenSlots = new int[types.length];
    this.activity = new boolean[types.length];
    this.namesCriterion = new boolean[types.length];
    this.namesMessage = new boolean[types.length];
    for (int t = 0; t < types.length; t++) {
      namesCriterion[t] = journey.valuesOf(types[t].id(), "criterion").isDefined();
      namesMessage[t] = journey.valuesOf(types[t].id(), "message").isDefined();
      String id = types[t].id();
      lastSeenSlots[t] =
          journey
              .facts()
              .indexWhere(
                  fact -> fact instanceof Fact.LastSeen seen && seen.eventType().equals(id));
      activity[t] =
          !id.equals(EventType.TIME_PASSED.id())
              && !id.equals(EventType.MESSAGE_SENT.id())
              && !id.equals(EventType.MESSAGE_IGNORED.id());
    }
    this.declaredFacts = journey.facts();
    this.criteriaSets =
        new CriteriaSets(journey.criteria().map(c -> c.id()).toJavaArray(String[]::new));
    this.sharedFacts = new SharedFacts(criteriaSets, journey.facts(), Facts.none(journey.facts()));
    this.messages = new IdIndex(journey.messages().map(Message::id).toJavaArray(String[]::new));
    this.touchpoints =
        new IdIndex(journey.touchpoints().map(Touchpoint::id).toJavaArray(String[]::new));
    this.channels = new IdIndex(journey.channels().map(Channel::id).toJavaArray(String[]::new));
    this.entryMessages = new Message[stageIds.length][];
    this.entering = new String[stageIds.length];
    for (int s = 0; s < stageIds.length; s++) {
      entering[s] = "entering '" + stageIds[s] + "'";
      entryMessages[s] =
          journey.stages().get(s).onEntry().flatMap(journey::message).toJavaArray(Message[]::new);
    }
    this.rules =
        new RuleTable(
            stageIds.length,
            journey.eventTypes(),
            playbook.rules(),
            this::order,
            typeIndex::of,
            this::compile,
            stage -> entryMessages[stage].length > 0);
    int timePassed = typeIndex.of(EventType.TIME_PASSED.id());
    this.nextChecks = new NextCheck[stageIds.length];
    boolean anyTime = false;
    for (int s = 0; s < stageIds.length; s++) {
      nextChecks[s] =
          timePassed < 0
              ? NextCheck.NEVER
              : NextCheck.of(rules.bucket(s, timePassed), journey.facts());
      anyTime |= !nextChecks[s].never();
    }
    this.checksTime = anyTime;
    this.explaining = true;
    this.clock = Clock.systemUTC();
  }

  private Engine(Engine other, boolean explaining, Clock clock) {
    this.playbook = other.playbook;
    this.journey = other.journey;
    this.journeyId = other.journeyId;
    this.version = other.version;
    this.stageIds = other.stageIds;
    this.stageIndex = other.stageIndex;
    this.gates = other.gates;
    this.gateScreens = other.gateScreens;
    this.types = other.types;
    this.typeIndex = other.typeIndex;
    this.interactionType = other.interactionType;
    this.criterionType = other.criterionType;
    this.purchaseType = other.purchaseType;
    this.refusedType = other.refusedType;
    this.churnedType = other.churnedType;
    this.timePassedType = other.timePassedType;
    this.messageSentType = other.messageSentType;
    this.messageOpenedType = other.messageOpenedType;
    this.lastSeenSlots = other.lastSeenSlots;
    this.activity = other.activity;
    this.namesCriterion = other.namesCriterion;
    this.namesMessage = other.namesMessage;
    this.rules = other.rules;
    this.entryMessages = other.entryMessages;
    this.entering = other.entering;
    this.nextChecks = other.nextChecks;
    this.checksTime = other.checksTime;
    this.declaredFacts = other.declaredFacts;
    this.criteriaSets = other.criteriaSets;
    this.sharedFacts = other.sharedFacts;
    this.messages = other.messages;
    this.touchpoints = other.touchpoints;
    this.channels = other.channels;
    this.explaining = explaining;
    this.clock = clock;
  }

  @SuppressWarnings("ReferenceEquality") // the very standard declaration, not an equal one
  private int standardNumber(EventType standard) {
    int number = typeIndex.of(standard.id());
    return number >= 0 && types[number] == standard ? number : -1;
  }

  private CompiledRule compile(Rule rule) {
    CompiledRule.Move move = CompiledRule.Move.NONE;
    int target = -1;
    CustomerStatus status = null;
    java.util.List<Update> updates = new ArrayList<>();
    java.util.List<Message> sends = new ArrayList<>();
    java.util.List<Boolean> regardless = new ArrayList<>();
    for (Effect effect : rule.effects()) {
      if (effect instanceof Effect.Move m) {
        if (move == CompiledRule.Move.NONE) {
          move =
              switch (m.direction()) {
                case NEXT -> CompiledRule.Move.NEXT;
                case PREVIOUS -> CompiledRule.Move.PREVIOUS;
                case TO -> CompiledRule.Move.TO;
              };
          target = m.stage().isDefined() ? order(m.stage().get()) : -1;
        }
      } else if (effect instanceof Effect.SetStatus s) {
        status = status == null ? s.status() : status;
      } else if (effect instanceof Effect.RecordCriterion r) {
        updates.add(
            r.criterion().isDefined()
                ? Update.meet(r.criterion().get())
                : Update.meetEventCriterion());
      } else if (effect instanceof Effect.CountPurchase) {
        updates.add(Update.countPurchase());
      } else if (effect instanceof Effect.ForgetCriterion forget) {
        updates.add(Update.forget(forget.criterion()));
      } else if (effect instanceof Effect.ChangeFact change) {
        int slot = journey.facts().indexWhere(fact -> fact.id().equals(change.fact()));
        updates.add(Update.fact(new FactChange(journey.facts().get(slot), slot, change)));
      } else if (effect instanceof Effect.Send send) {
        sends.add(journey.message(send.message()).get());
        regardless.add(send.regardless());
      }
    }
    boolean[] sendsRegardless = new boolean[regardless.size()];
    for (int i = 0; i < sendsRegardless.length; i++) {
      sendsRegardless[i] = regardless.get(i);
    }
    return new CompiledRule(
        rule,
        move,
        target,
        status,
        updates.toArray(new Update[0]),
        sends.toArray(new Message[0]),
        sendsRegardless);
  }

  /**
   * Returns the playbook this engine was compiled from.
   *
   * @return the playbook
   */
  public Playbook playbook() {
    return playbook;
  }

  /**
   * Returns the journey this engine runs.
   *
   * @return the journey
   */
  public Journey journey() {
    return journey;
  }

  /**
   * Returns an engine like this one with explanations switched on or off. Off, decisions carry no
   * verdicts (a rejection is still explained); this is the fastest way to replay large logs.
   *
   * @param on whether to explain decisions
   * @return the engine
   */
  public Engine withExplanations(boolean on) {
    return on == explaining ? this : new Engine(this, on, clock);
  }

  /**
   * Returns an engine like this one that reads "now" from the given clock. The clock is used only
   * by {@link #newCustomer(String)} and {@link #timePasses(Position)}; decisions take their time
   * from events.
   *
   * @param newClock the clock
   * @return the engine
   */
  public Engine withClock(Clock newClock) {
    return new Engine(this, explaining, Objects.requireNonNull(newClock, "clock is null"));
  }

  /**
   * Returns a new customer's position, starting now (by the engine's clock).
   *
   * @param customer the customer's id
   * @return the position at the journey's first stage
   */
  public Position newCustomer(String customer) {
    return journey.newCustomer(customer, clock.instant());
  }

  /**
   * Decides that time has passed up to now (by the engine's clock): lets "no activity for N days"
   * rules fire for a customer who did nothing.
   *
   * @param position the customer's position
   * @return the decision on a {@link TimePassed} event at the clock's instant
   */
  public Decision timePasses(Position position) {
    return decide(position, new TimePassed(clock.instant()));
  }

  /**
   * Decides one event for one customer.
   *
   * @param given the customer's position before the event
   * @param event the event
   * @return the decision: the new position, the messages to send, and why
   */
  @SuppressWarnings("ReferenceEquality") // the one explanation of every quiet decision
  public Decision decide(Position given, Event event) {
    Objects.requireNonNull(given, "position is null");
    Objects.requireNonNull(event, "event is null");
    Position position = given;
    if (position.enrolment().version() != version) {
      Validation<String, Position> carried = journey.migrate(position);
      if (carried.isInvalid()) {
        return rejected(position, event, carried.getError());
      }
      position = carried.get();
    }
    // Admit the event.
    int type = typeOf(event);
    int stage = admittedStage(position, event, type);
    if (stage < 0) {
      String rejection = rejection(position, event);
      return rejected(
          position, event, rejection == null ? "the event cannot be decided" : rejection);
    }
    int outcome = Screen.outcomeOf(event);
    Trace trace =
        explaining
            ? new Trace.Recording()
            : rules.sends(stage, type, outcome) ? new Trace.Sending() : Trace.QUIET;
    Position laidOut = laidOut(position);
    Position after = decideAdmitted(laidOut, event, type, outcome, stage, trace);
    // The explanation reads the position the engine asked: laid out for this journey.
    Explanation explanation = trace.explanation(laidOut, event, after);
    Seq<MessageToSend> messages = trace.messages();
    Instant next = checksTime ? nextCheckOf(after, stage, laidOut, instantOf(event)) : null;
    return messages.isEmpty() && explanation == Explanation.OFF && next == null
        ? new Decision(position, event, after)
        : new Decision(position, event, after, messages, explanation, next);
  }

  /**
   * Decides an admitted event: asks the rules, applies the records, picks the winners, admits the
   * move through the gate, builds the position and sends. The heart of the engine, shared by quiet
   * and explained decisions; the trace keeps what an explanation needs, or nothing.
   *
   * @param position the customer's position, its facts laid out for this journey
   * @param outcome the event's outcome, as {@link Screen#outcomeOf} reads it
   * @return the new position; the messages and the explanation are in the trace
   */
  @SuppressWarnings("ReferenceEquality") // see the comparison of instants at the end
  private Position decideAdmitted(
      Position position, Event event, int type, int outcome, int stage, Trace trace) {
    CompiledRule[] asked =
        trace.explains() ? rules.bucket(stage, type) : rules.lane(stage, type, outcome);
    trace.asked(asked);

    // Ask the rules about the position before the event, apply the updates of those that fire,
    // in order, and pick the winners of the move and the status. The new position is put together
    // once, at the end.
    CustomerStatus statusBefore = position.status();
    Facts factsBefore = position.facts();
    Facts facts = factsBefore;
    int purchasesBefore = factsBefore.purchases();
    CompiledRule moveWinner = null;
    CompiledRule statusWinner = null;
    // The declared facts the rules change are changed in one draft, made at the first change.
    Facts.Draft draft = null;
    CompiledRule[] senders = null;
    int senderCount = 0;
    for (int i = 0; i < asked.length; i++) {
      CompiledRule rule = asked[i];
      if (!rule.screen.holds(position, purchasesBefore, event, outcome)) {
        continue;
      }
      trace.fired(i);
      for (Update update : rule.updates) {
        if (update.changesFact()) {
          draft = draft != null ? draft : facts.draft();
          update.apply(draft, event);
        } else {
          facts = update.apply(draft != null ? draft.facts() : facts, event, sharedFacts);
          draft = null;
        }
      }
      if (rule.sends.length > 0) {
        if (senders == null) {
          senders = new CompiledRule[asked.length];
        }
        senders[senderCount++] = rule;
      }
      if (rule.moves() && moveWinner == null) {
        moveWinner = rule;
      }
      if (rule.status != null && statusWinner == null) {
        statusWinner = rule;
      }
    }
    Instant at = instantOf(event);
    facts = remembered(facts, draft, event, type, at);
    CustomerStatus status =
        statusWinner != null && statusWinner.status != null ? statusWinner.status : statusBefore;
    Instant lastActive = activity[type] ? at : position.lastActiveAt();

    // Admit the winning move through the gate of the stage it leads to.
    String stageId = position.stage();
    Instant entered = position.enteredStageAt();
    boolean moved = false;
    int finalStage = stage;
    // The customer as a gate that needs a position asks about them; the new position too when the
    // gate keeps them where they are and sending changes nothing.
    Position gateAsked = null;
    if (moveWinner != null) {
      int target = moveWinner.move.target(stage, stageIds.length, moveWinner.moveTarget);
      if (target < 0) {
        trace.stuck(
            "'"
                + position.stage()
                + "' is the "
                + (moveWinner.move == CompiledRule.Move.NEXT ? "last" : "first")
                + " stage");
      } else if (target != stage) {
        Screen gate = gateScreens[target];
        if (gate != null && (gate.rest != null || trace.explains())) {
          gateAsked = asked(position, status, facts, lastActive);
        }
        if (admits(target, gateAsked, event, outcome, status, facts, trace)) {
          stageId = stageIds[target];
          entered = at;
          moved = true;
          finalStage = target;
        }
      }
    }

    // Send the messages of the rules whose decision stands, then the new stage's.
    if (senders != null || (moved && entryMessages[finalStage].length > 0)) {
      facts = send(position, at, stage, finalStage, status, senders, senderCount, facts, trace);
    }

    // Build the position, unless nothing changed. The instants are compared by identity, not
    // equality: an equal but different instant only costs a new position, and a look at two
    // instants costs more than that on the hot path.
    boolean same =
        !moved
            && status == statusBefore
            && facts == factsBefore
            && entered == position.enteredStageAt()
            && lastActive == position.lastActiveAt();
    Position after =
        same
            ? position
            : !moved && gateAsked != null && gateAsked.facts() == facts
                ? gateAsked
                : new Position(position.enrolment(), stageId, status, facts, entered, lastActive);

    trace.winners(moveWinner, statusWinner);
    return after;
  }

  /**
   * Whether the gate of the stage a move leads to admits the customer as this event's records left
   * them. The position the gate asks about is made by the caller, only when a part of the gate's
   * condition needs one or the trace keeps it to explain a refusal.
   */
  private boolean admits(
      int target,
      @Nullable Position asked,
      Event event,
      int outcome,
      CustomerStatus status,
      Facts facts,
      Trace trace) {
    Screen gate = gateScreens[target];
    if (gate == null) {
      return true;
    }
    boolean admitted = false;
    if (gate.passes(status, facts.purchases(), facts.criteria(), outcome)) {
      Condition rest = gate.rest;
      admitted = rest == null || rest.holds(Objects.requireNonNull(asked), event);
    }
    if (!admitted && trace.explains()) {
      trace.blocked(Objects.requireNonNull(gates[target]), Objects.requireNonNull(asked));
    }
    return admitted;
  }

  /** The customer as a gate is asked about them: still at their stage, with the event's records. */
  private static Position asked(
      Position position, CustomerStatus status, Facts facts, Instant lastActive) {
    return new Position(
        position.enrolment(),
        position.stage(),
        status,
        facts,
        position.enteredStageAt(),
        lastActive);
  }

  /**
   * The position with its facts laid out as this journey declares them: a position made without the
   * journey ({@link Position#of}) or under an earlier version of it keeps every fact of the same id
   * and kind.
   */
  @SuppressWarnings("ReferenceEquality") // the journey's own layout, shared by its positions
  private Position laidOut(Position position) {
    Facts facts = position.facts();
    Seq<Fact> layout = facts.declared();
    if (layout == declaredFacts || layout == equalLayout) {
      return position;
    }
    if (layout.equals(declaredFacts)) {
      // the positions of an equal journey (read from the same definition, built by the same code)
      // are taken as they are, after one comparison of the layouts
      equalLayout = layout;
      return position;
    }
    return position.withFacts(facts.laidOutFor(declaredFacts));
  }

  /**
   * The facts every event keeps without a rule: the instant of the last event of a type the journey
   * remembers, and the history of a message sent or opened; made with the changes of the rules'
   * draft, if they made one.
   */
  private Facts remembered(
      Facts facts, Facts.@Nullable Draft draft, Event event, int type, Instant at) {
    int slot = lastSeenSlots[type];
    Facts result;
    if (slot >= 0) {
      result = (draft != null ? draft : facts.draft()).withAt(slot, at).facts();
    } else {
      result = draft != null ? draft.facts() : facts;
    }
    if (type == messageSentType || type == messageOpenedType) {
      String message = messageOf(event);
      if (message != null && type == messageOpenedType) {
        result = result.messageOpened(message, at);
      } else if (message != null && !result.message(message).lastSent().contains(at)) {
        // a message the engine sent itself is in the history already, at its send-at instant:
        // the CRM's report that it went out confirms it and does not count it twice
        result = result.messageSent(message, at);
      }
    }
    return result;
  }

  /**
   * Sends the messages of a decision: those of the rules that fired whose decision stands (or that
   * send regardless), in the order they were asked, then those the new stage sends on entry; each
   * message at most once, and only where its cadence allows. Each is recorded in the customer's
   * history at its send-at instant; the trace keeps it, or why it was not sent.
   */
  private Facts send(
      Position position,
      Instant at,
      int from,
      int to,
      CustomerStatus status,
      CompiledRule @Nullable [] senders,
      int senderCount,
      Facts facts,
      Trace trace) {
    Facts result = facts;
    for (int i = 0; i < senderCount; i++) {
      CompiledRule rule = Objects.requireNonNull(senders)[i];
      boolean stands = rule.stands(from, to, stageIds.length, status);
      for (int m = 0; m < rule.sends.length; m++) {
        if (stands || rule.regardless[m]) {
          result = offer(position, rule.sends[m], at, rule.rule.name(), true, result, trace);
        } else if (trace.explains()) {
          trace.notSent(
              "'"
                  + rule.sends[m].id()
                  + "' of "
                  + by(rule.rule.name(), true)
                  + ": "
                  + (rule.moves() && rule.move.target(from, stageIds.length, rule.moveTarget) != to
                      ? "its move was not made"
                      : "its status was overridden"));
        }
      }
    }
    if (from != to) {
      for (Message message : entryMessages[to]) {
        result = offer(position, message, at, entering[to], false, result, trace);
      }
    }
    return result;
  }

  /** Who asked for a message, in an explanation: a rule's name in quotes, or "entering 'x'". */
  private static String by(String rule, boolean ofARule) {
    return ofARule ? "\"" + rule + "\"" : rule;
  }

  /**
   * Sends one message unless it went out in this decision already (its history in {@code facts}
   * differs from the one the decision started with) or its cadence forbids.
   */
  @SuppressWarnings("ReferenceEquality") // an unchanged history is the very same instance
  private static Facts offer(
      Position position,
      Message message,
      Instant at,
      String rule,
      boolean ofARule,
      Facts facts,
      Trace trace) {
    MessageHistory history = facts.message(message.id());
    if (history != position.facts().message(message.id())) {
      return facts;
    }
    Instant sendAt = sendAt(message, at);
    if (message.cadence().isDefined() && !message.cadence().get().allows(history, sendAt)) {
      if (trace.explains()) {
        trace.notSent(
            "'"
                + message.id()
                + "' of "
                + by(rule, ofARule)
                + ": "
                + message.cadence().get().whyNot(history, sendAt).getOrElse("")
                + " (cadence: "
                + message.cadence().get()
                + ")");
      }
      return facts;
    }
    if (trace.keepsMessages()) {
      trace.sent(new MessageToSend(position.customer(), message, sendAt, rule));
    }
    return facts.messageSent(message.id(), sendAt);
  }

  /**
   * Returns when to check a customer again: the earliest instant after {@code after} at which a
   * {@code time_passed} rule of the customer's stage could fire, as {@link Decision#nextCheck()}
   * gives it after each decision. For a position loaded from storage without its next check.
   *
   * @param given the customer's position in this engine's journey, of its version or one its
   *     migrations carry
   * @param after the instant from which to look, usually the last decision's
   * @return the next check, or none when no time-based rule can fire at the customer's stage
   * @throws IllegalArgumentException when the position is not in this journey, cannot be carried to
   *     its version, or its stage does not exist
   */
  public Option<Instant> nextCheck(Position given, Instant after) {
    Objects.requireNonNull(given, "position is null");
    Objects.requireNonNull(after, "after is null");
    Position position =
        journey
            .migrate(given)
            .toEither()
            .getOrElseThrow((String why) -> new IllegalArgumentException(why));
    if (!position.journey().equals(journeyId) || stageIndex.of(position.stage()) < 0) {
      String why = rejection(position, new TimePassed(after));
      throw new IllegalArgumentException(why == null ? "the position cannot be checked" : why);
    }
    return Option.of(nextCheckOf(laidOut(position), after));
  }

  /** The next check of a position of this journey at a stage it has, or null. */
  private @Nullable Instant nextCheckOf(Position position, Instant after) {
    return nextCheckOf(position, stageIndex.of(position.stage()), position, after);
  }

  /**
   * The next check of a position a decision made, or null: the stage looked up only when the
   * customer moved from the one the decision started at.
   */
  @SuppressWarnings("ReferenceEquality") // the very stage id: the customer did not move
  private @Nullable Instant nextCheckOf(
      Position position, int stageBefore, Position before, Instant after) {
    NextCheck check =
        nextChecks[
            position.stage() == before.stage() ? stageBefore : stageIndex.of(position.stage())];
    return check.never() ? null : check.after(position, after);
  }

  /** The place of a stage the engine knows to exist. */
  private int order(String stage) {
    int order = stageIndex.of(stage);
    if (order < 0) {
      throw new IllegalStateException("no stage '" + stage + "' in journey '" + journeyId + "'");
    }
    return order;
  }

  /**
   * The place of the customer's stage when the engine can decide the event for the position (same
   * journey, known stage, an event that fits the journey), with one look-up; -1 when it must reject
   * it.
   */
  private int admittedStage(Position position, Event event, int type) {
    if (type < 0
        || !position.journey().equals(journeyId)
        || position.enrolment().version() != version) {
      return -1;
    }
    int stage = stageIndex.of(position.stage());
    if (stage < 0 || !fits(event, type)) {
      return -1;
    }
    return stage;
  }

  /**
   * Whether an event of a type the journey knows fits the journey's declaration: without a look at
   * its values for the journey's very declaration (a declared event is checked when it is made),
   * but for the criterion, message, touchpoint and channel it names; through {@link
   * Journey#check(Event)} otherwise.
   */
  @SuppressWarnings("ReferenceEquality") // the very declaration needs no look at the values
  private boolean fits(Event event, int type) {
    if (type == interactionType && event instanceof InteractionHappened) {
      return true;
    }
    if (type == purchaseType && event instanceof PurchaseMade) {
      return true;
    }
    if (type == criterionType && event instanceof CriterionMet met) {
      return criteriaSets.knows(met.criterion());
    }
    if (event instanceof TimePassed) {
      return type == timePassedType || journey.check(event).isValid();
    }
    if (event instanceof DeclaredEvent declared) {
      if (declared.type() != types[type]
          || (declared.touchpoint().isDefined()
              && !touchpoints.contains(declared.touchpoint().get()))
          || (declared.channel().isDefined() && !channels.contains(declared.channel().get()))) {
        return journey.check(event).isValid();
      }
    } else if (event.type() != types[type]) {
      return journey.check(event).isValid();
    }
    // Only the types that name a criterion or a message are looked at further (a table, not a
    // comparison of type ids: refusals and churns are a tenth of a CRM's events).
    if (namesCriterion[type]) {
      String criterion = Update.criterionOf(event);
      return criterion == null || criteriaSets.knows(criterion);
    }
    if (namesMessage[type]) {
      String message = messageOf(event);
      return message == null || messages.contains(message);
    }
    return true;
  }

  /** Why the event cannot be decided for the position, or null when it can. */
  private @Nullable String rejection(Position position, Event event) {
    if (!position.journey().equals(journeyId)) {
      return "the position of customer '"
          + position.customer()
          + "' is in journey '"
          + position.journey()
          + "', not '"
          + journeyId
          + "'";
    }
    Validation<String, Position> carried = journey.migrate(position);
    if (carried.isInvalid()) {
      return carried.getError();
    }
    if (stageIndex.of(position.stage()) < 0) {
      return "stage '"
          + position.stage()
          + "' does not exist in journey '"
          + journeyId
          + "'; known stages: "
          + String.join(", ", stageIds);
    }
    Validation<Seq<Problem>, Event> checked = journey.check(event);
    return checked.isValid() ? null : checked.getError().mkString("; ");
  }

  /** The message a message event names. */
  private static @Nullable String messageOf(Event event) {
    String id = event.type().id();
    if (!id.equals(EventType.MESSAGE_SENT.id())
        && !id.equals(EventType.MESSAGE_OPENED.id())
        && !id.equals(EventType.MESSAGE_IGNORED.id())) {
      return null;
    }
    Option<Object> message = event.attribute("message");
    return message.isDefined() ? message.get().toString() : null;
  }

  /**
   * Replays a customer's events in the order given, deciding each from the position the previous
   * one left.
   *
   * @param start the position before the first event
   * @param events the events, in the order to apply them
   * @return the final position and every decision
   */
  public Replay replay(Position start, Iterable<? extends Event> events) {
    Objects.requireNonNull(start, "start is null");
    Objects.requireNonNull(events, "events is null");
    Position position = start;
    ArrayList<Decision> decisions = new ArrayList<>();
    for (Event event : events) {
      Decision decision = decide(position, event);
      decisions.add(decision);
      position = decision.after();
    }
    return new Replay(position, Vector.ofAll(decisions));
  }

  /**
   * Replays a customer's events in the order given, with the ticks of time the journey needs:
   * before each event, and after the last one up to {@code until}, a {@link TimePassed} is decided
   * at every {@linkplain Decision#nextCheck() next check} that falls before it, so that a log needs
   * no hand-written {@code time_passed} rows. A tick at the very instant of an event comes before
   * it. The first check is the start position's, from the later of its two instants.
   *
   * @param start the position before the first event
   * @param events the events, in the order to apply them
   * @param until the last instant to tick at (inclusive); events after it are still decided
   * @return the final position and every decision, ticks included
   */
  public Replay replay(Position start, Iterable<? extends Event> events, Instant until) {
    Objects.requireNonNull(start, "start is null");
    Objects.requireNonNull(events, "events is null");
    Objects.requireNonNull(until, "until is null");
    ArrayList<Decision> decisions = new ArrayList<>();
    Position position = start;
    Instant from =
        start.lastActiveAt().isAfter(start.enteredStageAt())
            ? start.lastActiveAt()
            : start.enteredStageAt();
    Option<Instant> next =
        checksTime && start.journey().equals(journeyId) && stageIndex.of(start.stage()) >= 0
            ? Option.of(nextCheckOf(laidOut(start), from))
            : Option.none();
    java.util.Iterator<? extends Event> remaining = events.iterator();
    while (true) {
      // the ticks due before the next event, or up to the end after the last one
      Event event = remaining.hasNext() ? remaining.next() : null;
      Instant tickUntil = event == null || until.isBefore(event.at()) ? until : event.at();
      while (next.isDefined() && !next.get().isAfter(tickUntil)) {
        Decision tick = decide(position, new TimePassed(next.get()));
        decisions.add(tick);
        position = tick.after();
        next = tick.isRejected() ? Option.none() : tick.nextCheck();
      }
      if (event == null) {
        break;
      }
      Decision decision = decide(position, event);
      decisions.add(decision);
      position = decision.after();
      if (!decision.isRejected()) {
        next = decision.nextCheck();
      }
    }
    return new Replay(position, Vector.ofAll(decisions));
  }

  /**
   * Replays a customer's events without explanations and keeps only the final position: the fastest
   * replay.
   *
   * @param start the position before the first event
   * @param events the events, in the order to apply them
   * @return the position after the last event
   */
  public Position finalPosition(Position start, Iterable<? extends Event> events) {
    Objects.requireNonNull(start, "start is null");
    Objects.requireNonNull(events, "events is null");
    // a start of an older version is carried over once; one that cannot be is never admitted
    Position position =
        start.enrolment().version() == version ? start : journey.migrate(start).getOrElse(start);
    for (Event event : events) {
      int type = typeOf(event);
      int stage = admittedStage(position, event, type);
      if (stage >= 0) {
        position =
            decideAdmitted(
                laidOut(position), event, type, Screen.outcomeOf(event), stage, Trace.QUIET);
      }
    }
    return position;
  }

  /**
   * The number of the event's type in this engine, or -1 when the journey does not know it; without
   * an interface call for the events most journeys see most: {@code type()} has a dozen
   * implementations, so the call goes through an itable stub and an indirect jump that mispredicts
   * with every change of event type, and was an eighth of a decision's time (async-profiler).
   */
  @SuppressWarnings("ReferenceEquality") // the very declaration; equal ones through the index
  int typeOf(Event event) {
    if (event instanceof InteractionHappened && interactionType >= 0) {
      return interactionType;
    }
    if (event instanceof CriterionMet && criterionType >= 0) {
      return criterionType;
    }
    if (event instanceof PurchaseMade && purchaseType >= 0) {
      return purchaseType;
    }
    if (event instanceof CustomerRefused && refusedType >= 0) {
      return refusedType;
    }
    if (event instanceof CustomerChurned && churnedType >= 0) {
      return churnedType;
    }
    if (event instanceof TimePassed && timePassedType >= 0) {
      return timePassedType;
    }
    // The journey's very declaration, as events made from it carry it, is found without a hash.
    EventType declared = event instanceof DeclaredEvent made ? made.type() : event.type();
    for (int t = 0; t < types.length; t++) {
      if (types[t] == declared) {
        return t;
      }
    }
    return typeIndex.of(declared.id());
  }

  /**
   * The event's instant, without an interface call for the short Java types of the standard events
   * (the call's target changes with every event, see {@link #typeOf}).
   */
  private static Instant instantOf(Event event) {
    if (event instanceof InteractionHappened interaction) {
      return interaction.at();
    }
    if (event instanceof CriterionMet met) {
      return met.at();
    }
    if (event instanceof PurchaseMade purchase) {
      return purchase.at();
    }
    if (event instanceof CustomerRefused refused) {
      return refused.at();
    }
    if (event instanceof CustomerChurned churned) {
      return churned.at();
    }
    if (event instanceof DeclaredEvent declared) {
      return declared.at();
    }
    if (event instanceof TimePassed passed) {
      return passed.at();
    }
    return event.at();
  }

  private static Instant sendAt(Message message, Instant decided) {
    if (message.when().isEmpty()) {
      return decided;
    }
    Timing timing = message.when().get();
    Instant at = decided.plus(timing.delay());
    if (timing.timeOfDay().isEmpty()) {
      return at;
    }
    LocalTime time = timing.timeOfDay().get();
    ZonedDateTime base = at.atZone(ZoneOffset.UTC);
    ZonedDateTime candidate = base.with(time);
    return (candidate.isBefore(base) ? candidate.plusDays(1) : candidate).toInstant();
  }

  private Decision rejected(Position position, Event event, String reason) {
    return Decision.rejected(position, event, reason);
  }

  /**
   * Returns the compiled rules that can apply at a stage (by its place) to an event type, in order.
   */
  CompiledRule[] bucket(int stage, EventType type) {
    int number = typeIndex.of(type.id());
    return number < 0 ? new CompiledRule[0] : rules.bucket(stage, number);
  }

  /**
   * Describes the engine: its journey and how many rules it runs.
   *
   * @return e.g. {@code Engine[sales-funnel: 10 rules, 4 gates]}
   */
  @Override
  public String toString() {
    return "Engine["
        + journeyId
        + ": "
        + playbook.rules().size()
        + " rules, "
        + playbook.gates().size()
        + " gates"
        + (explaining ? "" : ", explanations off")
        + "]";
  }
}
