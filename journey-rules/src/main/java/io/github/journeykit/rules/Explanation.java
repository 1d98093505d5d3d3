package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Why a decision came out as it did: which rules were considered, which fired, which did not and
 * why, which gate blocked a move, and how conflicts between rules were resolved.
 *
 * <p>Only the rules that can apply to the customer's stage and the event's type are considered, in
 * the order the engine tries them: higher priority first, then declaration order. Keeping
 * explanations on is cheap: the engine records which rules fired; the words are put together only
 * when asked for. With explanations off ({@link Engine#withExplanations(boolean)}) an explanation
 * still carries a rejection, but no verdicts.
 *
 * <pre>{@code
 * System.out.println(decision.explanation());
 * // interaction yes at 2026-03-02T10:00:00Z for customer 'c-1' at 'informed' (active)
 * //   fired "A yes moves an active customer up one stage": move to the next stage
 * //   not fired "A no moves an active customer down one stage": not outcome is no
 * //   blocked: the gate of 'interested' does not admit the customer: needs at least 2 of money, need,
 * //     decision; has 1: money
 * //   result: stays at 'informed' (active)
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Explanation {

  /**
   * What became of one rule the engine considered.
   *
   * @param rule the rule
   * @param fired whether its condition held
   * @param reason for a rule that did not fire, the failing part of its condition; for one that
   *     fired, its effects and any that were overridden
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public record Verdict(Rule rule, boolean fired, String reason) {
    /**
     * Creates a verdict.
     *
     * @param rule the rule
     * @param fired whether it fired
     * @param reason why, in words
     */
    public Verdict {
      Objects.requireNonNull(rule, "rule is null");
      Objects.requireNonNull(reason, "reason is null");
    }

    @Override
    public String toString() {
      return (fired ? "fired \"" : "not fired \"") + rule.name() + "\": " + reason;
    }
  }

  /** The explanation of every decision an engine makes with explanations off. */
  static final Explanation OFF = new Explanation();

  /**
   * Returns the explanation of a decision made with explanations off: no verdicts, no rejection.
   * For a decision put together outside the engine, such as one read back from storage.
   *
   * @return the empty explanation
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static Explanation none() {
    return OFF;
  }

  private final @Nullable Position before;
  private final @Nullable Event event;
  private final @Nullable Position after;
  private final Option<String> rejection;
  private final boolean recorded;
  private final CompiledRule[] considered;
  private final boolean @Nullable [] fired;
  private final @Nullable CompiledRule moveWinner;
  private final @Nullable CompiledRule statusWinner;
  private final @Nullable Gate blockingGate;
  private final @Nullable Position gateAsked;
  private final @Nullable String stuck;
  private final Seq<String> notSent;

  private Explanation() {
    this.before = null;
    this.event = null;
    this.after = null;
    this.rejection = Option.none();
    this.recorded = false;
    this.considered = new CompiledRule[0];
    this.fired = null;
    this.moveWinner = null;
    this.statusWinner = null;
    this.blockingGate = null;
    this.gateAsked = null;
    this.stuck = null;
    this.notSent = List.empty();
  }

  Explanation(
      Position before,
      Event event,
      Position after,
      Option<String> rejection,
      boolean recorded,
      CompiledRule[] considered,
      boolean @Nullable [] fired,
      @Nullable CompiledRule moveWinner,
      @Nullable CompiledRule statusWinner,
      @Nullable Gate blockingGate,
      @Nullable Position gateAsked,
      @Nullable String stuck,
      Seq<String> notSent) {
    this.before = before;
    this.event = event;
    this.after = after;
    this.rejection = rejection;
    this.recorded = recorded;
    this.considered = considered;
    this.fired = fired;
    this.moveWinner = moveWinner;
    this.statusWinner = statusWinner;
    this.blockingGate = blockingGate;
    this.gateAsked = gateAsked;
    this.stuck = stuck;
    this.notSent = notSent;
  }

  /**
   * Tells whether the engine recorded verdicts for this decision (explanations on).
   *
   * @return true when {@link #verdicts()} is filled in
   */
  public boolean isRecorded() {
    return recorded;
  }

  /**
   * Returns why the event was rejected.
   *
   * @return the reason, or none when it was decided
   */
  public Option<String> rejection() {
    return rejection;
  }

  /**
   * Returns a verdict for every rule considered, in the order the engine tried them.
   *
   * @return the verdicts; empty when the event was rejected or explanations are off
   */
  public Seq<Verdict> verdicts() {
    if (!recorded || fired == null || before == null || event == null) {
      return List.empty();
    }
    Position position = before;
    Event happened = event;
    List<Verdict> verdicts = List.empty();
    for (int i = considered.length - 1; i >= 0; i--) {
      CompiledRule rule = considered[i];
      verdicts =
          verdicts.prepend(
              fired[i]
                  ? new Verdict(rule.rule, true, firedReason(rule))
                  : new Verdict(
                      rule.rule,
                      false,
                      rule.condition.whyNot(position, happened).getOrElse("its condition failed")));
    }
    return verdicts;
  }

  /**
   * Returns the rules that fired.
   *
   * @return the rules whose condition held, in the order tried
   */
  public Seq<Rule> fired() {
    return verdicts().filter(Verdict::fired).map(Verdict::rule);
  }

  /**
   * Returns the rules that did not fire.
   *
   * @return the rules whose condition failed, in the order tried
   */
  public Seq<Rule> notFired() {
    return verdicts().filter(verdict -> !verdict.fired()).map(Verdict::rule);
  }

  /**
   * Returns how many rules the engine considered: those that can apply to the stage and event type.
   *
   * @return the number of rules considered; 0 when rejected or explanations are off
   */
  public int consideredCount() {
    return recorded ? considered.length : 0;
  }

  /**
   * Says which gate blocked the move a rule asked for, and what the customer lacks.
   *
   * @return the reason, or none when no gate blocked a move
   */
  public Option<String> blockedBy() {
    if (blockingGate == null || gateAsked == null || event == null) {
      return Option.none();
    }
    return Option.of(
        "the gate of '"
            + blockingGate.stage()
            + "' does not admit the customer: "
            + blockingGate
                .admission()
                .whyNot(gateAsked, event)
                .getOrElse(blockingGate.admission().description()));
  }

  /**
   * Says which messages the rules or the new stage asked for were not sent, and why: the rule's
   * decision did not stand (its move was refused or overridden), or the message's cadence did not
   * allow it.
   *
   * @return one sentence per message not sent, e.g. {@code 'contract-draft' of "Agreement moves to
   *     contract": the move was not made}
   */
  public Seq<String> notSent() {
    return notSent;
  }

  /**
   * Describes how conflicts between rules that fired were resolved.
   *
   * @return one sentence per overridden move or status
   */
  public Seq<String> conflicts() {
    if (!recorded || fired == null) {
      return List.empty();
    }
    List<String> conflicts = List.empty();
    for (int i = considered.length - 1; i >= 0; i--) {
      CompiledRule rule = considered[i];
      if (!fired[i]) {
        continue;
      }
      if (rule.moves() && moveWinner != null && rule != moveWinner) {
        conflicts = conflicts.prepend(overridden("move", rule, moveWinner));
      }
      if (rule.status != null && statusWinner != null && rule != statusWinner) {
        conflicts = conflicts.prepend(overridden("status", rule, statusWinner));
      }
    }
    return conflicts;
  }

  private static String overridden(String what, CompiledRule loser, CompiledRule winner) {
    String why =
        winner.rule.priority() > loser.rule.priority()
            ? "higher priority (" + winner.rule.priority() + " over " + loser.rule.priority() + ")"
            : "same priority, declared first";
    return "the "
        + what
        + " of \""
        + loser.rule.name()
        + "\" is overridden by \""
        + winner.rule.name()
        + "\": "
        + why;
  }

  private String firedReason(CompiledRule rule) {
    return rule.rule.effects().isEmpty()
        ? "no effect"
        : rule.rule.effects().map(Effect::description).mkString(", ");
  }

  /**
   * Two explanations are equal when they say the same: the same event and position, the same
   * verdicts, conflicts, gate and result.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an explanation with the same text
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Explanation that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * Returns the explanation as text: the event and the position, a line per rule considered, the
   * conflicts, the gate that blocked, and the result.
   *
   * @return the explanation, several lines
   */
  @Override
  public String toString() {
    if (before == null || event == null || after == null) {
      return "(explanations are off)\n";
    }
    Position before = this.before;
    Event event = this.event;
    Position after = this.after;
    StringBuilder text =
        new StringBuilder()
            .append(event.type().id())
            .append(event.detail().map(detail -> " " + detail).getOrElse(""))
            .append(" at ")
            .append(event.at())
            .append(" for customer '")
            .append(before.customer())
            .append("' at '")
            .append(before.stage())
            .append("' (")
            .append(before.status().id())
            .append(")\n");
    if (rejection.isDefined()) {
      return text.append("  rejected: ").append(rejection.get()).append('\n').toString();
    }
    if (!recorded) {
      text.append("  (explanations are off)\n");
    } else if (considered.length == 0) {
      text.append("  no rule applies at this stage to this event\n");
    }
    verdicts().forEach(verdict -> text.append("  ").append(verdict).append('\n'));
    conflicts().forEach(conflict -> text.append("  conflict: ").append(conflict).append('\n'));
    blockedBy().forEach(blocked -> text.append("  blocked: ").append(blocked).append('\n'));
    if (stuck != null) {
      text.append("  no move: ").append(stuck).append('\n');
    }
    for (String why : notSent) {
      text.append("  not sent: ").append(why).append('\n');
    }
    text.append("  result: ")
        .append(before.stage().equals(after.stage()) ? "stays at '" : "moves to '")
        .append(after.stage())
        .append("' (")
        .append(after.status().id())
        .append("), ")
        .append(after.purchases())
        .append(after.purchases() == 1 ? " purchase" : " purchases")
        .append(after.criteria().isEmpty() ? "" : ", criteria " + after.criteria().mkString(", "))
        .append(after.facts().declaredInWords().map(fact -> ", " + fact).mkString())
        .append('\n');
    return text.toString();
  }
}
