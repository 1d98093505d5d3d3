/**
 * Property checking of journeys: seeded generators of customers and event sequences, standard
 * invariants, shrinking of a failing sequence to a minimal one, and a small JUnit Jupiter
 * extension.
 *
 * @since 0.1
 */
module io.github.journeykit.testkit {
  requires transitive io.github.journeykit.rules;
  requires transitive io.github.journeykit.model;
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static org.junit.jupiter.api;
  requires io.github.journeykit.eventlog;

  exports io.github.journeykit.testkit;
  exports io.github.journeykit.testkit.junit;
}
