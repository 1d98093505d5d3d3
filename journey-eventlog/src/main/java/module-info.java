/**
 * Event logs: reading the CSV a CRM exports, with every mistake located by file, line and column;
 * holding it compactly and replaying it through an engine; and writing events back as a log.
 *
 * <p>Depends on the rule engine only; the report and the testkit build on it.
 *
 * @since 0.1
 */
module io.github.journeykit.eventlog {
  requires transitive io.github.journeykit.rules;
  requires transitive io.github.journeykit.model;
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static transitive org.apiguardian.api;

  exports io.github.journeykit.eventlog;
}
