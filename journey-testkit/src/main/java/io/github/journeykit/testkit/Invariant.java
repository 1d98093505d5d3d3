package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
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
 * <pre>{@code
 * Invariant neverNegative = Invariant.ofSteps("purchases never decrease", (engine, decision) ->
 *     decision.after().purchases() < decision.before().purchases()
 *         ? Option.of("purchases went from " + decision.before().purchases() + " to " + decision.after().purchases())
 *         : Option.none());
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
   * Makes an invariant from a check of a whole history.
   *
   * @param name the invariant's name
   * @param check the check
   * @return the invariant
   */
  static Invariant of(String name, Function<CustomerHistory, Option<Violation>> check) {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(check, "check is null");
    return new Invariant() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Option<Violation> check(CustomerHistory history) {
        return check.apply(history);
      }

      @Override
      public String toString() {
        return name;
      }
    };
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
