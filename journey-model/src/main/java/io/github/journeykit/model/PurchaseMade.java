package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The customer bought: possibly a named product (so that "bought A → offer B" steps can tell
 * products apart [003]), possibly for an amount (so that payments such as a web studio's 25 / 60 /
 * 15 % can be added up [003]).
 *
 * @param product the id of the product bought, if known
 * @param amount what the customer paid, if known; kept without trailing zeros
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record PurchaseMade(Option<String> product, Option<BigDecimal> amount, Instant at)
    implements Event {

  /**
   * Creates the event.
   *
   * @param product the id of the product bought, if known
   * @param amount what the customer paid, if known
   * @param at when it happened
   */
  public PurchaseMade {
    Objects.requireNonNull(product, "product is null");
    Objects.requireNonNull(amount, "amount is null");
    Objects.requireNonNull(at, "at is null");
    amount = amount.map(Attribute::amount);
  }

  /**
   * Creates a purchase of an unnamed product for an unknown amount.
   *
   * @param at when it happened
   * @return the event
   */
  public static PurchaseMade of(Instant at) {
    return new PurchaseMade(Option.none(), Option.none(), at);
  }

  /**
   * Creates a purchase of a named product.
   *
   * @param product the id of the product bought
   * @param at when it happened
   * @return the event
   */
  public static PurchaseMade of(String product, Instant at) {
    return new PurchaseMade(Option.of(product), Option.none(), at);
  }

  /**
   * Creates a purchase of a named product for an amount.
   *
   * @param product the id of the product bought
   * @param amount what the customer paid
   * @param at when it happened
   * @return the event
   */
  public static PurchaseMade of(String product, BigDecimal amount, Instant at) {
    return new PurchaseMade(Option.of(product), Option.of(amount), at);
  }

  /**
   * Returns {@link EventType#PURCHASE}.
   *
   * @return the event type
   */
  @Override
  public EventType type() {
    return EventType.PURCHASE;
  }

  /**
   * Returns the {@code product} or the {@code amount} attribute.
   *
   * @param name the attribute's name
   * @return the value, or none
   */
  @Override
  public Option<Object> attribute(String name) {
    return switch (name) {
      case "product" -> product.map(Object.class::cast);
      case "amount" -> amount.map(Object.class::cast);
      default -> Option.none();
    };
  }

  /**
   * Returns the same event at another instant.
   *
   * @param instant the other instant
   * @return the event at that instant
   */
  @Override
  public PurchaseMade happenedAt(Instant instant) {
    return new PurchaseMade(product, amount, instant);
  }
}
