package io.github.journeykit.jdbc;

import io.github.journeykit.definition.DefinitionProblem;
import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Position;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@value #TABLE} table, for one journey: one row per customer with the position as {@link
 * JourneyJson} writes it, the next check, and the row version that every stored change raises by
 * one, so that a change made from a position that is no longer the stored one changes nothing.
 */
final class Positions {

  static final String TABLE = "journey_positions";

  /** A customer's row: the position read, its version and its next check. */
  record Row(Position position, long version, @Nullable Instant nextCheck) {}

  private final JourneyJson json;
  private final String journey;
  private final String select;
  private final String insert;
  private final String update;
  private final String claim;

  Positions(JourneyJson json, Dialect dialect) {
    this.json = json;
    this.journey = json.journey().id();
    this.select =
        "SELECT customer, position, row_version, next_check FROM "
            + TABLE
            + " WHERE customer = ? AND journey = ?";
    this.insert =
        "INSERT INTO "
            + TABLE
            + " (version, stage, status, position, next_check, row_version, customer, journey)"
            + " VALUES (?, ?, ?, "
            + dialect.jsonParameter()
            + ", ?, ?, ?, ?)";
    this.update =
        "UPDATE "
            + TABLE
            + " SET version = ?, stage = ?, status = ?, position = "
            + dialect.jsonParameter()
            + ", next_check = ?, row_version = ? WHERE customer = ? AND journey = ?"
            + " AND row_version = ?";
    this.claim =
        "SELECT customer, position, row_version, next_check FROM "
            + TABLE
            + " WHERE journey = ? AND next_check <= ? ORDER BY next_check FETCH FIRST ? ROWS ONLY"
            + dialect.claim();
  }

  /** The customer's row, or null when the customer has none. */
  @Nullable Row load(Connection connection, String customer) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(select)) {
      statement.setString(1, customer);
      statement.setString(2, journey);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row(row) : null;
      }
    }
  }

  /**
   * Locks and returns the rows whose next check is at or before {@code now}, the longest due first,
   * at most {@code limit}; rows another transaction holds are skipped where the database can.
   */
  List<Row> claimDue(Connection connection, Instant now, int limit) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(claim)) {
      statement.setString(1, journey);
      Columns.setInstant(statement, 2, now);
      statement.setInt(3, limit);
      List<Row> rows = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          rows.add(row(row));
        }
      }
      return rows;
    }
  }

  /**
   * Inserts a new customer's row, version 1.
   *
   * @return whether it was inserted; false when another transaction inserted the customer first
   */
  boolean insert(Connection connection, Position position, @Nullable Instant next)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      set(statement, position, next, 1);
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) { // unique violation: the other one was first
        return false;
      }
      throw e;
    }
  }

  /**
   * Replaces a customer's row if it still has the version it was read with.
   *
   * @return whether it was replaced; false when another transaction changed it first
   */
  boolean update(Connection connection, Position position, @Nullable Instant next, long version)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(update)) {
      set(statement, position, next, version + 1);
      statement.setLong(9, version);
      return statement.executeUpdate() == 1;
    }
  }

  /**
   * Replaces many customers' rows in one round trip, each if it still has the version it was read
   * with.
   *
   * @return whether every one was replaced
   */
  boolean updateAll(Connection connection, List<Row> rows, List<Decider> decided)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(update)) {
      for (int i = 0; i < rows.size(); i++) {
        Decider decider = decided.get(i);
        set(statement, decider.position(), decider.next(), rows.get(i).version() + 1);
        statement.setLong(9, rows.get(i).version());
        statement.addBatch();
      }
      for (int count : statement.executeBatch()) {
        if (count != 1) {
          return false;
        }
      }
      return true;
    }
  }

  /** Sets the parameters an insert and an update share, in the order both name them. */
  private void set(
      PreparedStatement statement, Position position, @Nullable Instant next, long version)
      throws SQLException {
    statement.setInt(1, position.version());
    statement.setString(2, position.stage());
    statement.setString(3, position.status().id());
    statement.setString(4, json.write(position));
    Columns.setInstant(statement, 5, next);
    statement.setLong(6, version);
    statement.setString(7, position.customer());
    statement.setString(8, journey);
  }

  private Row row(ResultSet row) throws SQLException {
    String customer = row.getString(1);
    return new Row(read(customer, row.getString(2)), row.getLong(3), Columns.instant(row, 4));
  }

  /** The position of a row, or the reason it cannot be read, naming the table and the customer. */
  private Position read(String customer, String text) {
    String source = where(customer);
    Validation<Seq<DefinitionProblem>, Position> read = json.readPosition(text, source);
    if (read.isInvalid()) {
      throw new StoreException(
          StoreException.Kind.UNREADABLE,
          "the stored position cannot be read: " + read.getError().mkString("; "),
          null);
    }
    Position position = read.get();
    if (!position.customer().equals(customer)) {
      throw new StoreException(
          StoreException.Kind.UNREADABLE,
          source + ": the stored position is of customer '" + position.customer() + "'",
          null);
    }
    return position;
  }

  /**
   * Where a customer's row is, for messages: "journey_positions (customer 'olga', journey 'x')".
   */
  String where(String customer) {
    return TABLE + " (customer '" + customer + "', journey '" + journey + "')";
  }
}
