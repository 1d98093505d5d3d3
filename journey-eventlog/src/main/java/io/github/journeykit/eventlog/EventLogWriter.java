package io.github.journeykit.eventlog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Event;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Writes events as an event log the reader reads back: the header {@code customer,at,event,detail},
 * one line per event, instants in UTC, each event's first attribute in {@code detail}.
 *
 * <p>Events that carry more than their first attribute get a column per further attribute, named as
 * the attribute is ({@code amount}, {@code plan}, …), in the order they first appear; events with a
 * touchpoint or a channel get the columns {@code touchpoint} and {@code channel}. A column is
 * written only when some event needs it, so a log of events with one datum each keeps the four
 * columns. Values are written as {@link Attribute#format(Object)} writes them: what {@link
 * EventLogReader} reads back to equal events, for any journey that declares the events' types.
 *
 * <pre>{@code
 * String csv = EventLogWriter.write("c-1", List.of(new InteractionHappened(Outcome.YES, at)));
 * // customer,at,event,detail
 * // c-1,2026-03-01T10:15:30Z,interaction,yes
 * EventLogWriter.write("c-1", List.of(new PurchaseMade(Option.of("bread"), Option.of(new BigDecimal("2.50")), at)));
 * // customer,at,event,detail,amount
 * // c-1,2026-03-01T10:15:30Z,purchase,bread,2.5
 * }</pre>
 *
 * <p>An attribute named like one of the log's own columns ({@code customer}, {@code at}, {@code
 * event}, {@code detail}, {@code touchpoint}, {@code channel}) can travel only as its event type's
 * first attribute, in {@code detail}; elsewhere it is left out.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EventLogWriter {

  /** The header of an event log of events with one datum each. */
  public static final String HEADER = "customer,at,event,detail";

  private static final Set<String> OWN_COLUMNS =
      Set.of("customer", "at", "event", "detail", "touchpoint", "channel");

  private EventLogWriter() {}

  /**
   * Writes one customer's events.
   *
   * @param customer the customer's id
   * @param events the events, in order
   * @return the CSV text, with the header
   */
  public static String write(String customer, Iterable<? extends Event> events) {
    Objects.requireNonNull(customer, "customer is null");
    Objects.requireNonNull(events, "events is null");
    Columns columns = new Columns();
    events.forEach(columns::see);
    StringBuilder csv = columns.header();
    for (Event event : events) {
      columns.row(csv, customer, event);
    }
    return csv.toString();
  }

  /**
   * Writes a whole log, customer by customer in the order of {@link EventLog#customers()}, each
   * customer's events in time order: what {@link EventLogReader} reads back to an equal log.
   *
   * @param log the log
   * @return the CSV text, with the header
   */
  public static String write(EventLog log) {
    Objects.requireNonNull(log, "log is null");
    Columns columns = new Columns();
    for (int customer = 0; customer < log.customerCount(); customer++) {
      log.events(customer).forEach(columns::see);
    }
    StringBuilder csv = columns.header();
    Seq<String> customers = log.customers();
    for (int customer = 0; customer < log.customerCount(); customer++) {
      String id = customers.get(customer);
      for (Event event : log.events(customer)) {
        columns.row(csv, id, event);
      }
    }
    return csv.toString();
  }

  /** The columns a set of events needs beyond the first four. */
  private static final class Columns {
    private final LinkedHashSet<String> attributes = new LinkedHashSet<>();
    private boolean touchpoint;
    private boolean channel;

    void see(Event event) {
      Seq<Attribute> declared = event.type().attributes();
      for (Attribute attribute : declared.drop(1)) {
        if (!OWN_COLUMNS.contains(attribute.name())
            && event.attribute(attribute.name()).isDefined()) {
          attributes.add(attribute.name());
        }
      }
      touchpoint |= event.touchpoint().isDefined();
      channel |= event.channel().isDefined();
    }

    StringBuilder header() {
      StringBuilder csv = new StringBuilder(HEADER);
      attributes.forEach(name -> csv.append(',').append(name));
      if (touchpoint) {
        csv.append(",touchpoint");
      }
      if (channel) {
        csv.append(",channel");
      }
      return csv.append('\n');
    }

    void row(StringBuilder csv, String customer, Event event) {
      Option<String> first = event.type().detailAttribute().map(Attribute::name);
      csv.append(Csv.field(customer))
          .append(',')
          .append(event.at())
          .append(',')
          .append(event.type().id())
          .append(',')
          .append(Csv.field(event.detail().getOrElse("")));
      for (String name : attributes) {
        csv.append(',');
        if (!first.contains(name)) {
          event.attribute(name).forEach(value -> csv.append(Csv.field(Attribute.format(value))));
        }
      }
      if (touchpoint) {
        csv.append(',').append(Csv.field(event.touchpoint().getOrElse("")));
      }
      if (channel) {
        csv.append(',').append(Csv.field(event.channel().getOrElse("")));
      }
      csv.append('\n');
    }
  }
}
