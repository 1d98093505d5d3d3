package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.definition.Definitions;
import io.github.journeykit.definition.Format;
import io.github.journeykit.model.Parameter;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numbers of the ready-made journeys that follow one article each (issue 16): every number
 * their rules, gates and messages use is a parameter, named where it is used; what the article
 * gives is marked with its source, what it does not give is an assumption with the reason. The
 * table below is the reading of the articles; each row says what the article says.
 */
class CatalogueParametersTests {

  /** The journeys whose numbers are all named: every one. */
  static Stream<String> named() {
    return Catalogue.ids().toJavaStream();
  }

  /** A parameter as the article gives it, or as an assumption: id, value, and the citation. */
  private record Expected(String journey, String id, String value, Option<String> citation) {
    static Expected source(String journey, String id, String value, String citation) {
      return new Expected(journey, id, value, Option.of(citation));
    }

    static Expected assumed(String journey, String id, String value) {
      return new Expected(journey, id, value, Option.none());
    }
  }

  private static final Seq<Expected> EXPECTED =
      List.of(
          // [000]: «Интересующиеся — ... подходят под 2 пункта из 3-х представленных»
          Expected.source("sales-funnel", "interested-criteria", "2", "[000]"),
          // [000]: «Покупатели — есть деньги, знает что нужно, принял решение о покупке»: all three
          Expected.source("sales-funnel", "buyer-criteria", "3", "[000]"),
          // [000]: «Лояльные — купившие 2 и более раз»
          Expected.source("sales-funnel", "loyal-purchases", "2", "[000]"),
          // [000] asks "When — в какой момент мы доносим свое сообщение", and gives no delay
          Expected.assumed("sales-funnel", "qualify-delay", "P1D"),
          Expected.assumed("sales-funnel", "second-purchase-delay", "P7D"),
          // [000] lists the objective and subjective criteria, «Критерии выбора у каждого свои»,
          // and sets no number: the gate is an assumption
          Expected.assumed("awareness-ladder", "objective-criteria", "1"),
          Expected.assumed("awareness-ladder", "subjective-criteria", "1"),
          // [002]: «мы систематически должны использовать триггер (напоминание)», no interval
          Expected.assumed("loyalty-loop", "quiet-regular", "P30D"),
          // [002]: «Всегда напоминаем клиенту (ненавязчиво)», no interval
          Expected.assumed("loyalty-loop", "reminder-interval", "P30D"),
          // [002]: teach the customer to use the product, «никогда не заставляйте меня думать»
          Expected.assumed("loyalty-loop", "how-to-use-delay", "P1D"),
          // [003, part 6]: «Отзывы — просим клиента оставлять в нужных нам площадках», no time
          Expected.assumed("nine-stages", "review-request-delay", "PT3H"),
          // [003, part 6]: back from the base to «Потребность отсутствует» or «Осознание
          // потребности» and «запустить под них прогрев», no interval
          Expected.assumed("nine-stages", "re-warming-after", "P60D"),
          // [003, part 4]: «Если хотя бы один пункт соответствует, то покупатель уже «тепленький»»
          Expected.source("sales-conversation", "readiness-signals", "1", "[003, part 4]"),
          // [004]: «Следует четко определить этих людей, их потребности, ожидания и относительную
          // важность», and no figures
          Expected.assumed("b2b", "director-importance", "0.5"),
          Expected.assumed("b2b", "chief-engineer-importance", "0.3"),
          Expected.assumed("b2b", "operator-importance", "0.2"),
          Expected.assumed("b2b", "agreement-threshold", "0.7"),
          // [003, part 2]: «Обычная схема оплаты 25% — 60% — 15%»
          Expected.source("web-studio", "prepayment-share", "0.25", "[003, part 2]"),
          Expected.source("web-studio", "acceptance-share", "0.85", "[003, part 2]"),
          // [003, part 2]: «написать клиенту письмо «по результатам встречи»», no time; nor for
          // the mock-ups
          Expected.assumed("web-studio", "summary-delay", "PT2H"),
          Expected.assumed("web-studio", "revision-time", "P2D"),
          Expected.assumed("web-studio", "new-mockup-time", "P5D"),
          // [003, part 5]: the letters of the first touch, with no interval between them
          Expected.assumed("email-scheme", "acquaintance-pause", "P2D"),
          // [003, part 5]: «через час-другой отправить автоматизированное письмо с реквизитами»
          Expected.source("email-scheme", "payment-reminder-after", "PT2H", "[003, part 5]"),
          // [003, part 5]: «Повторное напоминание», no time
          Expected.assumed("email-scheme", "second-reminder-after", "P1D"),
          Expected.assumed("email-scheme", "no-receipt-after", "P3D"),
          Expected.assumed("email-scheme", "related-offer-delay", "P1D"),
          // [003, part 5]: «Не открывает письма больше 3-х месяцев? Напомните о себе.»
          Expected.source("email-scheme", "silence", "P90D", "[003, part 5]"));

  static Seq<Parameter> parameters(String id) {
    return Catalogue.get(id).get().journey().parameters();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("named")
  void eachParameterIsAsTheArticleSaysAndSaysWhy(String id) {
    Seq<Expected> expected = EXPECTED.filter(row -> row.journey().equals(id));
    assertThat(parameters(id).map(Parameter::id))
        .containsExactlyElementsOf(expected.map(Expected::id));
    for (Expected row : expected) {
      Parameter parameter = parameters(id).find(p -> p.id().equals(row.id())).get();
      assertThat(parameter.value()).as(row.id()).isEqualTo(row.value());
      assertThat(parameter.description()).as(row.id()).isNotBlank();
      if (row.citation().isDefined()) {
        assertThat(parameter.origin())
            .as("%s comes from the article", row.id())
            .isInstanceOfSatisfying(
                Parameter.Source.class,
                source -> {
                  assertThat(source.citation()).isEqualTo(row.citation().get());
                  assertThat(source.quote()).as("the article's words").isNotEmpty();
                });
      } else {
        assertThat(parameter.origin())
            .as("%s is an assumption, and says what the article says instead", row.id())
            .isInstanceOfSatisfying(
                Parameter.Assumption.class,
                assumption -> assertThat(assumption.reason()).contains("article", "no"));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("named")
  void eachParameterIsNamedWhereItsValueIsUsed(String id) {
    for (Parameter parameter : parameters(id)) {
      assertThat(parameter.usedAt()).as(parameter.id()).isNotEmpty();
      String definition = Catalogue.definition(id).get();
      assertThat(definition).as(parameter.id()).contains(": $" + parameter.id() + "\n");
    }
  }

  /**
   * Every number and duration of the rules, the gates and the messages' timing in the definition
   * file names a parameter. Three kinds of number are written as they are: a purchase count of one,
   * which is what "has bought" means rather than a number to tune; a message sent at least once or
   * at most none, which is what "was sent" and "was not sent yet" mean; and a rule's priority,
   * which is the order the rules are asked in.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("named")
  void everyNumberTheRulesAndMessagesUseIsAParameter(String id) {
    Pattern number =
        Pattern.compile(
            "^(.*\\n)?\\s*-?\\s*(delay|timeOfDay|period|times|within|keep|inactiveFor|inStageFor"
                + "|atLeast|atMost|above|below|threshold|purchasesAtLeast|by|relativeImportance"
                + "|share):[ \\t]*(\\S+)",
            Pattern.MULTILINE);
    String definition = Catalogue.definition(id).get();
    Seq<String> written = List.empty();
    Matcher found = number.matcher(definition);
    while (found.find()) {
      String previous = found.group(1) == null ? "" : found.group(1);
      String key = found.group(2);
      String value = found.group(3);
      boolean hasBought = key.equals("purchasesAtLeast") && value.equals("1");
      boolean wasSent =
          previous.contains("timesSent:")
              && (key.equals("atLeast") && value.equals("1")
                  || key.equals("atMost") && value.equals("0"));
      if (!value.startsWith("$") && !hasBought && !wasSent) {
        written = written.append(found.group().trim());
      }
    }
    assertThat(written).as("numbers written as they are in %s", id).isEmpty();
  }

  @Test
  void aQuietRegularIsRemindedAfterTheTimeSetInPlaceOfTheAssumedThirtyDays() {
    Playbook tuned = tuned("loyalty-loop", "quiet-regular", "P14D");
    Rule quiet =
        tuned
            .rules()
            .find(r -> r.name().equals("A quiet regular gets the repeat-purchase reminder"))
            .get();
    assertThat(quiet.condition()).isEqualTo(Condition.inactiveFor(Duration.ofDays(14)));
    assertThat(
            Catalogue.get("loyalty-loop")
                .get()
                .rules()
                .find(r -> r.name().equals(quiet.name()))
                .get()
                .condition())
        .isEqualTo(Condition.inactiveFor(Duration.ofDays(30)));
    Parameter set = tuned.journey().parameter("quiet-regular").get();
    assertThat(set.valueInWords()).isEqualTo("14 days");
    assertThat(set.isAssumption()).isTrue();
  }

  @Test
  void aCountTheArticleGivesSetToAnotherValueBecomesAnAssumption() {
    Playbook tuned = tuned("sales-conversation", "readiness-signals", "2");
    assertThat(tuned.gate("close").get().admission())
        .isEqualTo(
            Condition.criteriaMet(
                2,
                "agrees-with-arguments",
                "favourable-view",
                "asks-about-details",
                "agrees-to-buy"));
    assertThat(tuned.journey().parameter("readiness-signals").get().origin().inWords())
        .isEqualTo(
            "assumption: set to 2 in place of 1, which comes from the article [003, part 4]");
  }

  private static Playbook tuned(String id, String parameter, String value) {
    return CatalogueDefinitionTests.valid(
        Definitions.read(
            Catalogue.definition(id).get(),
            Format.YAML,
            id + ".yaml",
            HashMap.of(parameter, value)));
  }
}
