package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Persona;
import io.github.journeykit.model.Position;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.apiguardian.api.API;

/**
 * A named question about a customer's position and the event that just happened to them, composable
 * with {@link #and(Condition)}, {@link #or(Condition)} and {@link #not()}.
 *
 * <p>A condition describes itself ({@link #description()}) and, when it does not hold, says which
 * part failed and why ({@link #whyNot(Position, Event)}), so that a decision can explain itself in
 * words a marketer understands: "needs at least 2 of money, need, decision; has 1: money". Time is
 * data: a condition about time compares the event's instant with the instants recorded in the
 * position, never the wall clock, so that replaying a customer's events always gives the same
 * answer.
 *
 * <pre>{@code
 * Condition qualified = Condition.criteriaMet(2, "money", "need", "decision");
 * Condition readyToMove = Condition.outcomeIs(Outcome.YES).and(Condition.statusIs(CustomerStatus.ACTIVE));
 * Condition quiet = Condition.inactiveFor(Duration.ofDays(90));
 * Condition paid = Condition.attribute("amount").atLeast(new BigDecimal("10"));
 * Condition active = Condition.fact("recent-logins").atLeast(3);
 * }</pre>
 *
 * <p>Conditions over the event's attributes and the customer's facts are made from a {@link
 * Measure}: {@link #attribute(String)}, {@link #fact(String)}, {@link #timesSent(String)}, {@link
 * #sinceLast(String)}, {@link #sinceSent(String)}, {@link #sinceOpened(String)}.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public interface Condition {

  /**
   * Tells whether the condition holds for a customer's position (before the event is applied) and
   * the event.
   *
   * @param position the customer's position
   * @param event the event being decided
   * @return true when it holds
   */
  boolean holds(Position position, Event event);

  /**
   * Describes the condition in words, e.g. "outcome is yes and status is active".
   *
   * @return the description
   */
  String description();

  /**
   * Says why the condition does not hold: the failing part, with what the customer has instead.
   *
   * @param position the customer's position
   * @param event the event being decided
   * @return the reason, or none when the condition holds
   */
  default Option<String> whyNot(Position position, Event event) {
    return holds(position, event) ? Option.none() : Option.of("not (" + description() + ")");
  }

  /**
   * Returns a condition that holds when both this one and the other hold.
   *
   * @param other the other condition
   * @return the conjunction; its reason for failing is the first failing part's
   */
  default Condition and(Condition other) {
    Objects.requireNonNull(other, "other is null");
    return new Conditions.All(List.of(this, other));
  }

  /**
   * Returns a condition that holds when this one or the other holds.
   *
   * @param other the other condition
   * @return the disjunction; its reason for failing lists every part's
   */
  default Condition or(Condition other) {
    Objects.requireNonNull(other, "other is null");
    return new Conditions.Any(List.of(this, other));
  }

  /**
   * Returns a condition that holds when this one does not.
   *
   * @return the negation
   */
  default Condition not() {
    return new Conditions.Not(this);
  }

  /**
   * Shows what the condition is made of to a visitor: the factory that made it, with its parts. A
   * condition written in Java ({@link #of}, or a class of your own) shows itself as {@link
   * ConditionVisitor#inJava(Condition)}, which is what this default does.
   *
   * @param visitor the visitor
   * @param <R> what the visitor makes of it
   * @return the visitor's result
   */
  default <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.inJava(this);
  }

  /**
   * Creates a condition from a predicate and a description of it.
   *
   * @param description what the condition asks, in words
   * @param predicate the question, over the position before the event and the event
   * @return the condition
   */
  static Condition of(String description, BiPredicate<Position, Event> predicate) {
    Objects.requireNonNull(description, "description is null");
    Objects.requireNonNull(predicate, "predicate is null");
    return new Conditions.Described(description, predicate);
  }

  /**
   * Returns the condition that always holds.
   *
   * @return the condition "always"
   */
  static Condition always() {
    return Conditions.ALWAYS;
  }

  /**
   * Holds when the event is an interaction with the given outcome.
   *
   * @param outcome the outcome
   * @return the condition
   */
  static Condition outcomeIs(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome is null");
    return new Conditions.OutcomeIs(outcome);
  }

  /**
   * Holds when the customer's status is one of the given ones.
   *
   * @param first a status
   * @param more further statuses
   * @return the condition
   */
  static Condition statusIs(CustomerStatus first, CustomerStatus... more) {
    EnumSet<CustomerStatus> statuses = EnumSet.of(first, more);
    return new Conditions.StatusIs(statuses);
  }

  /**
   * Holds when the customer has met at least {@code atLeast} of the given criteria.
   *
   * @param atLeast how many are needed
   * @param criteria the criteria's ids
   * @return the condition
   */
  static Condition criteriaMet(int atLeast, String... criteria) {
    return new Conditions.CriteriaMet(atLeast, List.of(criteria));
  }

  /**
   * Holds when the customer has met the given criterion.
   *
   * @param criterion the criterion's id
   * @return the condition
   */
  static Condition hasMet(String criterion) {
    return criteriaMet(1, criterion);
  }

  /**
   * Holds when the criteria the customer has met weigh at least {@code threshold} in total: for a
   * buying centre whose members' agreement counts by their relative importance.
   *
   * @param weights each criterion's weight
   * @param threshold the total weight needed
   * @return the condition
   */
  static Condition weightOfCriteriaMet(Map<String, Double> weights, double threshold) {
    return new Conditions.Weighted(LinkedHashMap.ofEntries(weights), threshold);
  }

  /**
   * Holds when the buying centre agrees: its members who agreed weigh at least the threshold in
   * all, each member being a persona of the journey with an {@link Persona#agreement() agreement}
   * criterion and a {@link Persona#relativeImportance() relative importance} [004]. The weights are
   * the personas', read from the journey now: a playbook whose journey's personas weigh otherwise
   * reports the condition as made from another journey.
   *
   * <pre>{@code
   * Gate negotiation = Gate.of("contract-negotiation", Condition.buyingCentreAgrees(journey, 0.7));
   * // explained: "needs the members who agreed to weigh at least 0.7 (director 0.5, ...);
   * //             director has agreed, weighing 0.5"
   * }</pre>
   *
   * @param journey the journey whose personas make up the buying centre
   * @param threshold the total weight needed
   * @return the condition
   */
  static Condition buyingCentreAgrees(Journey journey, double threshold) {
    return Conditions.BuyingCentre.of(
        Objects.requireNonNull(journey, "journey is null"), threshold);
  }

  /**
   * Holds when the customer has bought at least the given number of times.
   *
   * @param count the number of purchases
   * @return the condition
   */
  static Condition purchasesAtLeast(int count) {
    return new Conditions.PurchasesAtLeast(count);
  }

  /**
   * Holds when at the event's instant the customer has done nothing for at least the given time
   * (since {@link Position#lastActiveAt()}).
   *
   * @param quiet how long without activity
   * @return the condition
   */
  static Condition inactiveFor(Duration quiet) {
    return new Conditions.Elapsed(quiet, true);
  }

  /**
   * Holds when at the event's instant the customer has been in their stage for at least the given
   * time (since {@link Position#enteredStageAt()}).
   *
   * @param time how long in the stage
   * @return the condition
   */
  static Condition inStageFor(Duration time) {
    return new Conditions.Elapsed(time, false);
  }

  /**
   * Reads an attribute of the event being decided, to compare: {@code
   * Condition.attribute("amount").atLeast(new BigDecimal("10"))}.
   *
   * @param name the attribute's name, as the event type declares it
   * @return the measure
   */
  static Measure attribute(String name) {
    return new Measure(
        Measure.Source.EVENT_ATTRIBUTE, Objects.requireNonNull(name, "name is null"));
  }

  /**
   * Reads a fact the journey remembers about the customer, to compare: a counter, a sum, a windowed
   * count (at the event's instant) or a customer attribute. {@code
   * Condition.fact("recent-logins").atLeast(3)}.
   *
   * @param id the fact's id, as the journey declares it
   * @return the measure
   */
  static Measure fact(String id) {
    return new Measure(Measure.Source.FACT, Objects.requireNonNull(id, "id is null"));
  }

  /**
   * Reads how many times a message went out to the customer, to compare: {@code
   * Condition.timesSent("reminder").below(3)}.
   *
   * @param message the message's id
   * @return the measure
   */
  static Measure timesSent(String message) {
    return new Measure(
        Measure.Source.TIMES_SENT, Objects.requireNonNull(message, "message is null"));
  }

  /**
   * Reads the time since the customer's last event of a type (a {@link
   * io.github.journeykit.model.Fact#lastSeen(String) remembered} one), or since their enrolment if
   * there was none: {@code Condition.sinceLast("login").atLeast(Duration.ofDays(30))}.
   *
   * @param eventType the event type's id
   * @return the measure
   */
  static Measure sinceLast(String eventType) {
    return new Measure(
        Measure.Source.SINCE_LAST_EVENT, Objects.requireNonNull(eventType, "eventType is null"));
  }

  /**
   * Reads the time since a message last went out to the customer, or since their enrolment if it
   * never did: {@code Condition.sinceSent("reminder").atLeast(Duration.ofDays(7))}.
   *
   * @param message the message's id
   * @return the measure
   */
  static Measure sinceSent(String message) {
    return new Measure(
        Measure.Source.SINCE_SENT, Objects.requireNonNull(message, "message is null"));
  }

  /**
   * Reads the time since the customer last opened a message, or since their enrolment if they never
   * did: {@code Condition.sinceOpened("newsletter").atLeast(Duration.ofDays(90))}.
   *
   * @param message the message's id
   * @return the measure
   */
  static Measure sinceOpened(String message) {
    return new Measure(
        Measure.Source.SINCE_OPENED, Objects.requireNonNull(message, "message is null"));
  }

  /**
   * Reads the time since the customer entered their stage.
   *
   * @return the measure
   */
  static Measure timeInStage() {
    return new Measure(Measure.Source.IN_STAGE, "");
  }

  /**
   * Reads the time since the customer last did something.
   *
   * @return the measure
   */
  static Measure timeSinceActivity() {
    return new Measure(Measure.Source.INACTIVE, "");
  }

  /**
   * Joins conditions with "and"; none joined is {@link #always()}.
   *
   * @param conditions the conditions
   * @return the conjunction
   */
  static Condition allOf(Seq<Condition> conditions) {
    return conditions.isEmpty() ? always() : new Conditions.All(List.ofAll(conditions));
  }

  /**
   * Returns a condition that holds when at least one of the conditions holds.
   *
   * @param conditions the conditions, at least one
   * @return the disjunction
   * @throws IllegalArgumentException when there is no condition: a disjunction of none holds for
   *     nobody, which is never what a rule means
   */
  static Condition anyOf(Seq<Condition> conditions) {
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("anyOf needs at least one condition");
    }
    return new Conditions.Any(List.ofAll(conditions));
  }
}
