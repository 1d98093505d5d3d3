package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A layer behind a step of a {@link MapKind#SERVICE_BLUEPRINT service blueprint}: what the company
 * needs for the step to happen [003].
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum BlueprintLayer {
  /** The people who do the work. */
  PEOPLE,
  /** Policies and regulations that govern it. */
  POLICIES,
  /** The technology it runs on. */
  TECHNOLOGY,
  /** The processes it follows. */
  PROCESSES
}
