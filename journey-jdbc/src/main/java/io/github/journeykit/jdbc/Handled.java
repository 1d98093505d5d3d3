package io.github.journeykit.jdbc;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.MessageToSend;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one transaction of a {@link JourneyStore} did for one customer: the decisions it made, in
 * order, and the row it left.
 *
 * <p>The decisions are the ticks of time that were due before the event (each a {@code time_passed}
 * at the customer's next check), then the event's own decision; for a customer handed out by {@link
 * JourneyStore#handleDue}, the ticks only. Their messages are in the outbox, queued in the same
 * transaction that stored the position.
 *
 * <pre>{@code
 * Handled handled = store.handle("olga", new InteractionHappened(Outcome.YES, at));
 * handled.decision().after().stage();   // where olga is now
 * handled.messages();                   // what was queued for her
 * }</pre>
 *
 * @param customer the customer's id
 * @param decisions the decisions made, in order; at least one
 * @param rowVersion the version of the customer's row after the transaction: 1 for a customer it
 *     started, one more than before for every transaction that stored a change; 0 when there is no
 *     row (a new customer whose first event was rejected)
 * @param attempts how many transactions it took: 1, or more when other events of the customer were
 *     stored meanwhile and the store decided again from their position
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Handled(String customer, Seq<Decision> decisions, long rowVersion, int attempts) {

  /**
   * Creates what a transaction did.
   *
   * @param customer the customer's id
   * @param decisions the decisions made, in order; at least one
   * @param rowVersion the row's version after the transaction, 0 when there is no row
   * @param attempts how many transactions it took, at least 1
   * @throws IllegalArgumentException when there is no decision, the row version is negative or the
   *     attempts are fewer than 1
   */
  public Handled {
    Objects.requireNonNull(customer, "customer is null");
    Objects.requireNonNull(decisions, "decisions is null");
    if (decisions.isEmpty()) {
      throw new IllegalArgumentException("a transaction makes at least one decision");
    }
    if (rowVersion < 0 || attempts < 1) {
      throw new IllegalArgumentException(
          "the row version is at least 0 and the attempts at least 1; got "
              + rowVersion
              + " and "
              + attempts);
    }
  }

  /**
   * Returns the last decision: the event's, or, for a customer whose time was due, the last tick's.
   *
   * @return the decision
   */
  public Decision decision() {
    return decisions.last();
  }

  /**
   * Returns the customer's position as stored: the position after the last decision that stood.
   *
   * @return the position
   */
  public Position position() {
    return decision().after();
  }

  /**
   * Returns the messages queued in the outbox, those of every decision in order.
   *
   * @return the messages
   */
  public Seq<MessageToSend> messages() {
    return decisions.flatMap(Decision::messages);
  }
}
