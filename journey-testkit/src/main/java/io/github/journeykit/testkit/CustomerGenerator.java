package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.eventlog.EventLog;
import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.AttributeKind;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Problem;
import io.github.journeykit.rules.Playbook;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import org.apiguardian.api.API;

/**
 * Makes customers for a journey from a seed: event sequences valid for the journey, with a
 * realistic mix of event types and instants in order, and positions a customer can really reach.
 *
 * <p>Every event is one the journey declares, with attribute values it accepts ({@link
 * Journey#check(Event)} accepts every one): every required attribute and half of the optional ones,
 * each a value of its kind (one of the journey's criteria or messages, one of a choice's values, a
 * product id, a whole number from 0 to 9, an amount from 0.00 to 50.00, an instant up to 60 days
 * later, a customer id). The mix weighs interactions most, then criteria, time passing and
 * purchases, as a CRM's log does, and each of the journey's own event types as {@value
 * #OWN_TYPE_WEIGHT}. An event type whose required attribute has no value the journey accepts (a
 * {@code criterion} event in a journey without criteria) is left out. The gaps between events run
 * from a minute to a few weeks, so that "no activity for N days" rules get their chance. The same
 * seed always gives the same customers.
 *
 * <p>Weights steer the mix towards the parts of a journey a check must reach: {@link
 * #weight(String, double)} weighs an event type, {@link #weight(String, String, Object, double)}
 * one value of an attribute. The values of a choice, a criterion, a message or a boolean each weigh
 * 1 unless told; a value of an open kind (a text, a number, an amount, an instant, a customer)
 * given a weight is drawn beside the generated values, which weigh 1 together. A weight of 0 leaves
 * a type or a value out. A name the journey does not have is an {@link IllegalArgumentException}
 * that names what it does have.
 *
 * <pre>{@code
 * CustomerGenerator customers = CustomerGenerator.of(Catalogue.get("sales-funnel").get())
 *     .lengths(1, 40)
 *     .weight("purchase", 20)                          // more purchases than the realistic 8
 *     .weight("interaction", "outcome", "no", 0.5)     // fewer no's than yes's and don't-knows
 *     .weight("purchase", "amount", new BigDecimal("500"), 0.2);   // now and then a big one
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
  private static final Map<EventType, Integer> REALISTIC = EventLog.REALISTIC_WEIGHTS;

  private static final Seq<String> PRODUCTS = List.of("a", "b", "c", "d");

  private static final Seq<Object> BOOLEANS = List.of(false, true);

  /** The weight of an event type that the realistic mix does not name: a journey's own. */
  public static final int OWN_TYPE_WEIGHT = 20;

  private final Playbook playbook;

  /** The weights set by type id; the others are the realistic mix's. */
  private final Map<String, Double> typeWeights;

  /** The weights set by (type id, attribute name), by canonical value. */
  private final Map<Tuple2<String, String>, Map<Object, Double>> valueWeights;

  private final int minLength;
  private final int maxLength;
  private final Instant start;

  /** The types drawn, each with its attributes' sources of values. */
  private final EventType[] types;

  private final Source[][] sources;
  private final Mix typeMix;

  private CustomerGenerator(
      Playbook playbook,
      Map<String, Double> typeWeights,
      Map<Tuple2<String, String>, Map<Object, Double>> valueWeights,
      int minLength,
      int maxLength,
      Instant start) {
    this.playbook = playbook;
    this.typeWeights = typeWeights;
    this.valueWeights = valueWeights;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.start = start;
    java.util.List<EventType> drawn = new java.util.ArrayList<>();
    java.util.List<Source[]> drawnSources = new java.util.ArrayList<>();
    java.util.List<Double> weights = new java.util.ArrayList<>();
    for (EventType type : playbook.eventTypes()) {
      double weight = weightOf(type);
      Source[] attributes = sourcesOf(type);
      Option<Attribute> impossible = Option.none();
      for (int i = 0; i < attributes.length && impossible.isEmpty(); i++) {
        Attribute attribute = type.attributes().get(i);
        impossible = Option.when(attribute.isRequired() && attributes[i].isEmpty(), attribute);
      }
      if (impossible.isDefined()) {
        if (typeWeights.containsKey(type.id()) && weight > 0) {
          throw new IllegalArgumentException(
              "journey '"
                  + playbook.journey().id()
                  + "' cannot make '"
                  + type.id()
                  + "' events: their required attribute '"
                  + impossible.get().name()
                  + "' has no value the journey accepts");
        }
        continue; // left out of the default mix: no event of the type can be made
      }
      if (weight > 0) {
        drawn.add(type);
        drawnSources.add(attributes);
        weights.add(weight);
      }
    }
    if (drawn.isEmpty()) {
      throw new IllegalArgumentException(
          "no event type of journey '" + playbook.journey().id() + "' has a positive weight");
    }
    this.types = drawn.toArray(EventType[]::new);
    this.sources = drawnSources.toArray(Source[][]::new);
    this.typeMix = Mix.of(weights.stream().mapToDouble(Double::doubleValue).toArray());
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
        Objects.requireNonNull(playbook, "playbook is null"),
        LinkedHashMap.empty(),
        LinkedHashMap.empty(),
        1,
        100,
        DEFAULT_START);
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
    return new CustomerGenerator(playbook, typeWeights, valueWeights, min, max, start);
  }

  /**
   * Returns a generator with another weight for one of the journey's event types; 0 leaves the type
   * out.
   *
   * @param type the event type, one the journey declares
   * @param weight its weight in the mix: finite, not negative
   * @return the generator
   * @throws IllegalArgumentException if the journey does not declare the type, or the weight is
   *     negative or not finite
   */
  public CustomerGenerator weight(EventType type, double weight) {
    return weight(Objects.requireNonNull(type, "type is null").id(), weight);
  }

  /**
   * Returns a generator with another weight for one of the journey's event types; 0 leaves the type
   * out.
   *
   * <pre>{@code
   * generator.weight("purchase", 20);   // the realistic mix weighs purchases 8, interactions 40
   * }</pre>
   *
   * @param typeId the event type's id, one the journey declares
   * @param weight its weight in the mix: finite, not negative
   * @return the generator
   * @throws IllegalArgumentException if the journey does not declare the type, or the weight is
   *     negative or not finite
   */
  public CustomerGenerator weight(String typeId, double weight) {
    EventType type = declared(Objects.requireNonNull(typeId, "typeId is null"));
    checkWeight("event type '" + type.id() + "'", weight);
    return new CustomerGenerator(
        playbook, typeWeights.put(type.id(), weight), valueWeights, minLength, maxLength, start);
  }

  /**
   * Returns a generator with another weight for one value of an attribute of one of the journey's
   * event types.
   *
   * <p>For an attribute whose values are listed (a choice, the journey's criteria for a criterion,
   * its messages for a message, {@code true} and {@code false} for a boolean) every value weighs 1
   * unless told, and 0 leaves a value out; at least one must keep a positive weight. For an
   * attribute of an open kind the value is drawn with this weight beside the generated values,
   * which weigh 1 together: a weight of 3 gives the value three times in four.
   *
   * <pre>{@code
   * generator.weight("interaction", "outcome", "no", 0)            // never a no
   *     .weight("criterion", "criterion", "money", 3)              // money three times as often
   *     .weight("purchase", "amount", new BigDecimal("120"), 1);   // half the amounts are 120
   * }</pre>
   *
   * @param typeId the event type's id, one the journey declares
   * @param attribute the attribute's name, one the type has
   * @param value the value, in Java ({@code "no"}, {@code 120L}, {@code true}, an {@code Instant})
   *     or as an event log writes it ({@code "120"}, {@code "true"})
   * @param weight its weight: finite, not negative
   * @return the generator
   * @throws IllegalArgumentException if the journey, the type or the attribute has no such name or
   *     value, the weight is negative or not finite, or every listed value would weigh 0
   */
  public CustomerGenerator weight(String typeId, String attribute, Object value, double weight) {
    EventType type = declared(Objects.requireNonNull(typeId, "typeId is null"));
    Objects.requireNonNull(attribute, "attribute is null");
    Objects.requireNonNull(value, "value is null");
    Attribute declared =
        type.attribute(attribute)
            .getOrElseThrow(
                () ->
                    new IllegalArgumentException(
                        "event type '"
                            + type.id()
                            + "' of journey '"
                            + playbook.journey().id()
                            + "' has no attribute '"
                            + attribute
                            + "'"
                            + Problem.didYouMean(attribute, type.attributes().map(Attribute::name))
                            + "; "
                            + (type.attributes().isEmpty()
                                ? "it has none"
                                : "its attributes: "
                                    + type.attributes().map(Attribute::name).mkString(", "))));
    String where = "attribute '" + attribute + "' of event type '" + type.id() + "'";
    Option<Seq<Object>> listed = listed(type, declared);
    Object canonical;
    if (listed.isDefined()) {
      Seq<String> names = listed.get().map(Attribute::format);
      String given = value instanceof String text ? text.trim() : Attribute.format(value);
      if (!names.contains(given)) {
        throw new IllegalArgumentException(
            where
                + " has no value '"
                + given
                + "' in journey '"
                + playbook.journey().id()
                + "'"
                + Problem.didYouMean(given, names)
                + "; its values: "
                + (names.isEmpty() ? "none" : names.mkString(", ")));
      }
      canonical = listed.get().get(names.indexOf(given));
    } else {
      canonical =
          canonical(declared, value)
              .toEither()
              .getOrElseThrow(why -> new IllegalArgumentException(where + ": " + why));
    }
    checkWeight(where + ", value '" + Attribute.format(canonical) + "'", weight);
    Tuple2<String, String> key = Tuple.of(type.id(), attribute);
    Map<Object, Double> values =
        valueWeights.get(key).getOrElse(LinkedHashMap.empty()).put(canonical, weight);
    if (listed.isDefined()
        && listed.get().forAll(v -> values.get(v).getOrElse(1.0) == 0)
        && !listed.get().isEmpty()) {
      throw new IllegalArgumentException(
          "every value of "
              + where
              + " would weigh 0; at least one needs a positive weight (to leave the type out, give"
              + " it weight 0)");
    }
    return new CustomerGenerator(
        playbook, typeWeights, valueWeights.put(key, values), minLength, maxLength, start);
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
        typeWeights,
        valueWeights,
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
   * Returns the event types this generator makes, in the journey's order: those with a positive
   * weight whose required attributes have values.
   *
   * @return the event types
   */
  public Seq<EventType> eventTypes() {
    return Vector.of(types);
  }

  /**
   * Makes one customer's events: a length between the bounds, instants in order.
   *
   * @param random the source of randomness, seeded by the caller
   * @return the events
   */
  public Seq<Event> events(Random random) {
    int length = length(random);
    Event[] events = new Event[length];
    Instant at = start;
    for (int i = 0; i < length; i++) {
      at = at.plus(gap(random));
      events[i] = event(random, at);
    }
    return Vector.of(events);
  }

  /**
   * Makes the instants of one customer's events, without the events: a length between the bounds,
   * each instant a gap after the last as in {@link #events(Random)}, for a caller who chooses each
   * event itself (say, by where the customer is by then).
   *
   * <pre>{@code
   * for (Instant at : customers.instants(random)) {
   *   position = engine.decide(position, whatTheyDoAt(position).happenedAt(at)).after();
   * }
   * }</pre>
   *
   * @param random the source of randomness, seeded by the caller
   * @return the instants, in order
   * @since 0.1
   */
  public Seq<Instant> instants(Random random) {
    Objects.requireNonNull(random, "random is null");
    int length = length(random);
    Instant[] instants = new Instant[length];
    Instant at = start;
    for (int i = 0; i < length; i++) {
      at = at.plus(gap(random));
      instants[i] = at;
    }
    return Vector.of(instants);
  }

  /** Draws how many events a customer has, between the bounds. */
  private int length(Random random) {
    return minLength + random.nextInt(maxLength - minLength + 1);
  }

  /**
   * Makes one event of the journey at the given instant.
   *
   * @param random the source of randomness
   * @param at the event's instant
   * @return the event
   */
  public Event event(Random random, Instant at) {
    int index = typeMix.pick(random);
    EventType type = types[index];
    Source[] attributes = sources[index];
    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
    int i = 0;
    for (Attribute attribute : type.attributes()) {
      Source source = attributes[i++];
      if (attribute.isRequired() || random.nextBoolean()) {
        source.draw(random, at).forEach(v -> values.put(attribute.name(), v));
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

  // ---- weights

  private double weightOf(EventType type) {
    return typeWeights
        .get(type.id())
        .getOrElse(() -> (double) REALISTIC.get(type).getOrElse(OWN_TYPE_WEIGHT));
  }

  private EventType declared(String typeId) {
    Journey journey = playbook.journey();
    return journey
        .eventType(typeId)
        .getOrElseThrow(
            () ->
                new IllegalArgumentException(
                    "journey '"
                        + journey.id()
                        + "' has no event type '"
                        + typeId
                        + "'"
                        + Problem.didYouMean(typeId, journey.eventTypes().map(EventType::id))
                        + "; its event types: "
                        + journey.eventTypes().map(EventType::id).mkString(", ")));
  }

  private static void checkWeight(String what, double weight) {
    if (!Double.isFinite(weight) || weight < 0) {
      throw new IllegalArgumentException(
          "the weight of "
              + what
              + " must be a finite number, not negative; got "
              + (Double.isFinite(weight)
                  ? BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString()
                  : String.valueOf(weight)));
    }
  }

  /** A value given in Java or as text, in the attribute's canonical form, or what is wrong. */
  private static Validation<String, Object> canonical(Attribute attribute, Object value) {
    boolean textual =
        attribute.kind() == AttributeKind.TEXT
            || attribute.kind() == AttributeKind.CHOICE
            || attribute.kind() == AttributeKind.CUSTOMER;
    return value instanceof String text && !textual
        ? attribute.parse(text.trim())
        : attribute.accept(value);
  }

  /**
   * The values the journey accepts for an attribute when they are listed: a choice's, the journey's
   * criteria or messages, {@code false} and {@code true}; none for an open kind.
   */
  private Option<Seq<Object>> listed(EventType type, Attribute attribute) {
    if (attribute.kind() == AttributeKind.BOOLEAN) {
      return Option.of(BOOLEANS);
    }
    return playbook
        .journey()
        .valuesOf(type.id(), attribute.name())
        .map(values -> values.map(v -> (Object) v));
  }

  private Source[] sourcesOf(EventType type) {
    Source[] result = new Source[type.attributes().size()];
    int i = 0;
    for (Attribute attribute : type.attributes()) {
      Map<Object, Double> weights =
          valueWeights.get(Tuple.of(type.id(), attribute.name())).getOrElse(LinkedHashMap.empty());
      Option<Seq<Object>> listed = listed(type, attribute);
      result[i++] =
          listed.isDefined()
              ? Source.listed(listed.get(), weights)
              : Source.open(attribute.kind(), weights);
    }
    return result;
  }

  /** Where the values of one attribute come from: a weighted list, or generation and named ones. */
  private static final class Source {
    private final Seq<Object> values;
    private final @org.jspecify.annotations.Nullable Mix mix;
    private final @org.jspecify.annotations.Nullable AttributeKind generated;

    private Source(
        Seq<Object> values,
        @org.jspecify.annotations.Nullable Mix mix,
        @org.jspecify.annotations.Nullable AttributeKind generated) {
      this.values = values;
      this.mix = mix;
      this.generated = generated;
    }

    /** Listed values, each weighing 1 unless told. */
    static Source listed(Seq<Object> values, Map<Object, Double> weights) {
      return values.isEmpty()
          ? new Source(values, null, null)
          : new Source(
              values,
              Mix.of(
                  values
                      .map(v -> weights.get(v).getOrElse(1.0))
                      .toJavaStream()
                      .mapToDouble(Double::doubleValue)
                      .toArray()),
              null);
    }

    /** Generated values of a kind, weighing 1 together, beside the named values. */
    static Source open(AttributeKind kind, Map<Object, Double> weights) {
      Seq<Object> named = weights.keySet().toList();
      if (named.isEmpty()) {
        return new Source(named, null, kind);
      }
      double[] all = new double[named.size() + 1];
      all[0] = 1;
      for (int i = 0; i < named.size(); i++) {
        all[i + 1] = weights.get(named.get(i)).get();
      }
      return new Source(named.prepend("generated"), Mix.of(all), kind);
    }

    /** Whether no value can be drawn at all. */
    boolean isEmpty() {
      return generated == null && values.isEmpty();
    }

    Option<Object> draw(Random random, Instant at) {
      if (mix == null) {
        return generated == null ? Option.none() : Option.of(generate(generated, random, at));
      }
      int pick = mix.pick(random);
      return generated != null && pick == 0
          ? Option.of(generate(generated, random, at))
          : Option.of(values.get(pick));
    }

    private static Object generate(AttributeKind kind, Random random, Instant at) {
      return switch (kind) {
        case TEXT -> PRODUCTS.get(random.nextInt(PRODUCTS.size()));
        case CHOICE -> throw new IllegalStateException("the values of a choice are listed");
        case WHOLE_NUMBER -> (long) random.nextInt(10);
        case AMOUNT -> BigDecimal.valueOf(random.nextInt(5001), 2);
        case BOOLEAN -> random.nextBoolean();
        case INSTANT -> at.plus(Duration.ofDays(random.nextInt(60)));
        case CUSTOMER -> "customer-" + random.nextInt(100);
      };
    }
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
