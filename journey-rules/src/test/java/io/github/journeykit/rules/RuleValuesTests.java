package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Effects, rules, conditions and explanations as values: their words, equality and limits. */
class RuleValuesTests {

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void effectsDescribeThemselves() {
    assertThat(Effect.advance().description()).isEqualTo("move to the next stage");
    assertThat(Effect.rollBack().description()).isEqualTo("move back to the previous stage");
    assertThat(Effect.moveTo("loyal").description()).isEqualTo("move to 'loyal'");
    assertThat(Effect.status(CustomerStatus.GREY).description()).isEqualTo("set status grey");
    assertThat(Effect.recordCriterion().description()).isEqualTo("record the criterion met");
    assertThat(Effect.recordCriterion("vip").description()).isEqualTo("record 'vip'");
    assertThat(Effect.countPurchase().description()).isEqualTo("count a purchase");
    assertThat(Effect.send("hello").description()).isEqualTo("send 'hello'");
    assertThatThrownBy(() -> new Effect.Move(Effect.Move.Direction.TO, Option.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a move names a stage exactly when it goes TO one");
    assertThatThrownBy(() -> new Effect.Move(Effect.Move.Direction.NEXT, Option.of("a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rulesAreImmutableValuesThatDescribeThemselves() {
    Rule base = Rule.named("r", EventType.REVIEW);
    Rule narrowed =
        base.at("a")
            .and(Condition.statusIs(CustomerStatus.BLUE))
            .priority(3)
            .then(Effect.advance());
    assertThat(base.stages()).isEmpty();
    assertThat(base.appliesAt("anything")).isTrue();
    assertThat(narrowed.appliesAt("a")).isTrue();
    assertThat(narrowed.appliesAt("b")).isFalse();
    assertThat(narrowed.priority()).isEqualTo(3);
    assertThat(narrowed.on()).isEqualTo(EventType.REVIEW);
    assertThat(narrowed.toString())
        .isEqualTo(
            "\"r\" on review at [a] when always and status is blue (priority 3): move to the next stage");
    assertThat(base.or(Condition.hasMet("x")).condition().description())
        .isEqualTo("(always or has met x)");
    assertThat(base.not().condition().description()).isEqualTo("not always");
    assertThat(base.at(java.util.List.of("b", "c")).stages()).containsExactly("b", "c");
    assertThat(base.toString()).isEqualTo("\"r\" on review when always: nothing");
  }

  @Test
  void conditionsOfTheSameShapeAreEqual() {
    assertThat(Condition.criteriaMet(2, "a", "b"))
        .isEqualTo(Condition.criteriaMet(2, "a", "b"))
        .hasSameHashCodeAs(Condition.criteriaMet(2, "a", "b"))
        .isNotEqualTo(Condition.criteriaMet(1, "a", "b"))
        .isNotEqualTo(Condition.criteriaMet(2, "a", "c"));
    Condition yes = Condition.outcomeIs(Outcome.YES);
    Condition grey = Condition.statusIs(CustomerStatus.GREY);
    assertThat(yes.and(grey))
        .isEqualTo(yes.and(grey))
        .hasSameHashCodeAs(yes.and(grey))
        .isNotEqualTo(grey.and(yes));
    assertThat(yes.or(grey))
        .isEqualTo(yes.or(grey))
        .hasSameHashCodeAs(yes.or(grey))
        .isNotEqualTo(yes.and(grey));
    assertThat(yes.and(grey).toString()).isEqualTo("outcome is yes and status is grey");
  }

  @Test
  void explanationsAreEqualWhenTheySayTheSame() {
    Engine funnel = SalesFunnelFixture.playbook().compile();
    Position start = funnel.journey().newCustomer("c", T0);
    InteractionHappened yes = new InteractionHappened(Outcome.YES, T0);
    Explanation once = funnel.decide(start, yes).explanation();
    Explanation again = funnel.decide(start, yes).explanation();
    Explanation other = funnel.decide(start, new InteractionHappened(Outcome.NO, T0)).explanation();
    assertThat(once)
        .isEqualTo(again)
        .hasSameHashCodeAs(again)
        .isNotEqualTo(other)
        .isNotEqualTo("text");
    assertThat(once.isRecorded()).isTrue();
    // At 'uninformed' the "no" rule does not apply, so it is not even considered.
    assertThat(once.notFired().map(Rule::name))
        .containsExactly(
            "A yes wins a blue customer back", "A don't know keeps the customer where they are");
    assertThat(once.conflicts()).isEmpty();
    assertThat(once.blockedBy().isEmpty()).isTrue();
    Explanation quiet = funnel.withExplanations(false).decide(start, yes).explanation();
    assertThat(quiet.isRecorded()).isFalse();
    assertThat(quiet.verdicts()).isEmpty();
    assertThat(quiet.conflicts()).isEmpty();
    assertThat(quiet.consideredCount()).isZero();
    assertThat(quiet.blockedBy().isEmpty()).isTrue();
    assertThat(quiet).isEqualTo(funnel.withExplanations(false).decide(start, yes).explanation());
  }

  @Test
  void rulesAndPlaybooksAreEqualWhenTheyAreTheSameDefinition() {
    java.util.function.Supplier<Rule> rule =
        () ->
            Rule.named("A yes moves on", EventType.INTERACTION)
                .at("informed")
                .when(
                    Condition.outcomeIs(io.github.journeykit.model.Outcome.YES)
                        .and(Condition.criteriaMet(2, "money", "need", "decision")))
                .then(Effect.advance(), Effect.send("offer"))
                .priority(2);
    assertThat(rule.get()).isEqualTo(rule.get()).hasSameHashCodeAs(rule.get());
    assertThat(rule.get()).isNotEqualTo(rule.get().priority(1));
    assertThat(rule.get()).isNotEqualTo(rule.get().at("interested"));
    assertThat(rule.get()).isNotEqualTo(rule.get().then(Effect.countPurchase()));
    assertThat(rule.get()).isNotEqualTo(rule.get().and(Condition.purchasesAtLeast(1)));
    assertThat(rule.get())
        .isNotEqualTo(
            Rule.named("A yes moves on", EventType.REVIEW)
                .at("informed")
                .when(rule.get().condition())
                .then(Effect.advance(), Effect.send("offer"))
                .priority(2));
    Condition own = Condition.of("has a dog", (position, event) -> true);
    assertThat(Rule.named("r", EventType.REVIEW).when(own))
        .isEqualTo(Rule.named("r", EventType.REVIEW).when(own))
        .isNotEqualTo(
            Rule.named("r", EventType.REVIEW)
                .when(Condition.of("has a dog", (position, event) -> true)));

    Playbook funnel = SalesFunnelFixture.playbook();
    java.util.function.Supplier<Playbook> copy =
        () -> {
          Playbook.Builder builder = Playbook.builder(funnel.journey());
          funnel.gates().forEach(builder::gate);
          funnel.rules().forEach(builder::rule);
          return builder.buildOrThrow();
        };
    assertThat(copy.get()).isNotSameAs(copy.get()).isEqualTo(copy.get()).isEqualTo(funnel);
    assertThat(copy.get()).hasSameHashCodeAs(funnel);
    Playbook.Builder fewer = Playbook.builder(funnel.journey());
    funnel.gates().forEach(fewer::gate);
    funnel.rules().drop(1).forEach(fewer::rule);
    assertThat(fewer.buildOrThrow()).isNotEqualTo(funnel);
    assertThat(funnel).hasToString("Playbook[sales-funnel: 10 rules, 4 gates]");
  }
}
