package io.github.journeykit.rules;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Message;
import org.jspecify.annotations.Nullable;

/**
 * A rule as the engine runs it: its condition read into a {@link Screen} and its effects decoded
 * once into fields, so that firing it needs no look-ups.
 */
final class CompiledRule {

  /** Where a rule moves the customer, if anywhere. */
  enum Move {
    /** The rule makes no move. */
    NONE,
    /** To the next stage in journey order. */
    NEXT,
    /** To the previous stage in journey order. */
    PREVIOUS,
    /** To a named stage. */
    TO;

    /**
     * The place of the stage this move leads to from a stage, or -1 when there is none (the next of
     * the last stage, the previous of the first).
     */
    int target(int stage, int stageCount, int named) {
      return switch (this) {
        case NONE -> stage;
        case NEXT -> stage + 1 < stageCount ? stage + 1 : -1;
        case PREVIOUS -> stage - 1;
        case TO -> named;
      };
    }
  }

  final Rule rule;
  final Condition condition;
  final Screen screen;
  final Move move;

  /** The place of the stage a {@link Move#TO} leads to; -1 for the other moves. */
  final int moveTarget;

  final @Nullable CustomerStatus status;

  /** The changes to the customer's facts, in the order the effects are declared. */
  final Update[] updates;

  /** The messages the rule sends, in the order its effects name them. */
  final Message[] sends;

  /** For each message sent, whether it goes out even when the rule's decision does not stand. */
  final boolean[] regardless;

  CompiledRule(
      Rule rule,
      Move move,
      int moveTarget,
      @Nullable CustomerStatus status,
      Update[] updates,
      Message[] sends,
      boolean[] regardless) {
    this.rule = rule;
    this.condition = rule.condition();
    this.screen = Screen.of(condition);
    this.move = move;
    this.moveTarget = moveTarget;
    this.status = status;
    this.updates = updates;
    this.sends = sends;
    this.regardless = regardless;
  }

  boolean moves() {
    return move != Move.NONE;
  }

  /**
   * Whether the rule's decision stands, for a customer who ends the decision at stage {@code to}
   * with a status: its move, if any, is the one made (by it or by a rule that moved the same way),
   * and its status, if any, is the one set. A move the gate refused, or that led nowhere, does not
   * stand.
   */
  boolean stands(int from, int to, int stageCount, CustomerStatus finalStatus) {
    return (move == Move.NONE || move.target(from, stageCount, moveTarget) == to)
        && (status == null || status == finalStatus);
  }
}
