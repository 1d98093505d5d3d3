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

  final Message[] sends;

  CompiledRule(
      Rule rule,
      Move move,
      int moveTarget,
      @Nullable CustomerStatus status,
      Update[] updates,
      Message[] sends) {
    this.rule = rule;
    this.condition = rule.condition();
    this.screen = Screen.of(condition);
    this.move = move;
    this.moveTarget = moveTarget;
    this.status = status;
    this.updates = updates;
    this.sends = sends;
  }

  boolean moves() {
    return move != Move.NONE;
  }
}
