package io.github.journeykit.jdbc;

/**
 * The store on a real PostgreSQL server, the one {@code JOURNEY_POSTGRES_URL} names: each test in a
 * schema of its own. Skipped, with the reason, without a server; failed instead when {@code
 * JOURNEY_REQUIRE_POSTGRES=1}, as in CI.
 */
class PostgresStoreTests implements EveryContract {

  @Override
  public Database open() {
    return Database.postgres();
  }
}
