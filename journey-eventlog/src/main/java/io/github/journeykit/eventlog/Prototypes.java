package io.github.journeykit.eventlog;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Problem;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The distinct events of a log without their instants, each a tuple of numbers: the event type's,
 * then one per attribute of the type in declaration order (0 when absent, else the value's number
 * among the texts seen for that attribute name, plus 1), then the touchpoint's and the channel's (0
 * when absent). A row of the log stores only its tuple's number and its instant.
 *
 * <p>The event of a tuple is made from the texts by {@code EventType.parse}, so a standard type
 * without a touchpoint or channel comes back as its short record. The first {@link #CACHED} tuples
 * keep their event once made; the others, of logs with very many distinct values (every referral
 * naming another customer), are made again when needed, so that the log never holds an object per
 * event.
 */
final class Prototypes {

  /** How many tuples keep their event once made: 65,536. */
  static final int CACHED = 1 << 16;

  private final EventType[] types;
  private final int[][] slots;
  private final Names[] values;
  private final Names touchpoints;
  private final Names channels;
  private final Tuples tuples;
  private final @Nullable Event[] cache;

  Prototypes(
      EventType[] types,
      int[][] slots,
      Names[] values,
      Names touchpoints,
      Names channels,
      Tuples tuples,
      @Nullable Event[] cache) {
    this.types = types;
    this.slots = slots;
    this.values = values;
    this.touchpoints = touchpoints;
    this.channels = channels;
    this.tuples = tuples;
    this.cache = cache;
  }

  /** The width of a tuple for event types of at most {@code attributes} attributes. */
  static int width(int attributes) {
    return attributes + 3;
  }

  /**
   * The same prototypes with no more to come: the tuples' look-up table dropped and the cache cut
   * to the tuples there are.
   */
  Prototypes frozen() {
    tuples.freeze();
    return new Prototypes(
        types,
        slots,
        values,
        touchpoints,
        channels,
        tuples,
        Arrays.copyOf(cache, Math.min(cache.length, tuples.size())));
  }

  /** The texts seen for the attributes of one name. */
  Names values(int slot) {
    return values[slot];
  }

  Names touchpoints() {
    return touchpoints;
  }

  Names channels() {
    return channels;
  }

  EventType type(int tuple) {
    return types[tuples.get(tuple, 0)];
  }

  /** The text of attribute {@code k} of the tuple's type, or "" when the tuple has none. */
  String text(int tuple, int k) {
    int value = tuples.get(tuple, 1 + k);
    return value == 0 ? "" : values[slots[tuples.get(tuple, 0)][k]].name(value - 1);
  }

  Option<String> touchpoint(int tuple) {
    int value = tuples.get(tuple, tuples.width() - 2);
    return value == 0 ? Option.none() : Option.of(touchpoints.name(value - 1));
  }

  Option<String> channel(int tuple) {
    int value = tuples.get(tuple, tuples.width() - 1);
    return value == 0 ? Option.none() : Option.of(channels.name(value - 1));
  }

  /** Makes the tuple's event, at the epoch, or says what is wrong with its values. */
  Validation<Seq<Problem>, Event> make(int tuple) {
    EventType type = type(tuple);
    LinkedHashMap<String, String> texts = LinkedHashMap.empty();
    Seq<Attribute> attributes = type.attributes();
    for (int k = 0; k < attributes.size(); k++) {
      String text = text(tuple, k);
      if (!text.isEmpty()) {
        texts = texts.put(attributes.get(k).name(), text);
      }
    }
    return type.parse(Instant.EPOCH, texts, touchpoint(tuple), channel(tuple));
  }

  /** Keeps the event of a tuple, if the tuple is among those cached. */
  void remember(int tuple, Event event) {
    if (tuple < cache.length) {
      cache[tuple] = event;
    }
  }

  /**
   * The event of a tuple of a valid row, at the epoch. Events are values, so that two threads
   * making and caching the same one at once is harmless.
   */
  Event event(int tuple) {
    Event event = tuple < cache.length ? cache[tuple] : null;
    if (event == null) {
      event =
          make(tuple)
              .toEither()
              .getOrElseThrow(
                  problems ->
                      new IllegalStateException(
                          "an event was stored that cannot be made again: " + problems));
      remember(tuple, event);
    }
    return event;
  }
}
