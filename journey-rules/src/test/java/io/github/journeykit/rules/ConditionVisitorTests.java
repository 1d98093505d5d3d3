package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Outcome;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every factory of a condition shows itself to a visitor as what it is, with its parts. */
class ConditionVisitorTests {

  /** Says a condition's structure in a line, the way a writer of definitions reads it. */
  static class Words implements ConditionVisitor<String> {
    @Override
    public String always() {
      return "always";
    }

    @Override
    public String outcomeIs(Outcome outcome) {
      return "outcome " + outcome.id();
    }

    @Override
    public String statusIs(Seq<CustomerStatus> statuses) {
      return "status " + statuses.map(CustomerStatus::id).mkString("|");
    }

    @Override
    public String criteriaMet(int atLeast, Seq<String> criteria) {
      return atLeast + " of " + criteria.mkString("|");
    }

    @Override
    public String weightOfCriteriaMet(Map<String, Double> weights, double threshold) {
      return "weights " + weights.mkString("|") + " >= " + threshold;
    }

    @Override
    public String purchasesAtLeast(int count) {
      return "purchases >= " + count;
    }

    @Override
    public String inactiveFor(Duration quiet) {
      return "inactive " + quiet;
    }

    @Override
    public String inStageFor(Duration time) {
      return "in stage " + time;
    }

    @Override
    public String compares(Measure measure, Measure.Operator operator, Seq<Object> operands) {
      return measure.source()
          + "("
          + measure.name()
          + ") "
          + operator
          + " "
          + operands.mkString("|");
    }

    @Override
    public String all(Seq<Condition> parts) {
      return parts.map(part -> part.accept(this)).mkString("all(", ", ", ")");
    }

    @Override
    public String any(Seq<Condition> parts) {
      return parts.map(part -> part.accept(this)).mkString("any(", ", ", ")");
    }

    @Override
    public String not(Condition negated) {
      return "not(" + negated.accept(this) + ")";
    }

    @Override
    public String inJava(Condition condition) {
      return "java: " + condition.description();
    }
  }

  static String words(Condition condition) {
    return condition.accept(new Words());
  }

  @Test
  void eachFactoryShowsItsOwnParts() {
    assertThat(words(Condition.always())).isEqualTo("always");
    assertThat(words(Condition.outcomeIs(Outcome.DONT_KNOW))).isEqualTo("outcome dont_know");
    assertThat(words(Condition.statusIs(CustomerStatus.BLUE, CustomerStatus.ACTIVE)))
        .isEqualTo("status active|blue");
    assertThat(words(Condition.criteriaMet(2, "money", "need", "decision")))
        .isEqualTo("2 of money|need|decision");
    assertThat(words(Condition.hasMet("need"))).isEqualTo("1 of need");
    assertThat(words(Condition.weightOfCriteriaMet(LinkedHashMap.of("a", 0.5, "b", 0.5), 0.7)))
        .isEqualTo("weights (a, 0.5)|(b, 0.5) >= 0.7");
    assertThat(words(Condition.purchasesAtLeast(2))).isEqualTo("purchases >= 2");
    assertThat(words(Condition.inactiveFor(Duration.ofDays(30)))).isEqualTo("inactive PT720H");
    assertThat(words(Condition.inStageFor(Duration.ofHours(2)))).isEqualTo("in stage PT2H");
    assertThat(words(Condition.of("on a weekend", (position, event) -> true)))
        .isEqualTo("java: on a weekend");
  }

  @Test
  void aComparisonShowsItsMeasureOperatorAndCanonicalOperands() {
    assertThat(words(Condition.fact("logins").atLeast(3))).isEqualTo("FACT(logins) AT_LEAST 3");
    assertThat(words(Condition.attribute("amount").below(new BigDecimal("10.50"))))
        .isEqualTo("EVENT_ATTRIBUTE(amount) BELOW 10.5");
    assertThat(words(Condition.attribute("plan").isOneOf("basic", "pro")))
        .isEqualTo("EVENT_ATTRIBUTE(plan) ONE_OF basic|pro");
    assertThat(words(Condition.timeInStage().above(Duration.ofDays(1))))
        .isEqualTo("IN_STAGE() ABOVE PT24H");
    assertThat(words(Condition.sinceOpened("news").isAbsent()))
        .isEqualTo("SINCE_OPENED(news) ABSENT ");
  }

  @Test
  void combinationsShowTheirParts() {
    Condition condition =
        Condition.outcomeIs(Outcome.YES)
            .and(Condition.hasMet("need"))
            .and(Condition.purchasesAtLeast(1).not().or(Condition.statusIs(CustomerStatus.GREY)));
    assertThat(words(condition))
        .isEqualTo("all(outcome yes, 1 of need, any(not(purchases >= 1), status grey))");
    assertThat(words(Condition.anyOf(List.of(Condition.hasMet("a"), Condition.hasMet("b")))))
        .isEqualTo("any(1 of a, 1 of b)");
  }

  @Test
  void aDisjunctionOfNothingIsRefused() {
    assertThatThrownBy(() -> Condition.anyOf(List.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("anyOf needs at least one condition");
  }

  @Test
  void aValueSetByAnEffectIsKeptCanonicalSoThatThreeIsThree() {
    assertThat(Effect.set("seats", 3)).isEqualTo(Effect.set("seats", new BigDecimal("3.0")));
    assertThat(Effect.set("plan", "pro")).isEqualTo(Effect.set("plan", "pro"));
  }
}
