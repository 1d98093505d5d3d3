package io.github.journeykit.jdbc;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/**
 * Where the customers of one journey stand, and the messages to send them, in a SQL database: the
 * engine's decisions stored so that a CRM that embeds Journey writes no persistence code of its
 * own.
 *
 * <p><b>An event</b> is handled in one transaction: {@link #handle(String, Event)} loads the
 * customer's position from the {@code journey_positions} table (or starts the customer, at the
 * event's instant), decides the ticks of time that fell due before the event and then the event,
 * saves the position with its next check, and queues the decisions' messages in the {@link Outbox}.
 * Either all of it is committed or none of it: a crash between deciding and committing leaves the
 * position and the outbox as they were.
 *
 * <p><b>Two events of one customer at once</b> never lose an update: each row carries a version,
 * and a position is saved only if its row still has the version it was read with. The transaction
 * that finds it changed rolls back and decides again from the new position, up to {@link
 * #withAttempts(int) a number of attempts} ({@value #DEFAULT_ATTEMPTS} unless told), then reports a
 * {@link StoreException} of kind {@link StoreException.Kind#CONTENDED CONTENDED}. No lock is held
 * while the engine decides.
 *
 * <p><b>Time</b>: every stored position has its next check, the instant a time-based rule of its
 * stage could next fire. {@link #handleDue(Instant, int)} hands out a batch of the customers whose
 * next check is due, locked so that several workers never get the same customer ({@code FOR UPDATE
 * SKIP LOCKED}), and decides their ticks, each at the instant it fell due, whenever the scheduler
 * runs. A CRM's scheduler is a loop around it:
 *
 * <pre>{@code
 * DataSource dataSource = ...;                      // the CRM's pool
 * StoreSchema.create(dataSource);                   // or apply db/journey/postgresql with a migration tool
 * JourneyStore store = JourneyStore.of(dataSource, Catalogue.get("sales-funnel").get().compile());
 *
 * Handled handled = store.handle("olga", new InteractionHappened(Outcome.YES, Instant.now()));
 * handled.position().stage();                        // where olga is now
 *
 * Instant now = Instant.now();                       // nightly, or every minute
 * while (!store.handleDue(now, 100).isEmpty()) {}
 * store.outbox().deliver(now, 100, message -> mailer.send(message));
 * }</pre>
 *
 * <p>The decisions are those of {@link Engine#replay(Position, Iterable, Instant)}: the same events
 * handled one by one, with the due customers handled up to an instant, leave the positions and
 * queue the messages that a replay of them up to that instant gives. Instants are stored to the
 * microsecond, a next check rounded up.
 *
 * <p>Several journeys share the two tables, each row naming its journey; a store reads and writes
 * the rows of its engine's journey only. Positions of an older version of the journey are carried
 * over as they are read, by the journey's migrations, and stored in its version. A store is
 * immutable and thread-safe; it takes a connection from the data source for every transaction, so
 * give it a pool.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class JourneyStore {

  /** How many transactions {@link #handle} tries before it reports contention, unless told. */
  public static final int DEFAULT_ATTEMPTS = 10;

  private final Engine engine;
  private final String journey;
  private final Transactions transactions;
  private final Positions positions;
  private final Outbox outbox;
  private final int attempts;

  private JourneyStore(
      Engine engine, Transactions transactions, Positions positions, Outbox outbox, int attempts) {
    this.engine = engine;
    this.journey = engine.journey().id();
    this.transactions = transactions;
    this.positions = positions;
    this.outbox = outbox;
    this.attempts = attempts;
  }

  /**
   * Returns the store of an engine's journey in a database, after checking that the database has
   * the tables the store needs (see {@link StoreSchema}).
   *
   * @param dataSource where the tables are; a pool, since every transaction takes a connection
   * @param engine the engine that decides
   * @return the store
   * @throws StoreException when a table or a column is missing, or the database cannot be reached
   */
  public static JourneyStore of(DataSource dataSource, Engine engine) {
    Objects.requireNonNull(dataSource, "dataSource is null");
    Objects.requireNonNull(engine, "engine is null");
    Dialect dialect = StoreSchema.check(dataSource);
    Transactions transactions = new Transactions(dataSource);
    return new JourneyStore(
        engine,
        transactions,
        new Positions(JourneyJson.of(engine.journey()), dialect),
        new Outbox(transactions, engine.journey(), dialect),
        DEFAULT_ATTEMPTS);
  }

  /**
   * Returns a store like this one that tries a transaction that lost a race this many times in all
   * before it reports contention.
   *
   * @param newAttempts the number of transactions to try, at least 1
   * @return the store
   */
  public JourneyStore withAttempts(int newAttempts) {
    checkPositive(newAttempts, "attempts");
    return new JourneyStore(engine, transactions, positions, outbox, newAttempts);
  }

  /**
   * Returns the engine that decides.
   *
   * @return the engine
   */
  public Engine engine() {
    return engine;
  }

  /**
   * Returns the outbox of the messages the store's decisions queued.
   *
   * @return the outbox
   */
  public Outbox outbox() {
    return outbox;
  }

  /**
   * Handles one event of one customer in one transaction: loads the position, or starts the
   * customer at the event's instant; decides a tick of time at every next check due up to the
   * event's instant, then the event; saves the position and its next check; queues the messages. A
   * rejected event changes nothing (but the ticks before it, which stand); a new customer whose
   * first event is rejected gets no row.
   *
   * @param customer the customer's id
   * @param event what happened
   * @return what was decided and stored
   * @throws StoreException when other events of the customer won every attempt, a stored row cannot
   *     be read, or the database fails; nothing was stored
   */
  public Handled handle(String customer, Event event) {
    Objects.requireNonNull(customer, "customer is null");
    Objects.requireNonNull(event, "event is null");
    return transactions.run(
        attempts,
        () -> "storing " + positions.where(customer),
        (connection, attempt) -> handleOnce(connection, customer, event, attempt));
  }

  private @org.jspecify.annotations.Nullable Handled handleOnce(
      Connection connection, String customer, Event event, int attempt) throws SQLException {
    Positions.Row row = positions.load(connection, customer);
    Decider decider =
        row == null
            ? new Decider(engine, engine.journey().newCustomer(customer, event.at()), null)
            : new Decider(engine, row.position(), row.nextCheck()).tickUntil(event.at());
    decider.decide(event);
    long version = row == null ? 0 : row.version();
    if (!decider.changed()) {
      return new Handled(customer, decider.decisions(), version, attempt);
    }
    boolean saved =
        row == null
            ? positions.insert(connection, decider.position(), decider.next())
            : positions.update(connection, decider.position(), decider.next(), version);
    if (!saved) {
      return null;
    }
    outbox.queue(connection, messages(decider.decisions()));
    return new Handled(customer, decider.decisions(), version + 1, attempt);
  }

  /**
   * Handles a batch of the customers whose next check is at or before {@code now}, the longest due
   * first, in one transaction: for each, decides a tick of time at every next check up to {@code
   * now}, each at the instant it fell due, saves the position and queues the messages. The rows are
   * locked while it runs; a worker running at the same time gets other customers (on H2, which
   * limits a batch before it skips the rows another worker holds, often none until that batch is
   * done). Call it until it returns no one.
   *
   * @param now the instant up to which time has passed
   * @param batchSize how many customers to handle at most, at least 1
   * @return what was decided for each customer, the longest due first; empty when no one is due
   * @throws StoreException when a stored row cannot be read, or the database fails; nothing of the
   *     batch was stored
   */
  public Seq<Handled> handleDue(Instant now, int batchSize) {
    Objects.requireNonNull(now, "now is null");
    checkPositive(batchSize, "batchSize");
    // the instant as the column keeps it: a row the query finds due is due to the ticks too
    Instant until = Columns.toMicros(now);
    return transactions.run(
        attempts,
        () -> "handling the due customers of journey '" + journey + "' in " + Positions.TABLE,
        (connection, attempt) -> handleDueOnce(connection, until, batchSize, attempt));
  }

  private @org.jspecify.annotations.Nullable Seq<Handled> handleDueOnce(
      Connection connection, Instant until, int batchSize, int attempt) throws SQLException {
    List<Positions.Row> rows = positions.claimDue(connection, until, batchSize);
    if (rows.isEmpty()) {
      return Vector.empty();
    }
    List<Decider> decided = new ArrayList<>(rows.size());
    for (Positions.Row row : rows) {
      decided.add(new Decider(engine, row.position(), row.nextCheck()).tickUntil(until));
    }
    if (!positions.updateAll(connection, rows, decided)) {
      return null;
    }
    List<Handled> handled = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Positions.Row row = rows.get(i);
      Vector<Decision> decisions = decided.get(i).decisions();
      handled.add(new Handled(row.position().customer(), decisions, row.version() + 1, attempt));
    }
    Vector<Handled> all = Vector.ofAll(handled);
    outbox.queue(connection, all.flatMap(Handled::messages));
    return all;
  }

  /**
   * Returns a customer's stored position, carried to the journey's version.
   *
   * @param customer the customer's id
   * @return the position, or none when the customer has no row in this journey
   * @throws StoreException when the row cannot be read, or the database fails
   */
  public Option<Position> position(String customer) {
    Objects.requireNonNull(customer, "customer is null");
    return transactions.run(
        1,
        () -> "reading " + positions.where(customer),
        (connection, attempt) ->
            Option.of(positions.load(connection, customer)).map(Positions.Row::position));
  }

  private static Seq<MessageToSend> messages(Seq<Decision> decisions) {
    return decisions.flatMap(Decision::messages);
  }

  static void checkPositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }

  @Override
  public String toString() {
    return "JourneyStore[" + journey + " v" + engine.journey().version() + "]";
  }
}
