package io.github.journeykit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Runs a piece of work in a transaction of its own, and again in a new one, a bounded number of
 * times, when it lost a race: the work said so (a row changed under it), or the database did (a
 * deadlock, a serialization failure, a lock it waited too long for). Anything else rolls back and
 * ends the work; nothing is ever half-committed.
 */
final class Transactions {

  /** The work of one attempt: its result, or null when it lost a race and must be tried again. */
  @FunctionalInterface
  interface Work<T> {
    @Nullable T attempt(Connection connection, int attempt) throws SQLException;
  }

  private final DataSource dataSource;

  Transactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs the work, at most {@code attempts} times.
   *
   * @param attempts how many transactions to try, at least 1
   * @param what what the work does, for the messages: "storing customer 'olga' in journey 'x'";
   *     said only when something goes wrong
   * @param work the work of one attempt
   * @throws StoreException when every attempt lost its race ({@link
   *     StoreException.Kind#CONTENDED}), or the database failed
   */
  <T> T run(int attempts, Supplier<String> what, Work<T> work) {
    for (int attempt = 1; attempt <= attempts; attempt++) {
      T result = once(what, work, attempt);
      if (result != null) {
        return result;
      }
    }
    throw new StoreException(
        StoreException.Kind.CONTENDED,
        what.get()
            + ": other transactions got there first, "
            + (attempts == 1 ? "and it was tried once" : attempts + " times in a row")
            + "; nothing was stored, try again",
        null);
  }

  /** Runs the work once, in its own transaction: its result committed, or null rolled back. */
  private <T> @Nullable T once(Supplier<String> what, Work<T> work, int attempt) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      try {
        T result = work.attempt(connection, attempt);
        if (result == null) {
          connection.rollback();
        } else {
          connection.commit();
        }
        return result;
      } catch (SQLException e) {
        rollBack(connection, e);
        if (lostRace(e)) {
          return null;
        }
        throw StoreException.database(what.get(), e);
      } catch (RuntimeException | Error e) {
        rollBack(connection, e);
        throw e;
      } finally {
        if (autoCommit) {
          restoreAutoCommit(connection);
        }
      }
    } catch (SQLException e) {
      throw StoreException.database(what.get(), e);
    }
  }

  /**
   * Gives the connection back as it came, in auto-commit mode. A failure here is not the work's:
   * the connection is closed next, and a pool that gets it back resets it or drops it.
   */
  private static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // the connection is closed next; see above
    }
  }

  private static void rollBack(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Whether the database ended the transaction because another one got in its way: a serialization
   * failure or a deadlock (SQLState class 40), or a lock not granted in time (H2's HYT00, lock
   * timeout; PostgreSQL's 55P03).
   */
  static boolean lostRace(SQLException e) {
    String state = e.getSQLState();
    return state != null
        && (state.startsWith("40") || state.equals("HYT00") || state.equals("55P03"));
  }
}
