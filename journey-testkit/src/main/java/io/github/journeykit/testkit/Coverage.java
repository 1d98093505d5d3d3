package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the customers of a {@link JourneyCheck} exercised: how many of them reached each stage, how
 * many had each rule fire, and how many reached a stage each stage-bound invariant is about; with
 * the requirement the check judged it by.
 *
 * <p>A part is <em>unexercised</em> when fewer customers than {@link #atLeast()} exercised it: a
 * stage or a rule unless it is {@link #expectedUnreached() expected unreached}, and an invariant
 * {@link Invariant#about about} stages always (an invariant about a part nobody reaches is never
 * put to the test, whatever was expected).
 *
 * <pre>{@code
 * Coverage coverage = result.coverage();
 * coverage.stages().get("loyal");   // Some(412): 412 customers reached 'loyal'
 * coverage.unexercised();           // List(rule "A second purchase makes the customer loyal": fired for 0 customers)
 * System.out.print(coverage.report());
 * }</pre>
 *
 * @param customers how many customers were checked
 * @param stages by stage id, in journey order: how many customers were at the stage at some point
 * @param rules by rule name, in playbook order: how many customers had the rule fire at least once
 * @param invariants by invariant name, for invariants about stages only: how many customers reached
 *     one of its stages
 * @param expectedUnreached the stages and rules declared unreachable, with the reason given
 * @param mode what the check does about unexercised parts
 * @param atLeast how many customers must exercise each part
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Coverage(
    int customers,
    Map<String, Integer> stages,
    Map<String, Integer> rules,
    Map<String, Integer> invariants,
    Map<String, String> expectedUnreached,
    CoverageMode mode,
    int atLeast) {

  /**
   * Creates a coverage.
   *
   * @param customers how many customers were checked
   * @param stages customers per stage
   * @param rules customers per rule
   * @param invariants customers per stage-bound invariant
   * @param expectedUnreached the parts declared unreachable, with reasons
   * @param mode what the check does about unexercised parts
   * @param atLeast how many customers must exercise each part, at least 1
   */
  public Coverage {
    Objects.requireNonNull(stages, "stages is null");
    Objects.requireNonNull(rules, "rules is null");
    Objects.requireNonNull(invariants, "invariants is null");
    Objects.requireNonNull(expectedUnreached, "expectedUnreached is null");
    Objects.requireNonNull(mode, "mode is null");
    if (atLeast < 1) {
      throw new IllegalArgumentException("atLeast must be at least 1, got " + atLeast);
    }
  }

  /**
   * Returns the parts that too few customers exercised, each in words: {@code stage 'loyal':
   * reached by 0 customers}.
   *
   * @return the unexercised parts: stages, then rules, then invariants
   */
  public Seq<String> unexercised() {
    return stages
        .filter(e -> e._2 < atLeast && !expectedUnreached.containsKey(e._1))
        .map(e -> "stage '" + e._1 + "': reached by " + customers(e._2))
        .toList()
        .appendAll(
            rules
                .filter(e -> e._2 < atLeast && !expectedUnreached.containsKey(e._1))
                .map(e -> "rule \"" + e._1 + "\": fired for " + customers(e._2)))
        .appendAll(
            invariants
                .filter(e -> e._2 < atLeast)
                .map(e -> "invariant \"" + e._1 + "\": its stages reached by " + customers(e._2)));
  }

  /**
   * Tells whether every part was exercised by enough customers.
   *
   * @return true when {@link #unexercised()} is empty
   */
  public boolean isComplete() {
    return unexercised().isEmpty();
  }

  /**
   * Returns the parts declared unreachable that customers did reach: the declaration is out of
   * date.
   *
   * @return each in words: {@code stage 'loyal' was expected unreached (why), but 12 customers
   *     reached it}
   */
  public Seq<String> reachedThoughExpectedNot() {
    return expectedUnreached
        .filter(e -> stages.get(e._1).orElse(rules.get(e._1)).getOrElse(0) > 0)
        .map(
            e ->
                (stages.containsKey(e._1) ? "stage '" + e._1 + "'" : "rule \"" + e._1 + "\"")
                    + " was expected unreached ("
                    + e._2
                    + "), but "
                    + customers(stages.get(e._1).orElse(rules.get(e._1)).get())
                    + (stages.containsKey(e._1) ? " reached it" : " had it fire"))
        .toList();
  }

  /**
   * Returns what to do about unexercised parts, in one paragraph.
   *
   * @return the advice
   */
  public static String advice() {
    return "to exercise them: check more customers (customers(n)), longer histories (maxEvents(n)),"
        + " or weigh the events and values that lead there (generator(CustomerGenerator.of(playbook)"
        + ".weight(...))); if a stage or rule cannot be reached, declare it with"
        + " expectUnreached(\"its id or name\", \"why\")";
  }

  /**
   * Returns the coverage as a table: customers per stage, per rule and per stage-bound invariant,
   * unexercised parts marked.
   *
   * @return the report, several lines
   */
  public String report() {
    StringBuilder report =
        new StringBuilder("coverage by ").append(customers(customers)).append(":\n");
    report.append("  stages (customers who reached each):\n");
    stages.forEach((stage, count) -> line(report, count, "'" + stage + "'", stage));
    report.append("  rules (customers for whom each fired):\n");
    rules.forEach((rule, count) -> line(report, count, "\"" + rule + "\"", rule));
    if (!invariants.isEmpty()) {
      report.append("  invariants about stages (customers who reached one of them):\n");
      invariants.forEach((invariant, count) -> line(report, count, "\"" + invariant + "\"", ""));
    }
    return report.toString();
  }

  private void line(StringBuilder report, int count, String what, String key) {
    report.append(String.format(java.util.Locale.ROOT, "    %8d  %s", count, what));
    if (expectedUnreached.containsKey(key)) {
      report.append("  (expected unreached: ").append(expectedUnreached.get(key).get()).append(')');
    } else if (count < atLeast) {
      report.append("  <- unexercised");
    }
    report.append('\n');
  }

  private static String customers(int count) {
    return count + (count == 1 ? " customer" : " customers");
  }

  /**
   * Returns the coverage as its {@link #report()}.
   *
   * @return the report
   */
  @Override
  public String toString() {
    return report();
  }
}
