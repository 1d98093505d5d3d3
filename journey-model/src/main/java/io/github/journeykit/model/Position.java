package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.Set;
import io.vavr.collection.SortedSet;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where one customer stands in one journey: their stage, their status, what the journey remembers
 * about them, and when things last changed.
 *
 * <p>A position is a value: every change returns a new position and leaves this one as it was. It
 * starts with {@link Journey#newCustomer(String, Instant)} (the first stage, {@link
 * CustomerStatus#ACTIVE active}, every fact at its start) and moves as the engine decides the
 * events that happen to the customer. What is remembered, the criteria met, the journey's declared
 * counters, sums, windows, attributes and last-seen instants, and each message's history, is the
 * position's {@link Facts}; the criteria are kept sorted, so two positions with the same facts are
 * equal and print the same whatever order the facts arrived in.
 *
 * <pre>{@code
 * Position start = funnel.newCustomer("c-42", Instant.parse("2026-03-01T09:00:00Z"));
 * Position informed = start.movedTo("informed", Instant.parse("2026-03-02T09:00:00Z"));
 * informed.facts().purchases();   // 0
 * }</pre>
 *
 * <p>Who the position is about, the customer and the journey, is one {@link Enrolment} shared by
 * all of the customer's positions; {@link #customer()} and {@link #journey()} read it. A position
 * is 40 bytes; the facts are shared between positions until a fact changes.
 *
 * @param enrolment the customer and the journey this position is in
 * @param stage the id of the customer's current stage
 * @param status the customer's overlay status
 * @param facts what the journey remembers about the customer
 * @param enteredStageAt when the customer entered the current stage
 * @param lastActiveAt when the customer last did something (the instant of the last event that was
 *     not merely time passing or a message going out or being ignored)
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Position(
    Enrolment enrolment,
    String stage,
    CustomerStatus status,
    Facts facts,
    Instant enteredStageAt,
    Instant lastActiveAt) {

  /**
   * Creates a position.
   *
   * @param enrolment the customer and the journey
   * @param stage the current stage's id
   * @param status the overlay status
   * @param facts what is remembered
   * @param enteredStageAt when the customer entered the stage
   * @param lastActiveAt when the customer was last active
   */
  public Position {
    Objects.requireNonNull(enrolment, "enrolment is null");
    Objects.requireNonNull(stage, "stage is null");
    Objects.requireNonNull(status, "status is null");
    Objects.requireNonNull(facts, "facts is null");
    Objects.requireNonNull(enteredStageAt, "enteredStageAt is null");
    Objects.requireNonNull(lastActiveAt, "lastActiveAt is null");
  }

  /**
   * Creates a new customer's position at a stage of a journey that remembers nothing but criteria
   * and purchases: active, no criteria, no purchases. {@link Journey#newCustomer(String, Instant)}
   * starts a customer with the journey's own facts.
   *
   * @param customer the customer's id
   * @param journey the journey's id
   * @param stage the stage the customer starts at
   * @param at when the customer appeared
   * @return the position
   */
  public static Position start(String customer, String journey, String stage, Instant at) {
    return new Position(
        new Enrolment(customer, journey, at),
        stage,
        CustomerStatus.ACTIVE,
        Facts.none(Facts.STANDARD),
        at,
        at);
  }

  /**
   * Creates a position of a customer who is not enrolled yet, in a journey that remembers nothing
   * but criteria and purchases; the customer counts as enrolled when they entered their stage.
   *
   * @param customer the customer's id
   * @param journey the journey's id
   * @param stage the current stage's id
   * @param status the overlay status
   * @param criteria the criteria met
   * @param purchases the number of purchases, not negative
   * @param enteredStageAt when the customer entered the stage
   * @param lastActiveAt when the customer was last active
   * @return the position
   * @throws IllegalArgumentException if {@code purchases} is negative
   */
  public static Position of(
      String customer,
      String journey,
      String stage,
      CustomerStatus status,
      SortedSet<String> criteria,
      int purchases,
      Instant enteredStageAt,
      Instant lastActiveAt) {
    return new Position(
        new Enrolment(customer, journey, enteredStageAt),
        stage,
        status,
        Facts.of(criteria, purchases),
        enteredStageAt,
        lastActiveAt);
  }

  /**
   * Returns the customer's id in the user's CRM.
   *
   * @return the customer's id
   */
  public String customer() {
    return enrolment.customer();
  }

  /**
   * Returns the id of the journey this position is in.
   *
   * @return the journey's id
   */
  public String journey() {
    return enrolment.journey();
  }

  /**
   * Returns the version of the journey that decided this position.
   *
   * @return the journey's version, at least 1
   * @since 0.2
   */
  public int version() {
    return enrolment.version();
  }

  /**
   * Returns the ids of the qualification criteria the customer has met, sorted.
   *
   * @return the criteria
   */
  public SortedSet<String> criteria() {
    return facts.criteria();
  }

  /**
   * Returns how many times the customer has bought.
   *
   * @return the number of purchases; never negative
   */
  public int purchases() {
    return facts.purchases();
  }

  /**
   * Returns this position with the customer in another stage, entered at the given instant. Moving
   * to the current stage changes nothing.
   *
   * @param newStage the id of the stage entered
   * @param at when the customer entered it
   * @return the moved position
   */
  public Position movedTo(String newStage, Instant at) {
    if (newStage.equals(stage)) {
      return this;
    }
    return new Position(enrolment, newStage, status, facts, at, lastActiveAt);
  }

  /**
   * Returns this position with another status.
   *
   * @param newStatus the new status
   * @return the position with that status
   */
  public Position withStatus(CustomerStatus newStatus) {
    if (newStatus == status) {
      return this;
    }
    return new Position(enrolment, stage, newStatus, facts, enteredStageAt, lastActiveAt);
  }

  /**
   * Returns this position with other facts.
   *
   * @param newFacts the facts
   * @return the position with those facts
   */
  @SuppressWarnings("ReferenceEquality") // the same facts, unchanged: no new position needed
  public Position withFacts(Facts newFacts) {
    if (newFacts == facts) {
      return this;
    }
    return new Position(enrolment, stage, status, newFacts, enteredStageAt, lastActiveAt);
  }

  /**
   * Returns this position with a criterion recorded; recording a criterion twice changes nothing.
   *
   * @param criterion the id of the criterion met
   * @return the position with the criterion
   */
  public Position withCriterion(String criterion) {
    return withFacts(facts.withCriterion(criterion));
  }

  /**
   * Returns this position with one more purchase.
   *
   * @return the position with the purchase counted
   */
  public Position withPurchase() {
    return withFacts(facts.plus(Fact.PURCHASES, 1));
  }

  /**
   * Returns this position with the customer last active at the given instant.
   *
   * @param at when the customer was active
   * @return the position
   */
  public Position activeAt(Instant at) {
    if (at.equals(lastActiveAt)) {
      return this;
    }
    return new Position(enrolment, stage, status, facts, enteredStageAt, at);
  }

  /**
   * Tells whether the customer has met a criterion.
   *
   * @param criterion the criterion's id
   * @return true when it is recorded
   */
  public boolean hasMet(String criterion) {
    return facts.hasMet(criterion);
  }

  /**
   * Counts how many of the given criteria the customer has met.
   *
   * @param of the ids of the criteria to count
   * @return the number met
   */
  public int criteriaMet(Set<String> of) {
    return facts.criteriaMet(of);
  }
}
