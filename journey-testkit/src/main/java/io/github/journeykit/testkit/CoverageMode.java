package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a {@link JourneyCheck} does when its customers left a part of the journey unexercised: a
 * stage no customer reached, a rule that fired for no customer, or the stages an invariant is
 * about. An invariant cannot fail where no customer goes, so such a check would pass without having
 * tested anything there.
 *
 * <pre>{@code
 * JourneyCheck.of(playbook).requireCoverage(CoverageMode.WARN)   // pass, but say what was missed
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CoverageMode {

  /** The check fails, naming what was missed and how to reach it: the default. */
  FAIL,

  /** The check passes if its invariants held, and its report warns about what was missed. */
  WARN,

  /** Coverage is counted and shown in {@link CheckResult#coverage()}, but never judged. */
  OFF
}
