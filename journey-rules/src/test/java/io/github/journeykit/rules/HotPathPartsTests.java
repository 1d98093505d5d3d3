package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Position;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The engine's look-up tables and compact values say what the plain ones would. */
class HotPathPartsTests {

  @Nested
  class Ids {

    @Test
    void findEveryIdByAnEqualStringAndNothingElse() {
      String[] ids = new String[1_000];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = "stage-" + i;
      }
      IdIndex index = new IdIndex(ids);
      assertThat(index.size()).isEqualTo(1_000);
      for (int i = 0; i < ids.length; i++) {
        assertThat(index.of(ids[i])).isEqualTo(i);
        assertThat(index.of(new String(ids[i].toCharArray()))).isEqualTo(i);
      }
      assertThat(index.of("stage-1000")).isEqualTo(-1);
      assertThat(index.contains("")).isFalse();
      assertThat(new IdIndex(new String[0]).of("a")).isEqualTo(-1);
    }

    @Test
    void findIdsWhoseHashesCollide() {
      // "Aa" and "BB" have the same hash code: the table cannot keep them apart by slot.
      IdIndex index = new IdIndex(new String[] {"Aa", "BB", "C"});
      assertThat(index.of("Aa")).isZero();
      assertThat(index.of("BB")).isEqualTo(1);
      assertThat(index.of("C")).isEqualTo(2);
      assertThat(index.of("AaAa")).isEqualTo(-1);
    }

    @Test
    void refuseAnIdGivenTwice() {
      assertThatThrownBy(() -> new IdIndex(new String[] {"a", "b", "a"}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id 'a' is given twice");
    }
  }

  @Nested
  class Criteria {

    private final String[] criteria = {"money", "need", "decision"};
    private final CriteriaSets sets = new CriteriaSets(criteria);

    @Test
    void makeTheSetAddWouldMakeAndShareIt() {
      Random random = new Random(3);
      for (int i = 0; i < 500; i++) {
        SortedSet<String> set = TreeSet.empty();
        SortedSet<String> shared = TreeSet.empty();
        for (int step = 0; step < 4; step++) {
          String criterion = criteria[random.nextInt(3)];
          set = set.add(criterion);
          shared = sets.with(shared, criterion);
          assertThat(shared).isEqualTo(set);
        }
        assertThat(sets.with(TreeSet.of("need", "money"), "decision"))
            .isSameAs(sets.with(sets.with(TreeSet.of("decision"), "need"), "money"));
      }
    }

    @Test
    void keepASetThatHasTheCriterionAndGrowOthersAsAddWould() {
      SortedSet<String> set = TreeSet.of("money");
      assertThat(sets.with(set, "money")).isSameAs(set);
      SortedSet<String> need = TreeSet.of("need");
      assertThat(sets.with(need, "need")).isSameAs(need);
      assertThat(sets.with(TreeSet.empty(), "money")).isSameAs(sets.with(TreeSet.empty(), "money"));
      SortedSet<String> foreign = TreeSet.of("weather");
      assertThat(sets.with(foreign, "need")).containsExactly("need", "weather");
      assertThat(sets.with(TreeSet.empty(), "weather")).containsExactly("weather");
      assertThat(sets.knows("need")).isTrue();
      assertThat(sets.knows("weather")).isFalse();
    }

    @Test
    void giveTheMaskOfASetOfTheJourneysCriteriaOnly() {
      assertThat(sets.maskOf(TreeSet.empty())).isZero();
      assertThat(sets.maskOf(TreeSet.of("money"))).isEqualTo(0b001);
      assertThat(sets.maskOf(TreeSet.of("decision", "money"))).isEqualTo(0b101);
      assertThat(sets.maskOf(TreeSet.of("money", "need", "decision"))).isEqualTo(0b111);
      assertThat(sets.maskOf(TreeSet.of("money", "weather"))).isEqualTo(-1);
      assertThat(sets.maskOf(TreeSet.of("weather"))).isEqualTo(-1);
      assertThat(sets.set(0b101)).containsExactly("decision", "money");
      assertThat(sets.bitOf("need")).isEqualTo(1);
      assertThat(sets.bitOf("weather")).isEqualTo(-1);
    }

    @Test
    void growSetsOfManyCriteriaOneAtATime() {
      String[] many = new String[CriteriaSets.MOST + 1];
      for (int i = 0; i < many.length; i++) {
        many[i] = "c" + i;
      }
      CriteriaSets large = new CriteriaSets(many);
      SortedSet<String> set = TreeSet.empty();
      for (String criterion : many) {
        set = large.with(set, criterion);
      }
      assertThat(set).containsExactlyInAnyOrder(many);
      assertThat(large.maskOf(set)).as("no shared sets, so no masks").isEqualTo(-1);
      assertThat(large.bitOf("c0")).isEqualTo(-1);
    }
  }

  @Nested
  class Decisions {

    private final Position before =
        Position.start("olga", "j", "s", Instant.parse("2026-03-01T09:00:00Z"));
    private final CriterionMet event =
        new CriterionMet("money", Instant.parse("2026-03-02T09:00:00Z"));
    private final Position after = before.withCriterion("money");

    @Test
    void areEqualWhateverFormTheyAreKeptIn() {
      Decision quiet = new Decision(before, event, after);
      Decision full = new Decision(before, event, after, List.empty(), Explanation.OFF);
      assertThat(quiet).isEqualTo(full).hasSameHashCodeAs(full).hasToString(full.toString());
      assertThat(quiet.event()).isSameAs(event);
      assertThat(quiet.messages()).isEmpty();
      assertThat(quiet.explanation()).isSameAs(Explanation.OFF);
      assertThat(quiet.isRejected()).isFalse();
      assertThat(quiet.moved()).isFalse();
      Decision other = new Decision(before, event, before);
      assertThat(quiet).isNotEqualTo(other);
      assertThat(quiet.hashCode()).isNotEqualTo(other.hashCode());
      assertThat(quiet.toString()).startsWith("Decision[before=Position[enrolment=olga in j,");
    }

    @Test
    void keepTheirMessagesWithExplanationsOff() {
      MessageToSend message =
          new MessageToSend(
              "olga",
              SalesFunnelFixture.playbook().journey().messages().head(),
              event.at(),
              "a rule");
      Decision sending = new Decision(before, event, after, List.of(message), Explanation.OFF);
      assertThat(sending.messages()).containsExactly(message);
      assertThat(sending.event()).isSameAs(event);
      assertThat(sending.explanation()).isSameAs(Explanation.OFF);
    }
  }
}
