package io.github.journeykit.rules;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;

/**
 * What a decision keeps beyond the new position as the engine makes it: the messages to send, and
 * for its explanation which rules it asked, which fired, which gate blocked the move and why no
 * move was possible. A quiet decision whose rules send nothing keeps nothing and costs nothing
 * ({@link #QUIET}, also what a replay to the final position uses); a quiet one whose rules may send
 * keeps only the messages ({@link Sending}); an explained one keeps everything ({@link Recording}).
 */
abstract class Trace {

  /** The trace of a quiet decision: it asks only the rules that can fire, and keeps nothing. */
  static final Trace QUIET = new Quiet();

  /**
   * Whether the decision is explained: then every rule that can apply is asked, not only those that
   * can fire.
   */
  abstract boolean explains();

  /** Whether the messages of the rules that fire are kept: made only then. */
  abstract boolean keepsMessages();

  /** A rule that fired asks for a message. */
  abstract void sent(MessageToSend message);

  /** The messages asked for, in the order the rules were asked. */
  abstract Seq<MessageToSend> messages();

  /** A message asked for was not sent, and why: for the explanation. */
  abstract void notSent(String why);

  /** The rules asked, in the order they are asked. */
  abstract void asked(CompiledRule[] rules);

  /** The rule at this place of those asked fired. */
  abstract void fired(int rule);

  /** The gate of the stage the move led to did not admit the customer as asked. */
  abstract void blocked(Gate gate, Position asked);

  /** The winning move led nowhere: from the last stage forward, from the first back. */
  abstract void stuck(String why);

  /** The rules whose move and status won, if any. */
  abstract void winners(@Nullable CompiledRule move, @Nullable CompiledRule status);

  /** The explanation of the decision. */
  abstract Explanation explanation(Position before, Event event, Position after);

  /**
   * The messages kept, newest first, in the order they were asked for: a decision sends one message
   * at most, mostly, and the list of one is its own reverse (vavr's {@code reverse} folds even a
   * list of one through an iterator).
   */
  static Seq<MessageToSend> inOrder(List<MessageToSend> newestFirst) {
    return newestFirst.isEmpty() || newestFirst.tail().isEmpty()
        ? newestFirst
        : newestFirst.reverse();
  }

  /** A quiet decision's trace: it asks only the rules that can fire, and keeps nothing. */
  private static class Quiet extends Trace {
    @Override
    boolean explains() {
      return false;
    }

    @Override
    boolean keepsMessages() {
      return false;
    }

    @Override
    void sent(MessageToSend message) {}

    @Override
    void notSent(String why) {}

    @Override
    Seq<MessageToSend> messages() {
      return List.empty();
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
    void winners(@Nullable CompiledRule move, @Nullable CompiledRule status) {}

    @Override
    Explanation explanation(Position before, Event event, Position after) {
      return Explanation.OFF;
    }
  }

  /** A quiet decision's trace that keeps the messages and nothing else. */
  static final class Sending extends Quiet {
    private List<MessageToSend> messages = List.empty();

    @Override
    boolean keepsMessages() {
      return true;
    }

    @Override
    void sent(MessageToSend message) {
      messages = messages.prepend(message);
    }

    @Override
    Seq<MessageToSend> messages() {
      return inOrder(messages);
    }
  }

  /** A trace that keeps everything an explanation says, and the messages. */
  static final class Recording extends Trace {
    private List<MessageToSend> messages = List.empty();
    private List<String> notSent = List.empty();
    private CompiledRule[] asked = new CompiledRule[0];
    private boolean[] fired = new boolean[0];
    private @Nullable Gate blocking;
    private @Nullable Position gateAsked;
    private @Nullable String stuck;
    private @Nullable CompiledRule moveWinner;
    private @Nullable CompiledRule statusWinner;

    @Override
    boolean explains() {
      return true;
    }

    @Override
    boolean keepsMessages() {
      return true;
    }

    @Override
    void sent(MessageToSend message) {
      messages = messages.prepend(message);
    }

    @Override
    Seq<MessageToSend> messages() {
      return inOrder(messages);
    }

    @Override
    void notSent(String why) {
      notSent = notSent.prepend(why);
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
    void winners(@Nullable CompiledRule move, @Nullable CompiledRule status) {
      moveWinner = move;
      statusWinner = status;
    }

    @Override
    Explanation explanation(Position before, Event event, Position after) {
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
          stuck,
          notSent.reverse());
    }
  }
}
