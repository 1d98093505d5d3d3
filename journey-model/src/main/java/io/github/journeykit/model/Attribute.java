package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named, typed piece of data an event carries: the amount of a payment, the product bought, the
 * outcome of an interaction, who referred the customer.
 *
 * <p>An attribute belongs to an {@link EventType}. It has a name (a lowercase id, the column an
 * event log gives it in), an {@link AttributeKind}, for {@link AttributeKind#CHOICE} the values it
 * may take, whether every event of the type must carry it, and a description for people reading the
 * journey. Attributes are optional unless made {@link #required()}.
 *
 * <pre>{@code
 * Attribute amount = Attribute.amount("amount").required().describedAs("What the customer paid, in EUR");
 * Attribute plan = Attribute.choice("plan", "basic", "pro");
 * amount.parse("12.50");   // valid: 12.5
 * plan.parse("gold");      // invalid: "'gold' is not one of basic, pro"
 * }</pre>
 *
 * @param name the attribute's lowercase name, unique within its event type
 * @param kind the kind of value
 * @param choices the values a {@link AttributeKind#CHOICE} may take, in order; empty for the other
 *     kinds
 * @param isRequired whether every event of the type must carry it
 * @param description what the attribute means, for people; may be empty
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Attribute(
    String name, AttributeKind kind, Seq<String> choices, boolean isRequired, String description) {

  /**
   * Creates an attribute.
   *
   * @param name the lowercase name
   * @param kind the kind of value
   * @param choices the values of a choice
   * @param isRequired whether it is required
   * @param description what it means
   */
  public Attribute {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(choices, "choices is null");
    Objects.requireNonNull(description, "description is null");
    // a list, walked without an iterator when a value is checked (on every event and effect)
    choices = List.ofAll(choices);
  }

  /**
   * An optional text attribute.
   *
   * @param name its name
   * @return the attribute
   */
  public static Attribute text(String name) {
    return of(name, AttributeKind.TEXT);
  }

  /**
   * An optional whole-number attribute.
   *
   * @param name its name
   * @return the attribute
   */
  public static Attribute wholeNumber(String name) {
    return of(name, AttributeKind.WHOLE_NUMBER);
  }

  /**
   * An optional decimal-amount attribute.
   *
   * @param name its name
   * @return the attribute
   */
  public static Attribute amount(String name) {
    return of(name, AttributeKind.AMOUNT);
  }

  /**
   * An optional attribute that takes one of the listed values.
   *
   * @param name its name
   * @param choices the values it may take
   * @return the attribute
   */
  public static Attribute choice(String name, String... choices) {
    return new Attribute(name, AttributeKind.CHOICE, List.of(choices), false, "");
  }

  /**
   * An optional boolean attribute.
   *
   * @param name its name
   * @return the attribute
   */
  public static Attribute bool(String name) {
    return of(name, AttributeKind.BOOLEAN);
  }

  /**
   * An optional instant attribute.
   *
   * @param name its name
   * @return the attribute
   */
  public static Attribute instant(String name) {
    return of(name, AttributeKind.INSTANT);
  }

  /**
   * An optional attribute naming another customer, such as a referrer.
   *
   * @param name its name
   * @return the attribute
   */
  public static Attribute customer(String name) {
    return of(name, AttributeKind.CUSTOMER);
  }

  private static Attribute of(String name, AttributeKind kind) {
    return new Attribute(name, kind, List.empty(), false, "");
  }

  /**
   * Returns this attribute made required: every event of its type must carry it.
   *
   * @return the required attribute
   */
  public Attribute required() {
    return new Attribute(name, kind, choices, true, description);
  }

  /**
   * Returns this attribute with a description for people.
   *
   * @param text what the attribute means
   * @return the described attribute
   */
  public Attribute describedAs(String text) {
    return new Attribute(
        name, kind, choices, isRequired, Objects.requireNonNull(text, "text is null"));
  }

  /**
   * Says in words what a value of this attribute looks like.
   *
   * @return e.g. "one of yes, no, dont_know" or "a decimal amount such as 12.50"
   */
  public String expected() {
    return kind == AttributeKind.CHOICE ? "one of " + choices.mkString(", ") : kind.expected();
  }

  /**
   * Reads a value from text, as an event log or a form gives it.
   *
   * @param text the text, already trimmed
   * @return the value in its canonical form, or what is wrong, e.g. "'12,5' is not a decimal amount
   *     such as 12.50"
   */
  public Validation<String, Object> parse(String text) {
    Objects.requireNonNull(text, "text is null");
    return switch (kind) {
      case TEXT, CUSTOMER -> accept(text);
      case CHOICE -> accept(text);
      case WHOLE_NUMBER -> {
        try {
          yield Validation.valid(Long.parseLong(text));
        } catch (NumberFormatException e) {
          yield Validation.invalid(notA(text));
        }
      }
      case AMOUNT -> {
        try {
          yield accept(new BigDecimal(text));
        } catch (NumberFormatException e) {
          yield Validation.invalid(notA(text));
        }
      }
      case BOOLEAN -> {
        String lower = text.toLowerCase(Locale.ROOT);
        yield lower.equals("true") || lower.equals("false")
            ? Validation.valid(Boolean.valueOf(lower))
            : Validation.invalid(notA(text));
      }
      case INSTANT -> {
        try {
          yield Validation.valid(Instant.parse(text));
        } catch (DateTimeParseException e) {
          try {
            yield Validation.valid(OffsetDateTime.parse(text).toInstant());
          } catch (DateTimeParseException again) {
            yield Validation.invalid(notA(text));
          }
        }
      }
    };
  }

  /**
   * Checks a value given in Java and puts it in its canonical form: an {@code Integer} for a whole
   * number becomes a {@code Long}, a {@code BigDecimal} loses its trailing zeros, a {@code long} or
   * {@code double} for an amount becomes a {@code BigDecimal}.
   *
   * @param value the value
   * @return the canonical value, or what is wrong with it
   */
  public Validation<String, Object> accept(Object value) {
    Objects.requireNonNull(value, "value is null");
    Object canonical = canonical(value);
    if (canonical == null) {
      return Validation.invalid(
          "a " + value.getClass().getSimpleName() + " (" + value + ") is not " + expected());
    }
    if (kind == AttributeKind.CHOICE && !isChoice((String) canonical)) {
      return Validation.invalid("'" + canonical + "' is not " + expected());
    }
    if ((kind == AttributeKind.TEXT
            || kind == AttributeKind.CUSTOMER
            || kind == AttributeKind.CHOICE)
        && ((String) canonical).isBlank()) {
      return Validation.invalid("the value is blank; expected " + expected());
    }
    return Validation.valid(canonical);
  }

  private @org.jspecify.annotations.Nullable Object canonical(Object value) {
    return switch (kind) {
      case TEXT, CHOICE, CUSTOMER -> value instanceof String ? value : null;
      case WHOLE_NUMBER ->
          value instanceof Long
              ? value
              : value instanceof Integer || value instanceof Short || value instanceof Byte
                  ? Long.valueOf(((Number) value).longValue())
                  : value instanceof BigDecimal decimal ? wholeOrNull(decimal) : null;
      case AMOUNT ->
          value instanceof BigDecimal decimal
              ? amount(decimal)
              : value instanceof Long || value instanceof Integer
                  ? amount(BigDecimal.valueOf(((Number) value).longValue()))
                  : value instanceof Double d && Double.isFinite(d)
                      ? amount(BigDecimal.valueOf(d))
                      : null;
      case BOOLEAN -> value instanceof Boolean ? value : null;
      case INSTANT -> value instanceof Instant ? value : null;
    };
  }

  /** A decimal that is a whole number (3, 3.0) as a {@code Long}; null when it is not one. */
  private static @org.jspecify.annotations.Nullable Long wholeOrNull(BigDecimal decimal) {
    try {
      return decimal.longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * Puts an amount in canonical form: without trailing zeros, so that {@code 10.50} equals {@code
   * 10.5}, and never in an exponent form with a negative scale ({@code 100}, not {@code 1E+2}).
   *
   * @param amount the amount
   * @return the canonical amount
   */
  static BigDecimal amount(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Writes a value as an event log and a message say it: an amount in plain notation, an instant in
   * ISO-8601.
   *
   * @param value a canonical value of any kind
   * @return the text
   */
  public static String format(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  private String notA(String text) {
    return "'" + text + "' is not " + expected();
  }

  /**
   * Describes the attribute in one line.
   *
   * @return e.g. {@code amount (amount, required)}
   */
  @Override
  public String toString() {
    return name
        + " ("
        + (kind == AttributeKind.CHOICE ? expected() : kind.id())
        + (isRequired ? ", required" : "")
        + ")";
  }

  /**
   * Returns the value's text if present: a small helper for descriptions.
   *
   * @param value the value, if any
   * @return the formatted value or none
   */
  static Option<String> formatted(Option<Object> value) {
    return value.map(Attribute::format);
  }

  /** Whether a value is one of the choices: a walk down the list, without an iterator. */
  private boolean isChoice(String value) {
    for (List<String> rest = (List<String>) choices; !rest.isEmpty(); rest = rest.tail()) {
      if (rest.head().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
