package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class StoreQuickStartTests {

  static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StoreQuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsWhatItsCommentsSay() {
    assertThat(printed())
        .isEqualTo(
            "order-placed, row version 1\n"
                + "olga checked at 2026-03-02T11:00:00Z\n"
                + "olga <- order-received\n"
                + "olga <- payment-reminder\n");
  }

  @Test
  void runsAgainOnAFreshDatabase() {
    assertThat(printed()).isEqualTo(printed());
  }

  @Test
  void theReadmeShowsItExactlyAsTheBuildRunsIt() throws IOException {
    assertThat(Files.readString(ReadmeTests.README))
        .contains(ReadmeTests.javaBlock(ReadmeTests.example("StoreQuickStart"), "store"));
  }
}
