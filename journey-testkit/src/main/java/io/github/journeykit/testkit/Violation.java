package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an {@link Invariant} found broken: at which step (the index of the event, from 0) and why.
 *
 * @param step the index of the event whose decision broke the invariant
 * @param message what is wrong, in words
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Violation(int step, String message) {

  /**
   * Creates a violation.
   *
   * @param step the index of the event, from 0
   * @param message what is wrong
   */
  public Violation {
    Objects.requireNonNull(message, "message is null");
    if (step < 0) {
      throw new IllegalArgumentException("step is negative: " + step);
    }
  }
}
