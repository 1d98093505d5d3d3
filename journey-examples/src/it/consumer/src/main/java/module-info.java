/** A user's application of Journey, for the consumer check. */
module io.github.journeykit.consumer {
  requires io.github.journeykit.rules;
  requires io.github.journeykit.catalogue;
  requires io.github.journeykit.kafka;
  requires io.github.journeykit.jdbc;
  requires com.h2database;
}
