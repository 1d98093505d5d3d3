package io.github.journeykit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database with the store's schema, for one test: an embedded H2 in memory (always there),
 * or a schema of its own on the PostgreSQL server that {@code JOURNEY_POSTGRES_URL} names (the
 * system property {@code journey.postgres.url} too), dropped at the end.
 *
 * <p>Without a server the PostgreSQL tests are skipped, with the reason; with {@code
 * JOURNEY_REQUIRE_POSTGRES=1} (what {@code .ci/run} sets) they fail instead, so that CI cannot pass
 * without PostgreSQL really running.
 */
final class Database implements AutoCloseable {

  static final String URL = "JOURNEY_POSTGRES_URL";
  static final String REQUIRED = "JOURNEY_REQUIRE_POSTGRES";

  private static final AtomicInteger NAMES = new AtomicInteger();

  private final String name;
  private final DataSource unpooled;
  private final JdbcConnectionPool pool;
  private final Runnable drop;

  private Database(String name, DataSource unpooled, JdbcConnectionPool pool, Runnable drop) {
    this.name = name;
    this.unpooled = unpooled;
    this.pool = pool;
    this.drop = drop;
    pool.setMaxConnections(24);
  }

  /** A new in-memory H2 database with the schema. */
  static Database h2() {
    String url = "jdbc:h2:mem:journey-" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource unpooled = new JdbcDataSource();
    unpooled.setURL(url);
    unpooled.setUser("sa");
    JdbcConnectionPool pool = JdbcConnectionPool.create(unpooled);
    Database database =
        new Database(
            "H2",
            unpooled,
            pool,
            () -> {
              try (Connection connection = pool.getConnection();
                  Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    StoreSchema.create(database.dataSource());
    return database;
  }

  /** A new schema with the store's tables on the PostgreSQL server, or a skipped test. */
  static Database postgres() {
    String url = setting(URL, "journey.postgres.url");
    boolean required = "1".equals(setting(REQUIRED, "journey.requirePostgres"));
    if (url == null) {
      assertThat(required)
          .as(REQUIRED + " is set, but " + URL + " names no PostgreSQL server")
          .isFalse();
      Assumptions.abort(
          "no PostgreSQL server: set "
              + URL
              + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=journey&password=journey);"
              + " .ci/run starts one");
    }
    String schema = "journey_test_" + ProcessHandle.current().pid() + "_" + NAMES.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      assertThat(required).as("PostgreSQL at %s is required: %s", url, e.getMessage()).isFalse();
      Assumptions.abort("PostgreSQL at " + url + " cannot be reached: " + e.getMessage());
    }
    // Commits that do not wait for the disk: a server crash could lose the last ones, which no test
    // makes, and the tests run in seconds, not minutes (a commit waits ~3 ms for the disk here).
    PGConnectionPoolDataSource pooled = new PGConnectionPoolDataSource();
    pooled.setURL(url);
    pooled.setCurrentSchema(schema);
    pooled.setOptions("-c synchronous_commit=off");
    PGSimpleDataSource unpooled = new PGSimpleDataSource();
    unpooled.setURL(url);
    unpooled.setCurrentSchema(schema);
    unpooled.setOptions("-c synchronous_commit=off");
    Database database =
        new Database(
            "PostgreSQL",
            unpooled,
            JdbcConnectionPool.create(pooled),
            () -> {
              try (Connection connection = DriverManager.getConnection(url);
                  Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    StoreSchema.create(database.dataSource());
    return database;
  }

  private static String setting(String variable, String property) {
    String value = System.getProperty(property, System.getenv(variable));
    return value == null || value.isBlank() ? null : value;
  }

  /** The database through a pool, as a CRM gives it to the store. */
  DataSource dataSource() {
    return pool;
  }

  /** The database without a pool: every connection a new one, closed for real. */
  DataSource unpooled() {
    return unpooled;
  }

  String name() {
    return name;
  }

  /** Runs a statement of the test's own, outside the store. */
  int update(String sql) {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      return statement.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The rows of a query of the test's own, each as its columns' texts joined by commas. */
  List<String> rows(String sql) {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns; column++) {
          row.append(column == 1 ? "" : ",").append(result.getString(column));
        }
        rows.add(row.toString());
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * The rows of the outbox in the order of their ids, read without the store, each as
   * customer,message,send_at,rule,status.
   */
  List<String> outbox() {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT customer, message, send_at, rule, status FROM journey_outbox ORDER BY id")) {
      List<String> rows = new ArrayList<>();
      while (result.next()) {
        rows.add(
            result.getString(1)
                + ","
                + result.getString(2)
                + ","
                + result.getObject(3, OffsetDateTime.class).toInstant()
                + ","
                + result.getString(4)
                + ","
                + result.getString(5));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many rows a table has. */
  long count(String table) {
    return Long.parseLong(rows("SELECT COUNT(*) FROM " + table).get(0));
  }

  @Override
  public void close() {
    drop.run();
    pool.dispose();
  }

  @Override
  public String toString() {
    return name.toLowerCase(Locale.ROOT);
  }
}
