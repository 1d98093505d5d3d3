package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.TimePassed;
import io.vavr.collection.LinkedHashMap;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionTests {

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final Position OLGA = Position.start("olga", "j", "s", T0).withCriterion("money");
  static final Event YES = new InteractionHappened(Outcome.YES, T0.plus(Duration.ofDays(3)));

  @Test
  void andOrAndNotComposeAndDescribeThemselves() {
    Condition yes = Condition.outcomeIs(Outcome.YES);
    Condition grey = Condition.statusIs(CustomerStatus.GREY);
    assertThat(yes.and(grey).holds(OLGA, YES)).isFalse();
    assertThat(yes.or(grey).holds(OLGA, YES)).isTrue();
    assertThat(grey.not().holds(OLGA, YES)).isTrue();
    assertThat(grey.not().not()).isSameAs(grey);
    assertThat(yes.and(grey).and(Condition.always()).description())
        .isEqualTo("outcome is yes and status is grey and always");
    assertThat(yes.not().or(grey).description())
        .isEqualTo("(not outcome is yes or status is grey)");
  }

  @Test
  void sayWhichPartFailedAndWhatTheCustomerHas() {
    assertThat(
            Condition.outcomeIs(Outcome.YES)
                .and(Condition.statusIs(CustomerStatus.GREY))
                .whyNot(OLGA, YES)
                .get())
        .isEqualTo("status is grey, but it is active");
    assertThat(Condition.criteriaMet(2, "money", "need", "decision").whyNot(OLGA, YES).get())
        .isEqualTo("needs at least 2 of money, need, decision; has 1: money");
    assertThat(Condition.criteriaMet(2, "need", "decision").whyNot(OLGA, YES).get())
        .isEqualTo("needs all of need, decision; has 0");
    assertThat(Condition.hasMet("need").whyNot(OLGA, YES).get()).isEqualTo("has not met need");
    assertThat(Condition.purchasesAtLeast(2).whyNot(OLGA, YES).get())
        .isEqualTo("needs at least 2 purchases; has 0");
    assertThat(Condition.inactiveFor(Duration.ofDays(30)).whyNot(OLGA, YES).get())
        .isEqualTo("needs to be inactive for 30 days; last active 3 days before");
    assertThat(
            Condition.inStageFor(Duration.ofHours(2))
                .whyNot(OLGA, new TimePassed(T0.plusSeconds(60)))
                .get())
        .isEqualTo("needs to be in the stage for 2 hours; entered it 1 minute before");
    assertThat(Condition.statusIs(CustomerStatus.GREY).not().whyNot(OLGA, YES).isEmpty()).isTrue();
    assertThat(Condition.outcomeIs(Outcome.NO).or(Condition.hasMet("need")).whyNot(OLGA, YES).get())
        .isEqualTo("not outcome is no, and has not met need");
    assertThat(Condition.of("a VIP", (position, event) -> false).whyNot(OLGA, YES).get())
        .isEqualTo("not a VIP");
  }

  @Test
  void weighTheCriteriaOfABuyingCentre() {
    Condition agree =
        Condition.weightOfCriteriaMet(LinkedHashMap.of("money", 0.5, "need", 0.3), 0.7);
    assertThat(agree.holds(OLGA, YES)).isFalse();
    assertThat(agree.holds(OLGA.withCriterion("need"), YES)).isTrue();
    assertThat(agree.whyNot(OLGA, YES).get())
        .isEqualTo("needs a weight of money (0.5), need (0.3) met is at least 0.7; has 0.5");
  }

  @Test
  void timeComesFromTheEventNotTheWallClock() {
    assertThat(Condition.inactiveFor(Duration.ofDays(3)).holds(OLGA, YES)).isTrue();
    assertThat(Condition.inactiveFor(Duration.ofDays(4)).holds(OLGA, YES)).isFalse();
  }

  @Test
  void refuseToNeedMoreCriteriaThanTheyName() {
    assertThatThrownBy(() -> Condition.criteriaMet(3, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot need 3 of 2 criteria a, b");
  }
}
