package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A property every customer's history in a journey must have, such as "a no moves a customer at
 * most one stage down".
 *
 * <p>Most invariants are about single decisions: {@link #ofSteps(String, BiFunction)} makes one
 * from a check of each decision. {@link #of(String, Function)} makes one from a check of a whole
 * history. The standard ones are in {@link Invariants}.
 *
 * <p>An invariant that only says something about some stages names them ({@link
 * #about(String...)}): a {@link JourneyCheck} then fails when none of its customers reached any of
 * them, instead of letting the invariant pass with nothing to check. One that only concerns some
 * journeys (those that declare a window, say) tells so with {@link #appliesTo(Playbook)}, and a
 * check leaves it out of those it counts as held.
 *
 * <pre>{@code
 * Invariant neverNegative = Invariant.ofSteps("purchases never decrease", (engine, decision) ->
 *     decision.after().purchases() < decision.before().purchases()
 *         ? Option.of("purchases went from " + decision.before().purchases() + " to " + decision.after().purchases())
 *         : Option.none());
 * Invariant loyalHaveBoughtTwice = Invariant.ofSteps("the loyal have bought twice", (engine, decision) ->
 *     decision.after().stage().equals("loyal") && decision.after().purchases() < 2
 *         ? Option.of("a loyal customer with " + decision.after().purchases() + " purchases")
 *         : Option.none())
 *     .about("loyal");   // the check fails if no customer reaches 'loyal'
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Invariant {

  /**
   * Returns the invariant's name, as reports show it.
   *
   * @return the name
   */
  String name();

  /**
   * Checks one customer's history.
   *
   * @param history the history
   * @return the first violation, or none when the invariant holds
   */
  Option<Violation> check(CustomerHistory history);

  /**
   * Returns the stages where this invariant has something to check: a {@link JourneyCheck} fails
   * when none of its customers reached any of them, since the invariant then held without being put
   * to the test.
   *
   * @return the stages' ids; empty (the default) for an invariant about every stage
   */
  default Seq<String> stages() {
    return List.empty();
  }

  /**
   * Tells whether this invariant concerns a playbook at all: one about windows does not concern a
   * journey that declares none. A {@link JourneyCheck} asks it only of the playbooks it concerns
   * and does not count it as held for the others.
   *
   * @param playbook the playbook checked
   * @return true (the default) when the invariant has something to check in the playbook
   */
  default boolean appliesTo(Playbook playbook) {
    return true;
  }

  /**
   * Returns this invariant, about the given stages only: a check fails when none of its customers
   * reached any of them.
   *
   * @param stageIds the stages' ids, at least one; a check refuses ids its journey does not have
   * @return the invariant
   */
  default Invariant about(String... stageIds) {
    Objects.requireNonNull(stageIds, "stageIds is null");
    if (stageIds.length == 0) {
      throw new IllegalArgumentException(
          "invariant \"" + name() + "\": name at least one stage it is about");
    }
    return new DescribedInvariant(name(), this::check, List.of(stageIds), this::appliesTo);
  }

  /**
   * Makes an invariant from a check of a whole history.
   *
   * @param name the invariant's name
   * @param check the check
   * @return the invariant
   */
  static Invariant of(String name, Function<CustomerHistory, Option<Violation>> check) {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(check, "check is null");
    return new DescribedInvariant(name, check, List.empty(), playbook -> true);
  }

  /**
   * Makes an invariant from a check of each decision, in order; the first failing decision is the
   * violation.
   *
   * @param name the invariant's name
   * @param check what is wrong with a decision, or none when it is right
   * @return the invariant
   */
  static Invariant ofSteps(String name, BiFunction<Engine, Decision, Option<String>> check) {
    Objects.requireNonNull(check, "check is null");
    return of(
        name,
        history -> {
          int step = 0;
          for (Decision decision : history.decisions()) {
            Option<String> wrong = check.apply(history.engine(), decision);
            if (wrong.isDefined()) {
              return Option.of(new Violation(step, wrong.get()));
            }
            step++;
          }
          return Option.none();
        });
  }
}
