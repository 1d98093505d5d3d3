package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Outcome;
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
 * }</pre>
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
   * Holds when the event's detail (the criterion, the message, the product) is the given one.
   *
   * @param detail the detail
   * @return the condition
   */
  static Condition detailIs(String detail) {
    Objects.requireNonNull(detail, "detail is null");
    return new Conditions.Described(
        "detail is " + detail, (position, event) -> event.detail().contains(detail));
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
   * Joins conditions with "and"; none joined is {@link #always()}.
   *
   * @param conditions the conditions
   * @return the conjunction
   */
  static Condition allOf(Seq<Condition> conditions) {
    return conditions.isEmpty() ? always() : new Conditions.All(List.ofAll(conditions));
  }
}
