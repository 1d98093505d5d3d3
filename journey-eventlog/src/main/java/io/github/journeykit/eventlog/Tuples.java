package io.github.journeykit.eventlog;

import java.util.Arrays;

/**
 * Numbers distinct tuples of ints of one width in order of first sight: what an event log stores
 * per row instead of an event, the numbers of the row's event type and of each of its values.
 *
 * <p>The tuples lie one after another in one array; an open-addressing table of tuple numbers finds
 * them again. A tuple seen before costs a hash and a comparison, and no allocation.
 */
final class Tuples {

  private final int width;
  private int[] pool;
  private int[] hashes;
  private int[] table = new int[1 << 8];
  private int size;

  Tuples(int width) {
    this.width = width;
    this.pool = new int[width * 64];
    this.hashes = new int[64];
  }

  int width() {
    return width;
  }

  int size() {
    return size;
  }

  /** Returns item {@code index} of tuple {@code number}. */
  int get(int number, int index) {
    return pool[number * width + index];
  }

  /** Returns the number of the tuple in {@code key[0, width)}, numbering it if it is new. */
  int number(int[] key) {
    int hash = hash(key);
    int mask = table.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        return add(key, hash, slot);
      }
      int number = entry - 1;
      if (hashes[number] == hash && same(number, key)) {
        return number;
      }
    }
  }

  /** Drops the look-up table once no more tuples will be numbered, keeping the tuples. */
  void freeze() {
    table = new int[0];
    hashes = new int[0];
    pool = Arrays.copyOf(pool, size * width);
  }

  private int add(int[] key, int hash, int slot) {
    if ((size + 1) * width > pool.length) {
      pool = Arrays.copyOf(pool, pool.length * 2);
    }
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    System.arraycopy(key, 0, pool, size * width, width);
    hashes[size] = hash;
    table[slot] = size + 1;
    size++;
    if (size * 2 > table.length) {
      grow();
    }
    return size - 1;
  }

  private boolean same(int number, int[] key) {
    int at = number * width;
    for (int i = 0; i < width; i++) {
      if (pool[at + i] != key[i]) {
        return false;
      }
    }
    return true;
  }

  private int hash(int[] key) {
    int h = 0;
    for (int i = 0; i < width; i++) {
      h = 31 * h + key[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private void grow() {
    table = new int[table.length * 2];
    int mask = table.length - 1;
    for (int number = 0; number < size; number++) {
      int slot = hashes[number] & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = number + 1;
    }
  }
}
