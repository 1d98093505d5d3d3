package io.github.journeykit.testkit;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Arrays;

/**
 * Counts, customer by customer, the stages reached and the rules fired, for a {@link Coverage}.
 *
 * <p>A rule fires, as the engine's {@link io.github.journeykit.rules.Explanation#fired()} says,
 * when the event is of its type, it applies at the customer's stage and its condition holds for the
 * position before the event; a rejected event fires nothing. Asking the conditions here, rather
 * than having the engine explain every decision, costs a fraction of a decision: the rules are
 * indexed by stage and event type once. Tests check that both say the same: decision by decision on
 * a journey with every kind of fact, and customer by customer, through the {@link Coverage}, for
 * every ready-made journey of the catalogue.
 */
final class CoverageCounter {

  private final Journey journey;
  private final Rule[] rules;
  private final java.util.Map<String, Integer> stageIndex = new java.util.HashMap<>();

  /** By stage index, then event type id: the indexes of the rules that may fire there. */
  private final java.util.List<java.util.Map<String, int[]>> candidates =
      new java.util.ArrayList<>();

  private final Seq<Invariant> aboutStages;
  private final int[][] invariantStages;

  private final boolean[] stageSeen;
  private final boolean[] ruleFired;
  private final int[] stageCustomers;
  private final int[] ruleCustomers;
  private final int[] invariantCustomers;
  private int customers;

  CoverageCounter(Playbook playbook, Seq<Invariant> invariants) {
    this.journey = playbook.journey();
    this.rules = playbook.rules().toJavaArray(Rule[]::new);
    Seq<String> stageIds = journey.stages().map(stage -> stage.id());
    for (int s = 0; s < stageIds.size(); s++) {
      String stage = stageIds.get(s);
      stageIndex.put(stage, s);
      java.util.Map<String, java.util.List<Integer>> byType = new java.util.HashMap<>();
      for (int r = 0; r < rules.length; r++) {
        if (rules[r].appliesAt(stage)) {
          byType.computeIfAbsent(rules[r].on().id(), t -> new java.util.ArrayList<>()).add(r);
        }
      }
      java.util.Map<String, int[]> arrays = new java.util.HashMap<>();
      byType.forEach(
          (type, list) -> arrays.put(type, list.stream().mapToInt(Integer::intValue).toArray()));
      candidates.add(arrays);
    }
    this.aboutStages = invariants.filter(invariant -> !invariant.stages().isEmpty());
    this.invariantStages =
        aboutStages
            .map(i -> i.stages().map(stageIndex::get).toJavaStream().mapToInt(x -> x).toArray())
            .toJavaArray(int[][]::new);
    this.stageSeen = new boolean[stageIds.size()];
    this.ruleFired = new boolean[rules.length];
    this.stageCustomers = new int[stageIds.size()];
    this.ruleCustomers = new int[rules.length];
    this.invariantCustomers = new int[invariantStages.length];
  }

  /** Starts counting a customer at their starting position. */
  void start(Position start) {
    Arrays.fill(stageSeen, false);
    Arrays.fill(ruleFired, false);
    seen(start.stage());
  }

  /** Counts one decision of the current customer. */
  void decided(Decision decision) {
    if (decision.isRejected()) {
      return;
    }
    Integer stage = stageIndex.get(decision.before().stage());
    if (stage != null) {
      int[] asked = candidates.get(stage).get(decision.event().type().id());
      if (asked != null) {
        for (int r : asked) {
          if (!ruleFired[r] && rules[r].condition().holds(decision.before(), decision.event())) {
            ruleFired[r] = true;
          }
        }
      }
    }
    seen(decision.after().stage());
  }

  /** Ends the current customer: adds what they exercised to the counts. */
  void end() {
    customers++;
    for (int s = 0; s < stageSeen.length; s++) {
      stageCustomers[s] += stageSeen[s] ? 1 : 0;
    }
    for (int r = 0; r < ruleFired.length; r++) {
      ruleCustomers[r] += ruleFired[r] ? 1 : 0;
    }
    for (int i = 0; i < invariantStages.length; i++) {
      for (int s : invariantStages[i]) {
        if (stageSeen[s]) {
          invariantCustomers[i]++;
          break;
        }
      }
    }
  }

  /** The rules that fired on one decision, in playbook order. */
  Seq<Rule> fired(Decision decision) {
    Arrays.fill(ruleFired, false);
    decided(decision);
    List<Rule> fired = List.empty();
    for (int r = rules.length - 1; r >= 0; r--) {
      if (ruleFired[r]) {
        fired = fired.prepend(rules[r]);
      }
    }
    return fired;
  }

  /** The coverage counted so far. */
  Coverage coverage(Map<String, String> expectedUnreached, CoverageMode mode, int atLeast) {
    Map<String, Integer> stages = LinkedHashMap.empty();
    for (int s = 0; s < stageCustomers.length; s++) {
      stages = stages.put(journey.stages().get(s).id(), stageCustomers[s]);
    }
    Map<String, Integer> fired = LinkedHashMap.empty();
    for (int r = 0; r < rules.length; r++) {
      fired = fired.put(rules[r].name(), ruleCustomers[r], Math::max);
    }
    Map<String, Integer> invariants = LinkedHashMap.empty();
    for (int i = 0; i < invariantCustomers.length; i++) {
      invariants = invariants.put(aboutStages.get(i).name(), invariantCustomers[i]);
    }
    return new Coverage(customers, stages, fired, invariants, expectedUnreached, mode, atLeast);
  }

  private void seen(String stage) {
    Integer index = stageIndex.get(stage);
    if (index != null) {
      stageSeen[index] = true;
    }
  }
}
