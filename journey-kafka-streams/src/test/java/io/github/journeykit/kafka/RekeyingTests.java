package io.github.journeykit.kafka;

import static io.github.journeykit.kafka.Club.day;
import static io.github.journeykit.kafka.Club.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events not keyed by customer are re-keyed by whose they are, through a repartition topic. */
class RekeyingTests {

  @TempDir Path state;

  /** Events keyed by "club/member", as a CRM keyed by branch might send them. */
  static final CustomerOf AFTER_THE_SLASH =
      (key, event) ->
          Option.of(key).filter(k -> k.contains("/")).map(k -> k.substring(k.indexOf('/') + 1));

  Driver driver(CustomerOf customerOf) {
    return new Driver(
        Driver.topics(Club.ENGINE).customerOf(customerOf).storesInMemory().build(),
        Club.ENGINE,
        state,
        day(0));
  }

  @Test
  void theEventsOfACustomerUnderOtherKeysMeetTheirPosition() {
    try (Driver driver = driver(AFTER_THE_SLASH)) {
      driver.pipe("centre/olga", visit("olga", 0));
      driver.pipe("harbour/olga", visit("olga", 40));
      assertThat(driver.positions()).containsOnlyKeys("olga");
      assertThat(driver.positions().get("olga").lastActiveAt()).isEqualTo(day(40));
      assertThat(Driver.read(driver.messages)).extracting(m -> m.key).containsExactly("olga");
      assertThat(driver.deadLetters()).isEmpty();
    }
  }

  @Test
  void anAttributeCanTellTheCustomer() {
    try (Driver driver = driver(CustomerOf.attribute("member"))) {
      driver.events.pipeInput(null, driver.json.write(visit("ivan", 0)), day(0));
      assertThat(driver.positions()).containsOnlyKeys("ivan");
    }
  }

  @Test
  void anEventWhoseCustomerCannotBeToldIsADeadLetter() {
    try (Driver driver =
        driver(
            (key, event) -> {
              if ("broken".equals(key)) {
                throw new IllegalArgumentException("no branch");
              }
              return AFTER_THE_SLASH.customerOf(key, event);
            })) {
      driver.pipe("olga", visit("olga", 0));
      driver.pipe("broken", visit("olga", 0));
      driver.events.pipeInput("centre/olga", "not json", day(0));
      driver.events.pipeInput("centre/olga", null, day(0));
      List<Driver.DeadLetter> letters = driver.deadLetters();
      assertThat(letters)
          .extracting(Driver.DeadLetter::reason)
          .containsExactly(
              "customerOf tells no customer for the event",
              "customerOf failed on the event: java.lang.IllegalArgumentException: no branch",
              letters.get(2).reason(),
              DeadLetters.NO_VALUE);
      assertThat(letters.get(2).reason()).startsWith(DeadLetters.UNREADABLE);
      assertThat(letters.get(2).value()).isEqualTo("not json");
      assertThat(letters)
          .extracting(Driver.DeadLetter::key)
          .containsExactly("olga", "broken", "centre/olga", "centre/olga");
      assertThat(driver.positions()).isEmpty();
    }
  }
}
