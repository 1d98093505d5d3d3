package io.github.journeykit.eventlog;

import java.util.Arrays;

/**
 * Numbers distinct names in order of first sight, looked up by a slice of characters so that a name
 * seen before costs no allocation.
 *
 * <p>Millions of look-ups among hundreds of thousands of names are limited by memory latency, so
 * the layout keeps each look-up to about two cache misses: an open-addressing table of pairs of
 * longs (hash and number; where the name's characters are and how many), and one pool of characters
 * for all names.
 */
final class Names {

  private long[] table = new long[2 << 12];
  private char[] pool = new char[1 << 12];
  private int poolSize;
  private int[] offsets = new int[1 << 10];
  private int size;

  /** Returns the number of the name in {@code chars[from, to)}, numbering it if it is new. */
  int number(char[] chars, int from, int to) {
    int hash = hash(chars, from, to);
    int mask = table.length / 2 - 1;
    int slot = hash & mask;
    while (true) {
      long head = table[2 * slot];
      if (head == 0) {
        return add(chars, from, to, hash, slot);
      }
      if ((int) (head >>> 32) == hash && same(table[2 * slot + 1], chars, from, to)) {
        return (int) head - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Returns the number of the name, numbering it if it is new. */
  int number(String name) {
    char[] chars = name.toCharArray();
    return number(chars, 0, chars.length);
  }

  /** Returns the number of the name in {@code chars[from, to)}, or -1 if it has none. */
  int find(char[] chars, int from, int to) {
    int hash = hash(chars, from, to);
    int mask = table.length / 2 - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long head = table[2 * slot];
      if (head == 0) {
        return -1;
      }
      if ((int) (head >>> 32) == hash && same(table[2 * slot + 1], chars, from, to)) {
        return (int) head - 1;
      }
    }
  }

  int size() {
    return size;
  }

  String name(int number) {
    int from = offsets[number];
    int to = number + 1 < size ? offsets[number + 1] : poolSize;
    return new String(pool, from, to - from);
  }

  private int add(char[] chars, int from, int to, int hash, int slot) {
    int length = to - from;
    if (poolSize + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
    }
    System.arraycopy(chars, from, pool, poolSize, length);
    if (size == offsets.length) {
      offsets = Arrays.copyOf(offsets, size * 2);
    }
    offsets[size] = poolSize;
    table[2 * slot] = (long) hash << 32 | (size + 1L);
    table[2 * slot + 1] = (long) poolSize << 32 | length;
    poolSize += length;
    size++;
    if (size * 2 > table.length / 2) {
      grow();
    }
    return size - 1;
  }

  private boolean same(long where, char[] chars, int from, int to) {
    int length = (int) where;
    if (length != to - from) {
      return false;
    }
    int at = (int) (where >>> 32);
    for (int i = 0; i < length; i++) {
      if (pool[at + i] != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length / 2 - 1;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0) {
        int slot = (int) (old[i] >>> 32) & mask;
        while (table[2 * slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[2 * slot] = old[i];
        table[2 * slot + 1] = old[i + 1];
      }
    }
  }
}
