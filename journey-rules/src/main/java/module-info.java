/**
 * The rule engine that advances customers between the stages of a journey and explains every
 * decision, and the gap analysis that says where customers will be lost.
 *
 * @since 0.1
 */
module io.github.journeykit.rules {
  requires transitive io.github.journeykit.model;
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static transitive org.apiguardian.api;

  exports io.github.journeykit.rules;
}
