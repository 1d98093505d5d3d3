package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.eventlog.EventLogWriter;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Replay;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code journey run ID LOG --messages FILE --until INSTANT} for every journey of the command line:
 * over generated customers, the messages file holds exactly the messages the engine's replay with
 * ticks gives, in time order, and the positions are the replay's final ones.
 */
class RunMessagesTests {

  static final int CUSTOMERS = 12;

  @TempDir Path dir;

  static Stream<Playbook> playbooks() {
    return Journeys.all().toJavaStream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("playbooks")
  void theMessagesFileHoldsWhatTheEngineSaysToSendAndWhen(Playbook playbook) throws IOException {
    Engine engine = playbook.compile().withExplanations(false);
    CustomerGenerator customers = CustomerGenerator.of(playbook).lengths(1, 30);
    Random random = new Random(playbook.journey().id().hashCode() * 7L);
    int sent = 0;
    int ticks = 0;
    for (int c = 0; c < CUSTOMERS; c++) {
      String customer = "c-" + c;
      Seq<Event> events = customers.events(random).filter(e -> !(e instanceof TimePassed));
      if (events.isEmpty()) {
        continue;
      }
      Instant until = events.last().at().plus(Duration.ofDays(200));
      Path log = Files.writeString(dir.resolve("log.csv"), EventLogWriter.write(customer, events));
      Path messages = dir.resolve("messages.csv");
      CommandLineTests.Run run =
          CommandLineTests.journey(
              "run",
              playbook.journey().id(),
              log.toString(),
              "--messages",
              messages.toString(),
              "--until",
              until.toString());
      assertThat(run.err()).isEmpty();
      assertThat(run.exit()).isZero();

      Position start = playbook.journey().newCustomer(customer, events.head().at());
      Replay replay = engine.replay(start, events, until);
      Seq<MessageToSend> expected =
          replay.decisions().flatMap(Decision::messages).sortBy(MessageToSend::sendAt);
      assertThat(Files.readString(messages, StandardCharsets.UTF_8))
          .as("%s, customer %s", playbook.journey().id(), customer)
          .isEqualTo(RunCommand.messagesCsv(expected));
      assertThat(run.out())
          .endsWith(
              customer
                  + ","
                  + replay.position().stage()
                  + ","
                  + replay.position().status().id()
                  + ","
                  + replay.position().purchases()
                  + "\n");
      sent += expected.size();
      ticks += replay.decisions().count(d -> d.event() instanceof TimePassed);
    }
    if (playbook.journey().id().equals("saas-trial")
        || playbook.journey().id().equals("email-scheme")) {
      assertThat(ticks).as("%s has time-based rules: ticks", playbook.journey().id()).isPositive();
      assertThat(sent).as("%s sends messages", playbook.journey().id()).isPositive();
    }
  }
}
