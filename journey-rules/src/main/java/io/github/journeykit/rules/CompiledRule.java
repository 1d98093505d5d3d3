package io.github.journeykit.rules;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Message;
import org.jspecify.annotations.Nullable;

/**
 * A rule as the engine runs it: its effects decoded once into fields, so that firing it needs no
 * look-ups.
 */
final class CompiledRule {
  static final int NO_MOVE = 0;
  static final int NEXT = 1;
  static final int PREVIOUS = 2;
  static final int TO = 3;

  final Rule rule;
  final Condition condition;
  final Screen screen;
  final int move;
  final int moveTarget;
  final @Nullable CustomerStatus status;
  final boolean countsPurchase;
  final boolean recordsEventCriterion;
  final String[] recordedCriteria;
  final String[] forgottenCriteria;
  final FactChange[] factChanges;
  final Message[] sends;

  CompiledRule(
      Rule rule,
      int move,
      int moveTarget,
      @Nullable CustomerStatus status,
      boolean countsPurchase,
      boolean recordsEventCriterion,
      String[] recordedCriteria,
      String[] forgottenCriteria,
      FactChange[] factChanges,
      Message[] sends) {
    this.rule = rule;
    this.condition = rule.condition();
    this.screen = Screen.of(condition);
    this.move = move;
    this.moveTarget = moveTarget;
    this.status = status;
    this.countsPurchase = countsPurchase;
    this.recordsEventCriterion = recordsEventCriterion;
    this.recordedCriteria = recordedCriteria;
    this.forgottenCriteria = forgottenCriteria;
    this.factChanges = factChanges;
    this.sends = sends;
  }
}
