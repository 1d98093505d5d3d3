package io.github.journeykit.rules;

import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.MessageHistory;
import io.github.journeykit.model.Position;
import io.vavr.collection.Seq;
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

  private static final int NANOS = 1_000_000_000;

  /** What a time part counts from. */
  private enum Since {
    /** The entry into the stage. */
    ENTERED,
    /** The last activity. */
    ACTIVE,
    /** The last event of a remembered type (a fact's slot), or the enrolment before the first. */
    LAST_SEEN,
    /** The last sending of a message. */
    SENT,
    /** The last opening of a message. */
    OPENED,
    /** Each instant a window keeps: a fact's slot. */
    WINDOW
  }

  /**
   * One time part: since what, how long after it (in seconds and nanoseconds, so that no instant is
   * made to compare), and for a fact or a message, which.
   */
  private record Part(Since since, long seconds, int nanos, int slot, @Nullable String message) {
    static Part of(Since since, Duration time, int slot, @Nullable String message) {
      return new Part(since, time.getSeconds(), time.getNano(), slot, message);
    }
  }

  private final Part[] parts;

  private NextCheck(Part[] parts) {
    this.parts = parts;
  }

  /**
   * Reads the time parts of the rules a {@code time_passed} event asks at one stage.
   *
   * @param rules the rules, as the engine compiled them
   * @param declared the facts the journey declares, in slot order
   * @return when to check a customer at that stage
   */
  static NextCheck of(CompiledRule[] rules, Seq<Fact> declared) {
    java.util.List<Part> parts = new ArrayList<>();
    for (CompiledRule rule : rules) {
      for (Condition leaf : Conditions.leaves(rule.condition)) {
        read(leaf, declared, parts);
      }
    }
    return parts.isEmpty() ? NEVER : new NextCheck(parts.stream().distinct().toArray(Part[]::new));
  }

  private static void read(Condition leaf, Seq<Fact> declared, java.util.List<Part> parts) {
    if (leaf instanceof Conditions.Elapsed elapsed) {
      parts.add(
          Part.of(
              elapsed.sinceActivity() ? Since.ACTIVE : Since.ENTERED, elapsed.time(), -1, null));
    } else if (leaf instanceof Comparison comparison && comparison.operator().isOrdering()) {
      Measure measure = comparison.measure();
      if (measure.isTime()) {
        // "at least d" starts to hold, and "less than d" stops, at since + d; "more than d"
        // starts, and "at most d" stops, just after
        boolean after =
            comparison.operator() == Measure.Operator.ABOVE
                || comparison.operator() == Measure.Operator.AT_MOST;
        for (Object operand : comparison.operands()) {
          if (operand instanceof Duration time) {
            timePart(measure, after ? time.plusNanos(1) : time, declared, parts);
          }
        }
      } else if (measure.source() == Measure.Source.FACT) {
        int slot = declared.indexWhere(fact -> fact.id().equals(measure.name()));
        if (slot >= 0 && declared.get(slot) instanceof Fact.Window window) {
          // an instant counts while it is within the window: from itself to itself + within
          parts.add(Part.of(Since.WINDOW, window.within().plusNanos(1), slot, null));
        }
      }
    }
  }

  private static void timePart(
      Measure measure, Duration time, Seq<Fact> declared, java.util.List<Part> parts) {
    switch (measure.source()) {
      case IN_STAGE -> parts.add(Part.of(Since.ENTERED, time, -1, null));
      case INACTIVE -> parts.add(Part.of(Since.ACTIVE, time, -1, null));
      case SINCE_LAST_EVENT -> {
        int slot =
            declared.indexWhere(
                fact -> fact instanceof Fact.LastSeen seen && seen.id().equals(measure.name()));
        parts.add(Part.of(Since.LAST_SEEN, time, slot, null));
      }
      case SINCE_SENT -> parts.add(Part.of(Since.SENT, time, -1, measure.name()));
      case SINCE_OPENED -> parts.add(Part.of(Since.OPENED, time, -1, measure.name()));
      default -> {
        // not a time
      }
    }
  }

  /** Whether no time part was found: a customer at the stage is never checked. */
  boolean never() {
    return parts.length == 0;
  }

  /**
   * The earliest instant after {@code now} at which a time part changes its answer for the
   * position, or null; without an instant made for any candidate but the answer.
   *
   * @param position the customer's position, its facts laid out for the journey
   * @param now the instant of the decision that made the position
   * @return the next check, or null
   */
  @Nullable Instant after(Position position, Instant now) {
    Facts facts = position.facts();
    Best best = new Best(now);
    for (Part part : parts) {
      switch (part.since()) {
        case ENTERED -> best.offer(position.enteredStageAt(), part);
        case ACTIVE -> best.offer(position.lastActiveAt(), part);
        case LAST_SEEN -> {
          // as the measure counts: from the enrolment while the event was never seen
          Instant seen = part.slot() < 0 ? null : facts.instantAt(part.slot());
          best.offer(seen != null ? seen : position.enrolment().since(), part);
        }
        case SENT -> {
          MessageHistory history = facts.message(java.util.Objects.requireNonNull(part.message()));
          best.offer(history.lastSent().getOrElse(position.enrolment().since()), part);
        }
        case OPENED -> {
          MessageHistory history = facts.message(java.util.Objects.requireNonNull(part.message()));
          best.offer(history.lastOpened().getOrElse(position.enrolment().since()), part);
        }
        case WINDOW -> {
          for (int i = 0; i < facts.keptAt(part.slot()); i++) {
            Instant kept = facts.keptAt(part.slot(), i);
            best.offer(kept, 0, 0);
            best.offer(kept, part);
          }
        }
      }
    }
    return best.instant();
  }

  /** The earliest candidate after an instant so far, in seconds and nanoseconds. */
  private static final class Best {
    private final long nowSeconds;
    private final int nowNanos;
    private long seconds = Long.MAX_VALUE;
    private int nanos;

    Best(Instant now) {
      this.nowSeconds = now.getEpochSecond();
      this.nowNanos = now.getNano();
    }

    void offer(@Nullable Instant base, Part part) {
      if (base != null) {
        offer(base, part.seconds(), part.nanos());
      }
    }

    void offer(Instant base, long plusSeconds, int plusNanos) {
      long s = base.getEpochSecond() + plusSeconds;
      int n = base.getNano() + plusNanos;
      if (n >= NANOS) {
        s++;
        n -= NANOS;
      }
      boolean afterNow = s > nowSeconds || (s == nowSeconds && n > nowNanos);
      boolean beforeBest = s < seconds || (s == seconds && n < nanos);
      if (afterNow && beforeBest) {
        seconds = s;
        nanos = n;
      }
    }

    @Nullable Instant instant() {
      return seconds == Long.MAX_VALUE ? null : Instant.ofEpochSecond(seconds, nanos);
    }
  }
}
