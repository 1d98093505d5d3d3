package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The four kinds of journey map the sources name [003].
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum MapKind {
  /** The journey as it is today: the most common map, used for continuous improvement. */
  CURRENT_STATE("current-state"),
  /** The customer's whole day, not only the moments they spend with us. */
  DAY_IN_THE_LIFE("day-in-the-life"),
  /** The vision: the journey as we want it to be, a goal to aim at. */
  FUTURE_STATE("future-state"),
  /**
   * A simplified map with the layers behind each step: people, policies, technology, processes (see
   * {@link BlueprintLayer}).
   */
  SERVICE_BLUEPRINT("service-blueprint");

  private final String id;

  MapKind(String id) {
    this.id = id;
  }

  /**
   * Returns the lowercase id used in files and on the command line.
   *
   * @return the id, e.g. {@code current-state}
   */
  public String id() {
    return id;
  }
}
