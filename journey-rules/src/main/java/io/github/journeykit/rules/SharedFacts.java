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
  @SuppressWarnings("ReferenceEquality") // a shared set, unchanged
  Facts meet(Facts facts, String criterion) {
    SortedSet<String> criteria = criteriaSets.with(facts.criteria(), criterion);
    return criteria == facts.criteria() ? facts : withCriteria(facts, criteria);
  }

  /** The facts with the criterion lost. */
  @SuppressWarnings("ReferenceEquality") // a shared set, unchanged
  Facts forget(Facts facts, String criterion) {
    SortedSet<String> criteria = criteriaSets.without(facts.criteria(), criterion);
    return criteria == facts.criteria() ? facts : withCriteria(facts, criteria);
  }

  private Facts withCriteria(Facts facts, SortedSet<String> criteria) {
    int slot = shareable(facts) ? slot(criteria, facts.purchases()) : -1;
    Facts known = slot < 0 ? null : shared[slot];
    return known != null ? known : keep(slot, facts.withCriteria(criteria));
  }

  /** The facts with one purchase more. */
  Facts purchase(Facts facts) {
    int slot = shareable(facts) ? slot(facts.criteria(), facts.purchases() + 1) : -1;
    Facts known = slot < 0 ? null : shared[slot];
    // the purchases counter is slot 0 of the facts
    return known != null ? known : keep(slot, facts.plusAt(0, 1));
  }

  private boolean shareable(Facts facts) {
    return shared.length > 0 && facts.messages().isEmpty();
  }

  /** The slot of the shared facts with these criteria and purchases, or -1 when none is kept. */
  private int slot(SortedSet<String> criteria, int purchases) {
    int mask = criteriaSets.maskOf(criteria);
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
