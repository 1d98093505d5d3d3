package io.github.journeykit.rules;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Outcome;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Duration;

/**
 * The variative steps of a journey's letters [003]: for each message, the rules that answer what
 * the customer did with it, opened it (or followed its link) or ignored it, with a letter or a
 * move.
 *
 * <p>"There should be two scenarios: followed the link or opened the letter, or not, and what comes
 * next in both cases. More is not needed: the more variants, the longer the buying cycle" [003]. A
 * rule answers a message when it reacts to {@link EventType#MESSAGE_OPENED} or {@link
 * EventType#MESSAGE_IGNORED}, its condition requires the event's {@code message} attribute to be
 * that message (directly or inside an "all"), and it sends a message or moves the customer.
 */
final class Branches {

  private static final String MESSAGE = "message";

  private Branches() {}

  /**
   * The branches of every message that has at least one, in the order the rules are written.
   *
   * @param playbook the playbook
   * @return per message id, the rules that answer it
   */
  static Map<String, Seq<Rule>> of(Playbook playbook) {
    Map<String, Seq<Rule>> steps = LinkedHashMap.empty();
    for (Rule rule : playbook.rules()) {
      boolean outcomeOfALetter =
          rule.on().equals(EventType.MESSAGE_OPENED) || rule.on().equals(EventType.MESSAGE_IGNORED);
      boolean answers =
          rule.effects()
              .exists(effect -> effect instanceof Effect.Send || effect instanceof Effect.Move);
      if (outcomeOfALetter && answers) {
        for (String message : rule.condition().accept(new Pinned())) {
          steps = steps.put(message, steps.get(message).getOrElse(List.empty()).append(rule));
        }
      }
    }
    return steps;
  }

  /** The message ids a condition requires the event's {@code message} attribute to be. */
  private static final class Pinned implements ConditionVisitor<Set<String>> {

    @Override
    public Set<String> always() {
      return HashSet.empty();
    }

    @Override
    public Set<String> outcomeIs(Outcome outcome) {
      return HashSet.empty();
    }

    @Override
    public Set<String> statusIs(Seq<CustomerStatus> statuses) {
      return HashSet.empty();
    }

    @Override
    public Set<String> criteriaMet(int atLeast, Seq<String> criteria) {
      return HashSet.empty();
    }

    @Override
    public Set<String> weightOfCriteriaMet(Map<String, Double> weights, double threshold) {
      return HashSet.empty();
    }

    @Override
    public Set<String> purchasesAtLeast(int count) {
      return HashSet.empty();
    }

    @Override
    public Set<String> inactiveFor(Duration quiet) {
      return HashSet.empty();
    }

    @Override
    public Set<String> inStageFor(Duration time) {
      return HashSet.empty();
    }

    @Override
    public Set<String> compares(Measure measure, Measure.Operator operator, Seq<Object> operands) {
      boolean aboutTheLetter =
          measure.source() == Measure.Source.EVENT_ATTRIBUTE
              && measure.name().equals(MESSAGE)
              && (operator == Measure.Operator.IS || operator == Measure.Operator.ONE_OF);
      return aboutTheLetter ? HashSet.ofAll(operands.map(String::valueOf)) : HashSet.empty();
    }

    @Override
    public Set<String> all(Seq<Condition> parts) {
      return parts.flatMap(part -> part.accept(this)).toSet();
    }

    @Override
    public Set<String> any(Seq<Condition> parts) {
      return all(parts);
    }

    @Override
    public Set<String> not(Condition negated) {
      return HashSet.empty();
    }

    @Override
    public Set<String> inJava(Condition condition) {
      return HashSet.empty();
    }
  }
}
