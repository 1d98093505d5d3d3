package io.github.journeykit.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerRefused;
import io.github.journeykit.model.DeclaredEvent;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Event logs with a column per attribute, for a journey with event types of its own: values read by
 * their kinds, every mistake located, touchpoints and channels, long fields, and the writer's round
 * trip.
 */
class AttributeColumnsTests {

  static final EventType PAYMENT =
      EventType.of(
          "payment",
          "A payment was received",
          Attribute.amount("amount").required(),
          Attribute.choice("plan", "basic", "pro"));
  static final EventType LOGIN = EventType.of("login", "The customer logged in");
  static final EventType SEATS =
      EventType.of(
          "seats_changed",
          "The number of seats changed",
          Attribute.text("note"),
          Attribute.wholeNumber("seats").required());
  static final Journey SHOP =
      Journey.builder("shop", "Shop")
          .stage(Stage.of("visitor", "Visitor", "-"))
          .stage(Stage.of("customer", "Customer", "-"))
          .transition(Transition.advance("visitor", "customer"))
          .criterion(Criterion.of("money", "Has money"))
          .touchpoint(Touchpoint.of("checkout", "Checkout", Channel.WEBSITE, "visitor", "customer"))
          .touchpoint(Touchpoint.of("call", "Sales call", Channel.PHONE, "visitor"))
          .events(PAYMENT, LOGIN, EventType.PURCHASE, EventType.CRITERION, EventType.REFUSED, SEATS)
          .buildOrThrow();
  static final Playbook PLAYBOOK =
      Playbook.builder(SHOP)
          .rule(
              Rule.named("A payment makes a customer", PAYMENT)
                  .at("visitor")
                  .then(Effect.moveTo("customer")))
          .buildOrThrow();
  static final String COLUMNS =
      "the columns of an event log of journey 'shop' are customer, at, event, detail, touchpoint,"
          + " channel and the attributes of its event types: amount, plan, product, criterion,"
          + " reason, note, seats";

  static final Instant T1 = Instant.parse("2026-03-01T09:00:00Z");
  static final Instant T2 = Instant.parse("2026-03-01T10:00:00Z");

  static EventLogReader.Result read(String csv) {
    return EventLogReader.of(PLAYBOOK)
        .read("events.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  static EventLog log(String csv) {
    EventLogReader.Result result = read(csv);
    assertThat(result.problems().map(LogProblem::toString)).isEmpty();
    return result.log().get();
  }

  static Seq<String> problems(String csv) {
    EventLogReader.Result result = read(csv);
    assertThat(result.log().isEmpty()).as("the log must be refused").isTrue();
    return result.problems().map(LogProblem::toString);
  }

  static Event payment(Instant at, String amount, String... plan) {
    return plan.length == 0
        ? Event.of(PAYMENT, at, "amount", new BigDecimal(amount))
        : Event.of(PAYMENT, at, "amount", new BigDecimal(amount), "plan", plan[0]);
  }

  @Nested
  class ColumnsNamedAfterAttributes {
    @Test
    void fillTheAttributesOfTheRowsWhoseTypesDeclareThem() {
      EventLog log =
          log(
              "customer,at,event,Amount,plan,product\n"
                  + "ann,2026-03-01T09:00:00Z,payment,12.50,pro,\n"
                  + "ann,2026-03-01T10:00:00Z,login,,,\n"
                  + "bob,2026-03-01T10:00:00Z,payment, 7 ,,\n"
                  + "bob,2026-03-01T09:00:00Z,purchase,3.0,,bread\n");
      assertThat(log.customers()).containsExactly("ann", "bob");
      assertThat(log.events(0)).containsExactly(payment(T1, "12.5", "pro"), Event.of(LOGIN, T2));
      assertThat(log.events(1))
          .containsExactly(
              new PurchaseMade(Option.of("bread"), Option.of(new BigDecimal("3")), T1),
              payment(T2, "7"));
    }

    @Test
    void giveBackAJourneysOwnTypesAsDeclaredEventsAndStandardOnesAsTheirRecords() {
      EventLog log =
          log(
              "customer,at,event,detail,plan\n"
                  + "ann,2026-03-01T09:00:00Z,payment,12.50,basic\n"
                  + "ann,2026-03-01T10:00:00Z,criterion,money,\n"
                  + "ann,2026-03-01T10:00:00Z,refused,,\n");
      Seq<Event> events = log.events(0);
      assertThat(events.get(0)).isInstanceOf(DeclaredEvent.class);
      assertThat(events.get(0).attributes())
          .isEqualTo(LinkedHashMap.of("amount", new BigDecimal("12.5"), "plan", "basic"));
      assertThat(events.get(1)).isEqualTo(new CriterionMet("money", T2));
      assertThat(events.get(2)).isEqualTo(new CustomerRefused(Option.none(), T2));
    }

    @Test
    void areReplayedThroughTheJourneysRules() {
      EventLog log =
          log(
              "customer,at,event,amount\n"
                  + "ann,2026-03-01T09:00:00Z,login,\n"
                  + "ann,2026-03-01T10:00:00Z,payment,5\n"
                  + "bob,2026-03-01T09:00:00Z,login,\n");
      assertThat(log.finalPositions(PLAYBOOK.compile()).map(p -> p.customer() + ":" + p.stage()))
          .containsExactly("ann:customer", "bob:visitor");
    }

    @Test
    void makeEqualEventsAgainPastTheCacheOfDistinctEvents() {
      int rows = Prototypes.CACHED + 1_000;
      StringBuilder csv = new StringBuilder("customer,at,event,amount\n");
      for (int i = 0; i < rows; i++) {
        csv.append("c,2026-03-01T09:00:00Z,payment,").append(i).append(".25\n");
      }
      EventLog log = log(csv.toString());
      Seq<Event> events = log.events(0);
      assertThat(events).hasSize(rows);
      assertThat(events.get(5)).isEqualTo(payment(T1, "5.25"));
      assertThat(events.get(rows - 1)).isEqualTo(payment(T1, (rows - 1) + ".25"));
      assertThat(events.get(rows - 1)).isEqualTo(log.events(0).get(rows - 1));
    }
  }

  @Nested
  class BadValues {
    @Test
    void areLocatedByLineAndColumnWithWhatIsExpected() {
      assertThat(
              problems(
                  "customer,at,event,detail,amount,plan,product\n"
                      + "ann,2026-03-01T09:00:00Z,payment,,\"12,50\",gold,\n"
                      + "ann,2026-03-01T09:00:00Z,payment,,,basic,\n"
                      + "ann,2026-03-01T09:00:00Z,purchase,,ten,,\n"
                      + "ann,2026-03-01T09:00:00Z,purchase,,,,Bread Rolls\n"
                      + "ann,2026-03-01T09:00:00Z,criterion,monay,,,\n"
                      + "ann,2026-03-01T09:00:00Z,payment,abc,,,\n"
                      + "ann,2026-03-01T09:00:00Z,login,,,pro,\n"
                      + "ann,2026-03-01T09:00:00Z,purchase,Bread,,,\n"))
          .containsExactly(
              "events.csv:2:5: event 'payment', attribute 'amount': '12,50' is not a decimal amount"
                  + " such as 12.50",
              "events.csv:2:6: event 'payment', attribute 'plan': 'gold' is not one of basic, pro",
              "events.csv:3:5: event 'payment', attribute 'amount': missing, but required: a"
                  + " decimal amount such as 12.50",
              "events.csv:4:5: event 'purchase', attribute 'amount': 'ten' is not a decimal amount"
                  + " such as 12.50",
              "events.csv:5:7: event 'purchase', attribute 'product': 'Bread Rolls' is not a"
                  + " product id; a product id is lowercase letters and digits joined by '-' or '_'",
              "events.csv:6:4: bad detail 'monay' for event 'criterion'; accepted: money",
              "events.csv:7:4: bad detail 'abc' for event 'payment': 'abc' is not a decimal amount"
                  + " such as 12.50",
              "events.csv:8:6: event 'login' takes no plan, got 'pro'; column 'plan' is for event"
                  + " types payment",
              "events.csv:9:4: bad detail 'Bread' for event 'purchase'; a product id is lowercase"
                  + " letters and digits joined by '-' or '_'");
    }

    @Test
    void aRequiredFirstAttributeWithNoColumnIsAMissingDetail() {
      assertThat(problems("customer,at,event,plan\nann,2026-03-01T09:00:00Z,payment,pro\n"))
          .containsExactly(
              "events.csv:2: missing detail for event 'payment'; expected a decimal amount such as"
                  + " 12.50");
      assertThat(problems("customer,at,event,detail\nann,2026-03-01T09:00:00Z,payment,\n"))
          .containsExactly(
              "events.csv:2:4: missing detail for event 'payment'; expected a decimal amount such"
                  + " as 12.50");
    }

    @Test
    void aRequiredFurtherAttributeWithNoColumnSaysSoAndOneWithAColumnIsReadByItsKind() {
      assertThat(problems("customer,at,event,detail\nann,2026-03-01T09:00:00Z,seats_changed,hi\n"))
          .containsExactly(
              "events.csv:2: event 'seats_changed', attribute 'seats': missing, but required: a"
                  + " whole number such as 3; the log has no column 'seats'");
      assertThat(
              problems(
                  "customer,at,event,detail,seats\n"
                      + "ann,2026-03-01T09:00:00Z,seats_changed,hi,3.5\n"
                      + "ann,2026-03-01T09:00:00Z,seats_changed,hi,\n"))
          .containsExactly(
              "events.csv:2:5: event 'seats_changed', attribute 'seats': '3.5' is not a whole"
                  + " number such as 3",
              "events.csv:3:5: event 'seats_changed', attribute 'seats': missing, but required: a"
                  + " whole number such as 3");
      assertThat(
              log("customer,at,event,seats\nann,2026-03-01T09:00:00Z,seats_changed,12\n").events(0))
          .containsExactly(Event.of(SEATS, T1, "seats", 12L));
    }

    @Test
    void aColumnForAnotherTypesAttributeNamesTheTypesThatTakeIt() {
      assertThat(
              problems(
                  "customer,at,event,amount,reason\n"
                      + "ann,2026-03-01T09:00:00Z,refused,12,not_target\n"
                      + "ann,2026-03-01T09:00:00Z,payment,12,not_target\n"))
          .containsExactly(
              "events.csv:2:4: event 'refused' takes no amount, got '12'; column 'amount' is for"
                  + " event types payment, purchase",
              "events.csv:3:5: event 'payment' takes no reason, got 'not_target'; column 'reason'"
                  + " is for event types refused");
    }

    @Test
    void areReportedOnEveryRowThatHoldsThemWhileTheSameValueElsewhereIsFine() {
      EventLogReader.Result result =
          EventLogReader.of(PLAYBOOK)
              .skipInvalid(true)
              .read(
                  "events.csv",
                  new ByteArrayInputStream(
                      ("customer,at,event,detail,plan\n"
                              + "ann,2026-03-01T09:00:00Z,payment,5,gold\n"
                              + "bob,2026-03-01T09:00:00Z,payment,5,pro\n"
                              + "cid,2026-03-01T09:00:00Z,payment,5,gold\n"
                              + "dan,2026-03-01T09:00:00Z,payment,5,\n")
                          .getBytes(StandardCharsets.UTF_8)));
      assertThat(result.problems().map(LogProblem::toString))
          .containsExactly(
              "events.csv:2:5: event 'payment', attribute 'plan': 'gold' is not one of basic, pro",
              "events.csv:4:5: event 'payment', attribute 'plan': 'gold' is not one of basic, pro");
      assertThat(result.log().get().customers()).containsExactly("bob", "dan");
      assertThat(result.log().get().events(0)).containsExactly(payment(T1, "5", "pro"));
    }
  }

  @Nested
  class UnknownColumns {
    @Test
    void areRefusedAtTheHeaderWithTheClosestKnownName() {
      assertThat(problems("customer,at,event,detials\nann,2026-03-01T09:00:00Z,login,\n"))
          .containsExactly(
              "events.csv:1:4: unknown column 'detials' (did you mean 'detail'?); " + COLUMNS);
      assertThat(problems("customer,Amuont,at,event,source\n"))
          .containsExactly(
              "events.csv:1:2: unknown column 'Amuont' (did you mean 'amount'?); " + COLUMNS,
              "events.csv:1:5: unknown column 'source'; " + COLUMNS);
    }

    @Test
    void areRefusedEvenWhenInvalidRowsAreSkipped() {
      EventLogReader.Result result =
          EventLogReader.of(PLAYBOOK)
              .skipInvalid(true)
              .read(
                  "events.csv",
                  new ByteArrayInputStream(
                      "customer,at,event,chanel\nann,2026-03-01T09:00:00Z,login,\n"
                          .getBytes(StandardCharsets.UTF_8)));
      assertThat(result.log().isEmpty()).isTrue();
      assertThat(result.problems().map(LogProblem::toString))
          .containsExactly(
              "events.csv:1:4: unknown column 'chanel' (did you mean 'channel'?); " + COLUMNS);
    }

    @Test
    void includeAColumnWithoutANameAndKnownColumnsGivenTwice() {
      assertThat(problems("customer,at,event,amount,Amount,\n"))
          .containsExactly(
              "events.csv:1:5: the header names column 'amount' twice (columns 4 and 5)",
              "events.csv:1:6: a column without a name; name it or remove it; " + COLUMNS);
    }

    @Test
    void leaveTheAttributesOfAJourneyWithoutThemOutOfTheMessage() {
      Journey bare =
          Journey.builder("bare", "Bare")
              .stage(Stage.of("a", "A", "-"))
              .event(EventType.REVIEW)
              .buildOrThrow();
      EventLogReader.Result result =
          EventLogReader.of(Playbook.builder(bare).buildOrThrow())
              .read(
                  "events.csv",
                  new ByteArrayInputStream(
                      "customer,at,event,amount\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(result.problems().map(LogProblem::toString))
          .containsExactly(
              "events.csv:1:4: unknown column 'amount'; the columns of an event log of journey"
                  + " 'bare' are customer, at, event, detail, touchpoint, channel");
    }
  }

  @Nested
  class DetailAndItsOwnColumn {
    @Test
    void mayBothGiveTheFirstAttributeWhenTheyAgreeOnItsValue() {
      EventLog log =
          log(
              "customer,at,event,detail,amount\n"
                  + "ann,2026-03-01T09:00:00Z,payment,12.50,12.5\n"
                  + "ann,2026-03-01T10:00:00Z,payment,,3\n"
                  + "bob,2026-03-01T09:00:00Z,purchase,bread,4\n");
      assertThat(log.events(0)).containsExactly(payment(T1, "12.5"), payment(T2, "3"));
      assertThat(log.events(1))
          .containsExactly(
              new PurchaseMade(Option.of("bread"), Option.of(BigDecimal.valueOf(4)), T1));
    }

    @Test
    void mustNotDisagree() {
      assertThat(
              problems(
                  "customer,at,event,detail,amount\n"
                      + "ann,2026-03-01T09:00:00Z,payment,12.50,13\n"
                      + "ann,2026-03-01T09:00:00Z,payment,x,x\n"))
          .containsExactly(
              "events.csv:2:5: column 'amount' gives '13' but detail gives '12.50' for event"
                  + " 'payment', whose detail is its amount; give the value once, or the same in"
                  + " both",
              "events.csv:3:5: event 'payment', attribute 'amount': 'x' is not a decimal amount"
                  + " such as 12.50");
    }
  }

  @Nested
  class TouchpointsAndChannels {
    @Test
    void areReadIntoTheEvents() {
      EventLog log =
          log(
              "customer,at,event,detail,touchpoint,channel\n"
                  + "ann,2026-03-01T09:00:00Z,payment,12,checkout,website\n"
                  + "ann,2026-03-01T10:00:00Z,purchase,bread,call,\n"
                  + "ann,2026-03-01T10:00:00Z,purchase,bread,,\n");
      Seq<Event> events = log.events(0);
      assertThat(events.get(0))
          .isEqualTo(payment(T1, "12").via("checkout", "website"))
          .isInstanceOf(DeclaredEvent.class);
      assertThat(events.get(1))
          .isEqualTo(
              new DeclaredEvent(
                  EventType.PURCHASE,
                  T2,
                  LinkedHashMap.of("product", "bread"),
                  Option.of("call"),
                  Option.none()));
      assertThat(events.get(2))
          .isEqualTo(new PurchaseMade(Option.of("bread"), Option.none(), T2))
          .isInstanceOf(PurchaseMade.class);
    }

    @Test
    void mustBeTheJourneysAndAgreeWithEachOther() {
      assertThat(
              problems(
                  "customer,at,event,detail,touchpoint,channel\n"
                      + "bob,2026-03-01T09:00:00Z,payment,12,chekout,website\n"
                      + "bob,2026-03-01T09:00:00Z,payment,12,checkout,phone\n"
                      + "bob,2026-03-01T09:00:00Z,payment,12,,fax\n"
                      + "bob,2026-03-01T09:00:00Z,payment,12,shop,fax\n"))
          .containsExactly(
              "events.csv:2:5: event 'payment', touchpoint 'chekout': journey 'shop' has no such"
                  + " touchpoint (did you mean 'checkout'?); its touchpoints: checkout, call",
              "events.csv:3:6: event 'payment', channel 'phone': touchpoint 'checkout' is reached"
                  + " through channel 'website', not 'phone'",
              "events.csv:4:6: event 'payment', channel 'fax': journey 'shop' has no such channel;"
                  + " its channels: website, phone",
              "events.csv:5:5: event 'payment', touchpoint 'shop': journey 'shop' has no such"
                  + " touchpoint; its touchpoints: checkout, call",
              "events.csv:5:6: event 'payment', channel 'fax': journey 'shop' has no such channel;"
                  + " its channels: website, phone");
    }
  }

  @Nested
  class LongFields {
    @Test
    void aFieldOver64KiBIsNamedAndTheRowsAfterItAreRead() {
      EventLogReader.Result result =
          EventLogReader.of(PLAYBOOK)
              .skipInvalid(true)
              .read(
                  "events.csv",
                  new ByteArrayInputStream(
                      ("customer,at,event,product\n"
                              + "ann,2026-03-01T09:00:00Z,purchase,"
                              + "x".repeat(CsvRecords.MAX_FIELD + 1)
                              + "\n\""
                              + "b\n".repeat(CsvRecords.MAX_FIELD)
                              + "\",2026-03-01T09:00:00Z,login,\n"
                              + "c".repeat(CsvRecords.MAX_FIELD)
                              + ",2026-03-01T09:00:00Z,login,\n")
                          .getBytes(StandardCharsets.UTF_8)));
      String tooLong =
          ": a field longer than 65,536 characters (64 KiB); an event log's fields are ids, times"
              + " and values, none that long (is the quoting broken, or is this not an event log?)";
      assertThat(result.problems().map(LogProblem::toString))
          .containsExactly("events.csv:2:4" + tooLong, "events.csv:3:1" + tooLong);
      assertThat(result.log().get().customers()).containsExactly("c".repeat(CsvRecords.MAX_FIELD));
    }
  }

  @Nested
  class TheWriter {
    static final String LOG =
        "customer,at,event,detail,plan,amount,touchpoint,channel\n"
            + "ann,2026-03-01T09:00:00Z,payment,12.5,pro,,checkout,website\n"
            + "ann,2026-03-01T10:00:00Z,login,,,,,\n"
            + "bob,2026-03-01T09:00:00Z,purchase,bread,,3,,\n"
            + "bob,2026-03-01T10:00:00Z,payment,7,,,,\n"
            + "\"c,d\",2026-03-01T09:00:00Z,criterion,money,,,call,phone\n";

    @Test
    void writesAColumnPerFurtherAttributeAndTheTouchpointAndChannel() {
      EventLog log = log(LOG);
      assertThat(EventLogWriter.write(log)).isEqualTo(LOG);
    }

    @Test
    void roundTripsALogWithEveryKindOfColumn() {
      EventLog log =
          log(
              "channel,customer,amount,at,event,detail,product,plan,touchpoint\n"
                  + "website,ann,12.50,2026-03-01T09:00:00Z,payment,,,pro,checkout\n"
                  + ",ann,,2026-03-01T10:00:00Z,login,,,,\n"
                  + ",bob,3.0,2026-03-01T09:00:00Z,purchase,,bread,,\n"
                  + ",bob,,2026-03-01T09:30:00Z,refused,on_principle,,,\n"
                  + "phone,bob,,2026-03-01T10:00:00Z,payment,7,,basic,call\n");
      EventLog again = log(EventLogWriter.write(log));
      assertThat(again.customers()).isEqualTo(log.customers());
      for (int c = 0; c < log.customerCount(); c++) {
        assertThat(again.events(c)).isEqualTo(log.events(c));
      }
      assertThat(again.events(1).get(0).attribute("amount")).contains(new BigDecimal("3"));
      assertThat(again.events(1).get(2).touchpoint()).contains("call");
      assertThat(EventLogWriter.write(log("customer,at,event\n")))
          .isEqualTo("customer,at,event,detail\n");
    }

    @Test
    void keepsTheFourColumnsForEventsWithOneDatumEach() {
      assertThat(
              EventLogWriter.write(
                  "c",
                  List.of(
                      new PurchaseMade(Option.of("bread"), Option.none(), T1),
                      new CriterionMet("money", T2))))
          .isEqualTo(
              "customer,at,event,detail\n"
                  + "c,2026-03-01T09:00:00Z,purchase,bread\n"
                  + "c,2026-03-01T10:00:00Z,criterion,money\n");
    }
  }
}
