package io.github.journeykit.kafka;

import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The customers' next checks in one key-value store, ordered by instant, so that a punctuation
 * reads only the checks that are due.
 *
 * <p>The store holds two families of keys, told apart by their first byte:
 *
 * <ul>
 *   <li>{@code 'd'} + instant + customer, with an empty value: the index of due checks. The instant
 *       is its epoch second with the sign bit flipped and its nanosecond, both big-endian, so that
 *       the bytes sort as the instants do, in RocksDB and in memory alike;
 *   <li>{@code 'c'} + customer, with the instant as value: the customer's one next check, to find
 *       and remove the index entry when a decision changes it.
 * </ul>
 *
 * <p>A customer's id is UTF-8, which never has the byte {@code 0xFF}: the key of an instant
 * followed by that byte comes after every key of that instant and before every key of a later one,
 * so that one range read finds every check due up to an instant, inclusive.
 */
final class Checks {

  private static final byte DUE = 'd';
  private static final byte CUSTOMER = 'c';
  private static final int INSTANT = Long.BYTES + Integer.BYTES;
  private static final byte[] EMPTY = new byte[0];

  private final KeyValueStore<Bytes, byte[]> store;

  /** No check before this instant is left in the index. */
  private Instant decidedUpTo = Instant.MIN;

  Checks(KeyValueStore<Bytes, byte[]> store) {
    this.store = store;
  }

  /** A check that is due: the customer and the instant to decide the time passed at. */
  record Due(String customer, Instant at) {}

  /**
   * Returns the customer's next check.
   *
   * @param customer the customer
   * @return the instant, or none when no time-based rule can fire for them
   */
  Option<Instant> of(String customer) {
    byte[] at = store.get(customerKey(customer));
    return at == null ? Option.none() : Option.some(instant(ByteBuffer.wrap(at)));
  }

  /**
   * Replaces a customer's next check.
   *
   * @param customer the customer
   * @param old the check stored until now
   * @param next the new check
   */
  void reschedule(String customer, Option<Instant> old, Option<Instant> next) {
    if (old.equals(next)) {
      return;
    }
    if (old.isDefined()) {
      store.delete(dueKey(old.get(), customer));
    }
    if (next.isDefined()) {
      if (next.get().isBefore(decidedUpTo)) {
        decidedUpTo = next.get();
      }
      store.put(dueKey(next.get(), customer), EMPTY);
      store.put(customerKey(customer), instant(next.get()));
    } else {
      store.delete(customerKey(customer));
    }
  }

  /**
   * Says that every check up to an instant was decided (and so deleted or moved later).
   *
   * @param upTo the instant, inclusive
   */
  void decidedUpTo(Instant upTo) {
    if (upTo.isAfter(decidedUpTo)) {
      decidedUpTo = upTo;
    }
  }

  /**
   * Returns the first checks due up to an instant, earliest first.
   *
   * @param upTo the last instant due, inclusive
   * @param most how many to read at most
   * @return the due checks
   */
  List<Due> due(Instant upTo, int most) {
    ByteBuffer last = ByteBuffer.allocate(1 + INSTANT + 1).put(DUE);
    putInstant(last, upTo).put((byte) 0xFF);
    List<Due> due = new ArrayList<>();
    Bytes first = dueKey(decidedUpTo, "");
    try (KeyValueIterator<Bytes, byte[]> range = store.range(first, Bytes.wrap(last.array()))) {
      while (due.size() < most && range.hasNext()) {
        KeyValue<Bytes, byte[]> entry = range.next();
        ByteBuffer key = ByteBuffer.wrap(entry.key.get());
        key.get();
        Instant at = instant(key);
        String customer =
            new String(key.array(), key.position(), key.remaining(), StandardCharsets.UTF_8);
        due.add(new Due(customer, at));
      }
    }
    return due;
  }

  private static Bytes customerKey(String customer) {
    byte[] id = customer.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(1 + id.length).put(CUSTOMER).put(id).array());
  }

  private static Bytes dueKey(Instant at, String customer) {
    byte[] id = customer.getBytes(StandardCharsets.UTF_8);
    ByteBuffer key = ByteBuffer.allocate(1 + INSTANT + id.length).put(DUE);
    return Bytes.wrap(putInstant(key, at).put(id).array());
  }

  private static byte[] instant(Instant at) {
    return putInstant(ByteBuffer.allocate(INSTANT), at).array();
  }

  private static ByteBuffer putInstant(ByteBuffer buffer, Instant at) {
    return buffer.putLong(at.getEpochSecond() ^ Long.MIN_VALUE).putInt(at.getNano());
  }

  private static Instant instant(ByteBuffer buffer) {
    long seconds = buffer.getLong() ^ Long.MIN_VALUE;
    return Instant.ofEpochSecond(seconds, buffer.getInt());
  }
}
