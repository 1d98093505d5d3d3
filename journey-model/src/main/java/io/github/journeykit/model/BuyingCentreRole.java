package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A role in a B2B buying centre: the several people who decide a business purchase together, each
 * with their own needs, expectations and relative importance [004].
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum BuyingCentreRole {
  /** Takes the decision and signs. */
  DECISION_MAKER("decision-maker"),
  /** Shapes the decision without taking it: experts, advisers, procurement. */
  INFLUENCER("influencer"),
  /** Uses the product every day once it is bought. */
  END_USER("end-user");

  private final String id;

  BuyingCentreRole(String id) {
    this.id = id;
  }

  /**
   * Returns the lowercase id used in files and reports.
   *
   * @return the id, e.g. {@code decision-maker}
   */
  public String id() {
    return id;
  }
}
