package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.CustomerStatus;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a rule does when it fires: move the customer, change their status, change what is remembered
 * about them (criteria met or lost, counters, sums, windows, attributes), or send a 5W message.
 *
 * <p>When several rules fire on one event, every record and every message of each of them counts,
 * but the customer makes at most one move and takes at most one status: those of the
 * highest-priority rule that has one (then the first declared); the others are reported as
 * overridden. A move into a stage with a {@link Gate} happens only if the gate admits the customer.
 *
 * <pre>{@code
 * Effect up = Effect.advance();
 * Effect greyed = Effect.status(CustomerStatus.GREY);
 * Effect remind = Effect.send("payment-reminder");
 * Effect login = Effect.record("recent-logins");
 * Effect paid = Effect.addAttribute("paid", "amount");
 * Effect plan = Effect.setFromAttribute("plan", "plan");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public sealed interface Effect {

  /**
   * Describes the effect in words.
   *
   * @return e.g. "move to the next stage"
   */
  String description();

  /**
   * Moves the customer to the next stage in journey order (nothing at the last stage).
   *
   * @return the effect
   */
  static Effect advance() {
    return Move.NEXT;
  }

  /**
   * Moves the customer back to the previous stage (nothing at the first stage).
   *
   * @return the effect
   */
  static Effect rollBack() {
    return Move.PREVIOUS;
  }

  /**
   * Moves the customer to a named stage.
   *
   * @param stage the stage's id
   * @return the effect
   */
  static Effect moveTo(String stage) {
    return new Move(Move.Direction.TO, Option.of(Objects.requireNonNull(stage, "stage is null")));
  }

  /**
   * Sets the customer's status.
   *
   * @param status the new status
   * @return the effect
   */
  static Effect status(CustomerStatus status) {
    return new SetStatus(Objects.requireNonNull(status, "status is null"));
  }

  /**
   * Records the criterion that the event names ({@link io.github.journeykit.model.CriterionMet}).
   *
   * @return the effect
   */
  static Effect recordCriterion() {
    return new RecordCriterion(Option.none());
  }

  /**
   * Records a given criterion, whatever the event.
   *
   * @param criterion the criterion's id
   * @return the effect
   */
  static Effect recordCriterion(String criterion) {
    return new RecordCriterion(Option.of(Objects.requireNonNull(criterion, "criterion is null")));
  }

  /**
   * Counts one more purchase.
   *
   * @return the effect
   */
  static Effect countPurchase() {
    return CountPurchase.INSTANCE;
  }

  /**
   * Sends one of the journey's 5W messages, at the time its {@code when} says, if the rule's
   * decision stands: a rule whose move the gate refuses (or that has no stage to move to) sends
   * nothing, nor does one whose move or status another rule overrode. The message's cadence is
   * respected.
   *
   * @param message the message's id
   * @return the effect
   */
  static Effect send(String message) {
    return new Send(Objects.requireNonNull(message, "message is null"), false);
  }

  /**
   * Sends one of the journey's 5W messages even when the rule's decision does not stand, e.g. a "we
   * received your documents" letter that goes out whether or not the gate lets the customer move.
   * The message's cadence is still respected.
   *
   * @param message the message's id
   * @return the effect
   */
  static Effect sendRegardless(String message) {
    return new Send(Objects.requireNonNull(message, "message is null"), true);
  }

  /**
   * Forgets a criterion the customer had met: criteria can be lost (a budget cut, a changed need).
   *
   * @param criterion the criterion's id
   * @return the effect
   */
  static Effect forget(String criterion) {
    return new ForgetCriterion(Objects.requireNonNull(criterion, "criterion is null"));
  }

  /**
   * Adds a whole number to a counter (a negative number subtracts).
   *
   * @param counter the counter's id
   * @param by how much
   * @return the effect
   */
  static Effect add(String counter, long by) {
    return new ChangeFact(
        counter, ChangeFact.Change.ADD, Option.of(BigDecimal.valueOf(by)), Option.none());
  }

  /**
   * Adds an amount to a sum.
   *
   * @param sum the sum's id
   * @param by how much
   * @return the effect
   */
  static Effect add(String sum, BigDecimal by) {
    Objects.requireNonNull(by, "by is null");
    return new ChangeFact(sum, ChangeFact.Change.ADD, Option.of(by), Option.none());
  }

  /**
   * Adds an attribute of the event (an amount, a whole number) to a sum or a counter; an event
   * without the attribute adds nothing.
   *
   * @param fact the sum's or the counter's id
   * @param attribute the event attribute's name
   * @return the effect
   */
  static Effect addAttribute(String fact, String attribute) {
    return new ChangeFact(
        fact,
        ChangeFact.Change.ADD,
        Option.none(),
        Option.of(Objects.requireNonNull(attribute, "attribute is null")));
  }

  /**
   * Records the event's instant in a windowed count.
   *
   * @param window the window's id
   * @return the effect
   */
  static Effect record(String window) {
    return new ChangeFact(window, ChangeFact.Change.RECORD, Option.none(), Option.none());
  }

  /**
   * Sets a customer attribute to a value.
   *
   * @param attribute the attribute fact's id
   * @param value the value, which must fit the attribute
   * @return the effect
   */
  static Effect set(String attribute, Object value) {
    Objects.requireNonNull(value, "value is null");
    return new ChangeFact(
        attribute, ChangeFact.Change.SET, Option.of(Measure.canonical(value)), Option.none());
  }

  /**
   * Sets a customer attribute from an attribute of the event (a segment, a referrer, a preferred
   * channel); an event without the attribute changes nothing.
   *
   * @param attribute the attribute fact's id
   * @param eventAttribute the event attribute's name
   * @return the effect
   */
  static Effect setFromAttribute(String attribute, String eventAttribute) {
    return new ChangeFact(
        attribute,
        ChangeFact.Change.SET,
        Option.none(),
        Option.of(Objects.requireNonNull(eventAttribute, "eventAttribute is null")));
  }

  /**
   * Puts a fact back at its start: a counter or sum at 0, a window empty, an attribute cleared.
   *
   * @param fact the fact's id
   * @return the effect
   */
  static Effect reset(String fact) {
    return new ChangeFact(fact, ChangeFact.Change.RESET, Option.none(), Option.none());
  }

  /**
   * A change to one of the journey's declared facts.
   *
   * @param fact the fact's id
   * @param change what is done to it
   * @param value the constant added or set, if the change takes one
   * @param fromAttribute the event attribute whose value is added or set, if the change takes one
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record ChangeFact(String fact, Change change, Option<Object> value, Option<String> fromAttribute)
      implements Effect {

    /**
     * What is done to a fact.
     *
     * @since 0.1
     */
    @API(status = STABLE, since = "0.1")
    public enum Change {
      /** Add to a counter or a sum. */
      ADD,
      /** Record the event's instant in a window. */
      RECORD,
      /** Set an attribute. */
      SET,
      /** Put the fact back at its start. */
      RESET
    }

    /**
     * Creates the effect.
     *
     * @param fact the fact's id
     * @param change what is done
     * @param value the constant, if any
     * @param fromAttribute the event attribute, if any
     */
    public ChangeFact {
      Objects.requireNonNull(fact, "fact is null");
      Objects.requireNonNull(change, "change is null");
      Objects.requireNonNull(value, "value is null");
      Objects.requireNonNull(fromAttribute, "fromAttribute is null");
    }

    @Override
    public String description() {
      String from = fromAttribute.map(a -> "the event's " + a).getOrElse("");
      String constant = value.map(Attribute::format).getOrElse("");
      return switch (change) {
        case ADD -> "add " + (from.isEmpty() ? constant : from) + " to " + fact;
        case RECORD -> "count the event in " + fact;
        case SET -> "set " + fact + " to " + (from.isEmpty() ? constant : from);
        case RESET -> "reset " + fact;
      };
    }
  }

  /**
   * The loss of a criterion.
   *
   * @param criterion the criterion's id
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record ForgetCriterion(String criterion) implements Effect {
    /**
     * Creates the effect.
     *
     * @param criterion the criterion's id
     */
    public ForgetCriterion {
      Objects.requireNonNull(criterion, "criterion is null");
    }

    @Override
    public String description() {
      return "forget '" + criterion + "'";
    }
  }

  /**
   * A move: to the next stage, to the previous one, or to a named one.
   *
   * @param direction which way
   * @param stage the stage's id, for a move to a named stage
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record Move(Direction direction, Option<String> stage) implements Effect {
    static final Move NEXT = new Move(Direction.NEXT, Option.none());
    static final Move PREVIOUS = new Move(Direction.PREVIOUS, Option.none());

    /**
     * Which way a move goes.
     *
     * @since 0.1
     */
    @API(status = STABLE, since = "0.1")
    public enum Direction {
      /** To the next stage. */
      NEXT,
      /** To the previous stage. */
      PREVIOUS,
      /** To a named stage. */
      TO
    }

    /**
     * Creates a move.
     *
     * @param direction which way
     * @param stage the stage's id, present exactly for {@link Direction#TO}
     */
    public Move {
      Objects.requireNonNull(direction, "direction is null");
      Objects.requireNonNull(stage, "stage is null");
      if ((direction == Direction.TO) != stage.isDefined()) {
        throw new IllegalArgumentException("a move names a stage exactly when it goes TO one");
      }
    }

    @Override
    public String description() {
      return switch (direction) {
        case NEXT -> "move to the next stage";
        case PREVIOUS -> "move back to the previous stage";
        case TO -> "move to '" + stage.get() + "'";
      };
    }
  }

  /**
   * A change of status.
   *
   * @param status the new status
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record SetStatus(CustomerStatus status) implements Effect {
    /**
     * Creates the effect.
     *
     * @param status the new status
     */
    public SetStatus {
      Objects.requireNonNull(status, "status is null");
    }

    @Override
    public String description() {
      return "set status " + status.id();
    }
  }

  /**
   * The record of a criterion: the given one, or the one the event names.
   *
   * @param criterion the criterion's id; none for the event's own
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record RecordCriterion(Option<String> criterion) implements Effect {
    /**
     * Creates the effect.
     *
     * @param criterion the criterion's id; none for the event's own
     */
    public RecordCriterion {
      Objects.requireNonNull(criterion, "criterion is null");
    }

    @Override
    public String description() {
      return "record " + criterion.map(c -> "'" + c + "'").getOrElse("the criterion met");
    }
  }

  /**
   * The count of one more purchase.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  enum CountPurchase implements Effect {
    /** The only instance. */
    INSTANCE;

    @Override
    public String description() {
      return "count a purchase";
    }
  }

  /**
   * The sending of a 5W message.
   *
   * @param message the message's id
   * @param regardless whether it goes out even when the rule's decision does not stand
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record Send(String message, boolean regardless) implements Effect {
    /**
     * Creates the effect.
     *
     * @param message the message's id
     * @param regardless whether it goes out even when the rule's decision does not stand
     */
    public Send {
      Objects.requireNonNull(message, "message is null");
    }

    @Override
    public String description() {
      return "send '" + message + "'" + (regardless ? " even if the move is not made" : "");
    }
  }
}
