package io.github.journeykit.kafka;

import static io.github.journeykit.kafka.Club.day;
import static io.github.journeykit.kafka.Club.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record that cannot be decided goes to the dead-letter topic as it came, with the reason and
 * where it came from; the customer's position stays, and the stream goes on.
 */
class DeadLetterTests {

  @TempDir Path state;
  Driver driver;

  @BeforeEach
  void start() {
    driver =
        new Driver(Driver.topics(Club.ENGINE).storesInMemory().build(), Club.ENGINE, state, day(0));
    driver.pipe("olga", visit("olga", 0));
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  /** After the bad record, a good one is decided: the stream did not stop. */
  void theStreamGoesOn() {
    driver.pipe("olga", visit("olga", 1));
    KeyValueStore<String, Position> positions =
        driver.driver.getKeyValueStore(driver.journey.positionsStore());
    assertThat(positions.get("olga").lastActiveAt()).isEqualTo(day(1));
  }

  @Test
  void anEventThatCannotBeReadGoesAsItCameWithTheProblem() {
    driver.events.pipeInput("olga", "{\"format\":1,\"type\":\"visit\"", day(1));
    List<Driver.DeadLetter> letters = driver.deadLetters();
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).key()).isEqualTo("olga");
    assertThat(letters.get(0).value()).isEqualTo("{\"format\":1,\"type\":\"visit\"");
    assertThat(letters.get(0).reason()).startsWith("the event cannot be read: topic crm-events");
    assertThat(letters.get(0).source()).isEqualTo("topic crm-events, partition 0, offset 1");
    theStreamGoesOn();
  }

  @Test
  void anEventOfAnotherJourneyIsRejectedWithTheReason() {
    driver.events.pipeInput(
        "olga", driver.json.write(visit("olga", 1)).replace("visit", "login"), day(1));
    driver.events.pipeInput(
        "olga", driver.json.write(new PurchaseMade(Option.none(), Option.none(), day(1))), day(1));
    List<Driver.DeadLetter> letters = driver.deadLetters();
    assertThat(letters).hasSize(2);
    assertThat(letters.get(0).reason()).contains("login");
    assertThat(letters.get(1).reason()).contains("purchase");
    assertThat(driver.positions().get("olga").lastActiveAt()).isEqualTo(day(0));
    theStreamGoesOn();
  }

  @Test
  void anEventTheEngineRejectsLeavesThePositionAsItWas() {
    Position before = driver.positions().get("olga");
    driver.pipe("olga", new CriterionMet("money", day(2)));
    List<Driver.DeadLetter> letters = driver.deadLetters();
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).reason())
        .isEqualTo(
            "event 'criterion': journey 'club' does not know this event type; it knows: visit,"
                + " time_passed");
    assertThat(driver.positions().get("olga")).isEqualTo(before);
    assertThat(Driver.read(driver.messages)).isEmpty();
    theStreamGoesOn();
  }

  @Test
  void aCustomerWhoseFirstEventIsRejectedIsNotEnrolled() {
    driver.pipe("ivan", new CriterionMet("money", day(2)));
    assertThat(driver.deadLetters()).hasSize(1);
    assertThat(driver.positions()).containsOnlyKeys("olga");
  }

  @Test
  void aRecordWithoutKeyOrWithoutValueIsADeadLetter() {
    driver.events.pipeInput(null, driver.json.write(visit("olga", 1)), day(1));
    driver.events.pipeInput("olga", null, day(1));
    List<Driver.DeadLetter> letters = driver.deadLetters();
    assertThat(letters).hasSize(2);
    assertThat(letters.get(0).key()).isNull();
    assertThat(letters.get(0).reason()).startsWith("the record has no customer as key");
    assertThat(letters.get(1).value()).isNull();
    assertThat(letters.get(1).reason()).startsWith("the record has no value");
    theStreamGoesOn();
  }

  @Test
  void aStoredPositionThatCannotBeReadKeepsItsEvent() {
    KeyValueStore<String, Position> positions =
        driver.driver.getKeyValueStore(driver.journey.positionsStore());
    Position other = Catalogue.get("sales-funnel").get().journey().newCustomer("ivan", day(0));
    positions.put("ivan", other);
    driver.pipe("ivan", visit("ivan", 1));
    List<Driver.DeadLetter> letters = driver.deadLetters();
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).reason())
        .startsWith("the stored position of customer 'ivan' cannot be read");
    theStreamGoesOn();
  }
}
