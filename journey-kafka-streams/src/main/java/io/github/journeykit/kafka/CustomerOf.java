package io.github.journeykit.kafka;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Event;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Says whose event a record of the events topic is, for events that are not keyed by customer (by
 * order, by session, by nothing): the topology re-keys them by this customer and sends them through
 * a repartition topic, so that all events of a customer meet their position in one task.
 *
 * <pre>{@code
 * CustomerOf fromOrderKey = (key, event) -> Option.of(key).map(k -> k.substring(0, k.indexOf('/')));
 * CustomerOf fromAttribute = CustomerOf.attribute("customer");
 * }</pre>
 *
 * <p>An event whose customer cannot be told (none, an empty id, an exception) goes to the
 * dead-letter topic with the reason; the stream goes on.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
@FunctionalInterface
public interface CustomerOf {

  /**
   * Returns the customer a record's event belongs to.
   *
   * @param key the record's key, if it has one
   * @param event the record's event, read
   * @return the customer's id, or none when the record does not tell
   */
  Option<String> customerOf(@Nullable String key, Event event);

  /**
   * Returns the customer named by an attribute of the event, such as a declared {@code customer}
   * attribute of each of the journey's event types.
   *
   * @param name the attribute's name
   * @return the customer of the event's attribute, or none for an event without it
   */
  static CustomerOf attribute(String name) {
    Objects.requireNonNull(name, "name is null");
    return (key, event) -> event.attribute(name).map(Object::toString);
  }
}
