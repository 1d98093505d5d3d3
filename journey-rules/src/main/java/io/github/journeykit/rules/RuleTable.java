package io.github.journeykit.rules;

import io.github.journeykit.model.EventType;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

/**
 * A playbook's rules laid out for the engine: for every stage and event type, the rules that can
 * apply (a bucket), higher priority first, then declaration order; and for every bucket, one lane
 * per interaction outcome (and one for the other events) holding only the rules whose outcome test
 * lets that outcome through.
 *
 * <p>An explained decision looks at the whole bucket, so that it can say why each rule did not
 * fire; a quiet one looks only at its lane, so that an undecided customer's decision does not ask
 * the rules for a yes or a no. Both see the same rules fire: a rule outside the lane cannot.
 */
final class RuleTable {

  private static final CompiledRule[] NONE = new CompiledRule[0];

  /** Lanes per bucket: one per interaction outcome and one for the other events. */
  private static final int LANES = Screen.NO_OUTCOME + 1;

  private final int types;
  private final CompiledRule[][] buckets;
  private final CompiledRule[][] lanes;
  private final boolean[] laneSends;

  RuleTable(
      int stages,
      Seq<EventType> eventTypes,
      Seq<Rule> rules,
      ToIntFunction<String> stageNumber,
      ToIntFunction<String> typeNumber,
      Function<Rule, CompiledRule> compile,
      IntPredicate sendsOnEntry) {
    this.types = eventTypes.size();
    java.util.List<java.util.List<CompiledRule>> lists = new ArrayList<>();
    for (int i = 0; i < stages * types; i++) {
      lists.add(new ArrayList<>());
    }
    // A stable sort keeps declaration order among rules of equal priority.
    java.util.List<Rule> ordered = new ArrayList<>(rules.toJavaList());
    ordered.sort(Comparator.comparingInt((Rule rule) -> rule.priority()).reversed());
    for (Rule rule : ordered) {
      CompiledRule compiled = compile.apply(rule);
      int type = typeNumber.applyAsInt(rule.on().id());
      if (rule.stages().isEmpty()) {
        for (int stage = 0; stage < stages; stage++) {
          lists.get(bucketOf(stage, type)).add(compiled);
        }
      } else {
        for (String stage : rule.stages()) {
          lists.get(bucketOf(stageNumber.applyAsInt(stage), type)).add(compiled);
        }
      }
    }
    this.buckets = new CompiledRule[lists.size()][];
    this.lanes = new CompiledRule[lists.size() * LANES][];
    this.laneSends = new boolean[lanes.length];
    for (int bucket = 0; bucket < buckets.length; bucket++) {
      buckets[bucket] = lists.get(bucket).isEmpty() ? NONE : lists.get(bucket).toArray(NONE);
      int stage = bucket / types;
      for (int outcome = 0; outcome < LANES; outcome++) {
        java.util.List<CompiledRule> lane = new ArrayList<>();
        for (CompiledRule rule : buckets[bucket]) {
          if ((rule.screen.outcomes >>> outcome & 1) != 0) {
            lane.add(rule);
            laneSends[bucket * LANES + outcome] |=
                rule.sends.length > 0 || movesToASending(rule, stage, stages, sendsOnEntry);
          }
        }
        lanes[bucket * LANES + outcome] = lane.isEmpty() ? NONE : lane.toArray(NONE);
      }
    }
  }

  /** Whether a rule's move from a stage leads into another stage that sends messages on entry. */
  private static boolean movesToASending(
      CompiledRule rule, int stage, int stages, IntPredicate sendsOnEntry) {
    int target = rule.move.target(stage, stages, rule.moveTarget);
    return rule.moves() && target >= 0 && target != stage && sendsOnEntry.test(target);
  }

  private int bucketOf(int stage, int type) {
    return stage * types + type;
  }

  /** Every rule that can apply at a stage to an event type, in the order they are tried. */
  CompiledRule[] bucket(int stage, int type) {
    return buckets[bucketOf(stage, type)];
  }

  /**
   * Whether a decision on an event with this outcome may send a message: a rule of its lane sends
   * one, or moves the customer into a stage that sends on entry.
   */
  boolean sends(int stage, int type, int outcome) {
    return laneSends[bucketOf(stage, type) * LANES + outcome];
  }

  /** The rules of a bucket that can fire for an event with this outcome, in the same order. */
  CompiledRule[] lane(int stage, int type, int outcome) {
    return lanes[bucketOf(stage, type) * LANES + outcome];
  }
}
