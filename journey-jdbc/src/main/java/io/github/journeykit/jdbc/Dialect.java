package io.github.journeykit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What differs between the databases the store runs on: where the shipped schema is, how a JSON
 * text becomes the position column, and whether a worker can skip the rows another one holds.
 * Everything else is standard SQL that H2 and PostgreSQL share.
 */
enum Dialect {
  /** Embedded H2 2.x, in any compatibility mode: the position is a text column. */
  H2("h2", "?", " FOR UPDATE SKIP LOCKED"),
  /** PostgreSQL 9.5 and later: the position is a jsonb column. */
  POSTGRESQL("postgresql", "CAST(? AS jsonb)", " FOR UPDATE SKIP LOCKED"),
  /**
   * Any other database, with a schema the CRM wrote after the shipped ones: the position a text,
   * and workers that wait for each other's rows instead of skipping them.
   */
  OTHER("", "?", " FOR UPDATE");

  private final String folder;
  private final String jsonParameter;
  private final String claim;

  Dialect(String folder, String jsonParameter, String claim) {
    this.folder = folder;
    this.jsonParameter = jsonParameter;
    this.claim = claim;
  }

  /** The dialect of the database a connection is to. */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.equals("h2")) {
      return H2;
    }
    return product.contains("postgresql") ? POSTGRESQL : OTHER;
  }

  /** The folder of the shipped schema on the class path, or empty when none is shipped. */
  String folder() {
    return folder;
  }

  /** The parameter marker of a JSON text written to the position column. */
  String jsonParameter() {
    return jsonParameter;
  }

  /**
   * What a query adds to lock the rows it hands out: {@code FOR UPDATE SKIP LOCKED} where the
   * database has it, so that several workers each get rows of their own.
   */
  String claim() {
    return claim;
  }
}
