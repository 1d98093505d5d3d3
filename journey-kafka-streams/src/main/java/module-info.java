/**
 * The engine as a Kafka Streams processor: events keyed by customer in, decisions, messages to send
 * and dead letters out, positions in a state store, time-based rules through a punctuator.
 *
 * <p>Kafka's jars are automatic modules, named after their files ({@code kafka.streams}, {@code
 * kafka.clients}: Kafka 4.4 declares no module name, hence the compiler's warning about
 * filename-based automodules); the API shows their types, so a user's module reads them through
 * this one.
 *
 * @since 0.2
 */
@SuppressWarnings("requires-transitive-automatic")
module io.github.journeykit.kafka {
  requires transitive io.github.journeykit.definition;
  requires transitive io.github.journeykit.rules;
  requires transitive io.github.journeykit.model;
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires transitive kafka.streams;
  requires transitive kafka.clients;

  exports io.github.journeykit.kafka;
}
