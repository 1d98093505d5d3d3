package io.github.journeykit.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * The numbers of a fixed list of ids (stages, criteria, messages), looked up on the engine's hot
 * path.
 *
 * <p>An open-addressing table grown until no two ids share a slot (up to 64 slots per id; beyond
 * that, neighbouring slots are probed), so that a look-up is one slot and, when the id given is the
 * instance the journey was built with, one reference comparison. {@link java.util.HashMap} chains
 * colliding ids and compares their strings, which was a fifth of a decision's time.
 */
final class IdIndex {

  private final String[] keys;
  private final int[] numbers;
  private final int mask;
  private final int size;

  IdIndex(String[] ids) {
    Set<String> distinct = new HashSet<>();
    for (String id : ids) {
      if (!distinct.add(id)) {
        throw new IllegalArgumentException("id '" + id + "' is given twice");
      }
    }
    this.size = ids.length;
    int slots = Integer.highestOneBit(Math.max(1, ids.length) * 2 - 1) * 2;
    while (slots < ids.length * 64 && collides(ids, slots)) {
      slots *= 2;
    }
    this.mask = slots - 1;
    this.keys = new String[slots];
    this.numbers = new int[slots];
    for (int i = 0; i < ids.length; i++) {
      int slot = slot(ids[i]);
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = ids[i];
      numbers[slot] = i;
    }
  }

  private static boolean collides(String[] ids, int slots) {
    boolean[] taken = new boolean[slots];
    for (String id : ids) {
      int slot = spread(id.hashCode()) & (slots - 1);
      if (taken[slot]) {
        return true;
      }
      taken[slot] = true;
    }
    return false;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private int slot(String id) {
    return spread(id.hashCode()) & mask;
  }

  /**
   * Returns the number of an id: its place in the list the index was made from.
   *
   * @param id the id
   * @return its number, or -1 when it is not in the list
   */
  @SuppressWarnings("ReferenceEquality") // the identity test first, then equals
  int of(String id) {
    for (int slot = slot(id); ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == id) {
        return numbers[slot];
      }
      if (key == null) {
        return -1;
      }
      if (key.equals(id)) {
        return numbers[slot];
      }
    }
  }

  /**
   * Tells whether an id is in the list.
   *
   * @param id the id
   * @return true when it is
   */
  boolean contains(String id) {
    return of(id) >= 0;
  }

  /**
   * Returns how many ids there are.
   *
   * @return the number of ids
   */
  int size() {
    return size;
  }
}
