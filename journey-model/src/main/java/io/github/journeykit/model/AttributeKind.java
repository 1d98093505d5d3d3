package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.Iterator;
import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * The kinds of value an event's {@link Attribute} or a customer's attribute {@link Fact} holds, and
 * the Java type each is held as.
 *
 * <p>Values are kept in one canonical form so that two equal values are {@code equals}: a whole
 * number is a {@link Long} (an {@code Integer} given is widened), a decimal amount a {@link
 * java.math.BigDecimal} without trailing zeros ({@code 10.50} is kept as {@code 10.5}, and printed
 * in plain notation), an instant a {@link java.time.Instant}; text, a choice and a customer id are
 * strings, a boolean a {@link Boolean}.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum AttributeKind {
  /** Free text, such as a product id or a segment. */
  TEXT("text", "text"),
  /** A whole number, such as a number of seats; held as a {@link Long}. */
  WHOLE_NUMBER("whole_number", "a whole number such as 3"),
  /** A decimal amount, such as a payment; held as a {@link java.math.BigDecimal}. */
  AMOUNT("amount", "a decimal amount such as 12.50"),
  /** One of a listed set of values, such as an interaction's outcome; held as a string. */
  CHOICE("choice", "one of the listed values"),
  /** True or false; held as a {@link Boolean}. */
  BOOLEAN("boolean", "true or false"),
  /** An instant, such as a renewal date; held as a {@link java.time.Instant}. */
  INSTANT("instant", "an ISO-8601 instant such as 2026-03-01T09:00:00Z"),
  /** The id of a customer in the user's CRM, such as the referrer of a referral. */
  CUSTOMER("customer", "a customer id");

  private final String id;
  private final String expected;

  AttributeKind(String id, String expected) {
    this.id = id;
    this.expected = expected;
  }

  /**
   * Returns the lowercase id used in definitions and messages.
   *
   * @return e.g. {@code whole_number}
   */
  public String id() {
    return id;
  }

  /**
   * Says in words what a value of this kind looks like.
   *
   * @return e.g. "a decimal amount such as 12.50"
   */
  public String expected() {
    return expected;
  }

  /**
   * Finds the kind with the given id.
   *
   * @param id a lowercase id such as {@code amount}
   * @return the kind, or none
   */
  public static Option<AttributeKind> ofId(String id) {
    return Iterator.of(values()).find(kind -> kind.id.equals(id));
  }
}
