package io.github.journeykit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.rules.Engine;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Rows the store cannot read, and tables that are not as the schema makes them: each a {@link
 * StoreException} that names what and where, never an exception from deep inside.
 */
interface BadRowsContract extends StoreContract {

  /** Olga's row in the sales funnel, its position's JSON spoilt by replacing a part of it. */
  static JourneyStore spoilt(Database database, String part, String by) {
    Engine engine = StoreContract.engine("sales-funnel");
    JourneyStore store = JourneyStore.of(database.dataSource(), engine);
    Handled handled = store.handle("olga", new InteractionHappened(Outcome.YES, T0));
    String json = JourneyJson.of(engine.journey()).write(handled.position());
    assertThat(json).contains(part);
    database.update(
        "UPDATE journey_positions SET position = '"
            + json.replace(part, by).replace("'", "''")
            + "' WHERE customer = 'olga'");
    return store;
  }

  static void unreadable(ThrowingCallable call, String... says) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(StoreException.Kind.UNREADABLE);
              assertThat(e.getMessage()).contains(says);
            });
  }

  @Test
  default void aStoredStageTheJourneyDoesNotHaveIsReportedWithTheCustomerAndTheTable() {
    try (Database database = open()) {
      JourneyStore store = spoilt(database, "\"stage\":\"informed\"", "\"stage\":\"informd\"");
      unreadable(
          () -> store.handle("olga", new InteractionHappened(Outcome.YES, T0.plusSeconds(1))),
          "the stored position cannot be read: journey_positions (customer 'olga', journey"
              + " 'sales-funnel')",
          "stage: the journey has no stage 'informd' (did you mean 'informed'?)");
      unreadable(() -> store.position("olga"), "customer 'olga'", "'informd'");
    }
  }

  @Test
  default void aStoredPositionOfAnotherJourneyIsReported() {
    try (Database database = open()) {
      JourneyStore store =
          spoilt(database, "\"journey\":\"sales-funnel\"", "\"journey\":\"loyalty-loop\"");
      unreadable(
          () -> store.position("olga"),
          "customer 'olga'",
          "the position is in journey 'loyalty-loop', not 'sales-funnel'");
    }
  }

  @Test
  default void aStoredPositionOfANewerVersionOfTheJourneyIsReported() {
    try (Database database = open()) {
      JourneyStore store = spoilt(database, "\"version\":1", "\"version\":3");
      unreadable(
          () -> store.position("olga"),
          "customer 'olga'",
          "decided by version 3 of journey 'sales-funnel', newer than this version 1");
    }
  }

  @Test
  default void aStoredPositionThatIsNotAPositionIsReported() {
    try (Database database = open()) {
      JourneyStore store = spoilt(database, "\"status\":\"active\"", "\"status\":[\"active\"]");
      unreadable(() -> store.position("olga"), "customer 'olga'", "status");
    }
  }

  @Test
  default void anotherCustomersPositionInTheRowIsReported() {
    try (Database database = open()) {
      JourneyStore store = spoilt(database, "\"customer\":\"olga\"", "\"customer\":\"ivan\"");
      unreadable(
          () -> store.position("olga"),
          "journey_positions (customer 'olga', journey 'sales-funnel'): the stored position is"
              + " of customer 'ivan'");
    }
  }

  @Test
  default void aDueCustomerWhoseRowCannotBeReadStopsTheBatchWithTheReason() {
    try (Database database = open()) {
      JourneyStore store = DueContract.ordered(database, 2, Duration.ofMinutes(1));
      database.update(
          "UPDATE journey_positions SET position = '{\"format\":1}' WHERE customer = 'c1'");
      unreadable(
          () -> store.handleDue(T0.plus(Duration.ofDays(1)), 10),
          "journey_positions (customer 'c1', journey 'email-scheme')");
      assertThat(database.rows("SELECT DISTINCT row_version FROM journey_positions"))
          .as("nothing of the batch was stored")
          .containsExactly("1");
    }
  }

  @Test
  default void anOutboxRowNamingAMessageTheJourneyDoesNotHaveIsReported() {
    try (Database database = open()) {
      JourneyStore store =
          JourneyStore.of(database.dataSource(), StoreContract.engine("email-scheme"));
      store.handle("olga", new CriterionMet("ordered", T0));
      database.update("UPDATE journey_outbox SET message = 'order-recieved'");
      unreadable(
          () -> store.outbox().pending(T0.plus(Duration.ofDays(1)), 10),
          "journey_outbox (id ",
          "customer 'olga', journey 'email-scheme'): journey 'email-scheme' version 1 has no"
              + " message 'order-recieved'; its messages: ");
    }
  }

  @Test
  default void missingTablesAreReportedWithWhereTheSchemaIs() {
    try (Database database = open()) {
      database.update("DROP TABLE journey_outbox");
      assertThatThrownBy(
              () -> JourneyStore.of(database.dataSource(), StoreContract.engine("sales-funnel")))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.SCHEMA);
                assertThat(e.getMessage())
                    .startsWith(
                        "table journey_outbox is missing or lacks one of the columns id, customer,"
                            + " journey, message, send_at, rule, status, sent_at (")
                    .contains("StoreSchema.create(dataSource)", "db/journey/");
              });
    }
  }

  @Test
  default void aMissingColumnIsReported() {
    try (Database database = open()) {
      database.update("ALTER TABLE journey_positions DROP COLUMN stage");
      assertThatThrownBy(
              () -> JourneyStore.of(database.dataSource(), StoreContract.engine("sales-funnel")))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("table journey_positions is missing or lacks one of the columns")
          .hasMessageContaining("stage");
    }
  }

  @Test
  default void creatingTheSchemaAgainChangesNothing() {
    try (Database database = open()) {
      JourneyStore store =
          JourneyStore.of(database.dataSource(), StoreContract.engine("email-scheme"));
      store.handle("olga", new CriterionMet("ordered", T0));

      assertThat(StoreSchema.create(database.dataSource()))
          .allMatch(script -> script.startsWith("db/journey/" + database + "/"))
          .hasSize(2);

      assertThat(database.count("journey_positions")).isEqualTo(1);
      assertThat(database.count("journey_outbox")).isEqualTo(1);
    }
  }
}
