package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One customer enrolled in one journey: who a {@link Position} is about.
 *
 * <p>Every position of a customer in a journey shares one enrolment, so a position carries the pair
 * in one reference; the engine makes a new position for every event it decides, and this keeps each
 * of them at 40 bytes.
 *
 * <p>It also says since when the customer is in the journey, so that "no login for 30 days" can be
 * measured for a customer who never logged in, and which {@link Journey#version() version} of the
 * journey decided the customer's positions: an engine of another version carries the position over
 * with the journey's {@link Migration}s, or rejects it.
 *
 * <pre>{@code
 * Enrolment olga = new Enrolment("olga", "sales-funnel", Instant.parse("2026-03-01T09:00:00Z"));
 * }</pre>
 *
 * @param customer the customer's id in the user's CRM
 * @param journey the id of the journey the customer is in
 * @param version the version of the journey that decided the customer's positions, at least 1
 * @param since when the customer entered the journey
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Enrolment(String customer, String journey, int version, Instant since) {

  /**
   * Creates an enrolment.
   *
   * @param customer the customer's id
   * @param journey the journey's id
   * @param version the journey's version, at least 1
   * @param since when the customer entered the journey
   * @throws IllegalArgumentException if {@code version} is less than 1
   */
  public Enrolment {
    Objects.requireNonNull(customer, "customer is null");
    Objects.requireNonNull(journey, "journey is null");
    Objects.requireNonNull(since, "since is null");
    if (version < 1) {
      throw new IllegalArgumentException("a journey's version is at least 1; got " + version);
    }
  }

  /**
   * Creates an enrolment in the first version of a journey.
   *
   * @param customer the customer's id
   * @param journey the journey's id
   * @param since when the customer entered the journey
   */
  public Enrolment(String customer, String journey, Instant since) {
    this(customer, journey, 1, since);
  }

  /**
   * Returns this enrolment in another version of the journey: the same customer, journey and start.
   *
   * @param newVersion the version, at least 1
   * @return the enrolment; this one when the version is the same
   */
  public Enrolment inVersion(int newVersion) {
    return newVersion == version ? this : new Enrolment(customer, journey, newVersion, since);
  }

  @Override
  public String toString() {
    return customer + " in " + journey + (version == 1 ? "" : " v" + version);
  }
}
