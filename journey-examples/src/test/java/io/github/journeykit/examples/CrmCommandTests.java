package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example CRM: events through the JDBC store one by one, the outbox as a replay sends it. */
class CrmCommandTests {

  static String sample() throws IOException {
    try (InputStream in = CrmCommand.class.getResourceAsStream(CrmCommand.SAMPLE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The messages {@code journey run --messages --until} writes for a log, each line as the CRM
   * prints it without its status; sorted, since the two order messages of one instant differently.
   */
  static List<String> replayed(Path log, String journey, String until, Path dir)
      throws IOException {
    Path messages = dir.resolve("messages.csv");
    CommandLineTests.Run run =
        CommandLineTests.journey(
            "run", journey, log.toString(), "--messages", messages.toString(), "--until", until);
    assertThat(run.exit()).as(run.err()).isZero();
    return Files.readAllLines(messages).stream().skip(1).sorted().toList();
  }

  static List<String> withoutStatus(String printed) {
    return printed
        .lines()
        .skip(1)
        .map(line -> line.substring(0, line.lastIndexOf(',')))
        .sorted()
        .collect(Collectors.toList());
  }

  @Nested
  class TheSample {

    @Test
    void queuesTheMessagesAReplayOfItsLogSends(@TempDir Path dir) throws IOException {
      CommandLineTests.Run crm = CommandLineTests.journey("crm");

      assertThat(crm.err()).isEmpty();
      assertThat(crm.exit()).isZero();
      assertThat(crm.out()).startsWith("customer,message,send_at,rule,status\n");
      Path log = Files.writeString(dir.resolve("crm-events.csv"), sample());
      String last = sample().lines().reduce((a, b) -> b).get().split(",")[1];
      assertThat(withoutStatus(crm.out()))
          .isEqualTo(replayed(log, CrmCommand.SAMPLE_JOURNEY, last, dir));
    }

    @Test
    void sendsTheMessagesWhoseTimeHasComeAndKeepsTheRestPending() throws IOException {
      String last = sample().lines().reduce((a, b) -> b).get().split(",")[1];

      List<String> rows = CommandLineTests.journey("crm").out().lines().skip(1).toList();

      assertThat(rows).isNotEmpty();
      for (String row : rows) {
        Instant sendAt = Instant.parse(row.split(",")[2]);
        assertThat(row).endsWith(sendAt.isAfter(Instant.parse(last)) ? ",pending" : ",sent");
      }
      assertThat(rows).anyMatch(row -> row.endsWith(",pending"));
      assertThat(rows.stream().map(row -> Instant.parse(row.split(",")[2]))).isSorted();
    }

    @Test
    void startsEmptyOnEveryRun() {
      assertThat(CommandLineTests.journey("crm").out())
          .isEqualTo(CommandLineTests.journey("crm").out());
    }
  }

  @Test
  void runsALogOfYourOwnUpToAnInstant(@TempDir Path dir) throws IOException {
    Path log =
        Files.writeString(
            dir.resolve("orders.csv"),
            "customer,at,event,detail\n"
                + "boris,2026-05-01T09:00:00Z,criterion,ordered\n"
                + "vera,2026-05-01T09:30:00Z,criterion,ordered\n"
                + "vera,2026-05-01T10:00:00Z,purchase,\n");
    String until = "2026-08-15T00:00:00Z";

    CommandLineTests.Run crm =
        CommandLineTests.journey("crm", "email-scheme", log.toString(), "--until", until);

    assertThat(crm.exit()).as(crm.err()).isZero();
    assertThat(withoutStatus(crm.out())).isEqualTo(replayed(log, "email-scheme", until, dir));
    assertThat(crm.out())
        .contains("boris,second-payment-reminder,2026-05-02T09:00:00Z,")
        .contains("vera,did-you-like-it,2026-05-04T10:00:00Z,")
        .doesNotContain(",pending");
  }

  @Test
  void aDatabaseOtherThanH2OrPostgresqlIsAMistake() {
    CommandLineTests.Run crm = CommandLineTests.journey("crm", "--database", "jdbc:mysql://db/crm");
    assertThat(crm.exit()).isEqualTo(2);
    assertThat(crm.err())
        .isEqualTo(
            "journey: --database takes a jdbc:h2: or jdbc:postgresql: URL, got"
                + " 'jdbc:mysql://db/crm'\n");
  }

  @Test
  void aJourneyWithoutItsEventsIsAMistake() {
    CommandLineTests.Run crm = CommandLineTests.journey("crm", "sales-funnel");
    assertThat(crm.exit()).isEqualTo(2);
    assertThat(crm.err()).contains("give both JOURNEY and EVENTS.csv");
  }
}
