package io.github.journeykit.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogReaderTests {

  static final Playbook FUNNEL = SalesFunnelFixture.playbook();

  static EventLogReader.Result read(String csv) {
    return EventLogReader.of(FUNNEL)
        .read("events.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  static Seq<String> problems(String csv) {
    EventLogReader.Result result = read(csv);
    assertThat(result.log().isEmpty()).as("the log must be refused").isTrue();
    return result.problems().map(LogProblem::toString);
  }

  @Nested
  class Reading {
    @Test
    void readsColumnsInAnyOrderAndCaseAndAppliesEachCustomersEventsInTimeOrder() {
      EventLog log =
          read("\uFEFFEvent,Channel,AT,Customer,Detail\r\n"
                  + "interaction,,2026-03-01T10:00:00Z,bob,yes\r\n"
                  + "criterion,,2026-03-01T13:15:30+03:00,alice,money\r\n"
                  + "interaction,,2026-03-01T09:00:00Z,alice,yes\r\n"
                  + "\r\n"
                  + "purchase, ,\"2026-03-02T09:00:00Z\",\"al,ice\",\r\n")
              .log()
              .get();
      assertThat(log.customers()).containsExactly("al,ice", "alice", "bob");
      assertThat(log.eventCount()).isEqualTo(4);
      assertThat(log.events(1).map(e -> e.type().id() + "@" + e.at()))
          .containsExactly("interaction@2026-03-01T09:00:00Z", "criterion@2026-03-01T10:15:30Z");
      Seq<Position> finals = log.finalPositions(FUNNEL.compile());
      assertThat(finals.map(p -> p.customer() + ":" + p.stage() + ":" + p.purchases()))
          .containsExactly("al,ice:purchased:1", "alice:informed:0", "bob:informed:0");
      assertThat(log.indexOf("bob").get()).isEqualTo(2);
      assertThat(log.indexOf("carol").isEmpty()).isTrue();
    }

    @Test
    void equalInstantsKeepFileOrder() {
      EventLog log =
          read("customer,at,event,detail\n"
                  + "c,2026-03-01T10:00:00Z,criterion,need\n"
                  + "c,2026-03-01T09:00:00Z,interaction,yes\n"
                  + "c,2026-03-01T10:00:00Z,criterion,money\n"
                  + "c,2026-03-01T10:00:00Z,interaction,yes\n")
              .log()
              .get();
      assertThat(log.events(0).map(e -> e.detail().get()))
          .containsExactly("yes", "need", "money", "yes");
      assertThat(log.finalPositions(FUNNEL.compile()).head().stage()).isEqualTo("interested");
    }

    @Test
    void aHeaderOnlyLogIsValidAndEmpty() {
      EventLog log = read("customer,at,event\n").log().get();
      assertThat(log.customerCount()).isZero();
      assertThat(log.finalPositions(FUNNEL.compile())).isEmpty();
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
      EventLog log =
          read("customer,at,event\n\"a \"\"b\"\"\nc\",2026-03-01T10:00:00.5Z,refused\n")
              .log()
              .get();
      assertThat(log.customers()).containsExactly("a \"b\"\nc");
      assertThat(log.events(0).get(0).at().getNano()).isEqualTo(500_000_000);
    }

    @Test
    void writerAndReaderRoundTrip() {
      Engine engine = FUNNEL.compile();
      EventLog log =
          read("customer,at,event,detail\nc,2026-03-01T10:00:00Z,interaction,yes\nc,2026-03-02T10:00:00Z,purchase,bread\n")
              .log()
              .get();
      Seq<Event> events = log.events(0);
      EventLog again = read(EventLogWriter.write("c", events)).log().get();
      assertThat(again.events(0)).isEqualTo(events);
      assertThat(again.finalPositions(engine)).isEqualTo(log.finalPositions(engine));
    }
  }

  @Nested
  class BadInput {
    @Test
    void everyBadRowIsNamedWithLineAndColumn() {
      assertThat(
              problems(
                  "customer,at,event,detail\n"
                      + "c,2026-03-01T10:00:00Z,purchased,\n"
                      + "c,2026-03-01T10:00:00Z,interaction,maybe\n"
                      + "c,yesterday,refused,\n"
                      + "c,2026-03-01T10:00:00Z\n"
                      + ",2026-03-01T10:00:00Z,refused,\n"
                      + "c,2026-03-01T10:00:00Z,criterion,\n"
                      + "c,2026-03-01T10:00:00Z,refused,loudly\n"
                      + "c,2026-02-30T10:00:00Z,refused,\n"
                      + "c,2026-03-01T10:00:00Z,review,\n"))
          .containsExactly(
              "events.csv:2:3: unknown event 'purchased' for journey 'sales-funnel'; accepted: interaction,"
                  + " criterion, purchase, refused, churned, time_passed",
              "events.csv:3:4: bad detail 'maybe' for event 'interaction'; accepted: yes, no, dont_know",
              "events.csv:4:2: unparsable time 'yesterday'; use ISO-8601, e.g. 2026-03-01T10:15:30Z or"
                  + " 2026-03-01T13:15:30+03:00",
              "events.csv:5: wrong number of fields: 2, the header has 4",
              "events.csv:6:1: missing customer id",
              "events.csv:7:4: missing detail for event 'criterion'; accepted: money, need, decision",
              "events.csv:8:4: bad detail 'loudly' for event 'refused'; accepted: not_target,"
                  + " on_principle",
              "events.csv:9:2: unparsable time '2026-02-30T10:00:00Z'; use ISO-8601, e.g. 2026-03-01T10:15:30Z or"
                  + " 2026-03-01T13:15:30+03:00",
              "events.csv:10:3: unknown event 'review' for journey 'sales-funnel'; accepted: interaction,"
                  + " criterion, purchase, refused, churned, time_passed");
    }

    @Test
    void aMissingColumnOrAnEmptyFileIsRefused() {
      assertThat(problems("customer,when,event\n"))
          .containsExactly(
              "events.csv:1:2: unknown column 'when'; the columns of an event log of journey"
                  + " 'sales-funnel' are customer, at, event, detail, touchpoint, channel and the"
                  + " attributes of its event types: outcome, criterion, product, amount, reason",
              "events.csv:1: missing column 'at' in the header; an event log needs customer, at and event (and"
                  + " optionally detail), found: customer, when, event");
      assertThat(problems(""))
          .containsExactly(
              "events.csv: the file is empty; an event log needs at least a header row: customer,at,event,detail");
      assertThat(problems("\uFEFF")).hasSize(1);
      assertThat(problems("customer,at,event,Event\n"))
          .containsExactly(
              "events.csv:1:4: the header names column 'event' twice (columns 3 and 4)");
    }

    @Test
    void brokenQuotingIsLocated() {
      assertThat(problems("customer,at,event\nc\"d,2026-03-01T10:00:00Z,refused\n"))
          .containsExactly(
              "events.csv:2:1: a quote inside an unquoted field; quote the whole field and double the quote");
      assertThat(problems("customer,at,event\n\"c\"d,2026-03-01T10:00:00Z,refused\n"))
          .containsExactly(
              "events.csv:2:1: text after the closing quote of a field; put the whole field in quotes");
      assertThat(problems("customer,at,event\nc,2026-03-01T10:00:00Z,refused\n\"open,2026,x\n"))
          .containsExactly("events.csv:3:1: a quoted field is never closed; it opens on line 3");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
      byte[] bytes = {
        'c',
        'u',
        's',
        't',
        'o',
        'm',
        'e',
        'r',
        ',',
        'a',
        't',
        ',',
        'e',
        'v',
        'e',
        'n',
        't',
        '\n',
        (byte) 0xC3,
        (byte) 0x28
      };
      EventLogReader.Result result =
          EventLogReader.of(FUNNEL).read("events.csv", new ByteArrayInputStream(bytes));
      assertThat(result.problems().map(LogProblem::toString))
          .containsExactly("events.csv: is not UTF-8 text (invalid bytes at or after line 1)");
    }

    @Test
    void skippingInvalidRowsReportsThemAndReadsTheRest() {
      EventLogReader.Result result =
          EventLogReader.of(FUNNEL)
              .skipInvalid(true)
              .read(
                  "events.csv",
                  new ByteArrayInputStream(
                      ("customer,at,event,detail\nc,2026-03-01T10:00:00Z,interaction,yes\nc,soon,refused,\n"
                              + "\"c\"x,2026-03-01T10:00:00Z,refused,\nd,2026-03-01T11:00:00Z,churned,\n")
                          .getBytes(StandardCharsets.UTF_8)));
      assertThat(result.problems().map(LogProblem::toString))
          .containsExactly(
              "events.csv:3:2: unparsable time 'soon'; use ISO-8601, e.g. 2026-03-01T10:15:30Z or 2026-03-01T13:15:30+03:00",
              "events.csv:4:1: text after the closing quote of a field; put the whole field in quotes");
      assertThat(result.log().get().customers()).containsExactly("c", "d");
      assertThat(result.log().get().eventCount()).isEqualTo(2);
    }

    @Test
    void aMissingFileOrADirectoryIsNamed(@TempDir Path dir) throws Exception {
      assertThat(
              EventLogReader.of(FUNNEL)
                  .read(dir.resolve("nope.csv"))
                  .problems()
                  .map(LogProblem::toString))
          .containsExactly(dir.resolve("nope.csv") + ": no such file");
      assertThat(EventLogReader.of(FUNNEL).read(dir).problems().map(LogProblem::toString))
          .containsExactly(dir + ": is a directory, not an event log");
      Path file =
          Files.writeString(
              dir.resolve("ok.csv"), "customer,at,event\nc,2026-03-01T10:00:00Z,refused\n");
      assertThat(EventLogReader.of(FUNNEL).read(file).log().get().customerCount()).isEqualTo(1);
    }
  }
}
