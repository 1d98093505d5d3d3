package io.github.journeykit.definition;

import static io.github.journeykit.definition.ReadingProblemsTests.problems;
import static io.github.journeykit.definition.ReadingProblemsTests.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Migration;
import org.junit.jupiter.api.Test;

/** A journey's version and migrations in a definition: read, written, and every mistake located. */
class MigrationFormatTests {

  /** The trial of {@link ReadingProblemsTests}, as version 2 of a journey that had three stages. */
  static final String SECOND_VERSION =
      ReadingProblemsTests.TRIAL
          .replace(
              "  name: A trial\n",
              """
                name: A trial
                version: 2
              """)
          .replace(
              "rules:\n",
              """
                migrations:
                  - from: 1
                    stages:
                      renamed: {trying: signed-up}
                      removed: {lapsed: signed-up, converted: paying}
                    facts:
                      renamed: {purchases-made: payments}
                      removed: [score]
                    criteria:
                      removed: [need]
                    messages:
                      removed: [welcome]
              rules:
              """);

  @Test
  void aVersionAndItsMigrationsAreRead() {
    Journey journey = read(SECOND_VERSION).get().journey();

    assertThat(journey.version()).isEqualTo(2);
    assertThat(journey.migrations())
        .containsExactly(
            Migration.from(1)
                .renameStage("trying", "signed-up")
                .removeStage("lapsed", "signed-up")
                .removeStage("converted", "paying")
                .renameFact("purchases-made", "payments")
                .removeFact("score")
                .removeCriterion("need")
                .removeMessage("welcome")
                .build());
  }

  @Test
  void aJourneyWithoutAVersionIsVersionOneAndWrittenWithoutIt() {
    Journey journey = read(ReadingProblemsTests.TRIAL).get().journey();

    assertThat(journey.version()).isEqualTo(1);
    assertThat(journey.migrations()).isEmpty();
    assertThat(Definitions.write(read(ReadingProblemsTests.TRIAL).get(), Format.YAML))
        .doesNotContain("version")
        .doesNotContain("migrations");
  }

  @Test
  void aVersionAndItsMigrationsAreWrittenAndReadBackEqual() {
    String written = Definitions.write(read(SECOND_VERSION).get(), Format.YAML);

    assertThat(written)
        .contains("  version: 2\n")
        .contains(
            """
              migrations:
                - from: 1
                  stages:
                    renamed:
                      trying: signed-up
                    removed:
                      lapsed: signed-up
                      converted: paying
            """);
    assertThat(Definitions.read(written, Format.YAML, "written.yaml").get())
        .isEqualTo(read(SECOND_VERSION).get());
  }

  @Test
  void everyMistakeInAMigrationIsLocated() {
    String spoiled =
        SECOND_VERSION
            .replace("version: 2", "version: 0")
            .replace("- from: 1", "- from: one")
            .replace("removed: [score]", "removed: {score: gone}")
            .replace("    criteria:", "    criterion:");

    assertThat(problems(spoiled))
        .containsExactly(
            "trial.yaml:4:12: journey.version: expected a whole number of at least 1, got 0",
            "trial.yaml:32:7: journey.migrations[0].criterion: unknown key (did you mean"
                + " 'criteria'?); the keys here are from, stages, criteria, facts, messages",
            "trial.yaml:25:13: journey.migrations[0].from: expected a number, got 'one'");
  }

  @Test
  void theIdsOfAMigrationAreCheckedWithTheJourneyAtTheMigration() {
    String spoiled =
        SECOND_VERSION
            .replace("removed: [score]", "removed: {score: gone}")
            .replace("converted: paying", "converted: payin")
            .replace("removed: [welcome]", "removed: [welcome, welcome]");

    assertThat(problems(spoiled))
        .containsExactly(
            "trial.yaml:31:18: journey.migrations[0].facts.removed: expected a list, got a"
                + " mapping",
            "trial.yaml:35:28: journey.migrations[0].messages.removed[1]: message 'welcome' is"
                + " already removed");
    assertThat(problems(SECOND_VERSION.replace("converted: paying", "converted: payin")))
        .containsExactly(
            "trial.yaml:25:7: journey.migrations[0]: it maps stage 'converted' to 'payin', and"
                + " version 2 has no such stage (did you mean 'paying'?); known stages:"
                + " signed-up, paying");
  }
}
