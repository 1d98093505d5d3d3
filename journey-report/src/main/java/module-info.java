/**
 * What a business gets from a journey: funnel analytics measured on replayed customers, a Markov
 * forecast checked against a simulation, and pictures of the journey.
 *
 * <p>Depends on the rule engine, and on the event logs for two small things: the CSV quoting of
 * {@code Csv.field} and the realistic weights of {@code EventLog.REALISTIC_WEIGHTS}.
 *
 * @since 0.1
 */
module io.github.journeykit.report {
  requires transitive io.github.journeykit.rules;
  requires transitive io.github.journeykit.model;
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires io.github.journeykit.eventlog;

  exports io.github.journeykit.report.analytics;
  exports io.github.journeykit.report.picture;
}
