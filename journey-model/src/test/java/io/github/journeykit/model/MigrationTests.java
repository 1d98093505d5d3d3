package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MigrationTests {

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  /** Version 1: four stages, two criteria, a counter, a sum, an attribute and a message. */
  static Journey first() {
    return Journey.builder("shop", "Shop")
        .stage(Stage.of("informed", "Informed", "Inform"))
        .stage(Stage.of("interested", "Interested", "Qualify"))
        .stage(Stage.of("buyer", "Buyer", "Close"))
        .stage(Stage.of("customer", "Customer", "Keep"))
        .transition(Transition.advance("informed", "interested"))
        .transition(Transition.advance("interested", "buyer"))
        .transition(Transition.advance("buyer", "customer"))
        .criterion(Criterion.of("money", "Has money"))
        .criterion(Criterion.of("need", "Has a need"))
        .fact(Fact.counter("visits", "Visits"))
        .fact(Fact.sum("spent", "Money spent"))
        .fact(Fact.attribute(Attribute.text("plan")))
        .message(Message.builder().id("welcome").stage("buyer").build())
        .buildOrThrow();
  }

  /** Version 2: 'interested' renamed 'considering', 'buyer' removed into it, 'need' gone. */
  static Journey.Builder second() {
    return Journey.builder("shop", "Shop")
        .version(2)
        .stage(Stage.of("informed", "Informed", "Inform"))
        .stage(Stage.of("considering", "Considering", "Qualify"))
        .stage(Stage.of("customer", "Customer", "Keep"))
        .transition(Transition.advance("informed", "considering"))
        .transition(Transition.advance("considering", "customer"))
        .criterion(Criterion.of("budget", "Has a budget"))
        .fact(Fact.counter("sessions", "Visits"))
        .fact(Fact.counter("spent", "Now a counter"))
        .fact(Fact.attribute(Attribute.text("plan")))
        .message(Message.builder().id("hello").stage("considering").build());
  }

  static Migration oneToTwo() {
    return Migration.from(1)
        .renameStage("interested", "considering")
        .removeStage("buyer", "considering")
        .renameCriterion("money", "budget")
        .removeCriterion("need")
        .renameFact("visits", "sessions")
        .renameMessage("welcome", "hello")
        .build();
  }

  static Position somewhere(Journey journey, String stage) {
    Position start = journey.newCustomer("olga", T0);
    return start
        .movedTo(stage, T0.plus(Duration.ofDays(1)))
        .withFacts(
            start
                .facts()
                .withCriterion("money")
                .withCriterion("need")
                .plus("visits", 3)
                .plus("spent", new BigDecimal("12.50"))
                .with("plan", "pro")
                .messageSent("welcome", T0));
  }

  @Nested
  class Carrying {

    @Test
    void a_renamed_stage_and_renamed_facts_carry_the_customer_with_everything_they_had() {
      Journey second = second().migration(oneToTwo()).buildOrThrow();
      Position old = somewhere(first(), "interested");

      Position carried = second.migrate(old).get();

      assertThat(carried.version()).isEqualTo(2);
      assertThat(carried.enrolment().since()).isEqualTo(T0);
      assertThat(carried.stage()).isEqualTo("considering");
      assertThat(carried.enteredStageAt()).isEqualTo(old.enteredStageAt());
      assertThat(carried.criteria()).containsExactly("budget");
      assertThat(carried.facts().count("sessions")).isEqualTo(3);
      assertThat(carried.facts().attribute("plan").get()).isEqualTo("pro");
      assertThat(carried.facts().message("hello").timesSent()).isEqualTo(1);
      assertThat(carried.facts().messages().keySet()).containsExactly("hello");
      assertThat(carried.facts().declared()).isEqualTo(second.facts());
    }

    @Test
    void a_fact_whose_kind_changed_starts_again() {
      Journey second = second().migration(oneToTwo()).buildOrThrow();

      Position carried = second.migrate(somewhere(first(), "interested")).get();

      assertThat(carried.facts().count("spent")).isZero();
    }

    @Test
    void customers_of_a_removed_stage_go_where_the_migration_says() {
      Journey second = second().migration(oneToTwo()).buildOrThrow();

      assertThat(second.migrate(somewhere(first(), "buyer")).get().stage())
          .isEqualTo("considering");
    }

    @Test
    void a_position_of_the_journeys_own_version_is_returned_as_it_is() {
      Journey second = second().migration(oneToTwo()).buildOrThrow();
      Position own = second.newCustomer("olga", T0);

      assertThat(second.migrate(own).get()).isSameAs(own);
    }

    @Test
    void chains_of_versions_apply_in_order() {
      Journey fixed =
          Journey.builder("shop", "Shop")
              .version(3)
              .stage(Stage.of("informed", "Informed", "Inform"))
              .stage(Stage.of("thinking", "Thinking", "Qualify"))
              .criterion(Criterion.of("budget", "Has a budget"))
              .fact(Fact.counter("sessions", "Visits"))
              .migration(Migration.from(2).renameStage("considering", "thinking").build())
              .migration(oneToTwo())
              .buildOrThrow();

      Position carried = fixed.migrate(somewhere(first(), "buyer")).get();

      assertThat(fixed.migrations().map(Migration::from)).containsExactly(1, 2);
      assertThat(carried.stage()).isEqualTo("thinking");
      assertThat(carried.version()).isEqualTo(3);
      assertThat(carried.facts().count("sessions")).isEqualTo(3);
      assertThat(carried.criteria()).containsExactly("budget");
    }
  }

  @Nested
  class Refusing {

    @Test
    void a_stage_no_migration_maps_cannot_be_carried_and_the_reason_names_it() {
      Journey second =
          second()
              .migration(Migration.from(1).renameStage("interested", "considering").build())
              .buildOrThrow();

      Validation<String, Position> carried = second.migrate(somewhere(first(), "buyer"));

      assertThat(carried.getError())
          .isEqualTo(
              "the position of customer 'olga' is at stage 'buyer' of version 1 of journey"
                  + " 'shop', which version 2 does not have, and no migration says where its"
                  + " customers go");
    }

    @Test
    void a_version_without_a_migration_from_it_is_refused() {
      Journey second = second().buildOrThrow();

      assertThat(second.migrate(somewhere(first(), "informed")).getError())
          .isEqualTo(
              "the position of customer 'olga' was decided by version 1 of journey 'shop', and"
                  + " version 2 has no migration from version 1 to 2");
    }

    @Test
    void a_newer_version_is_refused() {
      Journey second = second().migration(oneToTwo()).buildOrThrow();

      assertThat(first().migrate(second.newCustomer("olga", T0)).getError())
          .isEqualTo(
              "the position of customer 'olga' was decided by version 2 of journey 'shop', newer"
                  + " than this version 1");
    }

    @Test
    void another_journey_is_refused() {
      Position elsewhere = Position.start("olga", "other", "informed", T0);

      assertThat(first().migrate(elsewhere).getError())
          .isEqualTo("the position of customer 'olga' is in journey 'other', not 'shop'");
    }
  }

  @Nested
  class Checking {

    @Test
    void every_mistake_in_a_migration_is_a_problem_of_the_journey() {
      Seq<Problem> problems =
          second()
              .migration(
                  Migration.from(1)
                      .renameStage("interested", "considring")
                      .removeStage("buyer", "gone")
                      .renameCriterion("money", "budjet")
                      .renameFact("visits", "session")
                      .renameMessage("welcome", "helo")
                      .build())
              .migration(Migration.from(2).build())
              .migration(Migration.from(1).build())
              .build()
              .getError();

      assertThat(problems.map(Problem::toString))
          .containsExactly(
              "migration from version 1: it maps stage 'interested' to 'considring', and version 2"
                  + " has no such stage (did you mean 'considering'?); known stages: informed,"
                  + " considering, customer",
              "migration from version 1: it maps stage 'buyer' to 'gone', and version 2 has no"
                  + " such stage; known stages: informed, considering, customer",
              "migration from version 1: it maps criterion 'money' to 'budjet', and version 2 has"
                  + " no such criterion (did you mean 'budget'?); known criteria: budget",
              "migration from version 1: it maps fact 'visits' to 'session', and version 2 has no"
                  + " such fact (did you mean 'sessions'?); known facts: purchases, sessions,"
                  + " spent, plan",
              "migration from version 1: it maps message 'welcome' to 'helo', and version 2 has no"
                  + " such message (did you mean 'hello'?); known messages: hello",
              "migration from version 2: version 2 of the journey can carry customers only of"
                  + " earlier versions; a migration starts from a version between 1 and 1",
              "migration from version 1: the journey has two migrations from this version");
    }

    @Test
    void only_the_migration_into_the_journeys_version_is_checked_against_its_ids() {
      Seq<Problem> problems =
          second()
              .version(3)
              .migration(oneToTwo())
              .migration(Migration.from(2).renameStage("informed", "aware").build())
              .build()
              .getError();

      assertThat(problems.map(Problem::toString))
          .containsExactly(
              "migration from version 2: it maps stage 'informed' to 'aware', and version 3 has no"
                  + " such stage; known stages: informed, considering, customer");
    }

    @Test
    void the_chain_from_a_version_is_its_migrations_in_order_or_the_version_no_migration_leaves() {
      Journey third =
          second()
              .version(3)
              .migration(oneToTwo())
              .migration(Migration.from(2).build())
              .buildOrThrow();
      assertThat(third.migrationsFrom(1).get().map(Migration::from)).containsExactly(1, 2);
      assertThat(third.migrationsFrom(3).get()).isEmpty();
      Journey gap = second().version(3).migration(Migration.from(2).build()).buildOrThrow();
      assertThat(gap.migrationsFrom(1).getError()).isEqualTo(1);
      assertThat(gap.migrationsFrom(2).isValid()).isTrue();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> gap.migrationsFrom(4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("version 4 is not a version of '" + gap.id() + "' up to 3");
    }

    @Test
    void what_an_earlier_migration_maps_to_must_still_be_an_id() {
      Seq<Problem> problems =
          second()
              .version(3)
              .migration(
                  Migration.from(1)
                      .renameStage("interested", "P7D")
                      .removeStage("buyer", "Gone")
                      .build())
              .migration(Migration.from(2).build())
              .build()
              .getError();

      assertThat(problems.map(Problem::toString))
          .containsExactly(
              "migration from version 1: 'P7D' is not a valid stage id; use lowercase letters and"
                  + " digits, joined by single '-' or '_' (e.g. 'need-awareness')",
              "migration from version 1: 'Gone' is not a valid stage id; use lowercase letters and"
                  + " digits, joined by single '-' or '_' (e.g. 'need-awareness')");
    }

    @Test
    void a_version_below_one_is_a_problem() {
      assertThat(second().version(0).build().getError().map(Problem::message))
          .containsExactly("version 0 is not a version; versions start at 1");
    }

    @Test
    void a_migration_that_no_later_one_bridges_to_the_journeys_version_is_a_problem() {
      Journey.Builder third =
          Journey.builder("shop", "Shop")
              .version(3)
              .stage(Stage.of("informed", "Informed", "Inform"))
              .migration(Migration.from(1).build());

      assertThat(third.build().getError().map(Problem::toString))
          .containsExactly(
              "migration from version 1: it carries customers to version 2, and no migration from"
                  + " version 2 carries them on to version 3");
    }

    @Test
    void naming_an_id_twice_in_one_migration_fails_at_once() {
      assertThatThrownBy(() -> Migration.from(1).renameStage("a", "b").removeStage("a", "c"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("stage 'a' is already renamed to 'b'");
      assertThatThrownBy(() -> Migration.from(1).removeFact("a").renameFact("a", "b"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("fact 'a' is already removed");
      assertThatThrownBy(() -> Migration.from(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a migration's version is at least 1; got 0");
    }
  }

  @Nested
  class Equality implements EqualsContract<Migration> {
    @Override
    public Migration createValue() {
      return oneToTwo();
    }

    @Override
    public Migration createEqualValue() {
      return oneToTwo();
    }

    @Override
    public Migration createNotEqualValue() {
      return Migration.from(1).renameStage("interested", "considering").build();
    }
  }

  @Nested
  class Values {

    @Test
    void migrations_are_part_of_the_journeys_equality() {
      assertThat(second().migration(oneToTwo()).buildOrThrow())
          .isEqualTo(second().migration(oneToTwo()).buildOrThrow())
          .isNotEqualTo(second().buildOrThrow());
      assertThat(second().buildOrThrow()).isNotEqualTo(second().version(3).buildOrThrow());
    }

    @Test
    void a_migration_reads_as_what_it_maps() {
      assertThat(oneToTwo())
          .hasToString(
              "Migration[1 -> 2: stage interested -> considering, stage buyer -> considering"
                  + " (removed), criterion money -> budget, criterion need removed, fact visits ->"
                  + " sessions, message welcome -> hello]");
    }

    @Test
    void the_builder_keeps_version_and_migrations() {
      Journey second = second().migration(oneToTwo()).buildOrThrow();

      assertThat(second.toBuilder().buildOrThrow()).isEqualTo(second);
      assertThat(second.newCustomer("olga", T0).version()).isEqualTo(2);
      assertThat(first().newCustomer("olga", T0).enrolment())
          .isEqualTo(new Enrolment("olga", "shop", T0));
    }
  }
}
