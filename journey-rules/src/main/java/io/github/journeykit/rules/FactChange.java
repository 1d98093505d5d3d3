package io.github.journeykit.rules;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Effect.ChangeFact} as the engine runs it: the fact's slot and kind found once, when the
 * playbook is compiled, so that applying it is a look at the event and one write to the draft of
 * the facts the decision changes.
 */
final class FactChange {

  private final Fact fact;
  private final int slot;
  private final Effect.ChangeFact.Change change;
  private final @Nullable Object constant;
  private final @Nullable String attribute;

  FactChange(Fact fact, int slot, Effect.ChangeFact effect) {
    this.fact = fact;
    this.slot = slot;
    this.change = effect.change();
    Object value = effect.value().getOrNull();
    if (value != null && fact instanceof Fact.CustomerAttribute declared) {
      // Checked when the playbook was built: the value fits the attribute.
      value = declared.attribute().accept(value).getOrElse(value);
    }
    this.constant = value;
    this.attribute = effect.fromAttribute().getOrNull();
  }

  /** Applies the change to a draft of the facts, reading the event where it needs to. */
  void apply(Facts.Draft facts, Event event) {
    switch (change) {
      case ADD -> add(facts, amount(event));
      case RECORD -> facts.recordedAt(slot, event.at());
      case SET -> set(facts, event);
      case RESET -> facts.resetAt(slot);
    }
  }

  private @Nullable Object amount(Event event) {
    if (attribute == null) {
      return constant;
    }
    Option<Object> value = event.attribute(attribute);
    return value.isDefined() ? value.get() : null;
  }

  private void add(Facts.Draft facts, @Nullable Object amount) {
    if (amount == null) {
      return;
    }
    if (fact instanceof Fact.Counter) {
      facts.plusAt(
          slot, amount instanceof BigDecimal decimal ? decimal.longValue() : (Long) amount);
    } else {
      facts.plusAt(
          slot, amount instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf((Long) amount));
    }
  }

  private void set(Facts.Draft facts, Event event) {
    if (attribute == null) {
      if (constant != null) {
        facts.withAt(slot, constant);
      }
      return;
    }
    Option<Object> value = event.attribute(attribute);
    if (value.isEmpty() || !(fact instanceof Fact.CustomerAttribute declared)) {
      return;
    }
    // A value the customer attribute does not accept (a choice it does not list) changes nothing.
    Validation<String, Object> accepted = declared.attribute().accept(value.get());
    if (accepted.isValid()) {
      facts.withAt(slot, accepted.get());
    }
  }
}
