package io.github.journeykit.jdbc;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.rules.MessageToSend;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * The messages a journey's decisions asked to send, in the {@value #TABLE} table: queued by the
 * {@link JourneyStore} in the very transaction that stores the decision, so that a decision is
 * never stored without its messages nor a message queued for a decision that was not stored.
 *
 * <p>A message waits as {@code pending} until the CRM's sender marks it {@code sent}. {@link
 * #deliver} does both in one transaction for a batch, locking the rows it hands out so that several
 * senders never get the same message; a sender that fails leaves its batch pending, to be handed
 * out again (at least once, never lost: a sender that must not send twice keeps the {@link
 * OutboxMessage#id() ids} it sent). {@link #pending} and {@link #markSent} are the same in two
 * steps, for a sender that works outside the database's transaction.
 *
 * <pre>{@code
 * Outbox outbox = store.outbox();
 * int sent = outbox.deliver(Instant.now(), 100, message -> mailer.send(message));
 * }</pre>
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Outbox {

  /** The name of the table. */
  public static final String TABLE = "journey_outbox";

  private final Transactions transactions;
  private final Journey journey;
  private final String queue;
  private final String pending;
  private final String claim;
  private final String markSent;

  Outbox(Transactions transactions, Journey journey, Dialect dialect) {
    this.transactions = transactions;
    this.journey = journey;
    this.queue =
        "INSERT INTO "
            + TABLE
            + " (customer, journey, message, send_at, rule, status)"
            + " VALUES (?, ?, ?, ?, ?, 'pending')";
    this.pending =
        "SELECT id, customer, message, send_at, rule FROM "
            + TABLE
            + " WHERE journey = ? AND status = 'pending' AND send_at <= ?"
            + " ORDER BY send_at, id FETCH FIRST ? ROWS ONLY";
    this.claim = pending + dialect.claim();
    this.markSent =
        "UPDATE " + TABLE + " SET status = 'sent', sent_at = ? WHERE id = ? AND status = 'pending'";
  }

  /**
   * Returns the pending messages whose time has come, the earliest first (then in the order they
   * were queued).
   *
   * @param until the latest send-at instant to return, usually now
   * @param limit how many messages to return at most, at least 1
   * @return the messages
   * @throws StoreException when the database fails or a row names a message the journey does not
   *     have
   */
  public Seq<OutboxMessage> pending(Instant until, int limit) {
    Objects.requireNonNull(until, "until is null");
    JourneyStore.checkPositive(limit, "limit");
    return transactions.run(
        1,
        () -> "reading the pending messages of journey '" + journey.id() + "' from " + TABLE,
        (connection, attempt) -> read(connection, pending, until, limit));
  }

  /**
   * Marks messages sent, those still pending; a message already marked is left as it is.
   *
   * @param messages the messages
   * @param at when they were sent
   * @return how many were marked
   * @throws StoreException when the database fails
   */
  public int markSent(Seq<OutboxMessage> messages, Instant at) {
    Objects.requireNonNull(messages, "messages is null");
    Objects.requireNonNull(at, "at is null");
    if (messages.isEmpty()) {
      return 0;
    }
    return transactions.run(
        1,
        () -> "marking " + messages.size() + " messages sent in " + TABLE,
        (connection, attempt) -> mark(connection, messages, at));
  }

  /**
   * Hands the pending messages whose time has come, at most {@code limit} of them, the earliest
   * first, to a sender one by one and marks them sent at {@code now}, in one transaction. The rows
   * are locked while it runs; a sender working at the same time gets other messages. When the
   * sender throws, nothing is marked, and the exception is rethrown.
   *
   * @param now the latest send-at instant to hand out
   * @param limit how many messages to hand out at most, at least 1
   * @param sender what sends a message
   * @return how many messages were sent
   * @throws StoreException when the database fails or a row names a message the journey does not
   *     have
   */
  public int deliver(Instant now, int limit, Consumer<OutboxMessage> sender) {
    Objects.requireNonNull(now, "now is null");
    Objects.requireNonNull(sender, "sender is null");
    JourneyStore.checkPositive(limit, "limit");
    return transactions.run(
        1,
        () -> "delivering the messages of journey '" + journey.id() + "' from " + TABLE,
        (connection, attempt) -> {
          Seq<OutboxMessage> claimed = read(connection, claim, now, limit);
          claimed.forEach(sender);
          return mark(connection, claimed, now);
        });
  }

  /** Queues the messages of stored decisions, in the transaction that stores them. */
  void queue(Connection connection, Seq<MessageToSend> messages) throws SQLException {
    if (messages.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(queue)) {
      for (MessageToSend message : messages) {
        statement.setString(1, message.customer());
        statement.setString(2, journey.id());
        statement.setString(3, message.message().id());
        Columns.setInstant(statement, 4, message.sendAt());
        statement.setString(5, message.rule());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private Seq<OutboxMessage> read(Connection connection, String query, Instant until, int limit)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, journey.id());
      Columns.setInstant(statement, 2, until);
      statement.setInt(3, limit);
      List<OutboxMessage> messages = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          messages.add(message(row));
        }
      }
      return Vector.ofAll(messages);
    }
  }

  private OutboxMessage message(ResultSet row) throws SQLException {
    long id = row.getLong(1);
    String customer = row.getString(2);
    String messageId = row.getString(3);
    Message message =
        journey
            .message(messageId)
            .getOrElseThrow(
                () ->
                    new StoreException(
                        StoreException.Kind.UNREADABLE,
                        TABLE
                            + " (id "
                            + id
                            + ", customer '"
                            + customer
                            + "', journey '"
                            + journey.id()
                            + "'): journey '"
                            + journey.id()
                            + "' version "
                            + journey.version()
                            + " has no message '"
                            + messageId
                            + "'; its messages: "
                            + journey.messages().map(Message::id).mkString(", "),
                        null));
    return new OutboxMessage(
        id, customer, message, Objects.requireNonNull(Columns.instant(row, 4)), row.getString(5));
  }

  private int mark(Connection connection, Seq<OutboxMessage> messages, Instant at)
      throws SQLException {
    if (messages.isEmpty()) {
      return 0;
    }
    try (PreparedStatement statement = connection.prepareStatement(markSent)) {
      for (OutboxMessage message : messages) {
        Columns.setInstant(statement, 1, at);
        statement.setLong(2, message.id());
        statement.addBatch();
      }
      int marked = 0;
      for (int count : statement.executeBatch()) {
        marked += count;
      }
      return marked;
    }
  }
}
