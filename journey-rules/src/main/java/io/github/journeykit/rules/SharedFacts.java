package io.github.journeykit.rules;

import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * Shared facts for a journey that remembers nothing but criteria and purchases, such as the sales
 * funnel: one {@link Facts} per set of criteria and number of purchases (below {@value
 * #PURCHASES}), made the first time a customer has them, so that recording a criterion or counting
 * a purchase allocates nothing. Other journeys, and other facts, get new facts as {@link Facts}
 * makes them.
 *
 * <p>Facts are immutable, so a slot filled by two threads at once holds one of two equal values;
 * either is right.
 */
final class SharedFacts {

  /** Purchases up to this many (excluded) have shared facts. */
  static final int PURCHASES = 16;

  private final CriteriaSets criteriaSets;
  private final @Nullable Facts[] shared;

  SharedFacts(CriteriaSets criteriaSets, Seq<Fact> declared, Facts start) {
    this.criteriaSets = criteriaSets;
    boolean standard = declared.size() == 1 && criteriaSets.sets() > 0;
    this.shared = standard ? new Facts[criteriaSets.sets() * PURCHASES] : new Facts[0];
    if (standard) {
      shared[0] = start;
    }
  }

  /** The facts with the criterion met. */
  Facts meet(Facts facts, String criterion) {
    return change(facts, criterion, true);
  }

  /** The facts with the criterion lost. */
  Facts forget(Facts facts, String criterion) {
    return change(facts, criterion, false);
  }

  /** The facts with the criterion met or lost, through the shared sets when they stand for it. */
  @SuppressWarnings("ReferenceEquality") // a set, unchanged
  private Facts change(Facts facts, String criterion, boolean met) {
    SortedSet<String> before = facts.criteria();
    int bit = criteriaSets.bitOf(criterion);
    int mask = bit < 0 ? -1 : criteriaSets.maskOf(before);
    if (mask < 0) {
      SortedSet<String> after =
          met ? criteriaSets.with(before, criterion) : criteriaSets.without(before, criterion);
      return after == before ? facts : facts.withCriteria(after);
    }
    int changed = met ? mask | 1 << bit : mask & ~(1 << bit);
    return changed == mask ? facts : withCriteria(facts, changed);
  }

  /** The facts with the shared set of a mask, shared themselves when they can be. */
  private Facts withCriteria(Facts facts, int mask) {
    int slot = shareable(facts) ? slot(mask, facts.purchases()) : -1;
    Facts known = slot < 0 ? null : shared[slot];
    return known != null ? known : keep(slot, facts.withCriteria(criteriaSets.set(mask)));
  }

  /** The facts with one purchase more. */
  Facts purchase(Facts facts) {
    int slot =
        shareable(facts) ? slot(criteriaSets.maskOf(facts.criteria()), facts.purchases() + 1) : -1;
    Facts known = slot < 0 ? null : shared[slot];
    // the purchases counter is slot 0 of the facts
    return known != null ? known : keep(slot, facts.plusAt(0, 1));
  }

  private boolean shareable(Facts facts) {
    return shared.length > 0 && facts.messages().isEmpty();
  }

  /**
   * The slot of the shared facts with the criteria of a mask and purchases, or -1 when none is
   * kept.
   */
  private static int slot(int mask, int purchases) {
    return purchases >= PURCHASES || mask < 0 ? -1 : mask * PURCHASES + purchases;
  }

  /** Keeps facts just made as the shared ones of their slot, if they have one. */
  private Facts keep(int slot, Facts made) {
    if (slot >= 0) {
      shared[slot] = made;
    }
    return made;
  }
}
