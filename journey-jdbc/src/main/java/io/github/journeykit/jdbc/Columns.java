package io.github.journeykit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The instants of the tables: {@code TIMESTAMP WITH TIME ZONE} columns, in UTC, to the microsecond.
 */
final class Columns {

  private Columns() {}

  /**
   * Sets an instant parameter, rounded up to the microsecond, the precision of the columns: a next
   * check stored rounded down would come before the instant the engine gave, and its tick would
   * find the rule not yet due.
   */
  static void setInstant(PreparedStatement statement, int parameter, @Nullable Instant at)
      throws SQLException {
    if (at == null) {
      statement.setNull(parameter, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(parameter, OffsetDateTime.ofInstant(toMicros(at), ZoneOffset.UTC));
    }
  }

  /** Reads an instant column, or null. */
  static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  /** The instant rounded up to the microsecond. */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // the part below the second is what is rounded
  static Instant toMicros(Instant at) {
    int below = at.getNano() % 1000;
    return below == 0 ? at : at.plusNanos(1000L - below);
  }
}
