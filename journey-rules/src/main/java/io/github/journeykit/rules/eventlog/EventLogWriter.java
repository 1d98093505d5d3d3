package io.github.journeykit.rules.eventlog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Event;
import org.apiguardian.api.API;

/**
 * Writes events as an event log the reader reads back: the header {@code customer,at,event,detail},
 * one line per event, instants in UTC.
 *
 * <pre>{@code
 * String csv = EventLogWriter.write("c-1", List.of(new InteractionHappened(Outcome.YES, at)));
 * // customer,at,event,detail
 * // c-1,2026-03-01T10:15:30Z,interaction,yes
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EventLogWriter {

  /** The header of an event log. */
  public static final String HEADER = "customer,at,event,detail";

  private EventLogWriter() {}

  /**
   * Writes one customer's events.
   *
   * @param customer the customer's id
   * @param events the events, in order
   * @return the CSV text, with the header
   */
  public static String write(String customer, Iterable<? extends Event> events) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (Event event : events) {
      csv.append(Csv.field(customer))
          .append(',')
          .append(event.at())
          .append(',')
          .append(event.type().id())
          .append(',')
          .append(Csv.field(event.detail().getOrElse("")))
          .append('\n');
    }
    return csv.toString();
  }
}
