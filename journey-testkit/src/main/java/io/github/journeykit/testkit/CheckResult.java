package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of a {@link JourneyCheck}: how many customers were checked against which invariants,
 * with which seed, what they exercised of the journey, and the shrunk counterexample if one broke
 * an invariant.
 *
 * <p>A check {@link #holds()} when every invariant held for every customer and, unless its {@link
 * CoverageMode} says otherwise, every stage was reached and every rule fired (an invariant cannot
 * fail where no customer goes). The {@link #report()} says how many invariants held and names each
 * when it holds; it names what broke, or what was never exercised and how to exercise it, when it
 * does not.
 *
 * @param journey the journey's id
 * @param seed the seed of the run; the same seed gives the same customers
 * @param customers how many customers were checked (up to and including a failing one)
 * @param invariants the names of the invariants checked: those that apply to the journey
 * @param notApplicable the names of the invariants given that do not apply to the journey (about a
 *     kind of fact it does not declare), which were not checked
 * @param counterexample the first counterexample found, if any
 * @param coverage what the customers exercised, and the requirement it was judged by
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckResult(
    String journey,
    long seed,
    int customers,
    Seq<String> invariants,
    Seq<String> notApplicable,
    Option<Counterexample> counterexample,
    Coverage coverage) {

  /**
   * Creates a result.
   *
   * @param journey the journey's id
   * @param seed the run's seed
   * @param customers how many customers were checked
   * @param invariants the names of the invariants checked
   * @param notApplicable the names of the invariants not checked, as they do not apply
   * @param counterexample the counterexample, if any
   * @param coverage what the customers exercised
   */
  public CheckResult {
    Objects.requireNonNull(journey, "journey is null");
    Objects.requireNonNull(invariants, "invariants is null");
    Objects.requireNonNull(notApplicable, "notApplicable is null");
    Objects.requireNonNull(counterexample, "counterexample is null");
    Objects.requireNonNull(coverage, "coverage is null");
  }

  /**
   * Tells whether the check passed: every invariant held for every customer, and the coverage met
   * its requirement.
   *
   * @return true when no counterexample was found and, under {@link CoverageMode#FAIL}, every part
   *     of the journey was exercised
   */
  public boolean holds() {
    return counterexample.isEmpty() && !incomplete();
  }

  /**
   * Tells whether the check failed because its customers left parts of the journey unexercised,
   * under {@link CoverageMode#FAIL}, though no invariant broke.
   *
   * @return true when the check fails for coverage alone
   */
  public boolean failsForCoverage() {
    return counterexample.isEmpty() && incomplete();
  }

  private boolean incomplete() {
    return coverage.mode() == CoverageMode.FAIL && !coverage.isComplete();
  }

  /**
   * Returns the result as a report: the counterexample's; or what was never exercised, with what to
   * do about it; or a line saying how many invariants held, followed by a line naming each ({@code
   * held: a decision is deterministic}), one naming each invariant not checked as it does not
   * apply, and warnings (unexercised parts under {@link CoverageMode#WARN}, parts expected
   * unreached that were reached).
   *
   * @return the report
   */
  public String report() {
    String reproduce = "  reproduce with JourneyCheck.of(playbook).seed(" + seed + ")\n";
    if (counterexample.isDefined()) {
      return counterexample.get().report() + reproduce;
    }
    String held =
        "journey '"
            + journey
            + "': "
            + invariants.size()
            + (invariants.size() == 1 ? " invariant held for " : " invariants held for ")
            + customers
            + " customers (seed "
            + seed
            + ")";
    StringBuilder report = new StringBuilder(held);
    Seq<String> unexercised =
        coverage.mode() == CoverageMode.OFF
            ? io.vavr.collection.List.empty()
            : coverage.unexercised();
    if (incomplete()) {
      report.append(", but they were never put to the test at:\n");
      unexercised.forEach(part -> report.append("  ").append(part).append('\n'));
      report.append("  ").append(Coverage.advice()).append('\n').append(reproduce);
    } else {
      report.append('\n');
      invariants.forEach(name -> report.append("  held: ").append(name).append('\n'));
      notApplicable.forEach(
          name ->
              report
                  .append("  not checked, as it does not apply to this journey: ")
                  .append(name)
                  .append('\n'));
      unexercised.forEach(
          part -> report.append("  warning: never put to the test at ").append(part).append('\n'));
    }
    if (coverage.mode() != CoverageMode.OFF) {
      coverage
          .reachedThoughExpectedNot()
          .forEach(note -> report.append("  note: ").append(note).append('\n'));
    }
    return report.toString();
  }

  /**
   * Fails with the report when an invariant did not hold or the coverage fell short: for use in any
   * test framework.
   *
   * @return this result, when it holds
   * @throws AssertionError with the report, when it does not
   */
  public CheckResult assertHolds() {
    if (!holds()) {
      throw new AssertionError(report());
    }
    return this;
  }

  /**
   * Returns the report and the coverage table.
   *
   * @return the {@link #report()} followed by the {@link Coverage#report()}
   */
  @Override
  public String toString() {
    return report() + coverage.report();
  }
}
