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

  /** Text that is not UTF-8: the first invalid byte, where it is, and what it is. */
  @Nested
  class NotUtf8 {

    static final String HEADER = "customer,at,event,detail\n";
    static final String ROW = "c,2026-03-01T10:00:00Z,interaction,yes\n";
    static final String AFTER = "; an event log is UTF-8 text: export or save it as UTF-8";

    /** The UTF-8 bytes of the texts, and each byte given as an int as it is. */
    byte[] bytes(Object... parts) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (Object part : parts) {
        if (part instanceof Integer raw) {
          out.write(raw);
        } else {
          out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
        }
      }
      return out.toByteArray();
    }

    EventLogReader.Result read(byte[] bytes) {
      return EventLogReader.of(FUNNEL).read("events.csv", new ByteArrayInputStream(bytes));
    }

    /** The same bytes handed out one at a time, so that no buffer's size matters. */
    EventLogReader.Result trickled(byte[] bytes) {
      return EventLogReader.of(FUNNEL)
          .read(
              "events.csv",
              new ByteArrayInputStream(bytes) {
                @Override
                public synchronized int read(byte[] buffer, int offset, int length) {
                  return super.read(buffer, offset, Math.min(length, 1));
                }
              });
    }

    Seq<String> problems(EventLogReader.Result result) {
      assertThat(result.log().isEmpty()).as("the log must be refused").isTrue();
      assertThat(result.stopped()).as("text that is not UTF-8 stops the reading").isTrue();
      return result.problems().map(LogProblem::toString);
    }

    @Test
    void aLatin1ByteDeepInALogIsNamedWithItsLineColumnAndCharacter() {
      // 20,000 good rows, then on line 20,002 a Latin-1 'é' in the detail, then more rows.
      byte[] log =
          bytes(
              HEADER + ROW.repeat(20_000) + "c,2026-03-01T10:00:00Z,interaction,y",
              0xE9,
              "s\n" + ROW.repeat(100));
      String expected =
          "events.csv:20002:4: byte 0xE9 (character 37 of the line) is not UTF-8" + AFTER;
      assertThat(problems(read(log))).containsExactly(expected);
      assertThat(problems(trickled(log))).containsExactly(expected);
    }

    @Test
    void charactersAreCountedAsCharactersNotBytesNorUtf16Units() {
      // 'Ó' is two bytes, the emoji four bytes and two UTF-16 units: each one character.
      byte[] log =
          bytes(
              "\uFEFF" + HEADER + ROW + "\u00D3lga \uD83D\uDE00,2026-03-01T10:00:00Z,",
              0xC3,
              0x28,
              "interaction,yes\n");
      assertThat(problems(read(log)))
          .containsExactly(
              "events.csv:3:3: byte 0xC3 (character 29 of the line) is not UTF-8" + AFTER);
    }

    @Test
    void aByteInTheHeaderIsNamedThere() {
      assertThat(problems(read(bytes("\uFEFFcustomer,at,ev", 0xE9, "nt\n" + ROW))))
          .containsExactly(
              "events.csv:1:3: byte 0xE9 (character 15 of the line) is not UTF-8" + AFTER);
    }

    @Test
    void aByteAtTheEndWithoutANewlineIsNamedAsOneThatBeginsACharacterNeverFinished() {
      assertThat(problems(read(bytes(HEADER + ROW + "c,2026-03-01T10:00:00Z,refused,", 0xE9))))
          .containsExactly(
              "events.csv:3:4: byte 0xE9 (character 32 of the line) is not UTF-8: the file ends in"
                  + " the middle of the character it begins"
                  + AFTER);
      // 0xFF begins no character: the end of the file has nothing to do with it
      assertThat(problems(read(bytes(HEADER + ROW + "c,2026-03-01T10:00:00Z,refused,", 0xFF))))
          .containsExactly(
              "events.csv:3:4: byte 0xFF (character 32 of the line) is not UTF-8" + AFTER);
    }

    @Test
    void aMultiByteCharacterCutOffByTheEndOfTheFileIsNamedWithAllItsBytes() {
      // the euro sign is E2 82 AC; the file ends after its first two bytes
      byte[] log = bytes(HEADER + ROW + "c,2026-03-01T10:00:00Z,purchase,", 0xE2, 0x82);
      String expected =
          "events.csv:3:4: bytes 0xE2 0x82 (character 33 of the line) are not UTF-8: the file ends"
              + " in the middle of the character they begin"
              + AFTER;
      assertThat(problems(read(log))).containsExactly(expected);
      assertThat(problems(trickled(log))).containsExactly(expected);
    }

    @Test
    void theRowsBeforeTheBadByteAreStillChecked() {
      assertThat(
              problems(
                  read(
                      bytes(HEADER + "c,soon,refused,\n" + ROW + "d,2026-03-01T10:00:00Z,", 0xE9))))
          .containsExactly(
              "events.csv:2:2: unparsable time 'soon'; use ISO-8601, e.g. 2026-03-01T10:15:30Z or"
                  + " 2026-03-01T13:15:30+03:00",
              "events.csv:4:3: byte 0xE9 (character 24 of the line) is not UTF-8: the file ends in"
                  + " the middle of the character it begins"
                  + AFTER);
    }

    @Test
    void onlyInvalidRowsLeaveSomethingToSkip() {
      EventLogReader.Result rows = EventLogReaderTests.read(HEADER + "c,soon,refused,\n");
      assertThat(rows.log().isEmpty()).isTrue();
      assertThat(rows.stopped()).isFalse();
      assertThat(EventLogReaderTests.read("customer,when,event\n").stopped()).isTrue();
      assertThat(EventLogReaderTests.read("").stopped()).isTrue();
      assertThat(EventLogReaderTests.read(HEADER + "\"c,2026\n").stopped()).isTrue();
      assertThat(EventLogReaderTests.read(HEADER + ROW).stopped()).isFalse();
    }
  }
}
