package io.github.journeykit.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Parameter;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameters in a definition: declared under {@code journey.parameters}, named with {@code $} where
 * a number, a duration or a time of day is expected, read as their values; every mistake located;
 * set in place of their own values when read; and named again where they were when a playbook is
 * written.
 */
class ParameterDefinitionTests {

  /** A small journey in YAML with a parameter of each kind, correct. */
  static final String TRIAL =
      """
      journey:
        id: trial
        name: A trial
        parameters:
          - id: quiet
            value: P30D
            description: How long a customer may be quiet before we call
            assumption: The article says to call systematically and gives no interval
          - id: big-payment
            value: 10
            description: The payment that makes a customer paying
            source: "[000]"
            quote: ten or more
          - id: call-time
            value: "09:30"
            description: When the call is made
            assumption: No article says
        stages:
          - id: signed-up
            name: Signed up
          - id: paying
            name: Paying
        transitions:
          - from: signed-up
            to: paying
            kind: advance
        messages:
          - id: call
            stage: signed-up
            when:
              trigger: Quiet
              timeOfDay: $call-time
        events:
          - id: payment
            description: A payment
            attributes:
              - name: amount
                kind: amount
                required: true
      rules:
        - name: A payment big enough makes paying
          "on": payment
          when:
            attribute: amount
            atLeast: $big-payment
          then:
            - moveTo: paying
        - name: A quiet customer gets a call
          "on": time_passed
          when:
            inactiveFor: $quiet
          then:
            - send: call
      """;

  static Validation<Seq<DefinitionProblem>, Playbook> read(String yaml) {
    return Definitions.read(yaml, Format.YAML, "trial.yaml");
  }

  static Playbook valid(Validation<Seq<DefinitionProblem>, Playbook> read) {
    assertThat(read.isValid()).as("%s", read.isValid() ? "" : read.getError().mkString()).isTrue();
    return read.get();
  }

  static Seq<String> problems(Validation<Seq<DefinitionProblem>, Playbook> read) {
    assertThat(read.isInvalid()).as("the definition is refused").isTrue();
    return read.getError().map(DefinitionProblem::toString);
  }

  @Nested
  class Naming {
    @Test
    void aParameterNamedWithADollarIsReadAsItsValueAndKnowsWhereItIsNamed() {
      Playbook trial = valid(read(TRIAL));
      Journey journey = trial.journey();
      assertThat(trial.rules().get(0).condition())
          .isEqualTo(Condition.attribute("amount").atLeast(new BigDecimal("10")));
      assertThat(trial.rules().get(1).condition())
          .isEqualTo(Condition.inactiveFor(Duration.ofDays(30)));
      assertThat(journey.message("call").get().when().get().timeOfDay().get()).hasToString("09:30");
      assertThat(journey.parameters().map(Parameter::id))
          .containsExactly("quiet", "big-payment", "call-time");
      assertThat(journey.parameter("quiet").get().usedAt())
          .containsExactly("rules[1].when.inactiveFor");
      assertThat(journey.parameter("call-time").get().usedAt())
          .containsExactly("journey.messages[0].when.timeOfDay");
      Parameter payment = journey.parameter("big-payment").get();
      assertThat(payment.origin())
          .isEqualTo(new Parameter.Source("[000]", Option.of("ten or more")));
      assertThat(payment.value()).isEqualTo("10");
      assertThat(journey.parameter("quiet").get().origin().inWords())
          .isEqualTo("assumption: The article says to call systematically and gives no interval");
    }

    @Test
    void aDefinitionNamingItsNumbersIsTheSamePlaybookAsOneWritingThemSaveForItsParameters() {
      String literal =
          TRIAL
              .replace("$big-payment", "10")
              .replace("$quiet", "P30D")
              .replace("$call-time", "\"09:30\"")
              .replace(
                  TRIAL.substring(TRIAL.indexOf("  parameters:"), TRIAL.indexOf("  stages:")), "");
      Playbook named = valid(read(TRIAL));
      Playbook written = valid(read(literal));
      assertThat(written.journey().parameters()).isEmpty();
      assertThat(named.rules()).isEqualTo(written.rules());
      assertThat(named.journey().messages()).isEqualTo(written.journey().messages());
    }
  }

  @Nested
  class Mistakes {
    @Test
    void anUnknownParameterIsReportedWithTheClosestTheJourneyDeclares() {
      assertThat(problems(read(TRIAL.replace("inactiveFor: $quiet", "inactiveFor: $quite"))))
          .containsExactly(
              "trial.yaml:51:20: rules[1].when.inactiveFor: no parameter 'quite' (did you mean"
                  + " 'quiet'?); the journey's parameters are quiet, big-payment, call-time");
    }

    @Test
    void aParameterOfAnotherKindThanThePlaceExpectsNamesBoth() {
      assertThat(
              problems(
                  read(
                      TRIAL
                          .replace("atLeast: $big-payment", "atLeast: $quiet")
                          .replace("inactiveFor: $quiet", "inactiveFor: $big-payment"))))
          .containsExactly(
              "trial.yaml:45:16: rules[0].when.atLeast: parameter 'quiet' is a duration (P30D, 30"
                  + " days), and a number is expected here",
              "trial.yaml:51:20: rules[1].when.inactiveFor: parameter 'big-payment' is a number"
                  + " (10), and a duration is expected here");
    }

    @Test
    void aParameterDeclaredThatNothingNamesIsAMistake() {
      assertThat(problems(read(TRIAL.replace("inactiveFor: $quiet", "inactiveFor: P30D"))))
          .containsExactly(
              "trial.yaml:5:7: journey.parameters[0]: parameter 'quiet' is declared but nothing"
                  + " names it, so it tunes nothing: name it as $quiet where its value belongs, or"
                  + " leave it out");
    }

    @Test
    void aDecimalWhereAWholeNumberIsExpectedSaysTheParameter() {
      String decimal =
          TRIAL.replace("value: 10", "value: 1.5")
              + "gates:\n  - stage: paying\n    admits:\n      purchasesAtLeast: $big-payment\n";
      assertThat(problems(read(decimal)))
          .containsExactly(
              "trial.yaml:57:25: gates[0].admits.purchasesAtLeast: parameter 'big-payment' is 1.5,"
                  + " and expected a whole number of at least 0 here");
    }

    @Test
    void aParameterCannotStandForTheVersion() {
      assertThat(
              problems(
                  read(
                      TRIAL.replace(
                          "  name: A trial\n", "  name: A trial\n  version: $big-payment\n"))))
          .containsExactly(
              "trial.yaml:4:12: journey.version: a parameter cannot stand here; write the number"
                  + " itself");
    }

    @Test
    void theDeclarationsMistakesAreReportedEachAtItsPlace() {
      String spoiled =
          TRIAL
              .replace("value: P30D", "value: 30 days")
              .replace("source: \"[000]\"", "assumption: guessed\n      source: \"[000]\"")
              .replace("assumption: No article says", "quote: nine thirty")
              .replace("    description: How long", "    descripton: How long");
      assertThat(problems(read(spoiled)))
          .containsExactly(
              "trial.yaml:7:7: journey.parameters[0].descripton: unknown key (did you mean"
                  + " 'description'?); the keys here are id, value, description, source, quote,"
                  + " assumption",
              "trial.yaml:6:14: journey.parameters[0].value: expected a number (2, 0.7), a"
                  + " duration (P30D for 30 days, PT2H for 2 hours) or a time of day (09:30), got"
                  + " '30 days'",
              "trial.yaml:5:7: journey.parameters[0]: missing 'description'",
              "trial.yaml:9:7: journey.parameters[1]: a value comes from the source or is an"
                  + " assumption, not both: keep 'source' or 'assumption'",
              "trial.yaml:15:7: journey.parameters[2]: say where the value comes from: 'source'"
                  + " (the article's tag, e.g. [002], and its words in 'quote') or 'assumption' (why"
                  + " it is one: what the article says instead)",
              "trial.yaml:18:14: journey.parameters[2].quote: a quote gives the source's words:"
                  + " name the 'source'");
    }

    @Test
    void aValueOfNoKindOrANumberInQuotesIsReportedAtTheValue() {
      assertThat(problems(read(TRIAL.replace("value: P30D", "value: a month"))))
          .containsExactly(
              "trial.yaml:6:14: journey.parameters[0].value: expected a number (2, 0.7), a duration"
                  + " (P30D for 30 days, PT2H for 2 hours) or a time of day (09:30), got 'a month'");
      assertThat(problems(read(TRIAL.replace("value: 10", "value: \"10\""))))
          .containsExactly(
              "trial.yaml:10:14: journey.parameters[1].value: write the number 10 without quotes");
    }

    @Test
    void aSecondParameterOfAnIdIsReportedAndNothingNamingItIsCheckedAgainstEither() {
      assertThat(
              problems(
                  read(
                      TRIAL.replace("id: call-time", "id: quiet").replace("$call-time", "$quiet"))))
          .containsExactly(
              "trial.yaml:14:7: journey.parameters[2]: the id 'quiet' is already used by the"
                  + " parameter at journey.parameters[0]; parameter ids must be unique within a"
                  + " journey");
    }

    @Test
    void whatTheJourneyChecksOfAParameterIsReportedAtItsDeclaration() {
      assertThat(
              problems(
                  read(
                      TRIAL
                          .replace("- id: big-payment", "- id: Big-payment")
                          .replace("$big-payment", "$Big-payment"))))
          .containsExactly(
              "trial.yaml:9:7: journey.parameters[1]: 'Big-payment' is not a valid parameter id;"
                  + " use lowercase letters and digits, joined by single '-' or '_' (e.g."
                  + " 'need-awareness')");
    }

    @Test
    void aNumberWhereAParameterIsNamedInADefinitionOfPositionsIsNotAParameter() {
      // only a definition has parameters; JSON of positions reads a $ as the text it is
      assertThat(Parameters.names(new Node.Scalar("$quiet", "$quiet", 1, 1))).isTrue();
      assertThat(Parameters.names(new Node.Scalar(new BigDecimal("1"), "1", 1, 1))).isFalse();
    }
  }

  @Nested
  class Settings {
    @Test
    void aValueSetIsReadInPlaceOfTheParametersOwnAndASourcesValueBecomesAnAssumption() {
      Playbook tuned =
          valid(
              Definitions.read(
                  TRIAL,
                  Format.YAML,
                  "trial.yaml",
                  LinkedHashMap.of("quiet", "P14D", "big-payment", "25.50")));
      assertThat(tuned.rules().get(1).condition())
          .isEqualTo(Condition.inactiveFor(Duration.ofDays(14)));
      assertThat(tuned.rules().get(0).condition())
          .isEqualTo(Condition.attribute("amount").atLeast(new BigDecimal("25.50")));
      Parameter quiet = tuned.journey().parameter("quiet").get();
      assertThat(quiet.value()).isEqualTo("P14D");
      assertThat(quiet.origin().inWords())
          .as("an assumption stays one, for the same reason")
          .isEqualTo("assumption: The article says to call systematically and gives no interval");
      assertThat(tuned.journey().parameter("big-payment").get().origin())
          .isEqualTo(
              new Parameter.Assumption(
                  "set to 25.50 in place of 10, which comes from the article [000]"));
    }

    @Test
    void aValueSetForAFileIsReadToo(@TempDir Path dir) throws Exception {
      Path file = Files.writeString(dir.resolve("trial.yaml"), TRIAL);
      Playbook tuned = valid(Definitions.read(file, HashMap.of("call-time", "18:00")));
      assertThat(tuned.journey().message("call").get().when().get().timeOfDay().get())
          .hasToString("18:00");
    }

    @Test
    void aValueSetForAParameterTheJourneyDoesNotDeclareIsReportedWithTheClosest() {
      Map<String, String> settings = LinkedHashMap.of("quite", "P14D", "colour", "red");
      assertThat(problems(Definitions.read(TRIAL, Format.YAML, "trial.yaml", settings)))
          .containsExactly(
              "trial.yaml:5:5: journey.parameters: no parameter 'quite' to set (did you mean"
                  + " 'quiet'?); the journey's parameters are quiet, big-payment, call-time",
              "trial.yaml:5:5: journey.parameters: no parameter 'colour' to set; the journey's"
                  + " parameters are quiet, big-payment, call-time");
      String none = ReadingProblemsTests.TRIAL;
      assertThat(problems(Definitions.read(none, Format.YAML, "trial.yaml", settings)).head())
          .isEqualTo(
              "trial.yaml:2:3: journey: no parameter 'quite' to set; the journey declares no"
                  + " parameters");
    }

    @Test
    void aValueSetOfAnotherKindIsReportedAtTheParametersValue() {
      assertThat(
              problems(
                  Definitions.read(
                      TRIAL,
                      Format.YAML,
                      "trial.yaml",
                      LinkedHashMap.of("quiet", "30", "big-payment", "lots"))))
          .containsExactly(
              "trial.yaml:6:14: journey.parameters[0].value: parameter 'quiet' is a duration (P30D,"
                  + " 30 days), and the value set for it, '30', is a number: set a duration"
                  + " instead",
              "trial.yaml:10:14: journey.parameters[1].value: parameter 'big-payment' is a number"
                  + " (10), and the value set for it, 'lots', is none of a number, a duration or a"
                  + " time of day: set a number instead");
    }
  }

  @Nested
  class Writing {
    @Test
    void aPlaybookReadIsWrittenWithItsParametersNamedWhereTheyWereAndReadsBackEqual() {
      Playbook trial = valid(read(TRIAL));
      for (Format format : Format.values()) {
        String written = Definitions.write(trial, format);
        assertThat(written)
            .contains("$quiet", "$big-payment", "$call-time")
            .doesNotContain("P30D\"\n", "inactiveFor: P30D");
        EveryPartTests.assertRoundTrip(trial, format);
      }
      assertThat(Definitions.write(trial, Format.YAML))
          .contains("      inactiveFor: $quiet\n", "      atLeast: $big-payment\n");
    }

    @Test
    void aTunedPlaybookIsWrittenWithItsNewValuesStillNamed() {
      Playbook tuned =
          valid(Definitions.read(TRIAL, Format.YAML, "trial.yaml", HashMap.of("quiet", "P7D")));
      String written = Definitions.write(tuned, Format.YAML);
      assertThat(written).contains("value: P7D", "inactiveFor: $quiet");
      assertThat(valid(read(written))).isEqualTo(tuned);
    }

    @Test
    void aParameterThatCannotBeNamedWhereItSaysMakesThePlaybookUnwritable() {
      Playbook trial = valid(read(TRIAL));
      Journey unnamed =
          trial.journey().toBuilder()
              .parameter(Parameter.assumption("spare", "3", "Nothing", "No reason"))
              .buildOrThrow();
      Playbook changed =
          Playbook.builder(unnamed)
              .rule(
                  Rule.named("A quiet customer gets a call", trial.rules().get(1).on())
                      .when(Condition.inactiveFor(Duration.ofDays(7)))
                      .then(Effect.send("call")))
              .buildOrThrow();
      assertThatThrownBy(() -> Definitions.write(changed, Format.YAML))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "parameter 'quiet' (P30D, 30 days) is named at rules[1].when.inactiveFor, where the"
                  + " playbook holds no such value")
          .hasMessageContaining(
              "parameter 'big-payment' (10) is named at rules[0].when.atLeast, where the playbook"
                  + " holds no such value")
          .hasMessageContaining("parameter 'spare' is named nowhere");
    }

    @Test
    void theWriterNamesAParameterAtADefaultItLeavesOutAndAtACountWrittenAsHasMet() {
      String written = Definitions.write(EveryPartTests.everything(), Format.YAML);
      assertThat(written)
          .contains("    priority: $counting-priority\n")
          .contains(
              "        - criteriaMet:\n            - need\n          atLeast: $one-criterion\n");
      assertThat(Definitions.write(EveryPartTests.everything(List.empty()), Format.YAML))
          .doesNotContain("$", "priority: 0")
          .contains("        - hasMet: need\n");
    }
  }
}
