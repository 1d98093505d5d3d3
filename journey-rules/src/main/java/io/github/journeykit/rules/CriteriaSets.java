package io.github.journeykit.rules;

import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One shared instance of every set of a journey's criteria, made when the engine is compiled, so
 * that recording a criterion allocates nothing and positions with the same facts share their set.
 *
 * <p>A journey with {@value #MOST} criteria or fewer gets all its sets up front (at most 1,024);
 * with more, sets are grown by {@link SortedSet#add} as before. A set the engine did not make (a
 * position built by the user) is read once per decision that records a criterion, and the shared
 * set for the result is returned from then on. Values are unchanged either way: a shared set equals
 * the set that {@code add} would have made.
 */
final class CriteriaSets {

  /** The most criteria for which every set is made up front. */
  static final int MOST = 10;

  private final IdIndex bits;
  private final SortedSet<String> @Nullable [] shared;
  private final String[] byBit;

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type, of sorted sets only
  CriteriaSets(String[] criteria) {
    int count = criteria.length;
    bits = new IdIndex(criteria);
    byBit = criteria.clone();
    if (count > MOST) {
      shared = null;
      return;
    }
    shared = new SortedSet[1 << count];
    for (int mask = 0; mask < shared.length; mask++) {
      SortedSet<String> set = TreeSet.empty();
      for (int bit = 0; bit < count; bit++) {
        if ((mask >>> bit & 1) != 0) {
          set = set.add(byBit[bit]);
        }
      }
      shared[mask] = set;
    }
  }

  /**
   * Returns the set with one criterion more.
   *
   * @param set the criteria met so far
   * @param criterion the criterion met now
   * @return {@code set} itself when it has the criterion already, else the set with it
   */
  SortedSet<String> with(SortedSet<String> set, String criterion) {
    int bit = bitOf(criterion);
    int mask = bit < 0 ? -1 : maskOf(set);
    if (mask < 0) {
      return set.contains(criterion) ? set : set.add(criterion);
    }
    return (mask >>> bit & 1) != 0 ? set : set(mask | 1 << bit);
  }

  /**
   * Returns the set with one criterion fewer.
   *
   * @param set the criteria met so far
   * @param criterion the criterion lost now
   * @return {@code set} itself when it lacks the criterion, else the set without it
   */
  SortedSet<String> without(SortedSet<String> set, String criterion) {
    int bit = bitOf(criterion);
    int mask = bit < 0 ? -1 : maskOf(set);
    if (mask < 0) {
      return set.contains(criterion) ? set.remove(criterion) : set;
    }
    return (mask >>> bit & 1) == 0 ? set : set(mask & ~(1 << bit));
  }

  /**
   * The bit of a criterion in the masks of the shared sets, or -1 when the criterion is not the
   * journey's or there are no shared sets.
   */
  int bitOf(String criterion) {
    return shared == null ? -1 : bits.of(criterion);
  }

  /** The shared set of a mask; only for a mask {@link #maskOf} or {@link #bitOf} gave. */
  @SuppressWarnings("NullAway") // masks are only given when the sets are made
  SortedSet<String> set(int mask) {
    return shared[mask];
  }

  /**
   * Tells whether a criterion is one of the journey's.
   *
   * @param criterion the criterion's id
   * @return true when the journey defines it
   */
  boolean knows(String criterion) {
    return bits.contains(criterion);
  }

  /**
   * How many shared sets there are: 2 to the number of criteria, or 0 with more than {@value
   * #MOST}.
   */
  int sets() {
    SortedSet<String>[] all = shared;
    return all == null ? 0 : all.length;
  }

  /**
   * The mask of a set of the journey's criteria, or -1 when it holds another criterion or there are
   * no shared sets.
   */
  int maskOf(SortedSet<String> set) {
    String[] known = byBit;
    if (shared == null) {
      return -1;
    }
    // Asked criterion by criterion rather than walked (an iterator would be an allocation) or
    // looked up by identity (an identity hash is written into every new set's header, measured
    // slower), and only until every member is found.
    int size = set.size();
    int mask = 0;
    int found = 0;
    for (int bit = 0; found < size && bit < known.length; bit++) {
      if (set.contains(known[bit])) {
        mask |= 1 << bit;
        found++;
      }
    }
    return found == size ? mask : -1;
  }
}
