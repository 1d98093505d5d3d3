package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParameterTests {

  static Parameter quiet() {
    return Parameter.assumption(
        "quiet-regular",
        "P30D",
        "How long a regular may stay quiet before the reminder",
        "the article says 'systematically' and gives no interval");
  }

  static Parameter loyal() {
    return Parameter.builder()
        .id("loyal-purchases")
        .value("2")
        .description("Purchases that make a customer loyal")
        .origin(new Parameter.Source("[000]", Option.of("bought 2 or more times")))
        .build();
  }

  /** The quiet regular with another value. */
  static Parameter valued(String value) {
    return Parameter.builder().from(quiet()).value(value).build();
  }

  @Nested
  class Values implements EqualsContract<Parameter> {
    @Override
    public Parameter createValue() {
      return quiet();
    }

    @Override
    public Parameter createEqualValue() {
      return quiet();
    }

    @Override
    public Parameter createNotEqualValue() {
      return valued("P14D");
    }

    @Test
    void whereItIsUsedIsPartOfTheValue() {
      assertThat(
              Parameter.builder()
                  .from(quiet())
                  .usedAt(List.of("rules[3].when.inactiveFor"))
                  .build())
          .isNotEqualTo(quiet());
      assertThat(quiet().usedAt()).isEmpty();
    }
  }

  @Nested
  class Kinds {
    @Test
    void aValueIsANumberADurationOrATimeOfDayAsWritten() {
      Parameter weight = Parameter.fromSource("weight", "0.70", "A weight", "[004]");
      assertThat(weight.kind()).contains(Parameter.Kind.NUMBER);
      assertThat(weight.number()).contains(new BigDecimal("0.70"));
      assertThat(weight.number().get().scale()).as("as written").isEqualTo(2);
      assertThat(weight.duration()).isEmpty();

      assertThat(quiet().kind()).contains(Parameter.Kind.DURATION);
      assertThat(quiet().duration()).contains(Duration.ofDays(30));
      assertThat(quiet().number()).isEmpty();

      Parameter morning = Parameter.assumption("morning", "09:30", "When letters go", "none given");
      assertThat(morning.kind()).contains(Parameter.Kind.TIME_OF_DAY);
      assertThat(morning.timeOfDay()).contains(LocalTime.of(9, 30));

      assertThat(Parameter.assumption("x", "soon", "d", "r").kind()).isEmpty();
      assertThat(Parameter.Kind.DURATION.words()).isEqualTo("a duration");
    }

    @Test
    void theValueInWordsIsWhatAMarketerReads() {
      assertThat(quiet().valueInWords()).isEqualTo("30 days");
      assertThat(valued("PT2H").valueInWords()).isEqualTo("2 hours");
      assertThat(loyal().valueInWords()).isEqualTo("2");
      assertThat(valued("09:30").valueInWords()).isEqualTo("09:30 UTC");
      assertThat(valued("soon").valueInWords()).isEqualTo("soon");
    }

    @Test
    void theOriginSaysWhetherTheSourceGivesTheValueOrItIsAnAssumption() {
      assertThat(loyal().isAssumption()).isFalse();
      assertThat(loyal().origin().inWords())
          .isEqualTo("from the article [000]: \"bought 2 or more times\"");
      assertThat(Parameter.fromSource("p", "2", "d", "[002]").origin().inWords())
          .isEqualTo("from the article [002]");
      assertThat(Parameter.fromSource("p", "10", "d", "Price list 2026").origin().inWords())
          .isEqualTo("from Price list 2026");
      assertThat(loyal().origin().inShort()).isEqualTo("from the article [000]");
      assertThat(quiet().origin().inShort()).isEqualTo("assumption");
      assertThat(quiet().isAssumption()).isTrue();
      assertThat(quiet().origin().inWords())
          .isEqualTo("assumption: the article says 'systematically' and gives no interval");
    }
  }

  @Nested
  class InAJourney {
    @Test
    void aJourneyKeepsItsParametersInOrderAndFindsThemById() {
      Journey journey = JourneyTests.shop().parameters(List.of(loyal(), quiet())).build().get();
      assertThat(journey.parameters()).containsExactly(loyal(), quiet());
      assertThat(journey.parameter("quiet-regular")).contains(quiet());
      assertThat(journey.parameter("quiet")).isEmpty();
      assertThat(journey.toBuilder().build().get()).isEqualTo(journey);
      assertThat(JourneyTests.valid().parameters()).isEmpty();
      assertThat(journey).isNotEqualTo(JourneyTests.valid());
    }

    @Test
    void badIdsDuplicatesValuesOfNoKindAndBlankTextsAreReportedWithTheirPlace() {
      Seq<Problem> problems =
          JourneyTests.problemsOf(
              JourneyTests.shop()
                  .parameter(quiet())
                  .parameter(Parameter.assumption("Quiet", "P1D", " ", ""))
                  .parameter(valued("30 days"))
                  .parameter(
                      Parameter.builder()
                          .id("weight")
                          .value("0.5")
                          .description("A weight")
                          .origin(new Parameter.Source("", Option.of("")))
                          .build()));
      assertThat(problems.map(Problem::toString))
          .containsExactly(
              "parameter #2 'Quiet': 'Quiet' is not a valid parameter id; use lowercase letters and"
                  + " digits, joined by single '-' or '_' (e.g. 'need-awareness')",
              "parameter #3 'quiet-regular': the id 'quiet-regular' is already used by parameter #1;"
                  + " parameter ids must be unique within a journey",
              "parameter #2 'Quiet': the description is blank; say what the parameter tunes",
              "parameter #2 'Quiet': the reason is blank; say why the value is an assumption: what"
                  + " the source says instead",
              "parameter #3 'quiet-regular': the value '30 days' is neither a number (2, 0.7), a"
                  + " duration (P30D for 30 days, PT2H for 2 hours) nor a time of day (09:30)",
              "parameter #4 'weight': the source is blank; give the tag of the article that gives"
                  + " the value, e.g. [002]",
              "parameter #4 'weight': the quote is blank; give the article's own words, or no quote");
      assertThat(problems.map(Problem::kind))
          .contains(Problem.Kind.INVALID_ID, Problem.Kind.DUPLICATE_ID, Problem.Kind.BAD_PARAMETER);
    }
  }
}
