package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.analytics.EventMix;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import org.apiguardian.api.API;

/**
 * Makes customers for a journey from a seed: event sequences valid for the journey, with a
 * realistic mix of event types and instants in order, and positions a customer can really reach.
 *
 * <p>Every event is one the journey declares, with attribute values it accepts: every required
 * attribute and half of the optional ones, each a value of its kind (one of the journey's criteria
 * or messages, one of a choice's values, a product id, a whole number from 0 to 9, an amount from
 * 0.00 to 50.00, a customer id). The mix weighs interactions most, then criteria, time passing and
 * purchases, as a CRM's log does, and each of the journey's own event types as {@value
 * #OWN_TYPE_WEIGHT}; {@link #weight(EventType, int)} changes it. The gaps between events run from a
 * minute to a few weeks, so that "no activity for N days" rules get their chance. The same seed
 * always gives the same customers.
 *
 * <pre>{@code
 * CustomerGenerator customers = CustomerGenerator.of(Catalogue.get("sales-funnel").get()).lengths(1, 40);
 * Seq<Event> events = customers.events(new Random(42));
 * Position somewhere = customers.position(new Random(42));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CustomerGenerator {

  /**
   * The instant the first customer's first event happens at, unless {@link #startingAt(Instant)}
   * says.
   */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T09:00:00Z");

  /** The mix of a CRM's usual log, shared with the forecast's realistic mix. */
  private static final Map<EventType, Integer> REALISTIC = EventMix.REALISTIC_WEIGHTS;

  private static final Seq<String> PRODUCTS = List.of("a", "b", "c", "d");

  /** The weight of an event type that the realistic mix does not name: a journey's own. */
  public static final int OWN_TYPE_WEIGHT = 20;

  private final Playbook playbook;
  private final Map<EventType, Integer> weights;
  private final int minLength;
  private final int maxLength;
  private final Instant start;
  private final EventType[] types;
  private final int[] cumulative;

  private CustomerGenerator(
      Playbook playbook,
      Map<EventType, Integer> weights,
      int minLength,
      int maxLength,
      Instant start) {
    this.playbook = playbook;
    this.weights = weights;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.start = start;
    Seq<EventType> known = playbook.eventTypes().filter(type -> weightOf(weights, type) > 0);
    if (known.isEmpty()) {
      throw new IllegalArgumentException(
          "no event type of journey '" + playbook.journey().id() + "' has a positive weight");
    }
    this.types = known.toJavaArray(EventType[]::new);
    this.cumulative = new int[types.length];
    int total = 0;
    for (int i = 0; i < types.length; i++) {
      total += weightOf(weights, types[i]);
      cumulative[i] = total;
    }
  }

  /**
   * Creates a generator for a playbook's journey with the realistic mix, 1 to 100 events per
   * customer.
   *
   * @param playbook the playbook whose events to generate
   * @return the generator
   */
  public static CustomerGenerator of(Playbook playbook) {
    return new CustomerGenerator(
        Objects.requireNonNull(playbook, "playbook is null"), REALISTIC, 1, 100, DEFAULT_START);
  }

  /**
   * Returns a generator that makes between {@code min} and {@code max} events per customer.
   *
   * @param min the fewest events, at least 0
   * @param max the most events, at least {@code min}
   * @return the generator
   * @throws IllegalArgumentException if the bounds are negative or crossed
   */
  public CustomerGenerator lengths(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "lengths must satisfy 0 <= min <= max, got " + min + ".." + max);
    }
    return new CustomerGenerator(playbook, weights, min, max, start);
  }

  /**
   * Returns a generator with another weight for one event type; 0 leaves the type out.
   *
   * @param type the event type
   * @param weight its weight in the mix, not negative
   * @return the generator
   */
  public CustomerGenerator weight(EventType type, int weight) {
    if (weight < 0) {
      throw new IllegalArgumentException("the weight of " + type.id() + " is negative: " + weight);
    }
    return new CustomerGenerator(playbook, weights.put(type, weight), minLength, maxLength, start);
  }

  /**
   * Returns a generator whose customers' first events happen at the given instant.
   *
   * @param instant the first instant
   * @return the generator
   */
  public CustomerGenerator startingAt(Instant instant) {
    return new CustomerGenerator(
        playbook,
        weights,
        minLength,
        maxLength,
        Objects.requireNonNull(instant, "instant is null"));
  }

  /**
   * Returns the playbook the events are made for.
   *
   * @return the playbook
   */
  public Playbook playbook() {
    return playbook;
  }

  /**
   * Returns the instant of the first event.
   *
   * @return the first instant
   */
  public Instant start() {
    return start;
  }

  /**
   * Makes one customer's events: a length between the bounds, instants in order.
   *
   * @param random the source of randomness, seeded by the caller
   * @return the events
   */
  public Seq<Event> events(Random random) {
    int length = minLength + random.nextInt(maxLength - minLength + 1);
    Event[] events = new Event[length];
    Instant at = start;
    for (int i = 0; i < length; i++) {
      at = at.plus(gap(random));
      events[i] = event(random, at);
    }
    return Vector.of(events);
  }

  /**
   * Makes one event of the journey at the given instant.
   *
   * @param random the source of randomness
   * @param at the event's instant
   * @return the event
   */
  public Event event(Random random, Instant at) {
    int pick = random.nextInt(cumulative[cumulative.length - 1]);
    int index = 0;
    while (cumulative[index] <= pick) {
      index++;
    }
    EventType type = types[index];
    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (Attribute attribute : type.attributes()) {
      if (attribute.isRequired() || random.nextBoolean()) {
        value(type, attribute, random, at).forEach(v -> values.put(attribute.name(), v));
      }
    }
    return type.event(at, LinkedHashMap.ofAll(values))
        .toEither()
        .getOrElseThrow(
            problems ->
                new IllegalStateException(
                    "the journey '"
                        + playbook.journey().id()
                        + "' cannot make a "
                        + type.id()
                        + " event: "
                        + problems.mkString("; ")));
  }

  /** A value the journey accepts for an attribute, or none when it accepts none (no criteria). */
  private Option<Object> value(EventType type, Attribute attribute, Random random, Instant at) {
    Option<Seq<String>> accepted = playbook.journey().valuesOf(type.id(), attribute.name());
    if (accepted.isDefined()) {
      Seq<String> values = accepted.get();
      return values.isEmpty()
          ? Option.none()
          : Option.of(values.get(random.nextInt(values.size())));
    }
    return Option.of(
        switch (attribute.kind()) {
          case TEXT -> PRODUCTS.get(random.nextInt(PRODUCTS.size()));
          case CHOICE -> attribute.choices().get(random.nextInt(attribute.choices().size()));
          case WHOLE_NUMBER -> (long) random.nextInt(10);
          case AMOUNT -> java.math.BigDecimal.valueOf(random.nextInt(5001), 2);
          case BOOLEAN -> random.nextBoolean();
          case INSTANT -> at.plus(Duration.ofDays(random.nextInt(60)));
          case CUSTOMER -> "customer-" + random.nextInt(100);
        });
  }

  private static int weightOf(Map<EventType, Integer> weights, EventType type) {
    return weights.get(type).getOrElse(OWN_TYPE_WEIGHT);
  }

  /**
   * Makes a position a customer can really reach: a new customer's position after a replay of
   * generated events.
   *
   * @param random the source of randomness
   * @return the position
   */
  public Position position(Random random) {
    Seq<Event> events = events(random);
    return playbook
        .compile()
        .withExplanations(false)
        .finalPosition(playbook.journey().newCustomer("customer", start), events);
  }

  private static Duration gap(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> Duration.ofMinutes(1 + random.nextInt(120));
      case 1 -> Duration.ofHours(1 + random.nextInt(48));
      case 2 -> Duration.ofDays(1 + random.nextInt(14));
      default -> Duration.ofDays(15 + random.nextInt(120));
    };
  }
}
