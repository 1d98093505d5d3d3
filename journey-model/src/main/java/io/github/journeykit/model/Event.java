package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something that happened to a customer, at an instant: a fact in the past tense.
 *
 * <p>An event has an {@link EventType} declared by the journey, the instant it happened, the values
 * of its type's {@link Attribute}s, and possibly the {@link Touchpoint} and the {@link Channel}
 * where it happened. Events are data: replaying a customer's events gives the same result whenever
 * it runs.
 *
 * <p>The standard vocabulary has short Java types, and events of a journey's own types are made
 * with {@link #of(EventType, Instant, Object...)}:
 *
 * <pre>{@code
 * Instant monday = Instant.parse("2026-03-02T10:00:00Z");
 * EventType payment = EventType.of("payment", "A payment was received", Attribute.amount("amount").required());
 * List<Event> log = List.of(
 *     new InteractionHappened(Outcome.YES, monday),
 *     new CriterionMet("money", monday.plusSeconds(3600)),
 *     Event.of(payment, monday.plusSeconds(7200), "amount", new BigDecimal("12.50")),
 *     new InteractionHappened(Outcome.NO, monday.plusSeconds(9000)).via("phone-call", "phone"));
 * }</pre>
 *
 * <p>Implementations are records: two events are equal when their types, instants, attributes,
 * touchpoints and channels are, and they are of the same Java type (an event with a touchpoint is
 * always a {@link DeclaredEvent}).
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public interface Event {

  /**
   * Returns when the event happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Returns the kind of the event.
   *
   * @return the event type
   */
  EventType type();

  /**
   * Returns the value of one of the type's attributes, in its canonical form (see {@link
   * AttributeKind}).
   *
   * @param name the attribute's name
   * @return the value, or none when the event does not carry it
   */
  Option<Object> attribute(String name);

  /**
   * Returns every attribute value the event carries, in the order the type declares them.
   *
   * @return the values by name
   */
  default Map<String, Object> attributes() {
    LinkedHashMap<String, Object> values = LinkedHashMap.empty();
    for (Attribute attribute : type().attributes()) {
      Option<Object> value = attribute(attribute.name());
      if (value.isDefined()) {
        values = values.put(attribute.name(), value.get());
      }
    }
    return values;
  }

  /**
   * Returns the id of the touchpoint where the event happened.
   *
   * @return the touchpoint's id, or none when not known
   */
  default Option<String> touchpoint() {
    return Option.none();
  }

  /**
   * Returns the id of the channel through which the event happened.
   *
   * @return the channel's id, or none when not known
   */
  default Option<String> channel() {
    return Option.none();
  }

  /**
   * Returns the value an event log's {@code detail} column holds: the type's first attribute.
   *
   * @return the value as text, none when the event does not carry it
   */
  default Option<String> detail() {
    return type().detailAttribute().flatMap(a -> attribute(a.name())).map(Attribute::format);
  }

  /**
   * Returns the same event happening at another instant.
   *
   * @param instant the other instant
   * @return an event equal to this one but for its instant
   */
  Event happenedAt(Instant instant);

  /**
   * Returns the same event, happening at a touchpoint and through a channel.
   *
   * @param touchpoint the touchpoint's id
   * @param channel the channel's id
   * @return the event, as a {@link DeclaredEvent}
   */
  default Event via(String touchpoint, String channel) {
    Objects.requireNonNull(touchpoint, "touchpoint is null");
    Objects.requireNonNull(channel, "channel is null");
    return new DeclaredEvent(type(), at(), attributes(), Option.of(touchpoint), Option.of(channel));
  }

  /**
   * Makes an event of a declared type from attribute names and values given in pairs: for events
   * written in a program's own code, where a wrong value is a programming error. Events that come
   * from users' data belong in {@link EventType#event(Instant, Map, Option, Option)}, which returns
   * the problems as a value.
   *
   * <pre>{@code
   * Event paid = Event.of(payment, at, "amount", new BigDecimal("12.50"), "plan", "pro");
   * Event login = Event.of(login, at);
   * }</pre>
   *
   * @param type the event type
   * @param at when it happened
   * @param namesAndValues attribute names and values, alternating
   * @return the event
   * @throws IllegalArgumentException listing every problem, when the values do not fit the type
   */
  static Event of(EventType type, Instant at, Object... namesAndValues) {
    Objects.requireNonNull(type, "type is null");
    Objects.requireNonNull(at, "at is null");
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attribute names and values come in pairs; got " + namesAndValues.length + " items");
    }
    LinkedHashMap<String, Object> values = LinkedHashMap.empty();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String name)) {
        throw new IllegalArgumentException(
            "item #" + (i + 1) + " should be an attribute name, not " + namesAndValues[i]);
      }
      values = values.put(name, Objects.requireNonNull(namesAndValues[i + 1], name + " is null"));
    }
    return type.event(at, values)
        .toEither()
        .getOrElseThrow(
            problems ->
                new IllegalArgumentException(
                    "bad event '" + type.id() + "':\n" + problems.mkString("\n")));
  }
}
