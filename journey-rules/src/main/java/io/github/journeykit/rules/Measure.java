package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Durations;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.Position;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something read about a customer at the moment of an event, to be compared in a {@link Condition}:
 * an attribute of the event, a fact the journey remembers, how many times a message went out, or
 * the time since something happened.
 *
 * <p>A measure is made by {@link Condition#attribute(String)}, {@link Condition#fact(String)},
 * {@link Condition#timesSent(String)} or one of the {@code since…} factories, and becomes a
 * condition by a comparison:
 *
 * <pre>{@code
 * Condition paidEnough = Condition.attribute("amount").atLeast(new BigDecimal("10"));
 * Condition active = Condition.fact("recent-logins").atLeast(3);     // a windowed count
 * Condition pro = Condition.fact("plan").is("pro");                 // a customer attribute
 * Condition quiet = Condition.sinceLast("login").atLeast(Duration.ofDays(30));
 * Condition onceAWeek = Condition.sinceSent("reminder").atLeast(Duration.ofDays(7));
 * }</pre>
 *
 * <p>Every such condition explains itself with the value it found: "amount is 8.5, needs at least
 * 10", "2 logins within 7 days, needs at least 3", "the last login was 12 days ago, needs at least
 * 30 days". A value that is absent (an attribute the event does not carry, an attribute the
 * customer has not got) fails every comparison but {@link #isAbsent()}. Time since an event that
 * never happened counts from the customer's enrolment ({@link
 * io.github.journeykit.model.Enrolment#since()}).
 *
 * <p>What a measure names (the event attribute, the fact, the message) is checked against the
 * journey when the playbook is built; a comparison that does not fit the measure's kind (a duration
 * for a counter, a number for a text) is reported there too.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Measure {

  /**
   * Where a measure's value comes from: what {@link Condition}'s factory made it. A definition
   * writer, a linter or a picture reads it through a {@link ConditionVisitor}.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public enum Source {
    /** An attribute of the event: {@link Condition#attribute(String)}. */
    EVENT_ATTRIBUTE,
    /** A fact the journey remembers: {@link Condition#fact(String)}. */
    FACT,
    /** How many times a message went out: {@link Condition#timesSent(String)}. */
    TIMES_SENT,
    /** The time since the last event of a type: {@link Condition#sinceLast(String)}. */
    SINCE_LAST_EVENT,
    /** The time since a message last went out: {@link Condition#sinceSent(String)}. */
    SINCE_SENT,
    /** The time since a message was last opened: {@link Condition#sinceOpened(String)}. */
    SINCE_OPENED,
    /** The time in the current stage: {@link Condition#timeInStage()}. */
    IN_STAGE,
    /** The time since the last activity: {@link Condition#timeSinceActivity()}. */
    INACTIVE
  }

  /**
   * How a measure's value is compared: the comparisons of {@link Measure}, in the words an
   * explanation uses.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public enum Operator {
    /** {@link Measure#is(Object)}. */
    IS("is", ""),
    /** {@link Measure#isOneOf(Object...)}. */
    ONE_OF("is one of", "one of"),
    /** {@link Measure#atLeast(BigDecimal)} and its overloads. */
    AT_LEAST("is at least", "at least"),
    /** {@link Measure#atMost(BigDecimal)} and its overloads. */
    AT_MOST("is at most", "at most"),
    /** {@link Measure#above(BigDecimal)} and its overloads. */
    ABOVE("is more than", "more than"),
    /** {@link Measure#below(BigDecimal)} and its overloads. */
    BELOW("is less than", "less than"),
    /** {@link Measure#isPresent()}. */
    PRESENT("is present", "to be present"),
    /** {@link Measure#isAbsent()}. */
    ABSENT("is absent", "to be absent");

    final String words;

    /** What a value that fails needs, after "needs": "at least", "to be present". */
    final String needs;

    Operator(String words, String needs) {
      this.words = words;
      this.needs = needs;
    }

    /**
     * Tells whether the operator orders values: at least, at most, above, below.
     *
     * @return true for an ordering
     */
    public boolean isOrdering() {
      return this == AT_LEAST || this == AT_MOST || this == ABOVE || this == BELOW;
    }
  }

  private final Source source;
  private final String name;

  /** The slot of a fact in the last layout seen, so that reading a fact needs no search. */
  private volatile SlotCache slots = SlotCache.NONE;

  private record SlotCache(Object declared, int slot) {
    static final SlotCache NONE = new SlotCache(new Object(), -1);
  }

  Measure(Source source, String name) {
    this.source = source;
    this.name = name;
  }

  /**
   * Returns where the measure's value comes from.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Returns what the measure reads: the attribute's, the fact's or the message's id, or the event
   * type's for the time since the last one; empty for the time in the stage or since the last
   * activity.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /** Whether the measure is a duration. */
  boolean isTime() {
    return source.compareTo(Source.SINCE_LAST_EVENT) >= 0;
  }

  // ---- comparisons

  /**
   * Holds when the value equals the given one: a text, a choice, a number, a boolean, an instant.
   *
   * @param value the value
   * @return the condition
   */
  public Condition is(Object value) {
    return compare(Operator.IS, List.of(canonical(value)));
  }

  /**
   * Holds when the value is one of the given ones.
   *
   * @param values the values
   * @return the condition
   */
  public Condition isOneOf(Object... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("isOneOf needs at least one value");
    }
    return compare(Operator.ONE_OF, List.of(values).map(Measure::canonical));
  }

  /**
   * Holds when the value is at least the given number.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition atLeast(long bound) {
    return compare(Operator.AT_LEAST, List.of(BigDecimal.valueOf(bound)));
  }

  /**
   * Holds when the value is at least the given amount.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition atLeast(BigDecimal bound) {
    return compare(Operator.AT_LEAST, List.of(canonical(bound)));
  }

  /**
   * Holds when the time measured is at least the given duration.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition atLeast(Duration bound) {
    return compare(Operator.AT_LEAST, List.of(Objects.requireNonNull(bound, "bound")));
  }

  /**
   * Holds when the value is at most the given number.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition atMost(long bound) {
    return compare(Operator.AT_MOST, List.of(BigDecimal.valueOf(bound)));
  }

  /**
   * Holds when the value is at most the given amount.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition atMost(BigDecimal bound) {
    return compare(Operator.AT_MOST, List.of(canonical(bound)));
  }

  /**
   * Holds when the time measured is at most the given duration.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition atMost(Duration bound) {
    return compare(Operator.AT_MOST, List.of(Objects.requireNonNull(bound, "bound")));
  }

  /**
   * Holds when the value is more than the given number.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition above(long bound) {
    return compare(Operator.ABOVE, List.of(BigDecimal.valueOf(bound)));
  }

  /**
   * Holds when the value is more than the given amount.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition above(BigDecimal bound) {
    return compare(Operator.ABOVE, List.of(canonical(bound)));
  }

  /**
   * Holds when the time measured is more than the given duration.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition above(Duration bound) {
    return compare(Operator.ABOVE, List.of(Objects.requireNonNull(bound, "bound")));
  }

  /**
   * Holds when the value is less than the given number.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition below(long bound) {
    return compare(Operator.BELOW, List.of(BigDecimal.valueOf(bound)));
  }

  /**
   * Holds when the value is less than the given amount.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition below(BigDecimal bound) {
    return compare(Operator.BELOW, List.of(canonical(bound)));
  }

  /**
   * Holds when the time measured is less than the given duration.
   *
   * @param bound the bound
   * @return the condition
   */
  public Condition below(Duration bound) {
    return compare(Operator.BELOW, List.of(Objects.requireNonNull(bound, "bound")));
  }

  /**
   * Holds when the value is at least a share of another number the customer has, e.g. paid at least
   * 25 % of the contract's value.
   *
   * @param bound the share
   * @return the condition
   */
  public Condition atLeast(Share bound) {
    return compare(Operator.AT_LEAST, List.of(Objects.requireNonNull(bound, "bound")));
  }

  /**
   * Holds when the value is at most a share of another number the customer has.
   *
   * @param bound the share
   * @return the condition
   */
  public Condition atMost(Share bound) {
    return compare(Operator.AT_MOST, List.of(Objects.requireNonNull(bound, "bound")));
  }

  /**
   * Holds when the value is more than a share of another number the customer has.
   *
   * @param bound the share
   * @return the condition
   */
  public Condition above(Share bound) {
    return compare(Operator.ABOVE, List.of(Objects.requireNonNull(bound, "bound")));
  }

  /**
   * Holds when the value is less than a share of another number the customer has.
   *
   * @param bound the share
   * @return the condition
   */
  public Condition below(Share bound) {
    return compare(Operator.BELOW, List.of(Objects.requireNonNull(bound, "bound")));
  }

  /**
   * Holds when the value is there: the event carries the attribute, the customer has it.
   *
   * @return the condition
   */
  public Condition isPresent() {
    return compare(Operator.PRESENT, List.empty());
  }

  /**
   * Holds when the value is not there.
   *
   * @return the condition
   */
  public Condition isAbsent() {
    return compare(Operator.ABSENT, List.empty());
  }

  private Condition compare(Operator operator, List<Object> operands) {
    return new Comparison(this, operator, operands);
  }

  /**
   * A value as comparisons and effects keep it: every number a {@code BigDecimal} without trailing
   * zeros, so that 3, 3L and 3.0 are one value.
   */
  static Object canonical(Object value) {
    Objects.requireNonNull(value, "value is null");
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      BigDecimal stripped = decimal.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
    if (value instanceof Double || value instanceof Float) {
      return canonical(BigDecimal.valueOf(((Number) value).doubleValue()));
    }
    return value;
  }

  // ---- reading

  /**
   * Reads the value for a customer's position before an event, and the event: a {@code BigDecimal}
   * for every number (a counter, a sum, a windowed count, the times a message was sent, a numeric
   * attribute), a {@code Duration} for a time, else the attribute's own value.
   */
  Option<Object> read(Position position, Event event) {
    return switch (source) {
      case EVENT_ATTRIBUTE -> event.attribute(name).map(Measure::canonical);
      case FACT -> readFact(position.facts(), event.at());
      case TIMES_SENT -> Option.of(BigDecimal.valueOf(position.facts().message(name).timesSent()));
      default -> Option.of(elapsed(position, event.at()));
    };
  }

  /** What {@link #order} gives when it cannot say: the value is read and compared as usual. */
  static final int UNORDERED = Integer.MIN_VALUE;

  /**
   * Compares the value for a position and an event with a bound, without making the value, for the
   * measures conditions on time ask on every tick: the time in the stage or since the last
   * activity, a counter, the times a message was sent. {@link #UNORDERED} for any other measure or
   * bound, and for a value that is absent: the caller then reads the value.
   *
   * @return the sign of value minus bound, or {@link #UNORDERED}
   */
  int order(Position position, Event event, Object bound) {
    switch (source) {
      case IN_STAGE, INACTIVE -> {
        if (!(bound instanceof Duration time)) {
          return UNORDERED;
        }
        Instant since =
            source == Source.IN_STAGE ? position.enteredStageAt() : position.lastActiveAt();
        return Durations.compareElapsed(since, event.at(), time);
      }
      case TIMES_SENT -> {
        return bound instanceof BigDecimal number
            ? BigDecimal.valueOf(position.facts().message(name).timesSent()).compareTo(number)
            : UNORDERED;
      }
      case FACT -> {
        Facts facts = position.facts();
        int slot = slotOf(facts);
        if (slot < 0 || !(bound instanceof BigDecimal number)) {
          return UNORDERED;
        }
        Fact fact = facts.declared().get(slot);
        return fact instanceof Fact.Counter
            ? BigDecimal.valueOf(facts.countAt(slot)).compareTo(number)
            : fact instanceof Fact.Window
                ? BigDecimal.valueOf(facts.countWithinAt(slot, event.at())).compareTo(number)
                : UNORDERED;
      }
      default -> {
        return UNORDERED;
      }
    }
  }

  private Option<Object> readFact(Facts facts, Instant at) {
    int slot = slotOf(facts);
    if (slot < 0) {
      return Option.none();
    }
    Fact fact = facts.declared().get(slot);
    if (fact instanceof Fact.Counter) {
      return Option.of(BigDecimal.valueOf(facts.countAt(slot)));
    }
    if (fact instanceof Fact.Sum) {
      return Option.of(facts.sumAt(slot));
    }
    if (fact instanceof Fact.Window) {
      return Option.of(BigDecimal.valueOf(facts.countWithinAt(slot, at)));
    }
    return facts.valueAt(slot).map(Measure::canonical);
  }

  /** The fact's slot in the facts' layout, remembered for the next facts of the same layout. */
  @SuppressWarnings("ReferenceEquality") // one layout is shared by all positions of a journey
  private int slotOf(Facts facts) {
    SlotCache cache = slots;
    if (cache.declared() == facts.declared()) {
      return cache.slot();
    }
    int slot = facts.slotOf(name);
    slots = new SlotCache(facts.declared(), slot);
    return slot;
  }

  /** The fact this measure reads in a position's facts, if it is a fact. */
  Option<Fact> fact(Facts facts) {
    int slot = source == Source.FACT ? slotOf(facts) : -1;
    return slot < 0 ? Option.none() : Option.of(facts.declared().get(slot));
  }

  private Duration elapsed(Position position, Instant at) {
    return Duration.between(since(position).getOrElse(position.enrolment().since()), at);
  }

  /** The instant the time is measured from; none when it never happened. */
  Option<Instant> since(Position position) {
    Facts facts = position.facts();
    return switch (source) {
      case IN_STAGE -> Option.of(position.enteredStageAt());
      case INACTIVE -> Option.of(position.lastActiveAt());
      case SINCE_LAST_EVENT -> {
        // Only a remembered event type holds an instant; a fact of another kind may share the id.
        int slot = facts.slotOf(name);
        yield slot < 0 || !(facts.declared().get(slot) instanceof Fact.LastSeen)
            ? Option.none()
            : facts.valueAt(slot).map(Instant.class::cast);
      }
      case SINCE_SENT -> facts.message(name).lastSent();
      case SINCE_OPENED -> facts.message(name).lastOpened();
      default -> Option.none();
    };
  }

  // ---- words

  /**
   * Describes what is measured, e.g. "amount", "logins", "the time since the last login".
   *
   * @return the description
   */
  public String description() {
    return switch (source) {
      case EVENT_ATTRIBUTE -> name;
      case FACT -> name;
      case TIMES_SENT -> "the times '" + name + "' was sent";
      case SINCE_LAST_EVENT -> "the time since the last " + name;
      case SINCE_SENT -> "the time since '" + name + "' was last sent";
      case SINCE_OPENED -> "the time since '" + name + "' was last opened";
      case IN_STAGE -> "the time in the stage";
      case INACTIVE -> "the time since the last activity";
    };
  }

  /** What was found, in words: "amount is 8.5", "2 logins within 7 days", "no login yet". */
  String found(Position position, Event event) {
    Option<Object> value = read(position, event);
    if (isTime()) {
      Duration elapsed = (Duration) value.get();
      Option<Instant> since = since(position);
      String ago = Durations.words(elapsed);
      return switch (source) {
        case SINCE_LAST_EVENT ->
            since.isEmpty()
                ? "no " + name + " yet (in the journey for " + ago + ")"
                : "the last " + name + " was " + ago + " ago";
        case SINCE_SENT ->
            since.isEmpty()
                ? "'" + name + "' never sent (in the journey for " + ago + ")"
                : "'" + name + "' was last sent " + ago + " ago";
        case SINCE_OPENED ->
            since.isEmpty()
                ? "'" + name + "' never opened (in the journey for " + ago + ")"
                : "'" + name + "' was last opened " + ago + " ago";
        case IN_STAGE -> "in the stage for " + ago;
        default -> "last active " + ago + " ago";
      };
    }
    Option<Fact> fact = fact(position.facts());
    if (fact.isDefined() && fact.get() instanceof Fact.Window window) {
      String things = window.description().isBlank() ? window.id() : window.description();
      boolean one = ((BigDecimal) value.get()).compareTo(BigDecimal.ONE) == 0;
      // the window's words name what it counts in the plural: "logins"; one of them is a "login"
      String counted =
          one && things.endsWith("s") && things.length() > 1
              ? things.substring(0, things.length() - 1)
              : things;
      return value.get() + " " + counted + " within " + Durations.words(window.within());
    }
    if (source == Source.TIMES_SENT) {
      long times = ((BigDecimal) value.get()).longValue();
      return "'" + name + "' was sent " + times + (times == 1 ? " time" : " times");
    }
    return description()
        + (value.isEmpty() ? " is missing" : " is " + Attribute.format(value.get()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Measure that && source == that.source && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    return 31 * source.hashCode() + name.hashCode();
  }

  @Override
  public String toString() {
    return description();
  }
}
