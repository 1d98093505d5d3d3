package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.MessageHistory;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Effect.ChangeFact.Change;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Replay;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The invariants every journey must satisfy, and the parts a journey's own invariants are made of:
 * moves of at most one stage, purchases that never decrease, what a customer has from a stage on.
 *
 * <pre>{@code
 * JourneyCheck.of(playbook)
 *     .check(Invariants.standard().append(Invariants.fromStageOnPurchasesAtLeast("loyal", 2)));
 * }</pre>
 *
 * <p>The invariants of each ready-made journey are in the catalogue's {@code CatalogueInvariants}.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Invariants {

  private Invariants() {}

  /**
   * Returns the standard invariants, in this order: {@link #stageIsAlwaysKnown()}, {@link
   * #decisionsAreDeterministic()}, {@link #replayIsChunkIndependent()}, {@link
   * #unknownEventsAreRejected()}, {@link #noMoveBypassesAGate()}, then those about the facts a
   * journey declares: {@link #countersAndSumsGoDownOnlyByARule()}, {@link
   * #windowsKeepTheirLastInstantsInOrder()}, {@link #lastSeenIsTheLastEventsInstant()}, {@link
   * #customerAttributesFitTheirDeclarations()}, {@link #messageHistoriesOnlyGrow()}.
   *
   * <p>Each invariant about facts {@link Invariant#appliesTo applies} only to a journey that
   * declares such a fact (or, for message histories, that can record one), so a check does not
   * count it as held for a journey where it has nothing to check.
   *
   * @return the standard invariants
   */
  public static Seq<Invariant> standard() {
    return List.of(
        stageIsAlwaysKnown(),
        decisionsAreDeterministic(),
        replayIsChunkIndependent(),
        unknownEventsAreRejected(),
        noMoveBypassesAGate(),
        countersAndSumsGoDownOnlyByARule(),
        windowsKeepTheirLastInstantsInOrder(),
        lastSeenIsTheLastEventsInstant(),
        customerAttributesFitTheirDeclarations(),
        messageHistoriesOnlyGrow());
  }

  /**
   * The customer's stage is always one of the journey's stages.
   *
   * @return the invariant
   */
  public static Invariant stageIsAlwaysKnown() {
    return Invariant.ofSteps(
        "the stage is always one of the journey's stages",
        (engine, decision) ->
            engine.journey().hasStage(decision.after().stage())
                ? Option.none()
                : Option.of(
                    "the customer is at '"
                        + decision.after().stage()
                        + "', which is not a stage of the journey"));
  }

  /**
   * Deciding the same event for the same position twice gives the same decision.
   *
   * @return the invariant
   */
  public static Invariant decisionsAreDeterministic() {
    return Invariant.ofSteps(
        "a decision is deterministic",
        (engine, decision) -> {
          Decision again = engine.decide(decision.before(), decision.event());
          return again.after().equals(decision.after())
                  && again.messages().equals(decision.messages())
              ? Option.none()
              : Option.of(
                  "deciding the same event again gave "
                      + again.after()
                      + " instead of "
                      + decision.after());
        });
  }

  /**
   * Replaying the events in two chunks (the first half, then the rest from where it left the
   * customer) gives the same decisions as replaying them at once.
   *
   * @return the invariant
   */
  public static Invariant replayIsChunkIndependent() {
    return Invariant.of(
        "replay is chunk-independent",
        history -> {
          Seq<Event> events = history.events();
          for (int split : List.of(events.size() / 2, events.size() / 3)) {
            Replay first = history.engine().replay(history.start(), events.take(split));
            Replay second = history.engine().replay(first.position(), events.drop(split));
            Seq<Decision> chunked = first.decisions().appendAll(second.decisions());
            for (int i = 0; i < chunked.size(); i++) {
              if (!chunked.get(i).after().equals(history.decisions().get(i).after())) {
                return Option.of(
                    new Violation(
                        i,
                        "replayed in chunks split at event "
                            + split
                            + ", the customer ends at "
                            + chunked.get(i).after()
                            + " instead of "
                            + history.decisions().get(i).after()));
              }
            }
          }
          return Option.none();
        });
  }

  /**
   * An event the journey does not know (a criterion it does not define; an event type no rule
   * reacts to) is rejected with a reason and leaves the position unchanged, at every step.
   *
   * @return the invariant
   */
  public static Invariant unknownEventsAreRejected() {
    return Invariant.of(
        "an event the journey does not know is rejected with a reason and leaves the position unchanged",
        history -> {
          Engine engine = history.engine();
          // A short id: the rejection's did-you-mean then compares it with few criteria, so that
          // this check costs about as much as a decision (a long one once made it most of a run).
          String criterion = "zzz";
          while (engine.journey().criterion(criterion).isDefined()) {
            criterion += "z";
          }
          Option<Event> unknownType = Option.none();
          if (!history.events().isEmpty()) {
            java.time.Instant first = history.events().head().at();
            for (EventType type : EventType.standard()) {
              if (!engine.playbook().knows(type)) {
                unknownType =
                    List.of("yes", "positive", "x")
                        .map(detail -> type.fromDetail(detail, first))
                        .find(Validation::isValid)
                        .map(Validation::get);
                break;
              }
            }
          }
          int step = 0;
          for (Decision decision : history.decisions()) {
            Position before = decision.before();
            java.time.Instant at = decision.event().at();
            List<Event> strangers = List.of(new CriterionMet(criterion, at));
            if (unknownType.isDefined()) {
              strangers = strangers.append(unknownType.get().happenedAt(at));
            }
            for (Event stranger : strangers) {
              Decision rejected = engine.decide(before, stranger);
              if (!rejected.isRejected() || rejected.rejection().get().isBlank()) {
                return Option.of(
                    new Violation(
                        step,
                        stranger.type().id()
                            + " "
                            + stranger.detail().getOrElse("")
                            + " was not rejected"));
              }
              if (!rejected.after().equals(before) || !rejected.messages().isEmpty()) {
                return Option.of(
                    new Violation(
                        step,
                        stranger.type().id()
                            + " was rejected but changed the position or sent messages"));
              }
            }
            step++;
          }
          return Option.none();
        });
  }

  /**
   * Every move into a stage with a gate happens only when the gate admits the customer.
   *
   * @return the invariant
   */
  public static Invariant noMoveBypassesAGate() {
    return Invariant.ofSteps(
        "no move bypasses a gate",
        (engine, decision) -> {
          if (!decision.moved()) {
            return Option.none();
          }
          Option<Gate> gate = engine.playbook().gate(decision.after().stage());
          if (gate.isEmpty()) {
            return Option.none();
          }
          // The gate is asked about the customer as the event left them just before the move.
          Position before = decision.before();
          Position after = decision.after();
          Position asked =
              new Position(
                  after.enrolment(),
                  before.stage(),
                  after.status(),
                  after.facts(),
                  before.enteredStageAt(),
                  after.lastActiveAt());
          return gate.get().admission().holds(asked, decision.event())
              ? Option.none()
              : Option.of(
                  "moved into '"
                      + decision.after().stage()
                      + "' though its gate ("
                      + gate.get().admission().description()
                      + ") does not admit the customer");
        });
  }

  // ---- the facts a journey declares

  /**
   * A counter or a sum of the journey's own (not the purchases, see {@link
   * #purchasesNeverDecrease()}) goes down only where a rule can lower it: back to 0 by a rule that
   * resets it, or by a rule that adds a negative number, a number from the event that is negative
   * there, or sets it. Applies to a journey that declares a counter or a sum that no rule sets or
   * adds a negative constant to.
   *
   * @return the invariant
   */
  public static Invariant countersAndSumsGoDownOnlyByARule() {
    return new DescribedInvariant(
        "a counter or a sum goes down only by a rule that can lower it",
        history -> {
          Journey journey = history.engine().journey();
          Seq<Effect.ChangeFact> changes = changes(history.engine().playbook());
          Seq<Fact> watched = monotonicCountersAndSums(journey, changes);
          int step = 0;
          for (Decision decision : history.decisions()) {
            for (Fact fact : watched) {
              BigDecimal before = amountOf(decision.before().facts(), fact);
              BigDecimal after = amountOf(decision.after().facts(), fact);
              boolean lowered = after.compareTo(before) < 0;
              boolean reset =
                  after.signum() == 0 && changes.exists(c -> changes(c, fact, Change.RESET));
              boolean negativeFromEvent =
                  changes.exists(
                      c ->
                          changes(c, fact, Change.ADD)
                              && c.fromAttribute().isDefined()
                              && decision
                                  .event()
                                  .attribute(c.fromAttribute().get())
                                  .exists(Invariants::isNegative));
              if (lowered && !reset && !negativeFromEvent) {
                return Option.of(
                    new Violation(
                        step,
                        fact.kind()
                            + " '"
                            + fact.id()
                            + "' went down from "
                            + before.toPlainString()
                            + " to "
                            + after.toPlainString()
                            + ", though no rule of the journey can lower it so"));
              }
            }
            step++;
          }
          return Option.none();
        },
        List.empty(),
        playbook -> !monotonicCountersAndSums(playbook.journey(), changes(playbook)).isEmpty());
  }

  /**
   * A window keeps at most its {@code keep} instants, oldest first, each the instant of an event of
   * the customer's history. Applies to a journey that declares a window.
   *
   * @return the invariant
   */
  public static Invariant windowsKeepTheirLastInstantsInOrder() {
    return new DescribedInvariant(
        "a window keeps at most its number of instants, oldest first, each an event's",
        history -> {
          Seq<Fact.Window> windows = declared(history.engine().journey(), Fact.Window.class);
          java.util.Set<java.time.Instant> seen = new java.util.HashSet<>();
          int step = 0;
          for (Decision decision : history.decisions()) {
            seen.add(decision.event().at());
            for (Fact.Window window : windows) {
              Seq<java.time.Instant> kept = decision.after().facts().window(window.id());
              String wrong =
                  kept.size() > Math.max(1, window.keep())
                      ? "keeps " + kept.size() + " instants, more than its " + window.keep()
                      : !kept.sliding(2).forAll(p -> p.size() < 2 || !p.get(1).isBefore(p.get(0)))
                          ? "keeps its instants out of order: " + kept.mkString(", ")
                          : kept.find(instant -> !seen.contains(instant))
                              .map(instant -> "keeps " + instant + ", the instant of no event")
                              .getOrNull();
              if (wrong != null) {
                return Option.of(new Violation(step, "window '" + window.id() + "' " + wrong));
              }
            }
            step++;
          }
          return Option.none();
        },
        List.empty(),
        playbook -> !declared(playbook.journey(), Fact.Window.class).isEmpty());
  }

  /**
   * The last-seen instant of an event type is the instant of the last event of that type: an event
   * of the type sets it to its own instant, any other event leaves it (or a rule that resets it
   * clears it). So in a history in time order it never lies ahead of the event decided and never
   * moves back. Applies to a journey that remembers the last event of a type.
   *
   * @return the invariant
   */
  public static Invariant lastSeenIsTheLastEventsInstant() {
    return new DescribedInvariant(
        "the last-seen instant of an event type is the instant of the last event of that type",
        history -> {
          Seq<Fact.LastSeen> remembered = declared(history.engine().journey(), Fact.LastSeen.class);
          Seq<Effect.ChangeFact> changes = changes(history.engine().playbook());
          int step = 0;
          for (Decision decision : history.decisions()) {
            Event event = decision.event();
            for (Fact.LastSeen fact : remembered) {
              if (decision.isRejected()) {
                continue;
              }
              Option<java.time.Instant> before = decision.before().facts().lastSeen(fact.id());
              Option<java.time.Instant> after = decision.after().facts().lastSeen(fact.id());
              boolean ofType = event.type().id().equals(fact.eventType());
              boolean right =
                  ofType
                      ? after.contains(event.at())
                      : after.equals(before)
                          || (after.isEmpty()
                              && changes.exists(c -> changes(c, fact, Change.RESET)));
              if (!right) {
                return Option.of(
                    new Violation(
                        step,
                        "after "
                            + (ofType ? "a " : "an event of another type, ")
                            + event.type().id()
                            + " at "
                            + event.at()
                            + ", the last "
                            + fact.eventType()
                            + " is "
                            + after.map(String::valueOf).getOrElse("unset")
                            + " instead of "
                            + (ofType
                                ? event.at()
                                : before.map(String::valueOf).getOrElse("unset"))));
              }
            }
            step++;
          }
          return Option.none();
        },
        List.empty(),
        playbook -> !declared(playbook.journey(), Fact.LastSeen.class).isEmpty());
  }

  /**
   * A customer attribute holds only values its declaration accepts, in their canonical form (one of
   * a choice's values, a whole number as a {@code Long}, an amount without trailing zeros). Applies
   * to a journey that declares a customer attribute.
   *
   * @return the invariant
   */
  public static Invariant customerAttributesFitTheirDeclarations() {
    return new DescribedInvariant(
        "a customer attribute holds only values its declaration accepts",
        history -> {
          Seq<Fact.CustomerAttribute> attributes =
              declared(history.engine().journey(), Fact.CustomerAttribute.class);
          int step = 0;
          for (Decision decision : history.decisions()) {
            for (Fact.CustomerAttribute fact : attributes) {
              Option<Object> value = decision.after().facts().attribute(fact.id());
              if (value.isDefined()) {
                Validation<String, Object> accepted = fact.attribute().accept(value.get());
                if (accepted.isInvalid() || !accepted.get().equals(value.get())) {
                  return Option.of(
                      new Violation(
                          step,
                          "attribute '"
                              + fact.id()
                              + "' holds "
                              + value.get()
                              + " ("
                              + value.get().getClass().getSimpleName()
                              + "): "
                              + accepted.fold(
                                  why -> why,
                                  canonical ->
                                      "not in its canonical form " + Attribute.format(canonical))));
                }
              }
            }
            step++;
          }
          return Option.none();
        },
        List.empty(),
        playbook -> !declared(playbook.journey(), Fact.CustomerAttribute.class).isEmpty());
  }

  /**
   * A message's history with a customer only grows: it names one of the journey's messages, the
   * times it was sent never decrease, and a sending or an opening once recorded is never lost.
   * (That the last sending and the last opening never move back is {@link MessageHistory}'s own
   * promise: it keeps the latest instant it was told.) Applies to a journey with messages whose
   * history something can record: message events, or rules that send.
   *
   * @return the invariant
   */
  public static Invariant messageHistoriesOnlyGrow() {
    return new DescribedInvariant(
        "a message's history only grows",
        history -> {
          Journey journey = history.engine().journey();
          int step = 0;
          for (Decision decision : history.decisions()) {
            io.vavr.collection.SortedMap<String, MessageHistory> after =
                decision.after().facts().messages();
            Option<String> stranger = after.keySet().find(id -> journey.message(id).isEmpty());
            if (stranger.isDefined()) {
              return Option.of(
                  new Violation(
                      step,
                      "the customer has a history with '"
                          + stranger.get()
                          + "', which is not a message of the journey"));
            }
            for (io.vavr.Tuple2<String, MessageHistory> entry :
                decision.before().facts().messages()) {
              MessageHistory was = entry._2;
              MessageHistory now = decision.after().facts().message(entry._1);
              String wrong =
                  now.timesSent() < was.timesSent()
                      ? "was sent " + was.timesSent() + " times, now " + now.timesSent()
                      : lost("last sent", was.lastSent(), now.lastSent())
                          .orElse(lost("last opened", was.lastOpened(), now.lastOpened()))
                          .getOrNull();
              if (wrong != null) {
                return Option.of(new Violation(step, "message '" + entry._1 + "' " + wrong));
              }
            }
            step++;
          }
          return Option.none();
        },
        List.empty(),
        playbook ->
            !playbook.journey().messages().isEmpty()
                && (playbook.knows(EventType.MESSAGE_SENT)
                    || playbook.knows(EventType.MESSAGE_OPENED)
                    || playbook
                        .rules()
                        .exists(r -> r.effects().exists(Effect.Send.class::isInstance))));
  }

  private static Option<String> lost(
      String what, Option<java.time.Instant> was, Option<java.time.Instant> now) {
    return was.isDefined() && now.isEmpty()
        ? Option.of("lost its " + what + " (" + was.get() + ")")
        : Option.none();
  }

  /** Every change of a declared fact that the playbook's rules make. */
  private static Seq<Effect.ChangeFact> changes(Playbook playbook) {
    return playbook
        .rules()
        .flatMap(Rule::effects)
        .filter(Effect.ChangeFact.class::isInstance)
        .map(Effect.ChangeFact.class::cast);
  }

  private static boolean changes(Effect.ChangeFact change, Fact fact, Change kind) {
    return change.fact().equals(fact.id()) && change.change() == kind;
  }

  /**
   * The journey's own counters and sums that no rule sets or adds a negative constant to: those
   * that go down only by a reset or a negative number from an event.
   */
  private static Seq<Fact> monotonicCountersAndSums(
      Journey journey, Seq<Effect.ChangeFact> changes) {
    return journey
        .facts()
        .filter(f -> f instanceof Fact.Counter || f instanceof Fact.Sum)
        .filter(f -> !f.id().equals(Fact.PURCHASES))
        .filter(
            f ->
                !changes.exists(
                    c ->
                        changes(c, f, Change.SET)
                            || (changes(c, f, Change.ADD)
                                && c.value().exists(Invariants::isNegative))));
  }

  private static BigDecimal amountOf(Facts facts, Fact fact) {
    return fact instanceof Fact.Counter
        ? BigDecimal.valueOf(facts.count(fact.id()))
        : facts.sum(fact.id());
  }

  private static boolean isNegative(Object value) {
    return value instanceof BigDecimal decimal
        ? decimal.signum() < 0
        : value instanceof Number number && number.longValue() < 0;
  }

  private static <T extends Fact> Seq<T> declared(Journey journey, Class<T> kind) {
    return journey.facts().filter(kind::isInstance).map(kind::cast);
  }

  /**
   * An interaction with this outcome moves the customer at most one stage up (for {@code yes}) or
   * down (for {@code no}) in journey order.
   *
   * @param outcome the outcome
   * @param up true to bound moves up, false to bound moves down
   * @return the invariant
   */
  public static Invariant movesAtMostOneStage(Outcome outcome, boolean up) {
    Objects.requireNonNull(outcome, "outcome is null");
    return Invariant.ofSteps(
        "a " + outcome.id() + " moves at most one stage " + (up ? "up" : "down"),
        (engine, decision) -> {
          if (!(decision.event() instanceof InteractionHappened interaction)
              || interaction.outcome() != outcome) {
            return Option.none();
          }
          Journey journey = engine.journey();
          int from = journey.orderOf(decision.before().stage()).get();
          int to = journey.orderOf(decision.after().stage()).get();
          int distance = up ? to - from : from - to;
          return distance > 1
              ? Option.of(
                  "a "
                      + outcome.id()
                      + " moved the customer from '"
                      + decision.before().stage()
                      + "' to '"
                      + decision.after().stage()
                      + "', "
                      + distance
                      + " stages "
                      + (up ? "up" : "down"))
              : Option.none();
        });
  }

  /**
   * The customer's purchase count never decreases.
   *
   * @return the invariant
   */
  public static Invariant purchasesNeverDecrease() {
    return Invariant.ofSteps(
        "purchases never decrease",
        (engine, decision) ->
            decision.after().purchases() < decision.before().purchases()
                ? Option.of(
                    "purchases went from "
                        + decision.before().purchases()
                        + " to "
                        + decision.after().purchases())
                : Option.none());
  }

  /**
   * At the given stage or any later one, the customer has bought at least {@code count} times. The
   * invariant is {@link Invariant#about about} that stage: a check fails when no customer reaches
   * it.
   *
   * @param stage the first stage where it must hold
   * @param count the purchases needed
   * @return the invariant
   */
  public static Invariant fromStageOnPurchasesAtLeast(String stage, int count) {
    return fromStageOn(
        stage,
        count + (count == 1 ? " purchase" : " purchases"),
        position -> position.purchases() >= count,
        position -> "has " + position.purchases());
  }

  /**
   * At the given stage or any later one, the customer has met at least one of the given criteria.
   * The invariant is {@link Invariant#about about} that stage: a check fails when no customer
   * reaches it.
   *
   * @param stage the first stage where it must hold
   * @param criteria the criteria's ids
   * @return the invariant
   */
  public static Invariant fromStageOnMetOneOf(String stage, String... criteria) {
    List<String> needed = List.of(criteria);
    return fromStageOn(
        stage,
        (needed.size() == 1 ? "" : "one of ") + needed.mkString(", "),
        position -> needed.exists(position::hasMet),
        position ->
            "has "
                + (position.criteria().isEmpty()
                    ? "no criteria"
                    : position.criteria().mkString(", ")));
  }

  /**
   * At the given stage or any later one, a condition holds of the customer after each decision,
   * e.g. "from the design on, the client has paid at least 25 % of the contract's value or the
   * prepayment invoice" [003]. The condition is asked about the position after the decision and the
   * decision's event; a violation says why it failed, in the condition's own words. The invariant
   * is {@link Invariant#about about} that stage.
   *
   * @param stage the first stage where it must hold
   * @param condition what must hold
   * @return the invariant
   */
  public static Invariant fromStageOn(String stage, Condition condition) {
    Objects.requireNonNull(stage, "stage is null");
    Objects.requireNonNull(condition, "condition is null");
    return Invariant.ofSteps(
            "from '" + stage + "' on, " + condition.description(),
            (engine, decision) -> {
              Journey journey = engine.journey();
              Position after = decision.after();
              boolean applies =
                  journey.orderOf(after.stage()).get() >= journey.orderOf(stage).get();
              return applies
                  ? condition
                      .whyNot(after, decision.event())
                      .map(why -> "the customer is at '" + after.stage() + "', but " + why)
                  : Option.none();
            })
        .about(stage);
  }

  private static Invariant fromStageOn(
      String stage,
      String needs,
      java.util.function.Predicate<Position> holds,
      java.util.function.Function<Position, String> has) {
    return Invariant.ofSteps(
            "from '" + stage + "' on, a customer has " + needs,
            (engine, decision) -> {
              Journey journey = engine.journey();
              Position after = decision.after();
              boolean applies =
                  journey.orderOf(after.stage()).get() >= journey.orderOf(stage).get();
              return applies && !holds.test(after)
                  ? Option.of(
                      "the customer is at '"
                          + after.stage()
                          + "' and needs "
                          + needs
                          + ", but "
                          + has.apply(after))
                  : Option.none();
            })
        .about(stage);
  }
}
