/**
 * The catalogue of ready-made journeys: every stage model of the source articles as a playbook,
 * found by id, with the invariants each of them must keep.
 *
 * <p>Depends on the rule engine, on the definitions to read the journeys from their definition
 * files, and on the testkit for the journeys' own invariants.
 *
 * @since 0.1
 */
module io.github.journeykit.catalogue {
  requires transitive io.github.journeykit.rules;
  requires io.github.journeykit.definition;
  requires transitive io.github.journeykit.testkit;
  requires transitive io.github.journeykit.model;
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static transitive org.apiguardian.api;

  exports io.github.journeykit.catalogue;
}
