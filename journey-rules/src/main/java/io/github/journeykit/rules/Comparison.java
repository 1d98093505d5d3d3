package io.github.journeykit.rules;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Durations;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A {@link Measure} compared with values: the condition behind {@code Condition.attribute("amount")
 * .atLeast(10)} and its kind.
 *
 * @param measure what is read
 * @param operator how it is compared
 * @param operands the values it is compared with, in canonical form (numbers as {@code BigDecimal})
 */
record Comparison(Measure measure, Measure.Operator operator, List<Object> operands)
    implements Condition {

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.compares(measure, operator, operands);
  }

  @Override
  public boolean holds(Position position, Event event) {
    if (operator.isOrdering()) {
      int order = measure.order(position, event, operands.head());
      if (order != Measure.UNORDERED) {
        return switch (operator) {
          case AT_LEAST -> order >= 0;
          case AT_MOST -> order <= 0;
          case ABOVE -> order > 0;
          default -> order < 0;
        };
      }
    }
    Option<Object> value = measure.read(position, event);
    if (operator == Measure.Operator.ABSENT) {
      return value.isEmpty();
    }
    if (value.isEmpty()) {
      return false;
    }
    Object actual = value.get();
    Object bound = operands.isEmpty() ? "" : operands.head();
    if (bound instanceof Share share) {
      Option<BigDecimal> resolved = share.bound(position, event);
      if (resolved.isEmpty()) {
        return false;
      }
      bound = resolved.get();
    }
    Object head = bound;
    return switch (operator) {
      case PRESENT -> true;
      case IS -> actual.equals(operands.head());
      case ONE_OF -> operands.contains(actual);
      default -> {
        Integer order = order(actual, head);
        yield order != null
            && switch (operator) {
              case AT_LEAST -> order >= 0;
              case AT_MOST -> order <= 0;
              case ABOVE -> order > 0;
              default -> order < 0;
            };
      }
    };
  }

  /** The order of two values of one kind, or null when they cannot be compared. */
  private static @org.jspecify.annotations.Nullable Integer order(Object actual, Object bound) {
    if (actual instanceof BigDecimal a && bound instanceof BigDecimal b) {
      return a.compareTo(b);
    }
    if (actual instanceof Duration a && bound instanceof Duration b) {
      return a.compareTo(b);
    }
    if (actual instanceof java.time.Instant a && bound instanceof java.time.Instant b) {
      return a.compareTo(b);
    }
    return null;
  }

  /** The value compared with, in words. */
  private String operandWords() {
    return switch (operator) {
      case PRESENT, ABSENT -> "";
      case ONE_OF -> " " + operands.map(Comparison::words).mkString(", ");
      default -> " " + words(operands.head());
    };
  }

  private static String words(Object operand) {
    return operand instanceof Duration duration
        ? Durations.words(duration)
        : Attribute.format(operand);
  }

  @Override
  public String description() {
    return measure.description() + " " + operator.words + operandWords();
  }

  @Override
  public Option<String> whyNot(Position position, Event event) {
    if (holds(position, event)) {
      return Option.none();
    }
    String needs = operator.needs.isEmpty() ? "needs" : "needs " + operator.needs;
    String bound =
        operands.headOption().filter(Share.class::isInstance).isDefined()
            ? " " + ((Share) operands.head()).words(position, event)
            : operandWords();
    return Option.of(measure.found(position, event) + ", " + needs + bound);
  }

  @Override
  public String toString() {
    return description();
  }
}
