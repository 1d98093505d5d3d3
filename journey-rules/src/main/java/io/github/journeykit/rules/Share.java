package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A bound that is a share of another number the customer has: "paid at least 25 % of the contract's
 * value" [003], where each client's contract has its own value.
 *
 * <p>The other number is a {@link Measure} read at the same moment as the measure compared: a fact
 * (a sum, a counter, a numeric customer attribute) or an attribute of the event. A share of a
 * number that is absent (a contract whose value is not known yet) is no bound at all, so the
 * comparison fails and its explanation says what is missing.
 *
 * <pre>{@code
 * Condition prepaid =
 *     Condition.fact("paid").atLeast(Share.of("0.25", Condition.fact("contract-value")));
 * // explained: "paid is 100, needs at least 25 % of contract-value (250)"
 * }</pre>
 *
 * @param fraction the share, above 0: 0.25 for a quarter, 1 for all of it
 * @param of what it is a share of
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Share(BigDecimal fraction, Measure of) {

  /**
   * Creates a share.
   *
   * @param fraction the share, above 0
   * @param of what it is a share of
   * @throws IllegalArgumentException when the share is not above 0
   */
  public Share {
    Objects.requireNonNull(fraction, "fraction is null");
    Objects.requireNonNull(of, "of is null");
    if (fraction.signum() <= 0) {
      throw new IllegalArgumentException(
          "a share is above 0, e.g. 0.25 for a quarter; got " + fraction.toPlainString());
    }
    fraction = (BigDecimal) Measure.canonical(fraction);
  }

  /**
   * Creates a share from its decimal text.
   *
   * @param fraction the share, e.g. {@code "0.25"}
   * @param of what it is a share of
   * @return the share
   * @throws NumberFormatException when the text is not a number
   * @throws IllegalArgumentException when the share is not above 0
   */
  public static Share of(String fraction, Measure of) {
    return new Share(new BigDecimal(fraction), of);
  }

  /** The bound for a customer at an event: the share of what {@link #of()} reads, if numeric. */
  Option<BigDecimal> bound(Position position, Event event) {
    return of.read(position, event)
        .filter(BigDecimal.class::isInstance)
        .map(whole -> (BigDecimal) Measure.canonical(fraction.multiply((BigDecimal) whole)));
  }

  /**
   * The bound in words, with its value for a customer: "25 % of contract-value (250)", or
   * "(contract-value is missing)".
   */
  String words(Position position, Event event) {
    return toString()
        + bound(position, event)
            .map(value -> " (" + Attribute.format(value) + ")")
            .getOrElse(() -> " (" + of.found(position, event) + ")");
  }

  /**
   * The share in words: "25 % of contract-value".
   *
   * @return the words
   */
  @Override
  public String toString() {
    return Attribute.format(Measure.canonical(fraction.movePointRight(2)))
        + " % of "
        + of.description();
  }
}
