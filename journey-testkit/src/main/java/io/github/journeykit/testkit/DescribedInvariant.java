package io.github.journeykit.testkit;

import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An invariant made of its parts: what {@link Invariant#of}, {@link Invariant#ofSteps} and {@link
 * Invariant#about} return, and the standard invariants that concern only some journeys.
 *
 * @param name the name
 * @param checker the check of a history
 * @param stages the stages it is about
 * @param concerns which playbooks it concerns
 */
record DescribedInvariant(
    String name,
    Function<CustomerHistory, Option<Violation>> checker,
    Seq<String> stages,
    Predicate<Playbook> concerns)
    implements Invariant {

  @Override
  public Option<Violation> check(CustomerHistory history) {
    return checker.apply(history);
  }

  @Override
  public boolean appliesTo(Playbook playbook) {
    return concerns.test(playbook);
  }

  /** Returns this invariant, concerning only the playbooks that also pass the given test. */
  DescribedInvariant onlyFor(Predicate<Playbook> more) {
    return new DescribedInvariant(name, checker, stages, concerns.and(more));
  }

  @Override
  public String toString() {
    return name;
  }
}
