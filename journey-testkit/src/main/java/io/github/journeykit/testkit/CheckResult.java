package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of a {@link JourneyCheck}: how many customers were checked against which invariants,
 * with which seed, and the shrunk counterexample if one broke an invariant.
 *
 * @param journey the journey's id
 * @param seed the seed of the run; the same seed gives the same customers
 * @param customers how many customers were checked (up to and including a failing one)
 * @param invariants the names of the invariants checked
 * @param counterexample the first counterexample found, if any
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckResult(
    String journey,
    long seed,
    int customers,
    Seq<String> invariants,
    Option<Counterexample> counterexample) {

  /**
   * Creates a result.
   *
   * @param journey the journey's id
   * @param seed the run's seed
   * @param customers how many customers were checked
   * @param invariants the invariants' names
   * @param counterexample the counterexample, if any
   */
  public CheckResult {
    Objects.requireNonNull(journey, "journey is null");
    Objects.requireNonNull(invariants, "invariants is null");
    Objects.requireNonNull(counterexample, "counterexample is null");
  }

  /**
   * Tells whether every invariant held for every customer.
   *
   * @return true when no counterexample was found
   */
  public boolean holds() {
    return counterexample.isEmpty();
  }

  /**
   * Returns the result as a report: the counterexample's, or one line saying what held.
   *
   * @return the report
   */
  public String report() {
    return counterexample
        .map(Counterexample::report)
        .map(report -> report + "  reproduce with JourneyCheck.of(playbook).seed(" + seed + ")\n")
        .getOrElse(
            () ->
                "journey '"
                    + journey
                    + "': "
                    + invariants.size()
                    + " invariants held for "
                    + customers
                    + " customers (seed "
                    + seed
                    + ")\n");
  }

  /**
   * Fails with the report when an invariant did not hold: for use in any test framework.
   *
   * @return this result, when every invariant held
   * @throws AssertionError with the report, when one did not
   */
  public CheckResult assertHolds() {
    if (!holds()) {
      throw new AssertionError(report());
    }
    return this;
  }
}
