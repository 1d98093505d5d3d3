/**
 * The customer-journey vocabulary: journeys, stages, transitions, personas, channels, touchpoints,
 * 5W messages, customer positions and events, as immutable values.
 *
 * @since 0.1
 */
module io.github.journeykit.model {
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;

  exports io.github.journeykit.model;
}
