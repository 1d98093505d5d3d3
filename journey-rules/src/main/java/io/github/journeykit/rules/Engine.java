package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.DeclaredEvent;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Touchpoint;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
 * <p><b>How one event is decided.</b> Every considered rule's condition is asked about the position
 * <em>before</em> the event (so the order of rules never changes what they see). Every rule that
 * fires records its criteria and purchases and asks for its messages; the move and the status come
 * from the first firing rule that has one (higher priority first, then declaration order), and the
 * explanation reports the others as overridden. The customer's last activity becomes the event's
 * instant (except for time passing and messages the company sent or the customer ignored). Then the
 * move, if any, is asked of the target stage's {@link Gate}; a customer it does not admit stays.
 *
 * <p><b>Cost.</b> With explanations off, a decision that sends no message allocates 64 bytes: the
 * new {@link Position} (40) and the {@link Decision} (24). Compiling reads the built-in parts of
 * every condition and gate (status, outcome, purchase and criteria tests, and {@code and}s of them)
 * into masks and bounds, so the usual decision calls no condition at all; the rules of a bucket are
 * also laid out in lanes by the interaction's outcome; stages, criteria and messages are looked up
 * in collision-free tables; and recorded criteria come from one shared set per combination instead
 * of a new set each time. Conditions of your own ({@link Condition#of}) and {@code or}s are called
 * as written. {@code journey-bench} measures all of this against hand-written code and five other
 * libraries.
 *
 * <p><b>Replay.</b> {@link #replay(Position, Iterable)} folds {@code decide} over a customer's
 * events in the order given: deterministic, and independent of how the log is split into chunks.
 * "No activity for N days" rules work by replay: the CRM appends {@link TimePassed} events (or any
 * event) and {@link Condition#inactiveFor(Duration)} compares instants; there is no scheduler.
 *
 * <p><b>Bad input</b> gets a rejected decision, not an exception: a position from another journey,
 * a stage the journey does not have, an event type the playbook does not know, a detail it does not
 * accept.
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

  private static final CompiledRule[] NONE = new CompiledRule[0];

  /**
   * Lanes per bucket: one per interaction outcome and one for the other events. A lane holds the
   * bucket's rules whose outcome test lets that outcome through, so an undecided customer's
   * decision does not look at the rules for a yes or a no.
   */
  private static final int LANES = Screen.NO_OUTCOME + 1;

  private final Playbook playbook;
  private final Journey journey;
  private final String journeyId;
  private final String[] stageIds;
  private final IdIndex stageIndex;
  private final EventType[] types;
  private final IdIndex typeIndex;

  /**
   * The number of the journey's {@code interaction}, {@code criterion} and {@code purchase} event
   * types, when the journey declares the standard ones: events of their short Java types need no
   * look-up and no check of their attributes. -1 otherwise.
   */
  private final int interactionType;

  private final int criterionType;
  private final int purchaseType;
  private final int messageSentType;
  private final int messageOpenedType;

  /** For each event type, the slot of the fact that remembers its last instant, or -1. */
  private final int[] lastSeenSlots;

  private final CompiledRule[][] buckets;
  private final CompiledRule[][] lanes;
  private final boolean[] laneSends;
  private final @Nullable Gate[] gates;
  private final @Nullable Screen[] gateScreens;
  private final CriteriaSets criteriaSets;
  private final IdIndex messages;
  private final IdIndex touchpoints;
  private final IdIndex channels;
  private final boolean explaining;
  private final Clock clock;

  Engine(Playbook playbook) {
    this.playbook = playbook;
    this.journey = playbook.journey();
    this.journeyId = journey.id();
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
    this.messageSentType = typeIndex.of(EventType.MESSAGE_SENT.id());
    this.messageOpenedType = typeIndex.of(EventType.MESSAGE_OPENED.id());
    this.lastSeenSlots = new int[types.length];
    for (int t = 0; t < types.length; t++) {
      String id = types[t].id();
      lastSeenSlots[t] =
          journey
              .facts()
              .indexWhere(
                  fact -> fact instanceof Fact.LastSeen seen && seen.eventType().equals(id));
    }
    this.criteriaSets =
        new CriteriaSets(journey.criteria().map(c -> c.id()).toJavaArray(String[]::new));
    this.messages = new IdIndex(journey.messages().map(Message::id).toJavaArray(String[]::new));
    this.touchpoints =
        new IdIndex(journey.touchpoints().map(Touchpoint::id).toJavaArray(String[]::new));
    this.channels = new IdIndex(journey.channels().map(Channel::id).toJavaArray(String[]::new));
    this.buckets = index(playbook.rules());
    this.lanes = new CompiledRule[buckets.length * LANES][];
    this.laneSends = new boolean[lanes.length];
    for (int i = 0; i < buckets.length; i++) {
      for (int outcome = 0; outcome < LANES; outcome++) {
        java.util.List<CompiledRule> lane = new ArrayList<>();
        for (CompiledRule rule : buckets[i]) {
          if ((rule.screen.outcomes >>> outcome & 1) != 0) {
            lane.add(rule);
            laneSends[i * LANES + outcome] |= rule.sends.length > 0;
          }
        }
        lanes[i * LANES + outcome] = lane.isEmpty() ? NONE : lane.toArray(NONE);
      }
    }
    this.explaining = true;
    this.clock = Clock.systemUTC();
  }

  private Engine(Engine other, boolean explaining, Clock clock) {
    this.playbook = other.playbook;
    this.journey = other.journey;
    this.journeyId = other.journeyId;
    this.stageIds = other.stageIds;
    this.stageIndex = other.stageIndex;
    this.types = other.types;
    this.typeIndex = other.typeIndex;
    this.interactionType = other.interactionType;
    this.criterionType = other.criterionType;
    this.purchaseType = other.purchaseType;
    this.messageSentType = other.messageSentType;
    this.messageOpenedType = other.messageOpenedType;
    this.lastSeenSlots = other.lastSeenSlots;
    this.buckets = other.buckets;
    this.lanes = other.lanes;
    this.laneSends = other.laneSends;
    this.gates = other.gates;
    this.gateScreens = other.gateScreens;
    this.criteriaSets = other.criteriaSets;
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

  private CompiledRule[][] index(Seq<Rule> rules) {
    java.util.List<java.util.List<CompiledRule>> lists = new ArrayList<>();
    for (int i = 0; i < stageIds.length * types.length; i++) {
      lists.add(new ArrayList<>());
    }
    // A stable sort keeps declaration order among rules of equal priority.
    java.util.List<Rule> ordered = new ArrayList<>(rules.toJavaList());
    ordered.sort(Comparator.comparingInt((Rule rule) -> rule.priority()).reversed());
    for (Rule rule : ordered) {
      CompiledRule compiled = compile(rule);
      if (rule.stages().isEmpty()) {
        for (int stage = 0; stage < stageIds.length; stage++) {
          lists.get(stage * types.length + typeIndex.of(rule.on().id())).add(compiled);
        }
      } else {
        for (String stage : rule.stages()) {
          lists.get(order(stage) * types.length + typeIndex.of(rule.on().id())).add(compiled);
        }
      }
    }
    CompiledRule[][] index = new CompiledRule[lists.size()][];
    for (int i = 0; i < index.length; i++) {
      index[i] = lists.get(i).isEmpty() ? NONE : lists.get(i).toArray(NONE);
    }
    return index;
  }

  private CompiledRule compile(Rule rule) {
    int move = CompiledRule.NO_MOVE;
    int target = -1;
    CustomerStatus status = null;
    boolean purchase = false;
    boolean eventCriterion = false;
    java.util.List<String> recorded = new ArrayList<>();
    java.util.List<String> forgotten = new ArrayList<>();
    java.util.List<FactChange> changes = new ArrayList<>();
    java.util.List<Message> sends = new ArrayList<>();
    for (Effect effect : rule.effects()) {
      if (effect instanceof Effect.Move m) {
        if (move == CompiledRule.NO_MOVE) {
          switch (m.direction()) {
            case NEXT -> move = CompiledRule.NEXT;
            case PREVIOUS -> move = CompiledRule.PREVIOUS;
            case TO -> {
              move = CompiledRule.TO;
              target = order(m.stage().get());
            }
          }
        }
      } else if (effect instanceof Effect.SetStatus s) {
        status = status == null ? s.status() : status;
      } else if (effect instanceof Effect.RecordCriterion r) {
        if (r.criterion().isDefined()) {
          recorded.add(r.criterion().get());
        } else {
          eventCriterion = true;
        }
      } else if (effect instanceof Effect.CountPurchase) {
        purchase = true;
      } else if (effect instanceof Effect.ForgetCriterion forget) {
        forgotten.add(forget.criterion());
      } else if (effect instanceof Effect.ChangeFact change) {
        int slot = journey.facts().indexWhere(fact -> fact.id().equals(change.fact()));
        changes.add(new FactChange(journey.facts().get(slot), slot, change));
      } else if (effect instanceof Effect.Send send) {
        sends.add(journey.message(send.message()).get());
      }
    }
    return new CompiledRule(
        rule,
        move,
        target,
        status,
        purchase,
        eventCriterion,
        recorded.toArray(new String[0]),
        forgotten.toArray(new String[0]),
        changes.toArray(new FactChange[0]),
        sends.toArray(new Message[0]));
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
   * @param position the customer's position before the event
   * @param event the event
   * @return the decision: the new position, the messages to send, and why
   */
  public Decision decide(Position position, Event event) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(event, "event is null");
    int type = typeOf(event);
    int stage = acceptedStage(position, event, type);
    if (stage < 0) {
      String rejection = rejection(position, event);
      return rejected(
          position, event, rejection == null ? "the event cannot be decided" : rejection);
    }
    int outcome = Screen.outcomeOf(event);
    if (!explaining) {
      int lane = (stage * types.length + type) * LANES + outcome;
      Position after = apply(laidOut(position), event, type, outcome, stage, null);
      return laneSends[lane]
          ? new Decision(
              position, event, after, sends(position, event, outcome, lane), Explanation.OFF)
          : new Decision(position, event, after);
    }
    Trace trace = new Trace();
    Position after = apply(laidOut(position), event, type, outcome, stage, trace);
    Explanation explanation =
        new Explanation(
            position,
            event,
            after,
            Option.none(),
            true,
            trace.bucket,
            trace.fired,
            trace.moveWinner,
            trace.statusWinner,
            trace.blocking,
            trace.gateAsked,
            trace.stuck);
    return new Decision(
        position,
        event,
        after,
        trace.sends.isEmpty() ? trace.sends : trace.sends.reverse(),
        explanation);
  }

  /**
   * The position with its facts laid out as this journey declares them: a position made without the
   * journey ({@link Position#of}) or under an earlier version of it keeps every fact of the same id
   * and kind.
   */
  @SuppressWarnings("ReferenceEquality") // the journey's own layout, shared by its positions
  private Position laidOut(Position position) {
    Facts facts = position.facts();
    return facts.declared() == journey.facts()
        ? position
        : position.withFacts(facts.laidOutFor(journey.facts()));
  }

  /** What an explained decision needs beyond the new position: the messages and the why. */
  private static final class Trace {
    CompiledRule[] bucket = NONE;
    boolean @Nullable [] fired;
    @Nullable CompiledRule moveWinner;
    @Nullable CompiledRule statusWinner;
    @Nullable Gate blocking;
    @Nullable Position gateAsked;
    @Nullable String stuck;
    List<MessageToSend> sends = List.empty();
  }

  /** The place of a stage the engine knows to exist. */
  private int order(String stage) {
    int order = stageIndex.of(stage);
    if (order < 0) {
      throw new IllegalStateException("no stage '" + stage + "' in journey '" + journeyId + "'");
    }
    return order;
  }

  /** The messages the rules of a lane that fire ask for, in order. */
  private Seq<MessageToSend> sends(Position position, Event event, int outcome, int lane) {
    List<MessageToSend> sends = List.empty();
    for (CompiledRule rule : lanes[lane]) {
      if (rule.sends.length > 0 && rule.screen.holds(position, event, outcome)) {
        for (Message message : rule.sends) {
          sends =
              sends.prepend(
                  new MessageToSend(
                      position.customer(), message, sendAt(message, event), rule.rule.name()));
        }
      }
    }
    return sends.reverse();
  }

  /**
   * The place of the customer's stage when the engine can decide the event for the position (same
   * journey, known stage, an event that fits the journey), with one look-up; -1 when it must reject
   * it.
   */
  private int acceptedStage(Position position, Event event, int type) {
    if (type < 0 || !position.journey().equals(journeyId)) {
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
   * its attributes for the short Java types of the standard declarations (but for the criterion or
   * message they name), through {@link Journey#check(Event)} otherwise.
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
    if (event.type() != types[type]) {
      return journey.check(event).isValid();
    }
    // The very declaration: the values fit it (a declared event is checked when it is made).
    if (event instanceof DeclaredEvent declared
        && ((declared.touchpoint().isDefined()
                && !touchpoints.contains(declared.touchpoint().get()))
            || (declared.channel().isDefined() && !channels.contains(declared.channel().get())))) {
      return journey.check(event).isValid();
    }
    String criterion = criterionOf(event);
    if (criterion != null) {
      return criteriaSets.knows(criterion);
    }
    String message = messageOf(event);
    return message == null || messages.contains(message);
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

  /**
   * Applies an event that is not rejected: the heart of the engine. With a trace, it also records
   * the messages to send and what the explanation needs; without one, it only computes the new
   * position.
   */
  @SuppressWarnings("ReferenceEquality") // see the comparison of instants at the end
  private Position apply(
      Position position, Event event, int type, int outcome, int stage, @Nullable Trace trace) {
    // An explanation lists every rule of the bucket; a quiet decision looks only at its lane.
    int index = stage * types.length + type;
    CompiledRule[] bucket = trace != null ? buckets[index] : lanes[index * LANES + outcome];
    boolean[] fired = trace != null ? new boolean[bucket.length] : null;
    CompiledRule moveWinner = null;
    CompiledRule statusWinner = null;
    CustomerStatus statusBefore = position.status();
    SortedSet<String> criteriaBefore = position.criteria();
    int purchasesBefore = position.purchases();
    // The new position's parts, put together once at the end: one allocation per decision.
    SortedSet<String> criteria = criteriaBefore;
    int purchases = purchasesBefore;
    Facts factsBefore = position.facts();
    Facts facts = factsBefore;
    for (int i = 0; i < bucket.length; i++) {
      CompiledRule rule = bucket[i];
      if (!rule.screen.holds(position, event, outcome)) {
        continue;
      }
      if (fired != null) {
        fired[i] = true;
      }
      if (rule.countsPurchase) {
        purchases++;
      }
      if (rule.recordsEventCriterion) {
        String met = criterionOf(event);
        if (met != null) {
          criteria = criteriaSets.with(criteria, met);
        }
      }
      for (String criterion : rule.recordedCriteria) {
        criteria = criteriaSets.with(criteria, criterion);
      }
      for (String criterion : rule.forgottenCriteria) {
        criteria = criteriaSets.without(criteria, criterion);
      }
      for (FactChange change : rule.factChanges) {
        facts = change.apply(facts, event);
      }
      if (rule.move != CompiledRule.NO_MOVE && moveWinner == null) {
        moveWinner = rule;
      }
      if (rule.status != null && statusWinner == null) {
        statusWinner = rule;
      }
      if (trace != null) {
        for (Message message : rule.sends) {
          trace.sends =
              trace.sends.prepend(
                  new MessageToSend(
                      position.customer(), message, sendAt(message, event), rule.rule.name()));
        }
      }
    }
    CustomerStatus status =
        statusWinner != null && statusWinner.status != null ? statusWinner.status : statusBefore;
    Instant at = event.at();
    facts = remembered(facts, event, type);
    Instant lastActive = countsAsActivity(types[type]) ? at : position.lastActiveAt();
    String stageId = position.stage();
    Instant entered = position.enteredStageAt();
    boolean moved = false;
    if (moveWinner != null) {
      int target =
          switch (moveWinner.move) {
            case CompiledRule.NEXT -> stage + 1 < stageIds.length ? stage + 1 : -1;
            case CompiledRule.PREVIOUS -> stage - 1;
            default -> moveWinner.moveTarget;
          };
      if (target < 0) {
        if (trace != null) {
          trace.stuck =
              moveWinner.move == CompiledRule.NEXT
                  ? "'" + position.stage() + "' is the last stage"
                  : "'" + position.stage() + "' is the first stage";
        }
      } else if (target != stage) {
        Screen gate = gateScreens[target];
        // The gate is asked about the customer after this event's other effects; a position is
        // only put together for it when a part of the gate's condition needs one.
        Position asked = null;
        boolean admitted = gate == null;
        if (gate != null && gate.passes(status, purchases, criteria, outcome)) {
          Condition rest = gate.rest;
          if (rest == null) {
            admitted = true;
          } else {
            asked =
                with(position, stageId, status, facts, criteria, purchases, entered, lastActive);
            admitted = rest.holds(asked, event);
          }
        }
        if (admitted) {
          stageId = stageIds[target];
          entered = at;
          moved = true;
        } else if (trace != null) {
          trace.blocking = gates[target];
          trace.gateAsked =
              asked != null
                  ? asked
                  : with(
                      position, stageId, status, facts, criteria, purchases, entered, lastActive);
        }
      }
    }
    if (trace != null) {
      trace.bucket = bucket;
      trace.fired = fired;
      trace.moveWinner = moveWinner;
      trace.statusWinner = statusWinner;
    }
    // The instants are compared by identity, not equality: an equal but different instant only
    // costs a new position, and a look at two instants costs more than that on the hot path.
    boolean same =
        !moved
            && status == statusBefore
            && criteria == criteriaBefore
            && purchases == purchasesBefore
            && facts == factsBefore
            && entered == position.enteredStageAt()
            && lastActive == position.lastActiveAt();
    return same
        ? position
        : with(position, stageId, status, facts, criteria, purchases, entered, lastActive);
  }

  private static Position with(
      Position position,
      String stage,
      CustomerStatus status,
      Facts facts,
      SortedSet<String> criteria,
      int purchases,
      Instant entered,
      Instant lastActive) {
    Facts all = facts.withCriteria(criteria);
    if (purchases != all.purchases()) {
      all = all.plusAt(0, purchases - all.purchases()); // the purchases counter is slot 0
    }
    return new Position(position.enrolment(), stage, status, all, entered, lastActive);
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
   * Replays a customer's events and keeps only the final position: the fastest replay.
   *
   * @param start the position before the first event
   * @param events the events, in the order to apply them
   * @return the position after the last event
   */
  public Position finalPosition(Position start, Iterable<? extends Event> events) {
    Objects.requireNonNull(start, "start is null");
    Objects.requireNonNull(events, "events is null");
    Position position = start;
    for (Event event : events) {
      int type = typeOf(event);
      int stage = acceptedStage(position, event, type);
      if (stage >= 0) {
        position = apply(laidOut(position), event, type, Screen.outcomeOf(event), stage, null);
      }
    }
    return position;
  }

  /**
   * The facts every event keeps without a rule: the instant of the last event of a type the journey
   * remembers, and the history of a message sent or opened.
   */
  private Facts remembered(Facts facts, Event event, int type) {
    Facts result = facts;
    int slot = lastSeenSlots[type];
    if (slot >= 0) {
      result = result.withAt(slot, event.at());
    }
    if (type == messageSentType || type == messageOpenedType) {
      String message = messageOf(event);
      if (message != null) {
        result =
            type == messageSentType
                ? result.messageSent(message, event.at())
                : result.messageOpened(message, event.at());
      }
    }
    return result;
  }

  /** The criterion an event names, if it is a criterion event. */
  private static @Nullable String criterionOf(Event event) {
    if (event instanceof CriterionMet met) {
      return met.criterion();
    }
    if (!event.type().id().equals(EventType.CRITERION.id())) {
      return null;
    }
    Option<Object> criterion = event.attribute("criterion");
    return criterion.isDefined() ? criterion.get().toString() : null;
  }

  /**
   * The number of the event's type in this engine, or -1 when the journey does not know it; without
   * an interface call for the events most journeys see most: {@code type()} has a dozen
   * implementations, so the call goes through an itable stub and an indirect jump that mispredicts
   * with every change of event type, and was an eighth of a decision's time (async-profiler).
   */
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
    return typeIndex.of(event.type().id());
  }

  /** Whether events of a type make the customer active: all but time passing and messages. */
  private static boolean countsAsActivity(EventType type) {
    String id = type.id();
    return !id.equals(EventType.TIME_PASSED.id())
        && !id.equals(EventType.MESSAGE_SENT.id())
        && !id.equals(EventType.MESSAGE_IGNORED.id());
  }

  private static Instant sendAt(Message message, Event event) {
    if (message.when().isEmpty()) {
      return event.at();
    }
    Timing timing = message.when().get();
    Instant at = event.at().plus(timing.delay());
    if (timing.timeOfDay().isEmpty()) {
      return at;
    }
    LocalTime time = timing.timeOfDay().get();
    ZonedDateTime base = at.atZone(ZoneOffset.UTC);
    ZonedDateTime candidate = base.with(time);
    return (candidate.isBefore(base) ? candidate.plusDays(1) : candidate).toInstant();
  }

  private Decision rejected(Position position, Event event, String reason) {
    Explanation explanation =
        new Explanation(
            position,
            event,
            position,
            Option.of(reason),
            false,
            NONE,
            null,
            null,
            null,
            null,
            null,
            null);
    return new Decision(position, event, position, List.empty(), explanation);
  }

  /**
   * Returns the compiled rules that can apply at a stage (by its place) to an event type, in order.
   */
  CompiledRule[] bucket(int stage, EventType type) {
    return buckets[stage * types.length + typeIndex.of(type.id())];
  }

  /**
   * Describes the engine: its journey and how many rules it runs.
   *
   * @return e.g. {@code Engine[sales-funnel: 9 rules, 4 gates]}
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
