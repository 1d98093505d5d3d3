package io.github.journeykit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped scripts, as a migration tool and {@link StoreSchema#create} find them. */
class StoreSchemaTests {

  @Test
  void everyDatabaseHasTheScriptsTheStoreApplies() throws IOException {
    for (String database : java.util.List.of("h2", "postgresql")) {
      try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/journey", database))) {
        assertThat(files.map(file -> file.getFileName().toString()).sorted())
            .as(database)
            .containsExactlyElementsOf(StoreSchema.SCRIPTS);
      }
    }
  }

  @Test
  void aScriptIsSplitIntoItsStatementsWithoutItsComments() {
    assertThat(
            StoreSchema.statements(
                "-- a table\nCREATE TABLE t (\n  a INT -- the a\n);\n\n-- an index\n"
                    + "CREATE INDEX i ON t (a);\n"))
        .containsExactly("CREATE TABLE t (\n  a INT -- the a\n)", "CREATE INDEX i ON t (a)");
  }

  @Test
  void instantsAreRoundedUpToTheMicrosecond() {
    java.time.Instant at = java.time.Instant.parse("2026-03-01T09:00:00Z");
    assertThat(Columns.toMicros(at)).isEqualTo(at);
    assertThat(Columns.toMicros(at.plusNanos(1))).isEqualTo(at.plusNanos(1000));
    assertThat(Columns.toMicros(at.plusNanos(999_999_001))).isEqualTo(at.plusSeconds(1));
    assertThat(Columns.toMicros(at.plusNanos(2000))).isEqualTo(at.plusNanos(2000));
  }
}
