package io.github.journeykit.jdbc;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/**
 * The tables a {@link JourneyStore} needs, as SQL scripts this module ships for H2 and PostgreSQL,
 * named as migration tools name them: {@code db/journey/h2/V1__journey_positions.sql} and {@code
 * V2__journey_outbox.sql}, the same under {@code db/journey/postgresql}. A CRM that manages its
 * schema with a migration tool applies them from there; {@link #create(DataSource)} applies them
 * itself, for tests, embedded databases and quick starts. Each script creates only what does not
 * exist yet, so applying it again changes nothing.
 *
 * <pre>{@code
 * StoreSchema.create(dataSource);   // [db/journey/h2/V1__journey_positions.sql, db/journey/h2/V2__journey_outbox.sql]
 * }</pre>
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class StoreSchema {

  /** The scripts, in the order they apply, the same for each database. */
  public static final Seq<String> SCRIPTS =
      List.of("V1__journey_positions.sql", "V2__journey_outbox.sql");

  private StoreSchema() {}

  /**
   * Creates the tables and indexes the store needs, those that do not exist yet, by applying the
   * shipped scripts of the database's kind.
   *
   * @param dataSource the database
   * @return the scripts applied, as paths on the class path
   * @throws StoreException when the database is neither H2 nor PostgreSQL, or refuses a script
   */
  public static Seq<String> create(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource is null");
    try (Connection connection = dataSource.getConnection()) {
      Dialect dialect = Dialect.of(connection);
      if (dialect == Dialect.OTHER) {
        throw new StoreException(
            StoreException.Kind.SCHEMA,
            "journey-jdbc ships its schema for H2 and PostgreSQL, not for "
                + connection.getMetaData().getDatabaseProductName()
                + "; write the two tables after db/journey/postgresql",
            null);
      }
      Seq<String> scripts = SCRIPTS.map(name -> "db/journey/" + dialect.folder() + "/" + name);
      for (String script : scripts) {
        apply(connection, script);
      }
      return scripts;
    } catch (SQLException e) {
      throw StoreException.database("creating the schema of journey-jdbc", e);
    }
  }

  private static void apply(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        statement.execute(sql);
      }
    }
  }

  /** A script's statements: its lines without comments, split where a line ends in a semicolon. */
  static Seq<String> statements(String script) {
    String code =
        script
            .lines()
            .filter(line -> !line.strip().startsWith("--"))
            .collect(Collectors.joining("\n"));
    return List.of(code.split(";\\s*(\\n|$)")).map(String::strip).filter(sql -> !sql.isEmpty());
  }

  private static String read(String script) {
    try (InputStream in = StoreSchema.class.getResourceAsStream("/" + script)) {
      if (in == null) {
        throw new IllegalStateException("journey-jdbc's jar lacks " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + script, e);
    }
  }

  /**
   * Checks that the tables have the columns the store reads and writes.
   *
   * @return the database's dialect
   * @throws StoreException naming the table that is missing or lacks a column
   */
  static Dialect check(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      Dialect dialect = Dialect.of(connection);
      check(
          connection,
          dialect,
          Positions.TABLE,
          "customer, journey, version, stage, status, position, next_check, row_version");
      check(
          connection,
          dialect,
          Outbox.TABLE,
          "id, customer, journey, message, send_at, rule, status, sent_at");
      return dialect;
    } catch (SQLException e) {
      throw StoreException.database("checking the schema of journey-jdbc", e);
    }
  }

  private static void check(Connection connection, Dialect dialect, String table, String columns)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT " + columns + " FROM " + table + " WHERE 1 = 0").close();
    } catch (SQLException e) {
      String message = e.getMessage();
      throw new StoreException(
          StoreException.Kind.SCHEMA,
          "table "
              + table
              + " is missing or lacks one of the columns "
              + columns
              + " ("
              + (message == null ? e.getSQLState() : message.lines().findFirst().orElse(""))
              + "); create the tables with StoreSchema.create(dataSource), or apply the scripts "
              + (dialect == Dialect.OTHER
                  ? "of db/journey/postgresql rewritten for your database"
                  : "under db/journey/" + dialect.folder())
              + " (see journey-jdbc in the README)",
          e);
    }
  }
}
