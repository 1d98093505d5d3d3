package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What we need to change at a point of the journey, and how and why we will change it: the last
 * lanes of a journey map [001, 003].
 *
 * <pre>{@code
 * Change delivery = Change.of(
 *     "Unexpectedly high delivery cost at checkout",
 *     "Show the delivery cost on the product page",
 *     "Customers abandon the cart when they first see it");
 * }</pre>
 *
 * @param what what needs to change
 * @param how how we will change it
 * @param why why the change matters
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Change(String what, String how, String why) {

  /**
   * Creates a change.
   *
   * @param what what needs to change
   * @param how how we will change it
   * @param why why the change matters
   */
  public Change {
    Objects.requireNonNull(what, "what is null");
    Objects.requireNonNull(how, "how is null");
    Objects.requireNonNull(why, "why is null");
  }

  /**
   * Creates a change.
   *
   * @param what what needs to change
   * @param how how we will change it
   * @param why why the change matters
   * @return the change
   */
  public static Change of(String what, String how, String why) {
    return new Change(what, how, why);
  }
}
