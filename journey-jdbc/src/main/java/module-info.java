/**
 * Positions and a transactional outbox of messages to send in a SQL database (H2, PostgreSQL), with
 * plain JDBC: one call handles an event for a customer in one transaction, a query hands out the
 * customers whose next check is due, and the schema ships as migration scripts.
 *
 * @since 0.2
 */
module io.github.journeykit.jdbc {
  requires transitive io.github.journeykit.rules;
  requires transitive io.github.journeykit.model;
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires transitive java.sql;
  requires static transitive org.apiguardian.api;
  requires io.github.journeykit.definition;

  exports io.github.journeykit.jdbc;
}
