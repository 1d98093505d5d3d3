/**
 * The rule engine that advances customers between the stages of a journey, explains every decision,
 * and the catalogue of ready-made journeys.
 *
 * @since 0.1
 */
module io.github.journeykit.rules {
  requires transitive io.github.journeykit.model;
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static transitive org.apiguardian.api;

  exports io.github.journeykit.rules;
  exports io.github.journeykit.rules.catalogue;
}
