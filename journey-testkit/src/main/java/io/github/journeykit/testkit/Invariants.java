package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Replay;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The invariants every journey must satisfy, and those the brief sets for each ready-made journey.
 *
 * <pre>{@code
 * JourneyCheck.of(playbook).check(Invariants.standard().appendAll(Invariants.forCatalogue("sales-funnel")));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Invariants {

  private Invariants() {}

  /**
   * Returns the standard invariants, in this order: {@link #stageIsAlwaysKnown()}, {@link
   * #decisionsAreDeterministic()}, {@link #replayIsChunkIndependent()}, {@link
   * #unknownEventsAreRejected()}, {@link #noMoveBypassesAGate()}.
   *
   * @return the standard invariants
   */
  public static Seq<Invariant> standard() {
    return List.of(
        stageIsAlwaysKnown(),
        decisionsAreDeterministic(),
        replayIsChunkIndependent(),
        unknownEventsAreRejected(),
        noMoveBypassesAGate());
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
    return Invariant.ofSteps(
        "an event the journey does not know is rejected with a reason and leaves the position unchanged",
        (engine, decision) -> {
          Position before = decision.before();
          List<Event> strangers =
              List.of(
                  new CriterionMet(
                      "not-a-criterion-of-" + engine.journey().id(), decision.event().at()));
          for (EventType type : EventType.standard()) {
            if (!engine.playbook().knows(type)) {
              java.time.Instant at = decision.event().at();
              strangers =
                  strangers.appendAll(
                      List.of("yes", "positive", "x")
                          .flatMap(detail -> type.fromDetail(detail, at).toOption())
                          .take(1));
              break;
            }
          }
          for (Event stranger : strangers) {
            Decision rejected = engine.decide(before, stranger);
            if (!rejected.isRejected() || rejected.rejection().get().isBlank()) {
              return Option.of(
                  stranger.type().id()
                      + " "
                      + stranger.detail().getOrElse("")
                      + " was not rejected");
            }
            if (!rejected.after().equals(before) || !rejected.messages().isEmpty()) {
              return Option.of(
                  stranger.type().id() + " was rejected but changed the position or sent messages");
            }
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
   * At the given stage or any later one, the customer has bought at least {@code count} times.
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
          boolean applies = journey.orderOf(after.stage()).get() >= journey.orderOf(stage).get();
          return applies && !holds.test(after)
              ? Option.of(
                  "the customer is at '"
                      + after.stage()
                      + "' and needs "
                      + needs
                      + ", but "
                      + has.apply(after))
              : Option.none();
        });
  }

  /**
   * Returns the invariants the brief sets for a ready-made journey of the catalogue.
   *
   * @param journeyId the journey's id, e.g. {@code sales-funnel}
   * @return its invariants; none for an id not in the catalogue
   */
  public static Seq<Invariant> forCatalogue(String journeyId) {
    return switch (journeyId) {
      case "sales-funnel" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              movesAtMostOneStage(Outcome.NO, false),
              purchasesNeverDecrease(),
              fromStageOnPurchasesAtLeast("purchased", 1),
              fromStageOnPurchasesAtLeast("loyal", 2));
      case "awareness-ladder" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              movesAtMostOneStage(Outcome.NO, false),
              purchasesNeverDecrease(),
              fromStageOnPurchasesAtLeast("after-purchase", 1));
      case "loyalty-loop" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              movesAtMostOneStage(Outcome.NO, false),
              purchasesNeverDecrease(),
              fromStageOnPurchasesAtLeast("user-experience", 1));
      case "nine-stages" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              purchasesNeverDecrease(),
              fromStageOnPurchasesAtLeast("repeat-purchase", 1));
      case "b2b" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              movesAtMostOneStage(Outcome.NO, false),
              fromStageOnMetOneOf("contract-negotiation", "decision-maker-agrees"),
              fromStageOnMetOneOf("delivery-and-use", "contract-signed"));
      case "sales-conversation" ->
          List.of(
              fromStageOnMetOneOf(
                  "close",
                  "agrees-with-arguments",
                  "favourable-view",
                  "asks-about-details",
                  "agrees-to-buy"));
      case "web-studio" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              purchasesNeverDecrease(),
              fromStageOnMetOneOf("design", "paid-25"),
              fromStageOnMetOneOf("layout", "paid-60"));
      case "email-scheme" ->
          List.of(purchasesNeverDecrease(), fromStageOnPurchasesAtLeast("paid", 1));
      default -> List.empty();
    };
  }
}
