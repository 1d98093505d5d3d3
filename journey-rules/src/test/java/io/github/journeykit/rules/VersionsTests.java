package io.github.journeykit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Migration;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Transition;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Positions decided by one version of a journey and events decided by the next. */
class VersionsTests {

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

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
        .fact(Fact.counter("calls", "Calls"))
        .message(Message.builder().id("welcome").stage("buyer").build())
        .events(EventType.standard())
        .buildOrThrow();
  }

  static Journey.Builder secondWithoutMigration() {
    return Journey.builder("shop", "Shop")
        .version(2)
        .stage(Stage.of("informed", "Informed", "Inform"))
        .stage(Stage.of("considering", "Considering", "Qualify"))
        .stage(Stage.of("customer", "Customer", "Keep"))
        .transition(Transition.advance("informed", "considering"))
        .transition(Transition.advance("considering", "customer"))
        .criterion(Criterion.of("budget", "Has a budget"))
        .fact(Fact.counter("sessions", "Visits"))
        .fact(Fact.sum("calls", "Now a sum"))
        .events(EventType.standard());
  }

  static Journey second() {
    return secondWithoutMigration()
        .migration(
            Migration.from(1)
                .renameStage("interested", "considering")
                .removeStage("buyer", "considering")
                .renameCriterion("money", "budget")
                .renameFact("visits", "sessions")
                .build())
        .buildOrThrow();
  }

  static Engine engine(Journey journey) {
    return Playbook.builder(journey)
        .rule(
            Rule.named("a yes moves up", EventType.INTERACTION)
                .when(Condition.outcomeIs(Outcome.YES))
                .then(Effect.advance()))
        .rule(
            Rule.named("criteria are recorded", EventType.CRITERION).then(Effect.recordCriterion()))
        .buildOrThrow()
        .compile();
  }

  static Position at(Journey journey, String stage) {
    Position start = journey.newCustomer("olga", T0);
    return start.movedTo(stage, T0).withFacts(start.facts().withCriterion("money"));
  }

  @Nested
  class Deciding {

    @Test
    void a_position_of_the_version_before_is_carried_over_and_then_decided() {
      Engine second = engine(second());
      Position old = at(first(), "interested");

      Decision decision =
          second.decide(old, new InteractionHappened(Outcome.YES, T0.plusSeconds(60)));

      assertThat(decision.isRejected()).isFalse();
      assertThat(decision.before()).isEqualTo(second().migrate(old).get());
      assertThat(decision.before().stage()).isEqualTo("considering");
      assertThat(decision.after().stage()).isEqualTo("customer");
      assertThat(decision.after().version()).isEqualTo(2);
      assertThat(decision.after().criteria()).containsExactly("budget");
    }

    @Test
    void the_next_decision_needs_no_carrying() {
      Engine second = engine(second());
      Position carried =
          second
              .decide(at(first(), "buyer"), new CriterionMet("budget", T0.plusSeconds(1)))
              .after();

      Decision next =
          second.decide(carried, new InteractionHappened(Outcome.YES, T0.plusSeconds(2)));

      assertThat(next.before()).isSameAs(carried);
      assertThat(next.after().stage()).isEqualTo("customer");
    }

    @Test
    void a_position_that_cannot_be_carried_is_rejected_with_the_reason_and_kept() {
      Engine second =
          engine(
              secondWithoutMigration()
                  .migration(Migration.from(1).renameStage("interested", "considering").build())
                  .buildOrThrow());
      Position old = at(first(), "buyer");

      Decision decision = second.decide(old, new InteractionHappened(Outcome.YES, T0));

      assertThat(decision.after()).isSameAs(old);
      assertThat(decision.rejection().get())
          .isEqualTo(
              "the position of customer 'olga' is at stage 'buyer' of version 1 of journey 'shop',"
                  + " which version 2 does not have, and no migration says where its customers go");
    }

    @Test
    void a_version_without_migrations_rejects_older_positions_and_older_engines_newer_ones() {
      Decision older =
          engine(secondWithoutMigration().buildOrThrow())
              .decide(at(first(), "informed"), new InteractionHappened(Outcome.YES, T0));
      Decision newer =
          engine(first())
              .decide(second().newCustomer("olga", T0), new InteractionHappened(Outcome.YES, T0));

      assertThat(older.rejection().get())
          .isEqualTo(
              "the position of customer 'olga' was decided by version 1 of journey 'shop', and"
                  + " version 2 has no migration from version 1 to 2");
      assertThat(newer.rejection().get())
          .isEqualTo(
              "the position of customer 'olga' was decided by version 2 of journey 'shop', newer"
                  + " than this version 1");
    }

    @Test
    void the_next_check_of_an_older_position_is_the_carried_positions() {
      Engine second = engine(second());

      assertThat(second.nextCheck(at(first(), "buyer"), T0)).isEmpty();
      assertThatThrownBy(() -> engine(first()).nextCheck(second().newCustomer("olga", T0), T0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("newer than this version 1");
    }

    @Test
    void replaying_a_log_in_two_parts_across_versions_ends_where_the_migration_says() {
      Engine first = engine(first());
      Engine second = engine(second());
      Position start = first().newCustomer("olga", T0);
      Position afterFirstPart =
          first.finalPosition(
              start,
              java.util.List.of(
                  new InteractionHappened(Outcome.YES, T0.plus(Duration.ofDays(1))),
                  new InteractionHappened(Outcome.YES, T0.plus(Duration.ofDays(2)))));

      Position end =
          second.finalPosition(
              afterFirstPart,
              java.util.List.of(new InteractionHappened(Outcome.YES, T0.plus(Duration.ofDays(3)))));

      assertThat(afterFirstPart.stage()).isEqualTo("buyer");
      assertThat(end.stage()).isEqualTo("customer");
      assertThat(end.version()).isEqualTo(2);
    }
  }

  @Nested
  class GapsOfAMigration {

    @Test
    void a_complete_migration_leaves_only_what_it_loses_without_a_word() {
      assertThat(GapAnalysis.ofMigration(first(), second()).map(Finding::toString))
          .containsExactly(
              "warning criterion 'need' of version 1: version 2 has no criterion 'need', and no"
                  + " migration renames or removes it; carried customers lose it without a word",
              "warning fact 'calls' of version 1: it was a counter and is a sum in version 2;"
                  + " carried customers start it again",
              "warning message 'welcome' of version 1: version 2 has no message 'welcome', and no"
                  + " migration renames or removes it; carried customers lose it without a word");
    }

    @Test
    void a_stage_the_migration_leaves_unmapped_is_an_error() {
      Journey second =
          secondWithoutMigration()
              .migration(
                  Migration.from(1)
                      .renameStage("interested", "considering")
                      .renameCriterion("money", "budget")
                      .removeCriterion("need")
                      .renameFact("visits", "sessions")
                      .removeFact("calls")
                      .removeMessage("welcome")
                      .build())
              .buildOrThrow();

      assertThat(GapAnalysis.ofMigration(first(), second))
          .containsExactly(
              new Finding(
                  Finding.Severity.ERROR,
                  Finding.Kind.UNMAPPED_STAGE,
                  "stage 'buyer' of version 1",
                  "version 2 has no stage 'buyer', and no migration says where its customers go;"
                      + " their events will be rejected"));
    }

    @Test
    void a_missing_migration_or_a_wrong_pair_of_versions_is_an_error() {
      assertThat(
              GapAnalysis.ofMigration(first(), secondWithoutMigration().buildOrThrow())
                  .map(Finding::toString))
          .containsExactly(
              "error journey 'shop': version 2 has no migration from version 1 to 2; no customer"
                  + " of version 1 can be carried over, every event of theirs is rejected");
      assertThat(GapAnalysis.ofMigration(second(), first()).map(Finding::message))
          .containsExactly("version 2 is not older than version 1");
      assertThat(
              GapAnalysis.ofMigration(
                      first(),
                      Journey.builder("other", "Other")
                          .version(2)
                          .stage(Stage.of("a", "A", "-"))
                          .buildOrThrow())
                  .map(Finding::kind))
          .containsExactly(Finding.Kind.NO_MIGRATION);
    }
  }
}
