package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class QuickStartTests {

  @Test
  void printsWhatItsCommentsSay() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "informed active\n"
                + "true\n"
                + "transition #1 (informed -> buyer): there is no stage 'buyer' in this journey; known"
                + " stages: informed\n"
                + "message 'hello': there is no stage 'interested' in this journey; known stages:"
                + " informed\n"
                + "interaction yes at 2026-03-03T10:00:00Z for customer 'olga' at 'informed' (active)\n"
                + "  fired \"A yes moves an active customer up one stage\": move to the next stage\n"
                + "  not fired \"A yes wins a blue customer back\": status is blue, but it is active\n"
                + "  not fired \"A no moves an active customer down one stage\": not outcome is no\n"
                + "  not fired \"A don't know keeps the customer where they are\": not outcome is dont_know\n"
                + "  blocked: the gate of 'interested' does not admit the customer: needs at least 2 of money,"
                + " need, decision; has 1: money\n"
                + "  result: stays at 'informed' (active), 0 purchases, criteria money\n"
                + "payment 8.5 at 2026-03-02T09:00:00Z for customer 'anna' at 'trying' (active)\n"
                + "  fired \"Payments are added up\": add the event's amount to paid\n"
                + "  not fired \"A payment of at least 10 EUR makes the customer paying\": amount is"
                + " 8.5, needs at least 10\n"
                + "  result: stays at 'trying' (active), 0 purchases, paid 8.5\n");
  }

  @Test
  void theReadmeShowsTheQuickStartExactlyAsTheBuildRunsIt() throws IOException {
    assertThat(Files.readString(ReadmeTests.README))
        .contains(ReadmeTests.javaBlock(ReadmeTests.example("QuickStart"), "quick-start"));
  }
}
