package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.CustomerStatus;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a rule does when it fires: move the customer, change their status, record a fact, or send a
 * 5W message.
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
   * Sends one of the journey's 5W messages, at the time its {@code when} says.
   *
   * @param message the message's id
   * @return the effect
   */
  static Effect send(String message) {
    return new Send(Objects.requireNonNull(message, "message is null"));
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
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record Send(String message) implements Effect {
    /**
     * Creates the effect.
     *
     * @param message the message's id
     */
    public Send {
      Objects.requireNonNull(message, "message is null");
    }

    @Override
    public String description() {
      return "send '" + message + "'";
    }
  }
}
