package io.github.journeykit.rules;

import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Facts;
import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;

/**
 * One change a firing rule makes to what is remembered about the customer: a criterion met or lost,
 * a purchase counted, a declared fact changed. A compiled rule keeps its updates in the order its
 * effects are declared, and the engine applies them in that order, so that "forget, then record"
 * and "count, then reset" mean what they say.
 *
 * <p>One class with a kind, not an interface with an implementation per kind: the engine's loop
 * over updates then makes one kind of call, which the JIT inlines.
 */
final class Update {

  private enum Kind {
    MEET_EVENT_CRITERION,
    MEET,
    FORGET,
    COUNT_PURCHASE,
    FACT
  }

  private final Kind kind;
  private final @Nullable String criterion;
  private final @Nullable FactChange change;

  private Update(Kind kind, @Nullable String criterion, @Nullable FactChange change) {
    this.kind = kind;
    this.criterion = criterion;
    this.change = change;
  }

  /** Records the criterion the event names. */
  static Update meetEventCriterion() {
    return new Update(Kind.MEET_EVENT_CRITERION, null, null);
  }

  /** Records a given criterion. */
  static Update meet(String criterion) {
    return new Update(Kind.MEET, criterion, null);
  }

  /** Forgets a criterion. */
  static Update forget(String criterion) {
    return new Update(Kind.FORGET, criterion, null);
  }

  /** Counts a purchase. */
  static Update countPurchase() {
    return new Update(Kind.COUNT_PURCHASE, null, null);
  }

  /** Changes a declared fact. */
  static Update fact(FactChange change) {
    return new Update(Kind.FACT, null, change);
  }

  /**
   * Whether the update changes a declared fact: then the engine applies it to the draft of the
   * facts it changes, with {@link #apply(Facts.Draft, Event)}.
   */
  boolean changesFact() {
    return kind == Kind.FACT;
  }

  /** Applies an update that changes a declared fact to the draft of the facts. */
  @SuppressWarnings("NullAway") // the kind FACT has its change, set by its factory
  void apply(Facts.Draft facts, Event event) {
    change.apply(facts, event);
  }

  /**
   * Applies an update that does not change a declared fact; criteria and purchases go through the
   * engine's shared facts.
   */
  @SuppressWarnings("NullAway") // each kind has the field it reads, set by its factory
  Facts apply(Facts facts, Event event, SharedFacts shared) {
    return switch (kind) {
      case MEET_EVENT_CRITERION -> {
        String met = criterionOf(event);
        yield met == null ? facts : shared.meet(facts, met);
      }
      case MEET -> shared.meet(facts, criterion);
      case FORGET -> shared.forget(facts, criterion);
      case COUNT_PURCHASE -> shared.purchase(facts);
      case FACT ->
          throw new IllegalStateException("a change of a declared fact is applied to a draft");
    };
  }

  /** The criterion an event names, if it is a criterion event. */
  static @Nullable String criterionOf(Event event) {
    if (event instanceof CriterionMet met) {
      return met.criterion();
    }
    if (!event.type().id().equals(EventType.CRITERION.id())) {
      return null;
    }
    Option<Object> criterion = event.attribute("criterion");
    return criterion.isDefined() ? criterion.get().toString() : null;
  }
}
