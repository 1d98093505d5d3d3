package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.catalogue.CatalogueInvariants;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Transition;
import io.github.journeykit.report.analytics.FunnelReport;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.github.journeykit.testkit.CheckResult;
import io.github.journeykit.testkit.JourneyCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Drives every command through its picocli entry point: outputs, exit codes, and bad input. */
class CommandLineTests {

  record Run(int exit, String out, String err) {}

  static Run journey(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = JourneyCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @TempDir Path dir;

  Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static final String LOG =
      "customer,at,event,detail\n"
          + "olga,2026-03-01T09:00:00Z,interaction,yes\n"
          + "ivan,2026-03-01T09:00:00Z,purchase,\n"
          + "olga,2026-03-01T10:00:00Z,criterion,money\n"
          + "anna,2026-03-01T09:00:00Z,refused,\n"
          + "ivan,2026-03-02T09:00:00Z,purchase,bread\n"
          + "olga,2026-03-01T09:30:00Z,criterion,need\n"
          + "olga,2026-03-01T11:00:00Z,interaction,yes\n";

  @Nested
  class Help {
    @Test
    void everyCommandDescribesItsOptions() {
      Run help = journey("--help");
      assertThat(help.exit()).isZero();
      assertThat(help.out())
          .contains("Usage: journey [-hV] COMMAND")
          .contains("list", "show", "run", "check", "lint", "render", "demo");
      assertThat(journey("run", "--help").out())
          .contains("--out=FILE", "--explain=CUSTOMER", "--skip-invalid", "EVENTS.csv");
      assertThat(journey("check", "--help").out()).contains("--customers=N", "--seed=S");
      assertThat(journey("lint", "--help").out()).contains("--fail-on=LEVEL");
      assertThat(journey("render", "--help").out())
          .contains("--format=FORMAT", "mermaid, dot, markdown, html or csv");
      assertThat(journey("demo", "--help").out()).contains("--customers=N", "--out-dir=DIR");
    }

    @Test
    void noCommandOrAnUnknownOneIsAMistake() {
      Run none = journey();
      assertThat(none.exit()).isEqualTo(2);
      assertThat(none.err()).startsWith("journey: which command? For example: journey list\n");
      Run unknown = journey("fly");
      assertThat(unknown.exit()).isEqualTo(2);
      assertThat(unknown.err()).isEqualTo("journey: unknown command 'fly' (see: journey --help)\n");
    }
  }

  @Test
  void listShowsEveryReadyMadeJourney() {
    Run list = journey("list");
    assertThat(list.exit()).isZero();
    for (String id : Catalogue.ids()) {
      assertThat(list.out()).contains(id + " ");
    }
    assertThat(list.out())
        .contains("6 stages: uninformed -> informed -> interested -> buyer -> purchased -> loyal");
  }

  @Test
  void showDescribesAJourneyAndTheEventsItsLogAccepts() {
    Run show = journey("show", "sales-funnel");
    assertThat(show.exit()).isZero();
    assertThat(show.out())
        .startsWith("sales-funnel — Six awareness stages of a sales funnel (current-state map)\n")
        .contains(
            "  3. interested                   Close the missing criterion: money, need or decision\n")
        .contains("  skip      uninformed -> purchased  (A first purchase, from any stage)\n")
        .contains("  interested: at least 2 of money, need, decision\n")
        .contains("  ads: Advertising (Paid ads, online) at uninformed, informed\n")
        .contains(
            "  offer at buyer: Customers ready to buy; The offer with a time-limited bonus; Phone;")
        .contains("  \"A refusal turns the customer grey\" on refused when always: set status grey")
        .contains("  interaction      outcome (one of yes, no, dont_know, required)\n")
        .contains("  criterion        criterion (one of money, need, decision, required)\n")
        .contains("  purchase         product (text), amount (amount)\n")
        .contains("  refused          reason (one of not_target, on_principle)\n")
        .contains("  time_passed      no attributes\n");
    assertThat(journey("show", "saas-trial").out())
        .contains("     sends on entry: upgrade\n")
        .contains("Make an activated customer paying; Activated, after 1 day\n")
        .contains("Churned; at most once per 90 days\n");
    Run unknown = journey("show", "crm");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo(
            "journey: unknown journey 'crm'; the journeys are: sales-funnel, awareness-ladder,"
                + " loyalty-loop, nine-stages, b2b, sales-conversation, web-studio, email-scheme,"
                + " saas-trial; or name a definition file (.yaml, .yml, .json)\n");
  }

  /** A SaaS trial's log: no time_passed rows; the ticks come from --until. */
  static final String TRIAL_LOG =
      "customer,at,event,device,amount,plan\n"
          + "olga,2026-03-01T09:00:00Z,login,web,,\n"
          + "olga,2026-03-02T09:00:00Z,login,web,,\n"
          + "olga,2026-03-03T09:00:00Z,login,web,,\n"
          + "ivan,2026-03-01T09:00:00Z,payment,,12.50,pro\n"
          + "boris,2026-03-01T09:00:00Z,payment,,5,basic\n"
          + "anna,2026-03-01T09:00:00Z,login,mobile,,\n";

  @Nested
  class Messages {
    @Test
    void runWritesEveryMessageToSendInTimeOrderWithTheTicksUpToTheEnd() throws IOException {
      Path messages = dir.resolve("messages.csv");
      Run run =
          journey(
              "run",
              "saas-trial",
              file("trial.csv", TRIAL_LOG).toString(),
              "--messages",
              messages.toString(),
              "--until",
              "2026-06-01T00:00:00Z");
      assertThat(run.err()).isEmpty();
      assertThat(run.exit()).isZero();
      assertThat(run.out())
          .isEqualTo(
              "customer,stage,status,purchases\n"
                  + "anna,churned,blue,0\n"
                  + "boris,churned,blue,0\n"
                  + "ivan,churned,blue,0\n"
                  + "olga,churned,blue,0\n");
      assertThat(Files.readString(messages))
          .isEqualTo(
              "customer,message,send_at,rule\n"
                  + "boris,getting-started,2026-03-03T09:00:00Z,A new customer who has not logged in"
                  + " gets started\n"
                  + "olga,upgrade,2026-03-04T09:00:00Z,entering 'activated'\n"
                  + "anna,we-miss-you,2026-03-31T09:00:00Z,30 days without activity churns\n"
                  + "boris,we-miss-you,2026-03-31T09:00:00Z,30 days without activity churns\n"
                  + "ivan,we-miss-you,2026-03-31T09:00:00Z,30 days without activity churns\n"
                  + "olga,we-miss-you,2026-04-02T09:00:00Z,30 days without activity churns\n");
    }

    @Test
    void withoutAnEndOnlyTheEventsOfTheLogDecide() throws IOException {
      Path messages = dir.resolve("messages.csv");
      Run run =
          journey(
              "run",
              "saas-trial",
              file("trial.csv", TRIAL_LOG).toString(),
              "--messages",
              messages.toString());
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("olga,activated,active,0\n", "ivan,paying,active,0\n");
      assertThat(Files.readString(messages))
          .isEqualTo(
              "customer,message,send_at,rule\n"
                  + "olga,upgrade,2026-03-04T09:00:00Z,entering 'activated'\n");
    }

    @Test
    void aBadEndOrAMessagesFileThatCannotBeWrittenIsRefusedBeforeAnyWork() throws IOException {
      String log = file("trial.csv", TRIAL_LOG).toString();
      Run badEnd = journey("run", "saas-trial", log, "--until", "june");
      assertThat(badEnd.exit()).isEqualTo(2);
      assertThat(badEnd.err())
          .isEqualTo(
              "journey: --until takes an instant in UTC such as 2026-12-31T00:00:00Z, got"
                  + " 'june'\n");
      Run toADirectory = journey("run", "saas-trial", log, "--messages", dir.toString());
      assertThat(toADirectory.exit()).isEqualTo(2);
      assertThat(toADirectory.out()).isEmpty();
      assertThat(toADirectory.err())
          .isEqualTo("journey: cannot write " + dir + ": it is a directory; name a file\n");
    }
  }

  @Nested
  class RunningALog {
    @Test
    void writesEveryCustomersFinalPositionSortedById() throws IOException {
      Run run = journey("run", "sales-funnel", file("events.csv", LOG).toString());
      assertThat(run.exit()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .isEqualTo(
              "customer,stage,status,purchases\n"
                  + "anna,uninformed,grey,0\n"
                  + "ivan,loyal,active,2\n"
                  + "olga,interested,active,0\n");
    }

    @Test
    void writesToAFileAndExplainsACustomer() throws IOException {
      Path out = dir.resolve("positions.csv");
      Run run =
          journey(
              "run",
              "sales-funnel",
              file("events.csv", LOG).toString(),
              "--out",
              out.toString(),
              "--explain",
              "olga");
      assertThat(run.exit()).isZero();
      assertThat(run.out()).isEmpty();
      assertThat(Files.readString(out)).startsWith("customer,stage,status,purchases\nanna,");
      assertThat(run.err())
          .startsWith(
              "interaction yes at 2026-03-01T09:00:00Z for customer 'olga' at 'uninformed' (active)\n")
          .contains("criterion need at 2026-03-01T09:30:00Z for customer 'olga' at 'informed'")
          .endsWith(
              "  result: moves to 'interested' (active), 0 purchases, criteria money, need\n");
    }

    @Test
    void aBadRowStopsEverythingWithItsPlaceAndWritesNothing() throws IOException {
      Path out = dir.resolve("positions.csv");
      Path events =
          file(
              "events.csv", LOG + "olga,2026-03-02T09:00:00Z,purchased,\nolga,tomorrow,refused,\n");
      Run run = journey("run", "sales-funnel", events.toString(), "--out", out.toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(out).doesNotExist();
      assertThat(run.err())
          .isEqualTo(
              events
                  + ":9:3: unknown event 'purchased' for journey 'sales-funnel'; accepted: interaction, criterion,"
                  + " purchase, refused, churned, time_passed\n"
                  + events
                  + ":10:2: unparsable time 'tomorrow'; use ISO-8601, e.g. 2026-03-01T10:15:30Z or"
                  + " 2026-03-01T13:15:30+03:00\n"
                  + "journey: "
                  + events
                  + " was not read: 2 problems; fix them, or pass --skip-invalid to skip invalid rows\n");
      assertThat(Files.list(dir)).containsExactly(events);
    }

    @Test
    void skipInvalidReportsTheBadRowsAndRunsTheRest() throws IOException {
      Path events = file("events.csv", LOG + "olga,2026-03-02T09:00:00Z,interaction,maybe\n");
      Run run = journey("run", "sales-funnel", events.toString(), "--skip-invalid");
      assertThat(run.exit()).isZero();
      assertThat(run.err())
          .isEqualTo(
              "skipped: "
                  + events
                  + ":9:4: bad detail 'maybe' for event 'interaction'; accepted: yes, no, dont_know\n");
      assertThat(run.out()).contains("olga,interested,active,0\n");
    }

    @Test
    void everyOtherMistakeIsNamedWithoutAStackTrace() throws IOException {
      Run missing = journey("run", "sales-funnel", dir.resolve("nope.csv").toString());
      assertThat(missing.exit()).isEqualTo(2);
      assertThat(missing.err()).startsWith(dir.resolve("nope.csv") + ": no such file\n");
      Run empty = journey("run", "sales-funnel", file("empty.csv", "").toString());
      assertThat(empty.exit()).isEqualTo(2);
      assertThat(empty.err()).contains("the file is empty");
      Run headerOnly =
          journey("run", "sales-funnel", file("header.csv", "customer,at,event\n").toString());
      assertThat(headerOnly.exit()).isZero();
      assertThat(headerOnly.out()).isEqualTo("customer,stage,status,purchases\n");
      assertThat(headerOnly.err())
          .isEqualTo(dir.resolve("header.csv") + ": no events, only the header\n");
      Run stranger =
          journey("run", "sales-funnel", file("events.csv", LOG).toString(), "--explain", "nobody");
      assertThat(stranger.exit()).isEqualTo(2);
      assertThat(stranger.err())
          .isEqualTo("journey: customer 'nobody' is not in " + dir.resolve("events.csv") + "\n");
      Run noDir =
          journey(
              "run",
              "sales-funnel",
              file("events.csv", LOG).toString(),
              "--out",
              dir.resolve("no/such/dir/out.csv").toString());
      assertThat(noDir.exit()).isEqualTo(2);
      assertThat(noDir.err()).startsWith("journey: cannot write ");
      Run unknownJourney = journey("run", "crm", file("events.csv", LOG).toString());
      assertThat(unknownJourney.exit()).isEqualTo(2);
      for (Run run : java.util.List.of(missing, empty, stranger, noDir, unknownJourney)) {
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
      }
    }
  }

  /** A log without events is no mistake, but every command that reads one says so. */
  @Nested
  class ALogWithoutEvents {
    @Test
    void runWritesTheHeaderAndSaysThereAreNoEvents() throws IOException {
      Path header = file("header.csv", "customer,at,event,detail\n\n");
      Run run = journey("run", "sales-funnel", header.toString());
      assertThat(run.exit()).isZero();
      assertThat(run.out()).isEqualTo("customer,stage,status,purchases\n");
      assertThat(run.err()).isEqualTo(header + ": no events, only the header\n");
      Run report = journey("run", "sales-funnel", header.toString(), "--report");
      assertThat(report.exit()).isZero();
      assertThat(report.err()).isEqualTo(header + ": no events, only the header\n");
    }

    @Test
    void skippingEveryRowLeavesNoEventsAndSaysSo() throws IOException {
      Path events = file("events.csv", "customer,at,event,detail\nolga,soon,interaction,yes\n");
      Run run = journey("run", "sales-funnel", events.toString(), "--skip-invalid");
      assertThat(run.exit()).isZero();
      assertThat(run.out()).isEqualTo("customer,stage,status,purchases\n");
      assertThat(run.err())
          .isEqualTo(
              "skipped: "
                  + events
                  + ":2:2: unparsable time 'soon'; use ISO-8601, e.g. 2026-03-01T10:15:30Z or"
                  + " 2026-03-01T13:15:30+03:00\n"
                  + events
                  + ": no events, every row was invalid and skipped\n");
    }

    @Test
    void renderAndTheCrmSaySoToo() throws IOException {
      Path header = file("header.csv", "customer,at,event\n");
      Run render =
          journey("render", "sales-funnel", "--format", "mermaid", "--overlay", header.toString());
      assertThat(render.exit()).isZero();
      assertThat(render.out()).startsWith("stateDiagram-v2\n");
      assertThat(render.err()).isEqualTo(header + ": no events, only the header\n");
      Run crm = journey("crm", "sales-funnel", header.toString());
      assertThat(crm.exit()).isZero();
      assertThat(crm.out()).isEqualTo("customer,message,send_at,rule,status\n");
      assertThat(crm.err()).isEqualTo(header + ": no events, only the header\n");
    }
  }

  /** A log that is not UTF-8: the first bad byte, where it is; skipping rows cannot help there. */
  @Nested
  class ALogThatIsNotUtf8 {
    @Test
    void namesTheByteWhereItIsAndDoesNotSuggestSkippingRows() throws IOException {
      byte[] head = (LOG + "andr").getBytes(StandardCharsets.UTF_8);
      byte[] tail = ",2026-03-02T09:00:00Z,refused,\n".getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[head.length + 1 + tail.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      bytes[head.length] = (byte) 0xE9;
      System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
      Path events = Files.write(dir.resolve("latin1.csv"), bytes);
      String expected =
          events
              + ":9:1: byte 0xE9 (character 5 of the line) is not UTF-8; an event log is UTF-8"
              + " text: export or save it as UTF-8\n"
              + "journey: "
              + events
              + " was not read: 1 problem\n";
      for (String[] args :
          new String[][] {
            {"run", "sales-funnel", events.toString()},
            {"run", "sales-funnel", events.toString(), "--skip-invalid"},
            {"render", "sales-funnel", "--format", "dot", "--overlay", events.toString()}
          }) {
        Run run = journey(args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).as(String.join(" ", args)).isEqualTo(expected);
      }
    }

    @Test
    void onlyACommandThatCanSkipRowsSuggestsIt() throws IOException {
      Path events = file("events.csv", LOG + "olga,tomorrow,refused,\n");
      assertThat(journey("run", "sales-funnel", events.toString()).err())
          .endsWith(
              " was not read: 1 problem; fix them, or pass --skip-invalid to skip invalid rows\n");
      assertThat(
              journey("render", "sales-funnel", "--format", "dot", "--overlay", events.toString())
                  .err())
          .endsWith("journey: " + events + " was not read: 1 problem\n");
      assertThat(journey("crm", "sales-funnel", events.toString()).err())
          .endsWith("journey: " + events + " was not read: 1 problem\n");
      Path badHeader = file("header.csv", "customer,when,event\n");
      assertThat(journey("run", "sales-funnel", badHeader.toString()).err())
          .endsWith("journey: " + badHeader + " was not read: 2 problems\n");
    }
  }

  @Nested
  class Reporting {
    /**
     * A customer who became loyal a month before the log's last event is done, not stuck, nor
     * waiting: loyal is the sales funnel's final stage. The report used to count them in both.
     */
    @Test
    void aFinalStagesCustomersAreNeitherWaitingNorStuck() throws IOException {
      Path events =
          file(
              "final.csv",
              "customer,at,event,detail\n"
                  + "loyal-one,2026-03-01T00:00:00Z,purchase,\n"
                  + "loyal-one,2026-03-02T00:00:00Z,purchase,\n"
                  + "quiet-one,2026-03-01T00:00:00Z,interaction,yes\n"
                  + "late-one,2026-04-01T00:00:00Z,interaction,yes\n");
      Run report =
          journey("run", "sales-funnel", events.toString(), "--report", "--stuck-days", "10");
      assertThat(report.exit()).isZero();
      assertThat(report.out())
          .contains(
              "\ninformed           3        2       0       0     33.33%    66.67%        0"
                  + "           -         -        2      1  <- bottleneck: lowest conversion\n")
          .contains(
              "\nloyal              1        1       0       0          -         -        0"
                  + "           -         -        -      -\n");
    }

    @Test
    void runReportsTheFunnelAsATableOrCsv() throws IOException {
      Path events = file("events.csv", LOG);
      Run table = journey("run", "sales-funnel", events.toString(), "--report");
      assertThat(table.exit()).isZero();
      assertThat(table.out())
          .startsWith("stage        reached   active    grey    blue conversion")
          .contains("<- bottleneck: lowest conversion")
          .endsWith("time to first purchase: 1 customer bought, median 0.00 days, p90 0.00 days\n");
      Run csv =
          journey("run", "sales-funnel", events.toString(), "--report", "--report-format", "csv");
      assertThat(csv.out())
          .isEqualTo(
              "stage,reached,current_active,current_grey,current_blue,conversion,median_days_in_stage,p90_days_in_stage,drop_off,visits,waiting,stuck\n"
                  + "uninformed,3,0,1,0,0.6667,0.00,0.00,0.3333,2,1,0\n"
                  + "informed,2,0,0,0,1.0000,0.08,0.08,0.0000,1,0,0\n"
                  + "interested,2,1,0,0,0.5000,,,0.5000,0,1,0\n"
                  + "buyer,1,0,0,0,1.0000,,,0.0000,0,0,0\n"
                  + "purchased,1,0,0,0,1.0000,1.00,1.00,0.0000,1,0,0\n"
                  + "loyal,1,1,0,0,,,,,0,,\n");
      Run bad =
          journey("run", "sales-funnel", events.toString(), "--report", "--report-format", "xml");
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err()).isEqualTo("journey: --report-format takes table or csv, got 'xml'\n");
    }

    /**
     * The CSV has every figure the table has: drop-off, visits, waiting and stuck follow the
     * columns it always had, in the table's order, empty where the table shows -.
     */
    @Test
    void theCsvHasTheTablesDropOffVisitsWaitingAndStuck() throws IOException {
      Path events =
          file(
              "stuck.csv",
              "customer,at,event,detail\n"
                  + "quiet-one,2026-03-01T00:00:00Z,interaction,yes\n"
                  + "busy-one,2026-03-01T00:00:00Z,interaction,yes\n"
                  + "busy-one,2026-03-25T00:00:00Z,purchase,\n"
                  + "loyal-one,2026-03-01T00:00:00Z,purchase,\n"
                  + "loyal-one,2026-04-01T00:00:00Z,purchase,\n");
      Run csv =
          journey(
              "run",
              "sales-funnel",
              events.toString(),
              "--report",
              "--report-format",
              "csv",
              "--stuck-days",
              "10");
      assertThat(csv.exit()).isZero();
      assertThat(csv.out())
          .isEqualTo(
              "stage,reached,current_active,current_grey,current_blue,conversion,median_days_in_stage,p90_days_in_stage,drop_off,visits,waiting,stuck\n"
                  + "uninformed,3,0,0,0,1.0000,0.00,0.00,0.0000,3,0,0\n"
                  + "informed,3,1,0,0,0.6667,24.00,24.00,0.3333,1,1,1\n"
                  + "interested,2,0,0,0,1.0000,,,0.0000,0,0,0\n"
                  + "buyer,2,0,0,0,1.0000,,,0.0000,0,0,0\n"
                  + "purchased,2,1,0,0,0.5000,31.00,31.00,0.5000,1,1,0\n"
                  + "loyal,1,1,0,0,,,,,0,,\n");
      assertThat(String.join(",", FunnelReport.CSV_COLUMNS) + "\n")
          .as("the header is the columns the CSV declares")
          .isEqualTo(csv.out().lines().findFirst().get() + "\n");

      // Row by row, the CSV's figures are the table's: drop-off, visits, waiting and stuck too.
      Run table =
          journey("run", "sales-funnel", events.toString(), "--report", "--stuck-days", "10");
      java.util.List<String> rows = table.out().lines().skip(1).limit(6).toList();
      java.util.List<String> lines = csv.out().lines().skip(1).toList();
      assertThat(rows).hasSameSizeAs(lines);
      for (int i = 0; i < rows.size(); i++) {
        String[] shown = rows.get(i).split(" +");
        String[] cells = lines.get(i).split(",", -1);
        assertThat(cells[0]).isEqualTo(shown[0]);
        assertThat(cells[8])
            .as("drop_off of %s", cells[0])
            .isEqualTo(
                shown[6].equals("-")
                    ? ""
                    : String.format(
                        java.util.Locale.ROOT,
                        "%.4f",
                        Double.parseDouble(shown[6].replace("%", "")) / 100));
        assertThat(java.util.List.of(cells[9], cells[10], cells[11]))
            .as("visits, waiting and stuck of %s", cells[0])
            .containsExactly(shown[7], shown[10].replace("-", ""), shown[11].replace("-", ""));
      }
    }

    /**
     * Two visits of 2 and 3 days: the median is 2.50 days, as a spreadsheet's MEDIAN, pandas and
     * SQL's percentile_cont say; the report used to print 2.00. The p90 is interpolated likewise.
     */
    @Test
    void theMedianOfTwoAndThreeDaysIsTwoAndAHalf() throws IOException {
      Path events =
          file(
              "two-and-three.csv",
              "customer,at,event,detail\n"
                  + "x,2026-03-01T00:00:00Z,interaction,yes\n"
                  + "x,2026-03-03T00:00:00Z,purchase,\n"
                  + "y,2026-03-01T00:00:00Z,interaction,yes\n"
                  + "y,2026-03-04T00:00:00Z,purchase,\n");
      Run table = journey("run", "sales-funnel", events.toString(), "--report");
      assertThat(table.exit()).isZero();
      assertThat(table.out())
          .contains(
              "\ninformed           2        0       0       0    100.00%     0.00%        2"
                  + "        2.50      2.90        0      0  <- slowest: longest median time\n")
          .endsWith(
              "time to first purchase: 2 customers bought, median 2.50 days, p90 2.90 days\n");
      Run csv =
          journey("run", "sales-funnel", events.toString(), "--report", "--report-format", "csv");
      assertThat(csv.out()).contains("\ninformed,2,0,0,0,1.0000,2.50,2.90,0.0000,2,0,0\n");
    }

    @Test
    void renderOverlaysTheMovesOfALog() throws IOException {
      Path events = file("events.csv", LOG);
      assertThat(
              journey(
                      "render",
                      "sales-funnel",
                      "--format",
                      "mermaid",
                      "--overlay",
                      events.toString())
                  .out())
          .contains(
              "    uninformed --> informed : A yes moves an active customer up one stage — 1 move\n")
          .contains(
              "    uninformed --> purchased : A first purchase makes the customer purchased — 1 move\n")
          .contains(
              "    buyer --> interested : A no moves an active customer down one stage — 0 moves\n")
          .contains(
              "    purchased --> loyal : A second purchase makes the customer loyal — 1 move\n");
      assertThat(
              journey("render", "sales-funnel", "--format", "dot", "--overlay", events.toString())
                  .out())
          .contains("[label=\"A yes moves an active\\ncustomer up one stage\\n1 move\"]");
      assertThat(
              journey("render", "sales-funnel", "--format", "html", "--overlay", events.toString())
                  .out())
          .contains("<h2>Funnel</h2>");
      Run bad =
          journey(
              "render",
              "sales-funnel",
              "--format",
              "dot",
              "--overlay",
              dir.resolve("none.csv").toString());
      assertThat(bad.exit()).isEqualTo(2);
    }

    @Test
    void simulatePrintsTheForecastBesideTheSimulation() throws IOException {
      Run typical = journey("simulate", "loyalty-loop", "--customers", "500");
      assertThat(typical.exit()).isZero();
      assertThat(typical.out())
          .startsWith(
              "loyalty-loop: 23 states; 500 simulated customers per stage, seed 1\n"
                  + "mix: the journey's typical mix (see --help); customers buy at deal,"
                  + " user-experience, loyalty-loop, repeat-reminder\n"
                  + "stage            P(purchase)    simulated   interactions      simulated\n")
          .contains("need-awareness        0.1586       0.1660           9.11");
      Path mix =
          file(
              "mix.csv",
              "stage,event,detail,probability\n*,interaction,yes,0.5\n*,interaction,no,0.5\n");
      Run never = journey("simulate", "sales-funnel", "--mix", mix.toString());
      assertThat(never.exit()).isZero();
      assertThat(never.out())
          .isEqualTo(
              "no customer can ever purchase in journey 'sales-funnel' under this mix: the chain has no absorbing state\n");
      Path bad =
          file(
              "bad.csv",
              "stage,event,detail,probability\n*,interaction,yes,0.5\n*,interaction,maybe,half\n");
      Run refused = journey("simulate", "sales-funnel", "--mix", bad.toString());
      assertThat(refused.exit()).isEqualTo(2);
      assertThat(refused.err()).isEqualTo("journey: " + bad + ":3:4: not a number: 'half'\n");
    }
  }

  /** The P(purchase) column of journey simulate's output, by stage. */
  static java.util.Map<String, Double> purchaseProbabilities(String out) {
    java.util.Map<String, Double> probabilities = new java.util.LinkedHashMap<>();
    out.lines()
        .dropWhile(line -> !line.startsWith("stage "))
        .skip(1)
        .map(line -> line.trim().split("\\s+"))
        .forEach(cells -> probabilities.put(cells[0], Double.parseDouble(cells[1])));
    return probabilities;
  }

  @Nested
  class SimulatingWithoutAMix {

    /**
     * Without --mix, simulate used to give every stage a CRM's usual mix, in which a customer who
     * does not know the business buys as often as one at the moment of purchase, and printed a
     * purchase probability of 1.0000 from every stage of every journey. The typical mix has b2b's
     * accounts buy at loyalty, where its rules put repeat orders, and loses grey and blue ones.
     */
    @Test
    void aPurchaseIsLikelierTheNearerACustomerIsToIt() {
      Run b2b = journey("simulate", "b2b", "--customers", "1000");
      assertThat(b2b.exit()).isZero();
      assertThat(b2b.out().lines().skip(1).findFirst().get())
          .isEqualTo("mix: the journey's typical mix (see --help); customers buy at loyalty");
      java.util.Map<String, Double> p = purchaseProbabilities(b2b.out());
      assertThat(p.keySet())
          .containsExactly(
              "awareness",
              "consideration",
              "decision",
              "contract-negotiation",
              "delivery-and-use",
              "loyalty");
      assertThat(p.values()).allSatisfy(probability -> assertThat(probability).isLessThan(0.99));
      assertThat(p.get("awareness")).isLessThan(p.get("contract-negotiation"));
      assertThat(p.get("contract-negotiation")).isLessThan(p.get("delivery-and-use"));
      assertThat(p.get("delivery-and-use")).isLessThan(p.get("loyalty"));
      for (String id : Catalogue.ids()) {
        Run run = journey("simulate", id, "--customers", "200");
        assertThat(run.exit()).as(id).isZero();
        assertThat(purchaseProbabilities(run.out()).values())
            .as(id)
            .isNotEmpty()
            .anySatisfy(probability -> assertThat(probability).isLessThan(0.5))
            .allSatisfy(probability -> assertThat(probability).isLessThan(0.99));
      }
    }

    @Test
    void aJourneyThatSaysNowhereWhereCustomersBuyNeedsAMix() throws IOException {
      Path shop =
          file(
              "shop.yaml",
              "journey:\n"
                  + "  id: shop\n"
                  + "  name: A shop that counts orders\n"
                  + "  stages:\n"
                  + "    - {id: browsing, name: Browsing}\n"
                  + "    - {id: ordering, name: Ordering}\n"
                  + "  transitions:\n"
                  + "    - {from: browsing, to: ordering, kind: advance}\n"
                  + "  events:\n"
                  + "    - standard: interaction\n"
                  + "    - standard: purchase\n"
                  + "rules:\n"
                  + "  - name: A yes moves on\n"
                  + "    \"on\": interaction\n"
                  + "    when: {outcome: \"yes\"}\n"
                  + "    then: [advance]\n"
                  + "  - name: An order is counted\n"
                  + "    \"on\": purchase\n"
                  + "    then: [countPurchase]\n");
      Run needs = journey("simulate", shop.toString());
      assertThat(needs.exit()).isEqualTo(2);
      assertThat(needs.out()).isEmpty();
      assertThat(needs.err())
          .isEqualTo(
              "journey: journey 'shop' says nowhere where a customer buys (no purchase takes a"
                  + " customer to another stage, and no stage is final), so it has no typical mix:"
                  + " give what a customer does at each stage with --mix FILE (see journey"
                  + " simulate --help)\n");
      Path mix =
          file(
              "shop-mix.csv",
              "stage,event,detail,probability\n"
                  + "browsing,interaction,yes,1\n"
                  + "ordering,purchase,,0.5\n"
                  + "ordering,interaction,no,0.5\n");
      Run given = journey("simulate", shop.toString(), "--mix", mix.toString());
      assertThat(given.exit()).as(given.err()).isZero();
      assertThat(given.out())
          .contains("mix: " + mix + "; customers buy at ordering\n")
          .contains("browsing")
          .contains("1.0000");
    }

    @Test
    void theHelpSaysWhatTheTypicalMixIs() {
      String help = journey("simulate", "--help").out().replaceAll("\\s+", " ");
      assertThat(help)
          .contains("or else from the journey's typical mix, derived from its rules")
          .contains("purchases only where customers buy: at the moment of purchase")
          .contains("a grey or blue customer does nothing more")
          .contains("needs --mix");
      for (EventType type :
          java.util.List.of(
              EventType.INTERACTION,
              EventType.CRITERION,
              EventType.PURCHASE,
              EventType.EXPERIENCE)) {
        assertThat(help)
            .as("the weights of the help are the log's")
            .contains(
                type.id()
                    + " "
                    + io.github.journeykit.eventlog.EventLog.REALISTIC_WEIGHTS.get(type).get());
      }
    }
  }

  @Nested
  class Checking {
    @Test
    void aReadyMadeJourneyHolds() {
      Run check = journey("check", "sales-funnel", "--customers", "300", "--seed", "5");
      assertThat(check.exit()).isZero();
      assertThat(check.out())
          .isEqualTo(
              "journey 'sales-funnel': 12 invariants held for 300 customers (seed 5)\n"
                  // the standard ones that apply to the funnel
                  + "  held: the stage is always one of the journey's stages\n"
                  + "  held: a decision is deterministic\n"
                  + "  held: replay is chunk-independent\n"
                  + "  held: an event the journey does not know is rejected with a reason and"
                  + " leaves the position unchanged\n"
                  + "  held: no move bypasses a gate\n"
                  + "  held: a customer attribute holds only values its declaration accepts\n"
                  + "  held: a message's history only grows\n"
                  // the funnel's own
                  + "  held: a yes moves at most one stage up\n"
                  + "  held: a no moves at most one stage down\n"
                  + "  held: purchases never decrease\n"
                  + "  held: from 'purchased' on, a customer has 1 purchase\n"
                  + "  held: from 'loyal' on, a customer has 2 purchases\n"
                  // about facts the funnel does not declare
                  + "  not checked, as it does not apply to this journey: a counter or a sum goes"
                  + " down only by a rule that can lower it\n"
                  + "  not checked, as it does not apply to this journey: a window keeps at most"
                  + " its number of instants, oldest first, each an event's\n"
                  + "  not checked, as it does not apply to this journey: the last-seen instant of"
                  + " an event type is the instant of the last event of that type\n");
      assertThat(check.err()).as("no terminal here, and a short run: nothing").isEmpty();
    }

    /** Its progress shows as a bar on a terminal, rubbed out before the result. */
    @Test
    void itsProgressIsABarWhenAskedAndTheResultStaysTheSame() {
      Run check =
          journey(
              "check", "sales-funnel", "--customers", "300", "--seed", "5", "--progress", "bar");
      assertThat(check.exit()).isZero();
      assertThat(check.out())
          .isEqualTo(journey("check", "sales-funnel", "--customers", "300", "--seed", "5").out());
      assertThat(check.err())
          .startsWith("\r[                    ]   0.3%, 1 of 300 customers, sales-funnel")
          .contains("\r[####################] 100.0%, 300 of 300 customers, sales-funnel")
          .matches("(?s).*\r {60,}\r");
      Run bad = journey("check", "sales-funnel", "--progress", "fancy");
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err())
          .isEqualTo("journey: --progress takes auto, bar, lines or off, got 'fancy'\n");
    }

    @Test
    void aCounterexampleReplaysWithRun() throws IOException {
      // check prints a failing run's counterexample as an event log; run reads it back.
      Playbook original = Catalogue.get("loyalty-loop").get();
      Playbook.Builder buggy =
          Playbook.builder(
              original.journey().toBuilder()
                  .transition(Transition.loop("deal", "need-awareness", "bug"))
                  .buildOrThrow());
      original.gates().forEach(buggy::gate);
      original
          .rules()
          .filter(rule -> !rule.name().equals("A no moves an active customer back"))
          .forEach(buggy::rule);
      buggy.rule(
          Rule.named("A no moves an active customer back", EventType.INTERACTION)
              .at("comparison", "deal")
              .when(Condition.outcomeIs(Outcome.NO).and(Condition.statusIs(CustomerStatus.ACTIVE)))
              .then(Effect.moveTo("need-awareness")));
      CheckResult result =
          JourneyCheck.of(buggy.buildOrThrow())
              .seed(1)
              .check(CatalogueInvariants.forJourney("loyalty-loop"));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      assertThat(CheckCommand.report(result, new PrintWriter(out), new PrintWriter(err)))
          .isEqualTo(1);
      assertThat(err.toString())
          .contains("invariant \"a no moves at most one stage down\" does not hold");
      assertThat(out.toString()).startsWith("customer,at,event,detail\ncounterexample,");
      Path counterexample = file("counterexample.csv", out.toString());
      Run run = journey("run", "loyalty-loop", counterexample.toString());
      assertThat(run.exit()).isZero();
      assertThat(run.out())
          .isEqualTo("customer,stage,status,purchases\ncounterexample,comparison,active,0\n");
    }

    @Test
    void aCheckThatNeverReachesAStageSaysSoAndFailsUnlessToldOtherwise() {
      // 3 customers cannot reach every stage and fire every rule of the funnel
      Run few = journey("check", "sales-funnel", "--customers", "3", "--seed", "5");
      assertThat(few.exit()).isEqualTo(1);
      assertThat(few.out()).isEmpty();
      assertThat(few.err())
          .contains("never put to the test", "stage 'buyer': reached by 0 customers");
      Run warned =
          journey("check", "sales-funnel", "--customers", "3", "--seed", "5", "--coverage", "warn");
      assertThat(warned.exit()).isZero();
      assertThat(warned.out()).contains("stage 'buyer': reached by 0 customers");
      Run bad = journey("check", "sales-funnel", "--coverage", "some");
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err()).isEqualTo("journey: --coverage takes fail, warn or off, got 'some'\n");
    }

    @Test
    void badOptionsAreMistakes() {
      assertThat(journey("check", "sales-funnel", "--customers", "0").exit()).isEqualTo(2);
      assertThat(journey("check", "sales-funnel", "--customers", "many").err())
          .isEqualTo(
              "journey: --customers takes a whole number, got 'many' (see: journey check"
                  + " --help)\n");
    }
  }

  @Nested
  class Linting {
    @Test
    void printsOneFindingPerLineAndFailsOnlyWhenAsked() {
      Run lint = journey("lint", "b2b");
      assertThat(lint.exit()).isZero();
      assertThat(lint.out())
          .isEqualTo(
              "warning stage 'awareness': no message is sent here; nothing moves the customer on from this stage\n"
                  + "warning stage 'loyalty': no message is sent here; nothing moves the customer on from this stage\n");
      assertThat(journey("lint", "b2b", "--fail-on", "warning").exit()).isEqualTo(1);
      assertThat(journey("lint", "b2b", "--fail-on", "error").exit()).isZero();
      assertThat(journey("lint", "sales-conversation", "--fail-on", "warning").exit()).isZero();
      assertThat(journey("lint", "email-scheme", "--fail-on", "warning").exit()).isZero();
      Run bad = journey("lint", "b2b", "--fail-on", "info");
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err()).isEqualTo("journey: --fail-on takes warning or error, got 'info'\n");
    }
  }

  @Nested
  class LintingACleanJourney {
    @Test
    void saysThereAreNoFindingsAndWhatWasChecked() {
      Run lint = journey("lint", "sales-funnel");
      assertThat(lint.exit()).isZero();
      assertThat(lint.out())
          .isEqualTo("sales-funnel: no findings (6 stages, 12 rules, 6 messages checked)\n");
      assertThat(lint.err()).isEmpty();
      assertThat(journey("lint", "sales-funnel", "--fail-on", "warning").out())
          .isEqualTo(lint.out());
      assertThat(journey("lint", "b2b").out()).doesNotContain("no findings");
    }

    @Test
    void sinceAnOlderVersionSaysItsMigrationsLeaveNothingBehind() {
      Playbook funnel = Journeys.find("sales-funnel");
      assertThat(LintCommand.clean(funnel, funnel.journey()))
          .isEqualTo(
              "sales-funnel: no findings (6 stages, 12 rules, 6 messages checked; the migrations"
                  + " from version 1 leave nothing of it behind)");
    }
  }

  @Test
  void showSaysEveryDurationInWordsAndEndsWithANewline() {
    for (String id : Catalogue.ids()) {
      String shown = journey("show", id).out();
      assertThat(shown).as(id).endsWith("\n");
      // a parameter's value as the definition writes it, e.g. "1 day (P1D)", is the one ISO-8601
      assertThat(shown.replaceAll("\\((PT?[0-9A-Z]+)\\):", ":"))
          .as(id)
          .doesNotContainPattern("\\bPT?[0-9]");
    }
    assertThat(journey("show", "sales-funnel", "--set", "qualify-delay=PT24H").out())
        .contains("; First contact with a manager, after 1 day\n")
        .contains("  qualify-delay = 1 day (PT24H): ")
        .contains("; First purchase, after 7 days\n");
  }

  @Nested
  class Rendering {
    @Test
    void drawsEveryFormatToStandardOutputOrAFile() throws IOException {
      assertThat(journey("render", "sales-funnel", "--format", "mermaid").out())
          .startsWith("stateDiagram-v2\n");
      assertThat(journey("render", "sales-funnel", "--format", "markdown").out())
          .startsWith("# Six awareness stages");
      assertThat(journey("render", "sales-funnel", "--format", "csv").out())
          .startsWith("lane,Uninformed,");
      Path html = dir.resolve("funnel.html");
      Run run = journey("render", "sales-funnel", "--format", "html", "--out", html.toString());
      assertThat(run.exit()).isZero();
      assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
      Run bad = journey("render", "sales-funnel", "--format", "png");
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err())
          .isEqualTo(
              "journey: unknown format 'png'; use one of: mermaid, dot, markdown, html, csv\n");
      assertThat(journey("render", "sales-funnel").err())
          .isEqualTo("journey: missing --format FORMAT (see: journey render --help)\n");
    }

    /** Renders a ready-made journey into a file, with a log of generated customers as overlay. */
    Path render(String id, String format, boolean overlay) throws IOException {
      Path out = dir.resolve(id + (overlay ? "-overlay." : ".") + format);
      Run render =
          overlay
              ? journey(
                  "render",
                  id,
                  "--format",
                  format,
                  "--out",
                  out.toString(),
                  "--overlay",
                  DefinitionCommandsTests.log(Catalogue.get(id).get(), dir).toString())
              : journey("render", id, "--format", format, "--out", out.toString());
      assertThat(render.exit()).as(render.err()).isZero();
      return out;
    }

    @Test
    void dotIsAcceptedByGraphvizAndFitsAScreen() throws Exception {
      Assumptions.assumeTrue(
          Chromium.onPath("dot"),
          "Graphviz 'dot' is not installed (.ci/run installs it): skipping");
      for (String id : Catalogue.ids()) {
        for (boolean overlay : new boolean[] {false, true}) {
          Path dot = render(id, "dot", overlay);
          Process graphviz =
              new ProcessBuilder("dot", "-Tsvg", dot.toString()).redirectErrorStream(true).start();
          String output =
              new String(graphviz.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          assertThat(graphviz.waitFor(60, TimeUnit.SECONDS)).isTrue();
          assertThat(graphviz.exitValue()).as(output).isZero();
          assertThat(output).contains("<svg").doesNotContain("Warning").doesNotContain("Error");
          // Graphviz measures in points, 72 to the inch; a screen has 96 pixels to the inch
          Matcher size =
              Pattern.compile("<svg width=\"(\\d+)pt\" height=\"(\\d+)pt\"").matcher(output);
          assertThat(size.find()).as(output).isTrue();
          assertThat(Integer.parseInt(size.group(1)) * 4 / 3)
              .as("%s: width in pixels", dot.getFileName())
              .isLessThanOrEqualTo(Chromium.WIDTH);
          assertThat(Integer.parseInt(size.group(2)) * 4 / 3)
              .as("%s: height in pixels", dot.getFileName())
              .isLessThanOrEqualTo(Chromium.HEIGHT);
        }
      }
    }

    @Test
    void everyHtmlPageFitsAScreen1400PixelsWideInHeadlessChromium() throws Exception {
      Assumptions.assumeTrue(
          Chromium.installed(), "Chromium is not installed (.ci/run installs it): skipping");
      record Drawn(String id, boolean overlay) {}
      java.util.List<Drawn> pages = new java.util.ArrayList<>();
      Catalogue.ids().forEach(id -> pages.add(new Drawn(id, true)));
      pages.add(new Drawn("web-studio", false));
      pages.add(new Drawn("b2b", false));
      for (Drawn page : pages) {
        Path html = render(page.id(), "html", page.overlay());
        Playbook playbook = Catalogue.get(page.id()).get();
        Chromium.Page shown = Chromium.probe(html, dir);
        assertThat(shown.dom())
            .as(page.toString())
            .contains("<title>" + playbook.journey().name().replace("&", "&amp;") + "</title>");
        assertThat(shown.measured("window")).as(page.toString()).isEqualTo(Chromium.WIDTH);
        assertThat(shown.measured("scroll"))
            .as("%s: the page's width against the window's", page)
            .isLessThanOrEqualTo(shown.measured("client"));
        assertThat(shown.measured("graphs")).as(page.toString()).isEqualTo(1);
        assertThat(shown.measured("bars"))
            .as(page.toString())
            .isEqualTo(page.overlay() ? playbook.journey().stages().size() : 0);
        assertThat(shown.probe().lines().filter(line -> line.startsWith("problem")))
            .as(page.toString())
            .isEmpty();
        assertThat(
                shown
                    .log()
                    .lines()
                    .filter(line -> line.contains("CONSOLE") || line.contains("Uncaught")))
            .as("console messages from %s", page)
            .isEmpty();
      }
    }
  }

  /**
   * The stage a sales manager counts as "bought" in each ready-made journey: the stage a purchase
   * takes a customer to, b2b's delivery after the signed contract, the sales conversation's close.
   */
  static final java.util.Map<String, String> BOUGHT_AT =
      java.util.Map.of(
          "sales-funnel", "purchased",
          "awareness-ladder", "after-purchase",
          "loyalty-loop", "user-experience",
          "nine-stages", "purchase",
          "b2b", "delivery-and-use",
          "sales-conversation", "close",
          "web-studio", "design",
          "email-scheme", "paid");

  /**
   * The demo's figures hold together as a sales manager reads them: no more customers bought than
   * reached the stage of those who bought. Its customers used to do anything anywhere, and b2b said
   * 76,261 of 100,000 accounts bought (50,701 of them while at awareness, where a purchase is only
   * counted) while 349 reached delivery and use. A final stage's customers are done: neither
   * waiting nor stuck.
   */
  @Test
  void theDemosBuyersReachedTheStageOfThoseWhoBought() throws IOException {
    Run demo = journey("demo", "--customers", "3000", "--out-dir", dir.resolve("demo").toString());
    assertThat(demo.exit()).isZero();
    assertThat(BOUGHT_AT.keySet()).containsExactlyInAnyOrderElementsOf(Catalogue.ids());
    for (String id : Catalogue.ids()) {
      String section = demo.out().substring(demo.out().indexOf(id + " — "));
      section = section.substring(0, section.indexOf("\n\n"));
      java.util.Map<String, String[]> rows = new java.util.HashMap<>();
      section
          .lines()
          .skip(2)
          .map(line -> line.replaceAll("  <- .*", "").trim().split("\\s+"))
          .forEach(cells -> rows.put(cells[0], cells));
      String last = section.lines().reduce((a, b) -> b).get();
      long bought = Long.parseLong(last.replaceAll("time to first purchase: (\\d+) .*", "$1"));
      long reached = Long.parseLong(rows.get(BOUGHT_AT.get(id))[1]);
      assertThat(bought)
          .as(id + ": bought, against reached " + BOUGHT_AT.get(id))
          .isLessThanOrEqualTo(reached);
      for (var stage : Catalogue.get(id).get().journey().stages()) {
        String[] cells = rows.get(stage.id());
        assertThat(cells).as(id + " " + stage.id()).hasSize(12);
        assertThat(cells[10].equals("-") && cells[11].equals("-"))
            .as(
                id
                    + " "
                    + stage.id()
                    + ": waiting and stuck are - at a final stage, and only there")
            .isEqualTo(stage.isFinal());
      }
    }
  }

  @Test
  void theDemosProgressIsABarOnlyWhereAskedForOrOnATerminal() throws IOException {
    String folder = dir.resolve("demo").toString();
    Run lines = journey("demo", "--customers", "50", "--out-dir", folder, "--progress", "lines");
    assertThat(lines.exit()).isZero();
    assertThat(lines.err()).doesNotContain("\r");
    Run bar = journey("demo", "--customers", "50", "--out-dir", folder, "--progress", "bar");
    assertThat(bar.exit()).isZero();
    assertThat(bar.out()).isEqualTo(lines.out());
    assertThat(bar.err())
        .contains("\r[####################] 100.0%, 400 of 400 customers, email-scheme")
        .matches("(?s).*\r {60,}\r");
    Run bad = journey("demo", "--progress", "fancy", "--out-dir", dir.resolve("never").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err())
        .isEqualTo("journey: --progress takes auto, bar, lines or off, got 'fancy'\n");
    assertThat(dir.resolve("never")).as("nothing written").doesNotExist();
  }

  @Test
  void demoRunsEveryJourneyPrintsItsFunnelAndWritesItsPictures() throws IOException {
    Path out = dir.resolve("demo");
    Run demo = journey("demo", "--customers", "200", "--out-dir", out.toString());
    assertThat(demo.exit()).isZero();
    for (String id : Catalogue.ids()) {
      assertThat(demo.out()).contains(id + " — ");
      for (String extension : java.util.List.of("mmd", "dot", "md", "html", "csv")) {
        assertThat(out.resolve(id + "." + extension)).isNotEmptyFile();
      }
    }
    assertThat(demo.out())
        .contains(
            "\nstage        reached   active    grey    blue conversion  drop-off   visits median days  p90 days  waiting  stuck\n");
    assertThat(Files.readString(out.resolve("b2b.html"))).contains("<h2>Funnel</h2>");
    assertThat(demo.out())
        .contains("sales-funnel — Six awareness stages of a sales funnel: 200 customers, ");
    assertThat(demo.err())
        .as("standard error is no terminal here: no bar, whose frames would fill a log file")
        .doesNotContain("\r");
    assertThat(journey("demo", "--customers", "200", "--out-dir", out.toString()).out())
        .isEqualTo(demo.out());
  }
}
