package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a journey remembers about one customer: the criteria met, the journey's declared {@link
 * Fact}s (counters, sums, windowed counts, attributes, the last instant of an event type) and the
 * history of each message. Part of every {@link Position}.
 *
 * <p>Facts are a value: every change returns new facts and leaves these as they were. Each declared
 * fact has a slot, in the order the journey declares them, so the engine reads and changes a fact
 * by its index; a fact never set holds its starting value (0, an empty window, no value). Reading a
 * fact the journey does not declare is a programming error; rules that do so are reported when
 * their playbook is built.
 *
 * <pre>{@code
 * Facts facts = trial.newCustomer("c-1", at).facts()
 *     .plus("logins", 1)
 *     .recorded("recent-logins", at)
 *     .plus("paid", new BigDecimal("12.50"))
 *     .with("plan", "pro");
 * facts.count("logins");                  // 1
 * facts.countWithin("recent-logins", at); // 1
 * facts.sum("paid");                      // 12.5
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Facts {

  /** The facts of a position made without its journey: the purchases counter only. */
  static final Seq<Fact> STANDARD =
      Array.of(Fact.counter(Fact.PURCHASES, "How many times the customer has bought"));

  private static final Facts NONE =
      new Facts(STANDARD, TreeSet.empty(), new Object[1], TreeMap.empty());

  private final Seq<Fact> declared;
  private final SortedSet<String> criteria;

  /** One value per declared fact; null while the fact holds its starting value. */
  private final @Nullable Object[] slots;

  private final SortedMap<String, MessageHistory> messages;

  private Facts(
      Seq<Fact> declared,
      SortedSet<String> criteria,
      @Nullable Object[] slots,
      SortedMap<String, MessageHistory> messages) {
    this.declared = declared;
    this.criteria = criteria;
    this.slots = slots;
    this.messages = messages;
  }

  /**
   * Returns the starting facts of a customer: no criteria, every declared fact at its start, no
   * message history.
   *
   * @param declared the facts the journey declares, as {@link Journey#facts()} gives them
   * @return the facts
   */
  public static Facts none(Seq<Fact> declared) {
    Objects.requireNonNull(declared, "declared is null");
    if (declared.isEmpty() || !declared.head().equals(STANDARD.head())) {
      throw new IllegalArgumentException(
          "the facts of a journey start with the counter '"
              + Fact.PURCHASES
              + "', as Journey.facts() gives them; got "
              + declared.map(Fact::id).mkString(", "));
    }
    if (declared.equals(STANDARD)) {
      return NONE;
    }
    return new Facts(declared, TreeSet.empty(), new Object[declared.size()], TreeMap.empty());
  }

  /**
   * Returns facts of a journey that declares nothing but criteria and purchases.
   *
   * @param criteria the criteria met
   * @param purchases how many times the customer bought; not negative
   * @return the facts
   * @throws IllegalArgumentException if {@code purchases} is negative
   */
  public static Facts of(SortedSet<String> criteria, int purchases) {
    Objects.requireNonNull(criteria, "criteria is null");
    if (purchases < 0) {
      throw new IllegalArgumentException("purchases is negative: " + purchases);
    }
    return new Facts(
        STANDARD,
        criteria,
        new Object[] {purchases == 0 ? null : Long.valueOf(purchases)},
        TreeMap.empty());
  }

  /**
   * Returns the facts the journey declares, in slot order.
   *
   * @return the declarations
   */
  public Seq<Fact> declared() {
    return declared;
  }

  // ---- criteria

  /**
   * Returns the ids of the qualification criteria met, sorted.
   *
   * @return the criteria
   */
  public SortedSet<String> criteria() {
    return criteria;
  }

  /**
   * Tells whether the customer has met a criterion.
   *
   * @param criterion the criterion's id
   * @return true when it is met
   */
  public boolean hasMet(String criterion) {
    return criteria.contains(criterion);
  }

  /**
   * Counts how many of the given criteria are met.
   *
   * @param of the criteria's ids
   * @return the number met
   */
  public int criteriaMet(Set<String> of) {
    return of.count(criteria::contains);
  }

  /**
   * Returns these facts with a criterion met; meeting it twice changes nothing.
   *
   * @param criterion the criterion's id
   * @return the facts
   */
  public Facts withCriterion(String criterion) {
    return criteria.contains(criterion) ? this : withCriteria(criteria.add(criterion));
  }

  /**
   * Returns these facts with a criterion lost; losing one not met changes nothing.
   *
   * @param criterion the criterion's id
   * @return the facts
   */
  public Facts withoutCriterion(String criterion) {
    return criteria.contains(criterion) ? withCriteria(criteria.remove(criterion)) : this;
  }

  /**
   * Returns these facts with the given criteria met instead.
   *
   * @param met the criteria met
   * @return the facts
   */
  public Facts withCriteria(SortedSet<String> met) {
    Objects.requireNonNull(met, "met is null");
    return met == criteria ? this : new Facts(declared, met, slots, messages);
  }

  // ---- counters and sums

  /**
   * Returns a counter's value.
   *
   * @param counter the counter's id
   * @return the value; 0 until something is added
   * @throws IllegalArgumentException when the journey declares no such counter
   */
  public long count(String counter) {
    return countAt(slotOf(counter, Fact.Counter.class));
  }

  /**
   * Returns how many times the customer has bought: the counter {@value Fact#PURCHASES}.
   *
   * @return the number of purchases
   */
  public int purchases() {
    return (int) countAt(0); // every declaration starts with the purchases counter
  }

  /**
   * Returns a sum's value.
   *
   * @param sum the sum's id
   * @return the value; 0 until something is added
   * @throws IllegalArgumentException when the journey declares no such sum
   */
  public BigDecimal sum(String sum) {
    return sumAt(slotOf(sum, Fact.Sum.class));
  }

  /**
   * Returns these facts with a number added to a counter (a negative number subtracts).
   *
   * @param counter the counter's id
   * @param by how much to add
   * @return the facts
   * @throws IllegalArgumentException when the journey declares no such counter
   */
  public Facts plus(String counter, long by) {
    return plusAt(slotOf(counter, Fact.Counter.class), by);
  }

  /**
   * Returns these facts with an amount added to a sum.
   *
   * @param sum the sum's id
   * @param by how much to add
   * @return the facts
   * @throws IllegalArgumentException when the journey declares no such sum
   */
  public Facts plus(String sum, BigDecimal by) {
    return plusAt(slotOf(sum, Fact.Sum.class), by);
  }

  // ---- windows

  /**
   * Returns the instants a window keeps, oldest first.
   *
   * @param window the window's id
   * @return the instants; at most the window's {@code keep}
   * @throws IllegalArgumentException when the journey declares no such window
   */
  public Seq<Instant> window(String window) {
    Object value = slots[slotOf(window, Fact.Window.class)];
    return value == null ? List.empty() : Array.of((Instant[]) value);
  }

  /**
   * Counts the times a window kept that lie within its length before an instant (both ends
   * included).
   *
   * @param window the window's id
   * @param at the instant to count back from, usually the current event's
   * @return how many times it happened within the window, at most the window's {@code keep}
   * @throws IllegalArgumentException when the journey declares no such window
   */
  public int countWithin(String window, Instant at) {
    return countWithinAt(slotOf(window, Fact.Window.class), at);
  }

  /**
   * Returns these facts with an instant recorded in a window; the oldest instant is dropped when
   * the window keeps as many as it may.
   *
   * @param window the window's id
   * @param at the instant
   * @return the facts
   * @throws IllegalArgumentException when the journey declares no such window
   */
  public Facts recorded(String window, Instant at) {
    return recordedAt(slotOf(window, Fact.Window.class), at);
  }

  // ---- attributes

  /**
   * Returns a customer attribute's value.
   *
   * @param attribute the attribute's id
   * @return the value, or none when not set
   * @throws IllegalArgumentException when the journey declares no such attribute
   */
  public Option<Object> attribute(String attribute) {
    return Option.of(slots[slotOf(attribute, Fact.CustomerAttribute.class)]);
  }

  /**
   * Returns these facts with a customer attribute set.
   *
   * @param attribute the attribute's id
   * @param value the value, which must fit the attribute's kind
   * @return the facts
   * @throws IllegalArgumentException when the journey declares no such attribute, or the value does
   *     not fit it
   */
  public Facts with(String attribute, Object value) {
    int slot = slotOf(attribute, Fact.CustomerAttribute.class);
    Attribute declaration = ((Fact.CustomerAttribute) declared.get(slot)).attribute();
    return withAt(
        slot,
        declaration
            .accept(value)
            .toEither()
            .getOrElseThrow(
                why -> new IllegalArgumentException("attribute '" + attribute + "': " + why)));
  }

  /**
   * Returns these facts with a customer attribute cleared.
   *
   * @param attribute the attribute's id
   * @return the facts
   * @throws IllegalArgumentException when the journey declares no such attribute
   */
  public Facts without(String attribute) {
    return resetAt(slotOf(attribute, Fact.CustomerAttribute.class));
  }

  // ---- last seen

  /**
   * Returns the instant of the last event of a type the journey remembers.
   *
   * @param eventType the event type's id
   * @return the instant, or none when no such event happened
   * @throws IllegalArgumentException when the journey does not remember that event type
   */
  public Option<Instant> lastSeen(String eventType) {
    return Option.of((Instant) slots[slotOf(eventType, Fact.LastSeen.class)]);
  }

  /**
   * Returns these facts with the last event of a type seen at an instant.
   *
   * @param eventType the event type's id
   * @param at when it happened
   * @return the facts
   * @throws IllegalArgumentException when the journey does not remember that event type
   */
  public Facts seen(String eventType, Instant at) {
    return withAt(slotOf(eventType, Fact.LastSeen.class), at);
  }

  // ---- any fact

  /**
   * Returns these facts with a declared fact back at its start: a counter or a sum at 0, a window
   * empty, an attribute or a last-seen instant unset.
   *
   * @param fact the fact's id
   * @return the facts
   * @throws IllegalArgumentException when the journey declares no such fact
   */
  public Facts reset(String fact) {
    int slot = slotOf(fact);
    if (slot < 0) {
      throw unknown(fact, "fact");
    }
    return resetAt(slot);
  }

  // ---- messages

  /**
   * Returns the history of a message with this customer.
   *
   * @param message the message's id
   * @return the history; {@link MessageHistory#NONE} when nothing happened yet
   */
  public MessageHistory message(String message) {
    // most customers have had no message yet: no look-up, which makes a key pair and an option
    return messages.isEmpty()
        ? MessageHistory.NONE
        : messages.get(message).getOrElse(MessageHistory.NONE);
  }

  /**
   * Returns the history of every message something happened with, by message id.
   *
   * @return the histories
   */
  public SortedMap<String, MessageHistory> messages() {
    return messages;
  }

  /**
   * Returns these facts with a message sent.
   *
   * @param message the message's id
   * @param at when it went out
   * @return the facts
   */
  public Facts messageSent(String message, Instant at) {
    return withMessage(message, message(message).sent(at));
  }

  /**
   * Returns these facts with a message opened.
   *
   * @param message the message's id
   * @param at when it was opened
   * @return the facts
   */
  public Facts messageOpened(String message, Instant at) {
    return withMessage(message, message(message).opened(at));
  }

  /**
   * Returns these facts with a message's history as given: for a position read back from storage.
   * The engine keeps histories itself, through {@link #messageSent} and {@link #messageOpened}.
   *
   * @param message the message's id
   * @param history its history
   * @return the facts with the history
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Facts withMessage(String message, MessageHistory history) {
    Objects.requireNonNull(message, "message is null");
    Objects.requireNonNull(history, "history is null");
    return new Facts(declared, criteria, slots, messages.put(message, history));
  }

  // ---- slots, for the engine

  /**
   * Returns the slot of a declared fact.
   *
   * @param id the fact's id
   * @return the slot, or -1 when the journey declares no such fact
   */
  @API(status = INTERNAL, since = "0.1")
  public int slotOf(String id) {
    for (int i = 0; i < declared.size(); i++) {
      if (declared.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private int slotOf(String id, Class<? extends Fact> kind) {
    int slot = slotOf(Objects.requireNonNull(id, "id is null"));
    if (slot < 0 || !kind.isInstance(declared.get(slot))) {
      throw unknown(id, words(kind));
    }
    return slot;
  }

  /** A kind of fact in the words of the domain, for messages. */
  private static String words(Class<? extends Fact> kind) {
    if (kind == Fact.CustomerAttribute.class) {
      return "attribute";
    }
    if (kind == Fact.LastSeen.class) {
      return "last-seen event type";
    }
    return kind.getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  private IllegalArgumentException unknown(String id, String what) {
    return new IllegalArgumentException(
        "the journey declares no "
            + what
            + " '"
            + id
            + "'; its facts: "
            + declared.map(f -> f.id() + " (" + f.kind() + ")").mkString(", "));
  }

  /**
   * Returns a counter's value by slot.
   *
   * @param slot the counter's slot
   * @return the value
   */
  @API(status = INTERNAL, since = "0.1")
  public long countAt(int slot) {
    Object value = slots[slot];
    return value == null ? 0 : (Long) value;
  }

  /**
   * Returns a sum's value by slot.
   *
   * @param slot the sum's slot
   * @return the value
   */
  @API(status = INTERNAL, since = "0.1")
  public BigDecimal sumAt(int slot) {
    Object value = slots[slot];
    return value == null ? BigDecimal.ZERO : (BigDecimal) value;
  }

  /**
   * Returns a slot's raw value: a {@code Long}, a {@code BigDecimal}, an {@code Instant[]}, an
   * attribute value or an {@code Instant}.
   *
   * @param slot the slot
   * @return the value, or none while the fact holds its starting value
   */
  @API(status = INTERNAL, since = "0.1")
  public Option<Object> valueAt(int slot) {
    return Option.of(slots[slot]);
  }

  /**
   * Returns the instant a fact holds by slot (the last time an event type was seen, an instant
   * attribute), without an {@code Option}: the engine's next check reads it on every decision.
   *
   * @param slot the fact's slot
   * @return the instant, or null when the fact holds none
   */
  @API(status = INTERNAL, since = "0.1")
  public @Nullable Instant instantAt(int slot) {
    return slots[slot] instanceof Instant instant ? instant : null;
  }

  /**
   * Returns how many instants a window keeps now, by slot.
   *
   * @param slot the window's slot
   * @return the number of instants kept
   */
  @API(status = INTERNAL, since = "0.1")
  public int keptAt(int slot) {
    return slots[slot] instanceof Instant[] kept ? kept.length : 0;
  }

  /**
   * Returns one instant a window keeps, by slot, oldest first.
   *
   * @param slot the window's slot
   * @param index the instant's place, from 0 to {@link #keptAt(int)} (excluded)
   * @return the instant
   */
  @API(status = INTERNAL, since = "0.1")
  public Instant keptAt(int slot, int index) {
    return ((Instant[]) java.util.Objects.requireNonNull(slots[slot]))[index];
  }

  /**
   * Counts the kept instants of a window within its length before an instant.
   *
   * @param slot the window's slot
   * @param at the instant
   * @return the count
   */
  @API(status = INTERNAL, since = "0.1")
  public int countWithinAt(int slot, Instant at) {
    Object value = slots[slot];
    if (value == null) {
      return 0;
    }
    Duration within = ((Fact.Window) declared.get(slot)).within();
    int count = 0;
    for (Instant instant : (Instant[]) value) {
      if (!instant.isAfter(at) && Durations.compareElapsed(instant, at, within) <= 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * Adds to a counter by slot.
   *
   * @param slot the counter's slot
   * @param by how much
   * @return the facts
   */
  @API(status = INTERNAL, since = "0.1")
  public Facts plusAt(int slot, long by) {
    return draft().plusAt(slot, by).facts();
  }

  /**
   * Adds to a sum by slot.
   *
   * @param slot the sum's slot
   * @param by how much
   * @return the facts
   */
  @API(status = INTERNAL, since = "0.1")
  public Facts plusAt(int slot, BigDecimal by) {
    return draft().plusAt(slot, by).facts();
  }

  /**
   * Records an instant in a window by slot.
   *
   * @param slot the window's slot
   * @param at the instant
   * @return the facts
   */
  @API(status = INTERNAL, since = "0.1")
  public Facts recordedAt(int slot, Instant at) {
    return draft().recordedAt(slot, at).facts();
  }

  /**
   * Sets a slot's raw value; the value must fit the fact, as the engine checks when it compiles.
   *
   * @param slot the slot
   * @param value the canonical value
   * @return the facts
   */
  @API(status = INTERNAL, since = "0.1")
  public Facts withAt(int slot, Object value) {
    return draft().withAt(slot, value).facts();
  }

  /**
   * Puts a slot back at its starting value.
   *
   * @param slot the slot
   * @return the facts
   */
  @API(status = INTERNAL, since = "0.1")
  public Facts resetAt(int slot) {
    return draft().resetAt(slot).facts();
  }

  /**
   * Starts a draft of changes to these facts' slots.
   *
   * @return the draft, with nothing changed yet
   */
  @API(status = INTERNAL, since = "0.1")
  public Draft draft() {
    return new Draft(this);
  }

  /**
   * Changes to the slots of facts, made one after another and turned into new facts once: what the
   * engine does with the changes of one decision (a login counted, recorded in a window and
   * remembered as the last login), so that they cost one copy of the slots instead of one each.
   * Every change reads the value the changes before it left. The draft copies the slots at its
   * first change that changes something, and the facts it makes never change afterwards; a draft is
   * for one thread, the facts it makes are for any.
   *
   * @since 0.1
   */
  @API(status = INTERNAL, since = "0.1")
  public static final class Draft {

    private Facts base;

    /** A copy of the base's slots with the changes so far; null while nothing changed. */
    private @Nullable Object @Nullable [] changed;

    private Draft(Facts base) {
      this.base = base;
    }

    private @Nullable Object valueAt(int slot) {
      return changed != null ? changed[slot] : base.slots[slot];
    }

    /** Sets a slot, copying the slots first unless the value is the one it holds. */
    private Draft put(int slot, @Nullable Object value) {
      if (Objects.equals(value, valueAt(slot))) {
        return this;
      }
      if (changed == null) {
        changed = base.slots.clone();
      }
      changed[slot] = value;
      return this;
    }

    /**
     * Adds to a counter by slot; a counter back at 0 is back at its start.
     *
     * @param slot the counter's slot
     * @param by how much
     * @return this draft
     */
    public Draft plusAt(int slot, long by) {
      if (by == 0) {
        return this;
      }
      Object value = valueAt(slot);
      long sum = Math.addExact(value == null ? 0 : (Long) value, by);
      return put(slot, sum == 0 ? null : Long.valueOf(sum));
    }

    /**
     * Adds to a sum by slot; a sum back at 0 is back at its start.
     *
     * @param slot the sum's slot
     * @param by how much
     * @return this draft
     */
    public Draft plusAt(int slot, BigDecimal by) {
      if (by.signum() == 0) {
        return this;
      }
      Object value = valueAt(slot);
      BigDecimal sum = (value == null ? BigDecimal.ZERO : (BigDecimal) value).add(by);
      return put(slot, sum.signum() == 0 ? null : Attribute.amount(sum));
    }

    /**
     * Records an instant in a window by slot; the oldest instant is dropped when the window keeps
     * as many as it may.
     *
     * @param slot the window's slot
     * @param at the instant
     * @return this draft
     */
    public Draft recordedAt(int slot, Instant at) {
      int keep = Math.max(1, ((Fact.Window) base.declared.get(slot)).keep());
      Instant[] kept = (Instant[]) valueAt(slot);
      if (kept == null) {
        return put(slot, new Instant[] {at});
      }
      // Instants arrive in time order; an earlier one (a log out of order) is put in its place:
      // one pass of an insertion, keeping the latest `keep`, without a sort or a second array.
      int length = Math.min(kept.length + 1, keep);
      Instant[] next = new Instant[length];
      int from = kept.length - 1;
      boolean placed = false;
      for (int to = length - 1; to >= 0; to--) {
        if (!placed && (from < 0 || !at.isBefore(kept[from]))) {
          next[to] = at;
          placed = true;
        } else {
          next[to] = kept[from--];
        }
      }
      return put(slot, next);
    }

    /**
     * Sets a slot's raw value; the value must fit the fact, as the engine checks when it compiles.
     *
     * @param slot the slot
     * @param value the canonical value
     * @return this draft
     */
    public Draft withAt(int slot, Object value) {
      return put(slot, Objects.requireNonNull(value, "value is null"));
    }

    /**
     * Puts a slot back at its starting value.
     *
     * @param slot the slot
     * @return this draft
     */
    public Draft resetAt(int slot) {
      return put(slot, null);
    }

    /**
     * Returns the facts with the changes so far, and goes on from them: a change made afterwards
     * copies the slots again.
     *
     * @return the facts; the very facts the draft started from when nothing changed
     */
    public Facts facts() {
      @Nullable Object[] slots = changed;
      if (slots != null) {
        base = new Facts(base.declared, base.criteria, slots, base.messages);
        changed = null;
      }
      return base;
    }
  }

  /**
   * Returns these facts laid out for another declaration of facts, as when a journey gained or lost
   * facts: every fact of the same id and kind keeps its value, the others start afresh. A window
   * that now keeps fewer instants keeps the latest; an attribute value the new declaration does not
   * accept (a choice no longer listed, another kind) starts afresh.
   *
   * @param other the facts the other journey declares
   * @return the facts in the other layout; these very facts when the layouts are equal
   */
  public Facts laidOutFor(Seq<Fact> other) {
    Objects.requireNonNull(other, "other is null");
    if (other == declared || other.equals(declared)) {
      return this;
    }
    @Nullable Object[] next = new Object[other.size()];
    for (int i = 0; i < next.length; i++) {
      Fact fact = other.get(i);
      int slot = slotOf(fact.id());
      if (slot >= 0 && declared.get(slot).getClass() == fact.getClass()) {
        next[i] = kept(fact, slots[slot]);
      }
    }
    return new Facts(other, criteria, next, messages);
  }

  /**
   * Returns these facts carried over to a newer version of the journey, whose migrations say what
   * each id of the older version became: values under their new ids in the newer layout (a fact
   * whose kind changed starts again), criteria and message histories under their new ids, whatever
   * became nothing dropped.
   *
   * @param layout the newer version's facts
   * @param fact what a fact's id became, or null when dropped
   * @param criterion what a criterion's id became, or null when dropped
   * @param message what a message's id became, or null when dropped
   */
  Facts carried(
      Seq<Fact> layout,
      Function<String, @Nullable String> fact,
      Function<String, @Nullable String> criterion,
      Function<String, @Nullable String> message) {
    @Nullable Object[] next = new Object[layout.size()];
    for (int slot = 0; slot < declared.size(); slot++) {
      Fact old = declared.get(slot);
      String now = fact.apply(old.id());
      int into = now == null ? -1 : slotIn(layout, now);
      if (into >= 0 && layout.get(into).getClass() == old.getClass()) {
        next[into] = kept(layout.get(into), slots[slot]);
      }
    }
    SortedSet<String> met = TreeSet.empty();
    for (String id : criteria) {
      String now = criterion.apply(id);
      met = now == null ? met : met.add(now);
    }
    SortedMap<String, MessageHistory> histories = TreeMap.empty();
    for (var history : messages) {
      String now = message.apply(history._1);
      histories = now == null ? histories : histories.put(now, history._2);
    }
    return new Facts(layout, met, next, histories);
  }

  private static int slotIn(Seq<Fact> layout, String id) {
    for (int i = 0; i < layout.size(); i++) {
      if (layout.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** A value as another declaration of the same id and kind keeps it. */
  private static @Nullable Object kept(Fact fact, @Nullable Object value) {
    if (value instanceof Instant[] instants && fact instanceof Fact.Window window) {
      int keep = Math.max(1, window.keep());
      return instants.length <= keep
          ? value
          : Arrays.copyOfRange(instants, instants.length - keep, instants.length);
    }
    if (value != null && fact instanceof Fact.CustomerAttribute attribute) {
      return attribute.attribute().accept(value).getOrNull();
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Facts that
        && criteria.equals(that.criteria)
        && Arrays.deepEquals(slots, that.slots)
        && messages.equals(that.messages)
        && declared.equals(that.declared);
  }

  @Override
  public int hashCode() {
    return Objects.hash(criteria, Arrays.deepHashCode(slots), messages);
  }

  /**
   * Describes the facts that differ from their start, e.g. {@code criteria money, need; purchases
   * 2; paid 25.5; plan pro}.
   *
   * @return the description; {@code nothing yet} when every fact is at its start
   */
  @Override
  public String toString() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (!criteria.isEmpty()) {
      parts.add("criteria " + criteria.mkString(", "));
    }
    if (purchases() > 0) {
      parts.add(Fact.PURCHASES + " " + purchases());
    }
    declaredInWords().forEach(parts::add);
    messages.forEach((id, history) -> parts.add("message " + id + " " + history));
    return parts.isEmpty() ? "nothing yet" : String.join("; ", parts);
  }

  /**
   * Describes the declared facts that are not at their start, but for the purchases counter, in
   * declaration order: {@code paid 21}, {@code plan pro}, {@code recent-logins
   * [2026-03-02T09:00:00Z, ...]}, {@code last login 2026-03-02T09:00:00Z}.
   *
   * @return one text per fact
   */
  public Seq<String> declaredInWords() {
    List<String> parts = List.empty();
    for (int i = 1; i < slots.length; i++) {
      Object value = slots[i];
      if (value != null) {
        Fact fact = declared.get(i);
        String text =
            value instanceof Instant[] instants
                ? Array.of(instants).mkString("[", ", ", "]")
                : Attribute.format(value);
        parts =
            parts.prepend((fact instanceof Fact.LastSeen ? "last " : "") + fact.id() + " " + text);
      }
    }
    return parts.reverse();
  }
}
