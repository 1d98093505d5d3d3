package io.github.journeykit.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A definition with mistakes: every mistake is reported at once, each with its line, column and
 * path, unknown keys and values with the closest known one; and no playbook is made.
 */
class ReadingProblemsTests {

  /** A small journey in YAML, correct, that the tests below spoil one way or another. */
  static final String TRIAL =
      """
      journey:
        id: trial
        name: A trial
        stages:
          - id: signed-up
            name: Signed up
          - id: paying
            name: Paying
        transitions:
          - from: signed-up
            to: paying
            kind: advance
        events:
          - id: payment
            description: A payment
            attributes:
              - name: amount
                kind: amount
                required: true
        facts:
          - counter: payments
            description: Payments so far
      rules:
        - name: A payment is counted
          "on": payment
          then:
            - add: payments
              by: 1
        - name: A payment of 10 makes paying
          "on": payment
          at: signed-up
          when:
            all:
              - attribute: amount
                atLeast: 10
              - fact: payments
                atMost: 5
          then:
            - moveTo: paying
      """;

  static Validation<Seq<DefinitionProblem>, Playbook> read(String yaml) {
    return Definitions.read(yaml, Format.YAML, "trial.yaml");
  }

  static Seq<String> problems(String yaml) {
    Validation<Seq<DefinitionProblem>, Playbook> read = read(yaml);
    assertThat(read.isInvalid()).as("the definition is refused").isTrue();
    return read.getError().map(DefinitionProblem::toString);
  }

  @Test
  void theCorrectDefinitionReads() {
    Validation<Seq<DefinitionProblem>, Playbook> read = read(TRIAL);
    assertThat(read.isValid()).as("%s", read.isValid() ? "" : read.getError().mkString()).isTrue();
    assertThat(read.get().toString()).isEqualTo("Playbook[trial: 2 rules, 0 gates]");
  }

  @Test
  void everyMistakeIsReportedAtOnceWithItsLineColumnAndPath() {
    String spoiled =
        TRIAL
            .replace("kind: advance", "kind: advanse")
            .replace("atLeast: 10", "atLeest: 10")
            .replace("description: Payments so far", "descripton: Payments so far");
    assertThat(problems(spoiled))
        .containsExactly(
            "trial.yaml:12:13: journey.transitions[0].kind: unknown value 'advanse' (did you mean"
                + " 'advance'?); one of advance, skip, roll-back, loop",
            "trial.yaml:22:7: journey.facts[0].descripton: unknown key (did you mean"
                + " 'description'?); the keys here are counter, description",
            "trial.yaml:35:11: rules[1].when.all[0].atLeest: unknown key (did you mean"
                + " 'atLeast'?); the keys here are attribute, is, oneOf, atLeast, atMost, above,"
                + " below, present, absent");
  }

  @Test
  void whatTheRulesNameIsCheckedAgainstTheJourneyWithTheirOwnMistakes() {
    String spoiled =
        TRIAL
            .replace("at: signed-up", "at: [signed-upp]")
            .replace("- moveTo: paying", "- moveTo: paying\n      - countPurchases");
    assertThat(problems(spoiled))
        .containsExactly(
            "trial.yaml:31:10: rules[1].at[0]: the journey has no stage 'signed-upp' (did you"
                + " mean 'signed-up'?)",
            "trial.yaml:40:9: rules[1].then[1]: unknown effect 'countPurchases' (did you mean"
                + " 'countPurchase'?); an effect is one of advance, rollBack, recordCriterion,"
                + " countPurchase, or a mapping with one of moveTo, status, recordCriterion, send,"
                + " sendRegardless, forget, add, record, set, reset");
  }

  @Test
  void theRulesAreReadForTheirOwnMistakesEvenWhenTheJourneyIsWrong() {
    String spoiled = TRIAL.replace("  stages:", "  stagez:").replace("atMost: 5", "atMost: five");
    assertThat(problems(spoiled))
        .containsExactly(
            "trial.yaml:4:3: journey.stagez: unknown key (did you mean 'stages'?); the keys here"
                + " are id, name, version, description, kind, parameters, stages, transitions, criteria,"
                + " personas, channels, touchpoints, messages, events, facts, migrations",
            "trial.yaml:2:3: journey: missing 'stages'",
            "trial.yaml:37:19: rules[1].when.all[1].atMost: expected a number, got 'five'");
  }

  @Test
  void anUnknownEventTypeIsReportedWithTheTypesTheJourneyDeclares() {
    assertThat(problems(TRIAL.replace("\"on\": payment\n    then", "\"on\": paymnet\n    then")))
        .containsExactly(
            "trial.yaml:25:11: rules[0].on: the journey declares no event type 'paymnet' (did you"
                + " mean 'payment'?); it declares payment, time_passed");
  }

  @Test
  void aProblemOfTheJourneyIsReportedAtThePartItIsAbout() {
    assertThat(problems(TRIAL.replace("    to: paying", "    to: payed")))
        .singleElement()
        .asString()
        .startsWith("trial.yaml:10:7: journey.transitions[0]: ")
        .contains("'payed'");
  }

  @Test
  void aProblemOfThePlaybookIsReportedAtTheRuleItIsAbout() {
    assertThat(problems(TRIAL.replace("- moveTo: paying", "- send: welcome")))
        .singleElement()
        .asString()
        .startsWith("trial.yaml:29:5: rules[1]: ")
        .contains("'welcome'");
  }

  @Nested
  class Shapes {
    @Test
    void aConditionWithTwoQuestionsIsToldToUseAll() {
      assertThat(
              problems(
                  TRIAL.replace(
                      "    when:\n      all:\n        - attribute: amount\n          atLeast: 10\n"
                          + "        - fact: payments\n          atMost: 5\n",
                      "    when:\n      attribute: amount\n      atLeast: 10\n      fact: payments\n")))
          .singleElement()
          .asString()
          .isEqualTo(
              "trial.yaml:33:7: rules[1].when: one condition per mapping, this one has attribute"
                  + " and fact; put them in a list under 'all' (both must hold) or 'any' (one"
                  + " must)");
    }

    @Test
    void anUnknownEffectIsReportedWithTheClosestOne() {
      assertThat(problems(TRIAL.replace("- moveTo: paying", "- advence")))
          .singleElement()
          .asString()
          .startsWith(
              "trial.yaml:39:9: rules[1].then[0]: unknown effect 'advence' (did you mean"
                  + " 'advance'?)");
    }

    @Test
    void aShareIsAboveZeroAndOfOneNumber() {
      assertThat(
              problems(
                  TRIAL.replace(
                      "      - fact: payments\n          atMost: 5",
                      "      - fact: payments\n          atMost: {share: 0, of: {fact: payments,"
                          + " attribute: amount}}")))
          .containsExactly(
              "trial.yaml:37:27: rules[1].when.all[1].atMost.share: a share is above 0, e.g. 0.25"
                  + " for a quarter",
              "trial.yaml:37:34: rules[1].when.all[1].atMost.of: a share is of one number: write"
                  + " one of attribute, fact, timesSent, not fact and attribute");
      assertThat(
              problems(
                  TRIAL.replace(
                      "      - fact: payments\n          atMost: 5",
                      "      - fact: payments\n          atMost: {share: 0.5, of: {fact: paymnets}}")))
          .singleElement()
          .asString()
          .startsWith(
              "trial.yaml:29:5: rules[1]: condition \"payments is at most 50 % of paymnets\": the"
                  + " journey declares no fact 'paymnets' (did you mean 'payments'?)");
    }

    @Test
    void aDurationMustBeAnIsoDuration() {
      assertThat(
              problems(
                  TRIAL.replace(
                      "      - fact: payments\n          atMost: 5",
                      "      - timeInStage: true\n          atMost: 5 days")))
          .singleElement()
          .asString()
          .isEqualTo(
              "trial.yaml:37:19: rules[1].when.all[1].atMost: expected a duration such as P7D"
                  + " (7 days), PT12H (12 hours) or PT30M, got '5 days'");
    }

    @Test
    void aChannelDeclaredTwiceOrNamedByNothingIsReported() {
      String channels =
          "  channels:\n"
              + "    - {id: call-centre, name: Call centre, online: false}\n"
              + "    - {id: call-centre, name: Call centre again, online: false}\n"
              + "    - {id: fax, name: Fax, online: false}\n"
              + "  touchpoints:\n"
              + "    - {id: support, name: Support, channel: call-centre, stages: [signed-up]}\n"
              + "  events:\n";
      assertThat(problems(TRIAL.replace("  events:\n", channels)))
          .containsExactly(
              "trial.yaml:15:7: journey.channels[1]: the channel 'call-centre' is declared twice",
              "trial.yaml:16:7: journey.channels[2]: the channel 'fax' is declared but no"
                  + " touchpoint, message or persona names it: name it, or leave it out");
    }

    @Test
    void aKeyGivenTwiceIsReported() {
      assertThat(problems(TRIAL.replace("  name: A trial\n", "  name: A trial\n  name: Again\n")))
          .singleElement()
          .asString()
          .isEqualTo("trial.yaml:4:3: journey.name: the key is given twice");
    }
  }

  @Nested
  class Syntax {
    @Test
    void aMistakeOfYamlSyntaxIsReportedWhereItIs() {
      Seq<DefinitionProblem> problems =
          read("journey:\n  id: trial\n  name: [unclosed\n").getError();
      assertThat(problems).hasSize(1);
      assertThat(problems.head().line()).isGreaterThanOrEqualTo(3);
      assertThat(problems.head().message()).startsWith("not valid YAML: ");
    }

    @Test
    void aMistakeOfJsonSyntaxIsReportedWhereItIs() {
      Seq<DefinitionProblem> problems =
          Definitions.read("{\"journey\": {\"id\": \"x\",, }}", Format.JSON, "x.json").getError();
      assertThat(problems).hasSize(1);
      assertThat(problems.head().toString())
          .isEqualTo(
              "x.json:1:24: not valid JSON: Unexpected character (',' (code 44)): was expecting"
                  + " double-quote to start property name");
    }

    @Test
    void anEmptyDefinitionIsReported() {
      assertThat(problems("")).containsExactly("trial.yaml:1:1: the definition is empty");
    }

    @Test
    void aDefinitionThatIsNotAMappingIsReported() {
      assertThat(problems("- journey\n"))
          .containsExactly(
              "trial.yaml:1:1: expected a mapping of journey, rules, gates, got a list");
    }
  }

  @Nested
  class Files_ {
    @TempDir Path folder;

    @Test
    void aFileIsReadInTheFormatItsNameSays() throws Exception {
      Path yaml = Files.writeString(folder.resolve("trial.yaml"), TRIAL);
      assertThat(Definitions.read(yaml).isValid()).isTrue();
      Path json =
          Files.writeString(
              folder.resolve("trial.json"),
              Definitions.write(Definitions.read(yaml).get(), Format.JSON));
      assertThat(Definitions.read(json).get()).isEqualTo(Definitions.read(yaml).get());
    }

    @Test
    void aFileOfAnotherNameOrNotUtf8IsRefusedWithAReason() throws Exception {
      Path text = Files.writeString(folder.resolve("trial.txt"), TRIAL);
      assertThat(Definitions.read(text).getError().head().message())
          .isEqualTo("name the file .yaml, .yml or .json, to say its format");
      Path latin =
          Files.write(folder.resolve("latin.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9});
      assertThat(Definitions.read(latin).getError().head().message())
          .isEqualTo("not UTF-8 text: save the definition as UTF-8");
      assertThat(Definitions.read(folder.resolve("missing.yaml")).getError().head().message())
          .startsWith("cannot read the file: ");
    }
  }
}
