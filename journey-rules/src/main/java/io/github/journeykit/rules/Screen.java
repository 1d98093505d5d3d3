package io.github.journeykit.rules;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * What the engine checks of a condition without calling it: the condition's built-in parts read
 * once, when the playbook is compiled, and turned into masks and bounds over the facts a decision
 * has at hand.
 *
 * <p>An {@code and} of {@link Condition#statusIs status}, {@link Condition#outcomeIs outcome},
 * {@link Condition#purchasesAtLeast purchase} tests (each possibly negated), one {@link
 * Condition#criteriaMet criteria} test and {@link Condition#always always} is checked entirely
 * here; anything else (an {@code or}, a time condition, a condition of the user's) is kept as the
 * {@link #rest} and called as written. {@code holds(position, event)} of the original condition
 * equals {@code passes(...) && (rest == null || rest.holds(position, event))}: the two are checked
 * against each other in {@code ScreenTests}.
 *
 * <p>This is why a decision costs a few comparisons instead of a chain of interface calls whose
 * targets change with every event (the engine's hot path is bound by such calls, not by the work
 * they do).
 */
final class Screen {

  private static final int STATUSES = CustomerStatus.values().length;
  private static final int ALL_STATUSES = (1 << STATUSES) - 1;

  /** The outcome index of an event that is not an interaction. */
  static final int NO_OUTCOME = Outcome.values().length;

  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final int ALL_OUTCOMES = (1 << (NO_OUTCOME + 1)) - 1;

  /** Bit {@code s.ordinal()} is set for every status {@code s} the condition allows. */
  final int statuses;

  /**
   * Bit {@code o.ordinal()} for every outcome allowed, bit {@link #NO_OUTCOME} for other events.
   */
  final int outcomes;

  final int minPurchases;
  final int maxPurchases;

  /** The criteria of the one criteria test read here, or {@code null}. */
  final String @Nullable [] criteria;

  final int criteriaAtLeast;

  /**
   * The parts that must still be called, or {@code null} when the screen is the whole condition.
   */
  final @Nullable Condition rest;

  private Screen(
      int statuses,
      int outcomes,
      int minPurchases,
      int maxPurchases,
      String @Nullable [] criteria,
      int criteriaAtLeast,
      @Nullable Condition rest) {
    this.statuses = statuses;
    this.outcomes = outcomes;
    this.minPurchases = minPurchases;
    this.maxPurchases = maxPurchases;
    this.criteria = criteria;
    this.criteriaAtLeast = criteriaAtLeast;
    this.rest = rest;
  }

  /** Reads the built-in parts of a condition. */
  static Screen of(Condition condition) {
    Reading reading = new Reading();
    reading.read(condition);
    return reading.screen();
  }

  /** The outcome index of an event, as {@link #outcomes} counts it. */
  static int outcomeOf(Event event) {
    return event instanceof InteractionHappened interaction
        ? interaction.outcome().ordinal()
        : NO_OUTCOME;
  }

  /** Whether the parts read here hold for a customer with these facts. */
  @SuppressWarnings("ShortCircuitBoolean") // on purpose, see below
  boolean passes(CustomerStatus status, int purchases, SortedSet<String> met, int outcome) {
    // One branch for the four tests: the facts are random from one decision to the next, and
    // every branch on them is a likely misprediction.
    if (((statuses >>> status.ordinal() & outcomes >>> outcome & 1) == 0)
        | purchases < minPurchases
        | purchases > maxPurchases) {
      return false;
    }
    String[] needed = criteria;
    if (needed == null) {
      return true;
    }
    int count = 0;
    for (String criterion : needed) {
      if (met.contains(criterion) && ++count >= criteriaAtLeast) {
        return true;
      }
    }
    return count >= criteriaAtLeast;
  }

  /** Whether the whole condition holds: the screen, then the rest. */
  boolean holds(Position position, Event event, int outcome) {
    return holds(position, position.purchases(), event, outcome);
  }

  /**
   * Whether the whole condition holds, for a position whose purchases the caller has read already
   * (once for all the rules it asks).
   */
  boolean holds(Position position, int purchases, Event event, int outcome) {
    if (!passes(position.status(), purchases, position.criteria(), outcome)) {
      return false;
    }
    Condition left = rest;
    return left == null || left.holds(position, event);
  }

  /** Folds the parts of an {@code and} into masks and bounds. */
  private static final class Reading {
    int statuses = ALL_STATUSES;
    int outcomes = ALL_OUTCOMES;
    int minPurchases = 0;
    int maxPurchases = Integer.MAX_VALUE;
    String @Nullable [] criteria;
    int criteriaAtLeast;
    final java.util.List<Condition> rest = new ArrayList<>();

    void read(Condition condition) {
      if (condition == Conditions.ALWAYS) {
        return;
      }
      if (condition instanceof Conditions.All all) {
        for (Condition part : all.parts()) {
          read(part);
        }
      } else if (condition instanceof Conditions.StatusIs is) {
        statuses &= mask(is);
      } else if (condition instanceof Conditions.OutcomeIs is) {
        outcomes &= 1 << is.outcome().ordinal();
      } else if (condition instanceof Conditions.PurchasesAtLeast least) {
        minPurchases = Math.max(minPurchases, least.count());
      } else if (condition instanceof Conditions.CriteriaMet met && criteria == null) {
        criteria = met.array();
        criteriaAtLeast = met.atLeast();
      } else if (condition instanceof Conditions.Not not) {
        readNegated(not);
      } else {
        rest.add(condition);
      }
    }

    private void readNegated(Conditions.Not not) {
      Condition negated = not.negated();
      if (negated instanceof Conditions.StatusIs is) {
        statuses &= ~mask(is) & ALL_STATUSES;
      } else if (negated instanceof Conditions.OutcomeIs is) {
        outcomes &= ~(1 << is.outcome().ordinal()) & ALL_OUTCOMES;
      } else if (negated instanceof Conditions.PurchasesAtLeast least) {
        // purchases are never negative: not at least 0 (or fewer) holds for nobody
        maxPurchases = Math.min(maxPurchases, least.count() <= 0 ? -1 : least.count() - 1);
      } else {
        rest.add(not);
      }
    }

    private static int mask(Conditions.StatusIs is) {
      int mask = 0;
      for (CustomerStatus status : is.statuses()) {
        mask |= 1 << status.ordinal();
      }
      return mask;
    }

    Screen screen() {
      Condition left =
          rest.isEmpty()
              ? null
              : rest.size() == 1 ? rest.get(0) : new Conditions.All(List.ofAll(rest));
      return new Screen(
          statuses, outcomes, minPurchases, maxPurchases, criteria, criteriaAtLeast, left);
    }
  }

  @Override
  public String toString() {
    java.util.List<String> parts = new ArrayList<>();
    if (statuses != ALL_STATUSES) {
      java.util.List<String> allowed = new ArrayList<>();
      for (CustomerStatus status : CustomerStatus.values()) {
        if ((statuses >>> status.ordinal() & 1) != 0) {
          allowed.add(status.id());
        }
      }
      parts.add("status in " + allowed);
    }
    if (outcomes != ALL_OUTCOMES) {
      java.util.List<String> allowed = new ArrayList<>();
      for (int o = 0; o <= NO_OUTCOME; o++) {
        if ((outcomes >>> o & 1) != 0) {
          allowed.add(o == NO_OUTCOME ? "no interaction" : OUTCOMES[o].id());
        }
      }
      parts.add("outcome in " + allowed);
    }
    if (minPurchases > 0 || maxPurchases < Integer.MAX_VALUE) {
      parts.add("purchases in [" + minPurchases + ", " + maxPurchases + "]");
    }
    if (criteria != null) {
      parts.add(criteriaAtLeast + " of " + String.join(", ", criteria));
    }
    if (rest != null) {
      parts.add("then " + rest.description());
    }
    return parts.isEmpty() ? "open" : String.join("; ", parts);
  }
}
