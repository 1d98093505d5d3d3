package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The customer bought, possibly a named product (so that "bought A → offer B" steps can tell
 * products apart [003]).
 *
 * @param product the id of the product bought, if the log names it
 * @param at when it happened
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record PurchaseMade(Option<String> product, Instant at) implements Event {

  /**
   * Creates the event.
   *
   * @param product the id of the product bought, if known
   * @param at when it happened
   */
  public PurchaseMade {
    Objects.requireNonNull(product, "product is null");
    Objects.requireNonNull(at, "at is null");
  }

  /**
   * Creates a purchase of an unnamed product.
   *
   * @param at when it happened
   * @return the event
   */
  public static PurchaseMade of(Instant at) {
    return new PurchaseMade(Option.none(), at);
  }

  /**
   * Creates a purchase of a named product.
   *
   * @param product the id of the product bought
   * @param at when it happened
   * @return the event
   */
  public static PurchaseMade of(String product, Instant at) {
    return new PurchaseMade(Option.of(product), at);
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
   * Returns the product bought, as the event log writes it.
   *
   * @return the product id, none when the log does not name one
   */
  @Override
  public Option<String> detail() {
    return product;
  }

  /**
   * Returns the same event at another instant.
   *
   * @param instant the other instant
   * @return the event at that instant
   */
  @Override
  public PurchaseMade happenedAt(Instant instant) {
    return new PurchaseMade(product, instant);
  }
}
