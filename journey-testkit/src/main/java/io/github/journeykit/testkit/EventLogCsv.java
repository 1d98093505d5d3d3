package io.github.journeykit.testkit;

import io.github.journeykit.model.Event;
import io.vavr.collection.Seq;

/** Writes events as the event log the command line reads: {@code customer,at,event,detail}, RFC 4180. */
final class EventLogCsv {

  static final String HEADER = "customer,at,event,detail";

  private EventLogCsv() {}

  static String write(String customer, Seq<Event> events) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (Event event : events) {
      csv.append(field(customer))
          .append(',')
          .append(event.at())
          .append(',')
          .append(event.type().id())
          .append(',')
          .append(field(event.detail().getOrElse("")))
          .append('\n');
    }
    return csv.toString();
  }

  private static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
