package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An event of any declared type, with its attribute values held by name: what {@link
 * Event#of(EventType, Instant, Object...)} makes for a journey's own event types, and what any
 * event becomes once it carries a touchpoint or a channel.
 *
 * <p>Make one through {@link EventType#event(Instant, Map, Option, Option)} or {@link
 * Event#of(EventType, Instant, Object...)}, which check the values against the type and return or
 * throw every problem; the constructor throws at the first value that does not fit, so that a
 * declared event always fits its type. The engine still checks the event against the journey's own
 * declaration of the type, its touchpoints and its channels.
 *
 * @param type the event type
 * @param at when it happened
 * @param values the attribute values by name, in canonical form
 * @param touchpoint the id of the touchpoint where it happened, if known
 * @param channel the id of the channel through which it happened, if known
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record DeclaredEvent(
    EventType type,
    Instant at,
    Map<String, Object> values,
    Option<String> touchpoint,
    Option<String> channel)
    implements Event {

  /**
   * Creates the event.
   *
   * @param type the event type
   * @param at when it happened
   * @param values the attribute values
   * @param touchpoint the touchpoint's id, if known
   * @param channel the channel's id, if known
   */
  public DeclaredEvent {
    Objects.requireNonNull(type, "type is null");
    Objects.requireNonNull(at, "at is null");
    Objects.requireNonNull(values, "values is null");
    Objects.requireNonNull(touchpoint, "touchpoint is null");
    Objects.requireNonNull(channel, "channel is null");
    for (var value : values) {
      Option<Attribute> attribute = type.attribute(value._1);
      if (attribute.isEmpty()
          || attribute.get().accept(value._2).isInvalid()
          || !attribute.get().accept(value._2).get().equals(value._2)) {
        throw new IllegalArgumentException(
            "event '"
                + type.id()
                + "': "
                + value._1
                + "="
                + value._2
                + " does not fit its declaration; make events with EventType.event(..) or"
                + " Event.of(..), which say why");
      }
    }
    for (Attribute attribute : type.attributes()) {
      if (attribute.isRequired() && !values.containsKey(attribute.name())) {
        throw new IllegalArgumentException(
            "event '" + type.id() + "' needs attribute '" + attribute.name() + "'");
      }
    }
  }

  @Override
  public Option<Object> attribute(String name) {
    return values.get(name);
  }

  @Override
  public Map<String, Object> attributes() {
    return values;
  }

  @Override
  public DeclaredEvent happenedAt(Instant instant) {
    return new DeclaredEvent(type, instant, values, touchpoint, channel);
  }

  @Override
  public Event via(String newTouchpoint, String newChannel) {
    return new DeclaredEvent(
        type,
        at,
        values,
        Option.of(Objects.requireNonNull(newTouchpoint, "touchpoint is null")),
        Option.of(Objects.requireNonNull(newChannel, "channel is null")));
  }

  /**
   * Describes the event in one line.
   *
   * @return e.g. {@code payment[amount=12.5] at 2026-03-01T09:00:00Z via checkout/website}
   */
  @Override
  public String toString() {
    return type.id()
        + (values.isEmpty()
            ? ""
            : values.map(v -> v._1 + "=" + Attribute.format(v._2)).mkString("[", ", ", "]"))
        + " at "
        + at
        + (touchpoint.isDefined() || channel.isDefined()
            ? " via " + touchpoint.getOrElse("-") + "/" + channel.getOrElse("-")
            : "");
  }
}
