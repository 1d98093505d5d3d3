package io.github.journeykit.rules;

import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.Position;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * When time alone could next make a rule fire for a customer at one stage: the instants at which
 * the time parts of the conditions of the stage's {@code time_passed} rules change their answer.
 *
 * <p>Read from the conditions when the engine is compiled, part by part under their {@code and}s,
 * {@code or}s and {@code not}s: "inactive for d" and "in the stage for d" ({@link
 * Condition#inactiveFor}, {@link Condition#inStageFor}), and every comparison of a time ({@link
 * Condition#timeInStage}, {@link Condition#timeSinceActivity}, {@link Condition#sinceLast}, {@link
 * Condition#sinceSent}, {@link Condition#sinceOpened}) or of a windowed count ({@link
 * Condition#fact} of a {@link Fact.Window}, whose count drops when its oldest instant leaves the
 * window). Each gives an instant from the customer's position (entered + d, last activity + d, last
 * seen + d, last sent + d, last opened + d, a kept instant + the window's length); the next check
 * is the earliest of them after the decision's instant. It is a lower bound: at that instant the
 * rule may still not fire (another part of its condition may not hold), and then the decision on
 * that tick gives the next one. Conditions of your own ({@link Condition#of}) are not looked into.
 */
final class NextCheck {

  /** A stage with no time-based rule: never checked. */
  static final NextCheck NEVER = new NextCheck(new Part[0]);

  private enum Since {
    ENTERED,
    ACTIVE,
    MEASURE,
    WINDOW
  }

  /** One time part: since what, how long, and for a measure, which. */
  private record Part(Since since, Duration time, @Nullable Measure measure) {}

  private final Part[] parts;

  private NextCheck(Part[] parts) {
    this.parts = parts;
  }

  /**
   * Reads the time parts of the rules a {@code time_passed} event asks at one stage.
   *
   * @param rules the rules, as the engine compiled them
   * @return when to check a customer at that stage
   */
  static NextCheck of(CompiledRule[] rules) {
    java.util.List<Part> parts = new ArrayList<>();
    for (CompiledRule rule : rules) {
      for (Condition leaf : Conditions.leaves(rule.condition)) {
        read(leaf, parts);
      }
    }
    return parts.isEmpty() ? NEVER : new NextCheck(parts.stream().distinct().toArray(Part[]::new));
  }

  private static void read(Condition leaf, java.util.List<Part> parts) {
    if (leaf instanceof Conditions.Elapsed elapsed) {
      parts.add(
          new Part(elapsed.sinceActivity() ? Since.ACTIVE : Since.ENTERED, elapsed.time(), null));
    } else if (leaf instanceof Comparison comparison && comparison.operator().isOrdering()) {
      Measure measure = comparison.measure();
      if (measure.isTime()) {
        // "at least d" starts to hold, and "less than d" stops, at since + d; "more than d"
        // starts, and "at most d" stops, just after
        boolean after =
            comparison.operator() == Comparison.Operator.ABOVE
                || comparison.operator() == Comparison.Operator.AT_MOST;
        for (Object operand : comparison.operands()) {
          if (operand instanceof Duration time) {
            parts.add(new Part(Since.MEASURE, after ? time.plusNanos(1) : time, measure));
          }
        }
      } else if (measure.source() == Measure.Source.FACT) {
        parts.add(new Part(Since.WINDOW, Duration.ZERO, measure));
      }
    }
  }

  /** Whether no time part was found: a customer at the stage is never checked. */
  boolean never() {
    return parts.length == 0;
  }

  /**
   * The earliest instant after {@code now} at which a time part changes its answer for the
   * position, or none.
   *
   * @param position the customer's position, its facts laid out for the journey
   * @param now the instant of the decision that made the position
   * @return the next check
   */
  Option<Instant> after(Position position, Instant now) {
    Instant next = null;
    for (Part part : parts) {
      switch (part.since()) {
        case ENTERED -> next = earliest(next, position.enteredStageAt().plus(part.time()), now);
        case ACTIVE -> next = earliest(next, position.lastActiveAt().plus(part.time()), now);
        case MEASURE -> {
          Measure measure = java.util.Objects.requireNonNull(part.measure());
          Instant since = measure.since(position).getOrElse(position.enrolment().since());
          next = earliest(next, since.plus(part.time()), now);
        }
        case WINDOW -> next = windowChange(next, position.facts(), part, now);
      }
    }
    return Option.of(next);
  }

  /** The earliest instant after {@code now} at which a window's count changes. */
  private static @Nullable Instant windowChange(
      @Nullable Instant next, Facts facts, Part part, Instant now) {
    Measure measure = java.util.Objects.requireNonNull(part.measure());
    Option<Fact> fact = measure.fact(facts);
    if (fact.isEmpty() || !(fact.get() instanceof Fact.Window window)) {
      return next;
    }
    Instant result = next;
    for (Instant kept : facts.window(window.id())) {
      // an instant counts while it is within the window: from itself to itself + within
      result = earliest(result, kept, now);
      result = earliest(result, kept.plus(window.within()).plusNanos(1), now);
    }
    return result;
  }

  private static @Nullable Instant earliest(
      @Nullable Instant next, Instant candidate, Instant now) {
    return candidate.isAfter(now) && (next == null || candidate.isBefore(next)) ? candidate : next;
  }
}
