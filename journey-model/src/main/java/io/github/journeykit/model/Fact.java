package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something a journey remembers about each customer, declared once and kept in every {@link
 * Position}'s {@link Facts}.
 *
 * <p>Besides the qualification criteria met (which every journey keeps, see {@link Criterion}) and
 * the per-message history (kept for every {@link Message}), a journey declares the facts its rules
 * need:
 *
 * <ul>
 *   <li>a {@link Counter} of whole numbers that rules add to and reset: logins, visits, rejected
 *       mock-ups. Every journey has the counter {@value #PURCHASES};
 *   <li>a {@link Sum} of decimal amounts: the amount paid;
 *   <li>a {@link Window}: how many times something happened within a period, "3 logins within 7
 *       days", keeping only the last few instants so that memory stays bounded;
 *   <li>a {@link CustomerAttribute} set from event data: a segment, a referrer, a preferred
 *       channel;
 *   <li>the {@link LastSeen} instant of the last event of a type: "no letter opened for three
 *       months".
 * </ul>
 *
 * <pre>{@code
 * Journey trial = Journey.builder("saas-trial", "SaaS trial")
 *     ...
 *     .fact(Fact.counter("logins", "Logins since sign-up"))
 *     .fact(Fact.window("recent-logins", "Logins", Duration.ofDays(7), 3))
 *     .fact(Fact.sum("paid", "Amount paid, EUR"))
 *     .fact(Fact.attribute(Attribute.choice("plan", "basic", "pro")))
 *     .fact(Fact.lastSeen("login"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public sealed interface Fact {

  /** The id of the counter of purchases that every journey keeps. */
  String PURCHASES = "purchases";

  /**
   * Returns the fact's id: a lowercase id, unique among the journey's facts.
   *
   * @return the id
   */
  String id();

  /**
   * Returns what the fact means, for people.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the kind of fact in one word, for messages and definitions.
   *
   * @return {@code counter}, {@code sum}, {@code window}, {@code attribute} or {@code last_seen}
   */
  String kind();

  /**
   * Declares a counter of whole numbers, starting at 0.
   *
   * @param id the counter's id
   * @param description what it counts
   * @return the fact
   */
  static Fact counter(String id, String description) {
    return new Counter(id, description);
  }

  /**
   * Declares a sum of decimal amounts, starting at 0.
   *
   * @param id the sum's id
   * @param description what it adds up
   * @return the fact
   */
  static Fact sum(String id, String description) {
    return new Sum(id, description);
  }

  /**
   * Declares a windowed count: how many times something happened within a period before the current
   * event, keeping the instants of the last {@code keep} times only.
   *
   * @param id the window's id
   * @param description what it counts, as a plural noun: "logins"
   * @param within the length of the window
   * @param keep how many instants to keep: the largest count a rule can ask for
   * @return the fact
   */
  static Fact window(String id, String description, Duration within, int keep) {
    return new Window(id, description, within, keep);
  }

  /**
   * Declares a customer attribute, set from event data or by a rule.
   *
   * @param attribute its name, kind and allowed values
   * @return the fact
   */
  static Fact attribute(Attribute attribute) {
    return new CustomerAttribute(attribute);
  }

  /**
   * Declares that the instant of the last event of a type is remembered.
   *
   * @param eventType the event type's id
   * @return the fact, whose id is the event type's
   */
  static Fact lastSeen(String eventType) {
    return new LastSeen(eventType);
  }

  /**
   * A counter of whole numbers.
   *
   * @param id the counter's id
   * @param description what it counts
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record Counter(String id, String description) implements Fact {
    /**
     * Creates the declaration.
     *
     * @param id the counter's id
     * @param description what it counts
     */
    public Counter {
      Objects.requireNonNull(id, "id is null");
      Objects.requireNonNull(description, "description is null");
    }

    @Override
    public String kind() {
      return "counter";
    }
  }

  /**
   * A sum of decimal amounts.
   *
   * @param id the sum's id
   * @param description what it adds up
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record Sum(String id, String description) implements Fact {
    /**
     * Creates the declaration.
     *
     * @param id the sum's id
     * @param description what it adds up
     */
    public Sum {
      Objects.requireNonNull(id, "id is null");
      Objects.requireNonNull(description, "description is null");
    }

    @Override
    public String kind() {
      return "sum";
    }
  }

  /**
   * A windowed count.
   *
   * @param id the window's id
   * @param description what it counts, as a plural noun
   * @param within the length of the window; positive
   * @param keep how many instants are kept; at least 1
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record Window(String id, String description, Duration within, int keep) implements Fact {
    /**
     * Creates the declaration; a length or a number to keep out of range is reported when the
     * journey is built.
     *
     * @param id the window's id
     * @param description what it counts
     * @param within the length of the window
     * @param keep how many instants are kept
     */
    public Window {
      Objects.requireNonNull(id, "id is null");
      Objects.requireNonNull(description, "description is null");
      Objects.requireNonNull(within, "within is null");
    }

    @Override
    public String kind() {
      return "window";
    }
  }

  /**
   * A customer attribute.
   *
   * @param attribute its name (the fact's id), kind and allowed values
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record CustomerAttribute(Attribute attribute) implements Fact {
    /**
     * Creates the declaration.
     *
     * @param attribute the attribute
     */
    public CustomerAttribute {
      Objects.requireNonNull(attribute, "attribute is null");
    }

    @Override
    public String id() {
      return attribute.name();
    }

    @Override
    public String description() {
      return attribute.description();
    }

    @Override
    public String kind() {
      return "attribute";
    }
  }

  /**
   * The instant of the last event of a type.
   *
   * @param eventType the event type's id, which is also the fact's id
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  record LastSeen(String eventType) implements Fact {
    /**
     * Creates the declaration.
     *
     * @param eventType the event type's id
     */
    public LastSeen {
      Objects.requireNonNull(eventType, "eventType is null");
    }

    @Override
    public String id() {
      return eventType;
    }

    @Override
    public String description() {
      return "the last " + eventType;
    }

    @Override
    public String kind() {
      return "last_seen";
    }
  }
}
