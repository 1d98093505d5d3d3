package io.github.journeykit.rules;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;

/**
 * What a decision keeps for its explanation as the engine makes it: which rules it asked, which
 * fired, which gate blocked the move and why no move was possible. A quiet engine's trace keeps
 * nothing and costs nothing ({@link #QUIET}); an explaining engine's is made for each decision.
 */
abstract class Trace {

  /** The trace of a quiet decision: it asks only the rules that can fire, and keeps nothing. */
  static final Trace QUIET =
      new Trace() {
        @Override
        boolean explains() {
          return false;
        }

        @Override
        void asked(CompiledRule[] rules) {}

        @Override
        void fired(int rule) {}

        @Override
        void blocked(Gate gate, Position asked) {}

        @Override
        void stuck(String why) {}

        @Override
        Explanation explanation(
            Position before,
            Event event,
            Position after,
            @Nullable CompiledRule moveWinner,
            @Nullable CompiledRule statusWinner) {
          return Explanation.OFF;
        }
      };

  /**
   * Whether the decision is explained: then every rule that can apply is asked, not only those that
   * can fire.
   */
  abstract boolean explains();

  /** The rules asked, in the order they are asked. */
  abstract void asked(CompiledRule[] rules);

  /** The rule at this place of those asked fired. */
  abstract void fired(int rule);

  /** The gate of the stage the move led to did not admit the customer as asked. */
  abstract void blocked(Gate gate, Position asked);

  /** The winning move led nowhere: from the last stage forward, from the first back. */
  abstract void stuck(String why);

  /** The explanation of the decision. */
  abstract Explanation explanation(
      Position before,
      Event event,
      Position after,
      @Nullable CompiledRule moveWinner,
      @Nullable CompiledRule statusWinner);

  /** A trace that keeps everything an explanation says. */
  static final class Recording extends Trace {
    private CompiledRule[] asked = new CompiledRule[0];
    private boolean[] fired = new boolean[0];
    private @Nullable Gate blocking;
    private @Nullable Position gateAsked;
    private @Nullable String stuck;

    @Override
    boolean explains() {
      return true;
    }

    @Override
    void asked(CompiledRule[] rules) {
      asked = rules;
      fired = new boolean[rules.length];
    }

    @Override
    void fired(int rule) {
      fired[rule] = true;
    }

    @Override
    void blocked(Gate gate, Position position) {
      blocking = gate;
      gateAsked = position;
    }

    @Override
    void stuck(String why) {
      stuck = why;
    }

    @Override
    Explanation explanation(
        Position before,
        Event event,
        Position after,
        @Nullable CompiledRule moveWinner,
        @Nullable CompiledRule statusWinner) {
      return new Explanation(
          before,
          event,
          after,
          Option.none(),
          true,
          asked,
          fired,
          moveWinner,
          statusWinner,
          blocking,
          gateAsked,
          stuck);
    }
  }
}
