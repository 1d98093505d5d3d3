package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.eventlog.EventLogWriter;
import io.github.journeykit.model.Event;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A customer whose history breaks an invariant, shrunk to as few and as simple events as still
 * break it.
 *
 * @param journey the journey's id
 * @param seed the seed of the check run that found it
 * @param customer the index of the generated customer in that run, from 0
 * @param invariant the name of the invariant broken
 * @param violation what broke, at which step of the minimal events
 * @param events the minimal events
 * @param originalLength how many events the customer had before shrinking
 * @param explanation the engine's explanation of the step that broke the invariant
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Counterexample(
    String journey,
    long seed,
    int customer,
    String invariant,
    Violation violation,
    Seq<Event> events,
    int originalLength,
    String explanation) {

  /** The customer id the event log gives the counterexample. */
  public static final String CUSTOMER = "counterexample";

  /**
   * Creates a counterexample.
   *
   * @param journey the journey's id
   * @param seed the run's seed
   * @param customer the customer's index
   * @param invariant the invariant's name
   * @param violation what broke
   * @param events the minimal events
   * @param originalLength the events before shrinking
   * @param explanation the engine's explanation of the breaking step
   */
  public Counterexample {
    Objects.requireNonNull(journey, "journey is null");
    Objects.requireNonNull(invariant, "invariant is null");
    Objects.requireNonNull(violation, "violation is null");
    Objects.requireNonNull(events, "events is null");
    Objects.requireNonNull(explanation, "explanation is null");
  }

  /**
   * Returns the minimal events as the event log the command line reads ({@code
   * customer,at,event,detail}), for customer {@value #CUSTOMER}, so that it can be replayed.
   *
   * @return the CSV, with a header and one line per event
   */
  public String csv() {
    return EventLogWriter.write(CUSTOMER, events);
  }

  /**
   * Returns the counterexample as a report: the invariant, the seed, the minimal events, the step
   * that broke and the engine's explanation of it, and the event log.
   *
   * @return the report, several lines
   */
  public String report() {
    StringBuilder report =
        new StringBuilder()
            .append("journey '")
            .append(journey)
            .append("': invariant \"")
            .append(invariant)
            .append("\" does not hold\n")
            .append("  found on customer #")
            .append(customer)
            .append(" of the run with seed ")
            .append(seed)
            .append("; shrunk from ")
            .append(originalLength)
            .append(originalLength == 1 ? " event to " : " events to ")
            .append(events.size())
            .append("\n")
            .append("  event #")
            .append(violation.step() + 1)
            .append(" broke it: ")
            .append(violation.message())
            .append('\n')
            .append("  the engine's explanation of that step:\n");
    explanation.lines().forEach(line -> report.append("    ").append(line).append('\n'));
    report.append("  the minimal event log:\n");
    csv().lines().forEach(line -> report.append("    ").append(line).append('\n'));
    return report.toString();
  }
}
