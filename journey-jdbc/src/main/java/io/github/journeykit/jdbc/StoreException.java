package io.github.journeykit.jdbc;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.sql.SQLException;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What went wrong while storing or reading journeys in the database, said in one line that names
 * what and where: the customer, the journey and the table. Whatever failed, the transaction was
 * rolled back: the positions and the outbox are as they were before the call.
 *
 * <pre>{@code
 * try {
 *   store.handle("olga", event);
 * } catch (StoreException e) {
 *   if (e.kind() == StoreException.Kind.CONTENDED) {
 *     retryLater(event);          // other events of olga kept winning: nothing was stored
 *   } else {
 *     throw e;
 *   }
 * }
 * }</pre>
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure it is. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Kind {
    /**
     * Other events of the same customer were stored meanwhile on every one of the attempts the
     * store makes; the event was not stored, and handling it again later is safe.
     */
    CONTENDED,
    /**
     * A stored row cannot be read: its position is not valid JSON of the journey, names a stage the
     * journey no longer has and no migration carries, was decided by a newer version of the
     * journey, or is another customer's or journey's; or an outbox row names a message the journey
     * does not have.
     */
    UNREADABLE,
    /** The tables are missing or not as the shipped schema makes them. */
    SCHEMA,
    /** The database refused or failed, for a reason of its own (the cause says which). */
    DATABASE
  }

  private final Kind kind;

  StoreException(Kind kind, String message, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message is null"), cause);
    this.kind = Objects.requireNonNull(kind, "kind is null");
  }

  /**
   * Returns what kind of failure it is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * A failure of the database while doing {@code what} ("storing journey_positions (customer
   * 'olga', journey 'x')"): of kind {@link Kind#SCHEMA} when the database says a table, a column or
   * a type is not as the statement expects (SQLState class 42), {@link Kind#DATABASE} otherwise.
   */
  static StoreException database(String what, SQLException cause) {
    String state = cause.getSQLState();
    String message = cause.getMessage();
    String first = message == null ? "" : message.lines().findFirst().orElse("");
    boolean schema = state != null && state.startsWith("42");
    return new StoreException(
        schema ? Kind.SCHEMA : Kind.DATABASE,
        what
            + ": the database failed (SQLState "
            + state
            + "): "
            + first
            + (schema ? "; are the tables as journey-jdbc's schema makes them (StoreSchema)?" : ""),
        cause);
  }
}
