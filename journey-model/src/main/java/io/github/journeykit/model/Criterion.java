package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A qualification criterion: a fact about a customer that the company records and that gates may
 * require, such as "has money", "knows what they want" and "has decided to buy" in the sales funnel
 * [000], or a readiness signal before closing a sale [003].
 *
 * <pre>{@code
 * Criterion money = Criterion.of("money", "Has money");
 * }</pre>
 *
 * @param id the criterion's lowercase id, unique within its journey, as it appears in event logs
 * @param name what the criterion means, in the words of the business
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Criterion(String id, String name) {

  /**
   * Creates a criterion; {@link Journey.Builder#build()} checks its id and name.
   *
   * @param id the criterion's lowercase id
   * @param name what the criterion means
   */
  public Criterion {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(name, "name is null");
  }

  /**
   * Creates a criterion.
   *
   * @param id the criterion's lowercase id
   * @param name what the criterion means
   * @return the criterion
   */
  public static Criterion of(String id, String name) {
    return new Criterion(id, name);
  }
}
