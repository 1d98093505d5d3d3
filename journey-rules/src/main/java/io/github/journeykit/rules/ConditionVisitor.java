package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Outcome;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * What a condition is made of, one case per factory of {@link Condition} and {@link Measure}: read
 * by {@link Condition#accept(ConditionVisitor)}, so that a definition writer, a linter or a picture
 * can read a condition's parts without knowing its classes.
 *
 * <p>A condition written in Java ({@link Condition#of} with a lambda, or a class of your own) is
 * not made of these parts: it comes to {@link #inJava(Condition)}.
 *
 * <pre>{@code
 * int leaves = condition.accept(new ConditionVisitor<Integer>() { ... });
 * }</pre>
 *
 * @param <R> what the visitor makes of a condition
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public interface ConditionVisitor<R> {

  /**
   * {@link Condition#always()}.
   *
   * @return the result
   */
  R always();

  /**
   * {@link Condition#outcomeIs(Outcome)}.
   *
   * @param outcome the outcome
   * @return the result
   */
  R outcomeIs(Outcome outcome);

  /**
   * {@link Condition#statusIs(CustomerStatus, CustomerStatus...)}.
   *
   * @param statuses the statuses allowed, in their declaration order
   * @return the result
   */
  R statusIs(Seq<CustomerStatus> statuses);

  /**
   * {@link Condition#criteriaMet(int, String...)} and {@link Condition#hasMet(String)}.
   *
   * @param atLeast how many must be met
   * @param criteria the criteria, in the order given
   * @return the result
   */
  R criteriaMet(int atLeast, Seq<String> criteria);

  /**
   * {@link Condition#weightOfCriteriaMet(Map, double)}.
   *
   * @param weights each criterion's weight, in the order given
   * @param threshold the least total weight
   * @return the result
   */
  R weightOfCriteriaMet(Map<String, Double> weights, double threshold);

  /**
   * {@link Condition#buyingCentreAgrees(io.github.journeykit.model.Journey, double)}: by default,
   * as the weight of criteria met that it is, each member's agreement criterion weighed by the
   * member's relative importance.
   *
   * @param weights each member's agreement criterion and weight
   * @param threshold the total weight needed
   * @return the visitor's result
   * @since 0.1
   */
  default R buyingCentreAgrees(Map<String, Double> weights, double threshold) {
    return weightOfCriteriaMet(weights, threshold);
  }

  /**
   * {@link Condition#purchasesAtLeast(int)}.
   *
   * @param count the least number of purchases
   * @return the result
   */
  R purchasesAtLeast(int count);

  /**
   * {@link Condition#inactiveFor(Duration)}.
   *
   * @param quiet the least time without activity
   * @return the result
   */
  R inactiveFor(Duration quiet);

  /**
   * {@link Condition#inStageFor(Duration)}.
   *
   * @param time the least time in the stage
   * @return the result
   */
  R inStageFor(Duration time);

  /**
   * A comparison of a {@link Measure}: {@code Condition.fact("logins").atLeast(3)}.
   *
   * @param measure what is compared
   * @param operator how
   * @param operands with what: none for present and absent, one value, or the values of one-of;
   *     numbers as {@code BigDecimal}, times as {@code Duration}
   * @return the result
   */
  R compares(Measure measure, Measure.Operator operator, Seq<Object> operands);

  /**
   * {@link Condition#and(Condition)} and {@link Condition#allOf(Seq)}.
   *
   * @param parts the conditions that must all hold, at least one
   * @return the result
   */
  R all(Seq<Condition> parts);

  /**
   * {@link Condition#or(Condition)} and {@link Condition#anyOf(Seq)}.
   *
   * @param parts the conditions of which one must hold, at least one
   * @return the result
   */
  R any(Seq<Condition> parts);

  /**
   * {@link Condition#not()}.
   *
   * @param negated the condition that must not hold
   * @return the result
   */
  R not(Condition negated);

  /**
   * A condition written in Java: {@link Condition#of} with a lambda, or a class of your own. It
   * cannot be read as parts, nor written as data.
   *
   * @param condition the condition
   * @return the result
   */
  R inJava(Condition condition);
}
