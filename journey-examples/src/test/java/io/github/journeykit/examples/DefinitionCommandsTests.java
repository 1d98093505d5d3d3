package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.definition.Definitions;
import io.github.journeykit.definition.Format;
import io.github.journeykit.eventlog.EventLogWriter;
import io.github.journeykit.model.Event;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A journey of one's own as a definition file: {@code journey export} writes one, every command
 * that takes a journey takes the file too and does exactly what it does for the id, and {@code
 * journey validate} checks one, every mistake located, exit 2 and nothing written.
 */
class DefinitionCommandsTests {

  @TempDir Path dir;

  static Stream<Playbook> playbooks() {
    return Journeys.all().toJavaStream();
  }

  static CommandLineTests.Run journey(String... args) {
    return CommandLineTests.journey(args);
  }

  /**
   * A log of generated customers valid for the journey: those whose events need the same columns as
   * the first customer's (a customer's log has the attribute columns its events carry).
   */
  Path log(Playbook playbook) throws IOException {
    return log(playbook, dir);
  }

  /** {@link #log(Playbook)}, written in a directory. */
  static Path log(Playbook playbook, Path dir) throws IOException {
    CustomerGenerator customers = CustomerGenerator.of(playbook).lengths(1, 25);
    Random random = new Random(playbook.journey().id().hashCode());
    StringBuilder csv = new StringBuilder();
    String header = null;
    for (int c = 0; c < 60; c++) {
      Seq<Event> events = customers.events(random);
      String written = EventLogWriter.write("c-" + c, events);
      int end = written.indexOf('\n') + 1;
      if (header == null) {
        header = written.substring(0, end);
        csv.append(header);
      }
      if (written.startsWith(header)) {
        csv.append(written.substring(end));
      }
    }
    return Files.writeString(dir.resolve("log.csv"), csv, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("playbooks")
  void runningTheExportedDefinitionGivesByteForByteWhatRunningTheIdGives(Playbook playbook)
      throws IOException {
    String id = playbook.journey().id();
    Path log = log(playbook);
    for (String format : List.of("yaml", "json")) {
      Path definition = dir.resolve(id + "." + format);
      CommandLineTests.Run export =
          journey("export", id, "--format", format, "--out", definition.toString());
      assertThat(export.exit()).as(export.err()).isZero();
      assertThat(journey("validate", definition.toString()).out())
          .startsWith(definition + ": a valid definition of '" + id + "'");

      CommandLineTests.Run byId = journey("run", id, log.toString());
      CommandLineTests.Run byFile = journey("run", definition.toString(), log.toString());
      assertThat(byId.exit()).as(byId.err()).isZero();
      assertThat(byFile.out()).as("%s as %s", id, format).isEqualTo(byId.out());
      assertThat(byFile.err()).isEqualTo(byId.err());

      for (String[] command :
          List.of(
              new String[] {"show"},
              new String[] {"lint"},
              new String[] {"render", "--format", "mermaid"},
              new String[] {"run", log.toString(), "--report"})) {
        CommandLineTests.Run ofId = journey(with(command, id));
        CommandLineTests.Run ofFile = journey(with(command, definition.toString()));
        assertThat(ofFile.exit()).isEqualTo(ofId.exit());
        assertThat(ofFile.out()).as("%s %s", command[0], definition).isEqualTo(ofId.out());
      }
    }
  }

  /** A command with the journey put after its name. */
  static String[] with(String[] command, String journey) {
    String[] args = new String[command.length + 1];
    args[0] = command[0];
    args[1] = journey;
    System.arraycopy(command, 1, args, 2, command.length - 1);
    return args;
  }

  @Test
  void checkAndSimulateTakeADefinitionFileToo() {
    Path definition = dir.resolve("funnel.yaml");
    journey("export", "sales-funnel", "--out", definition.toString());
    CommandLineTests.Run byId =
        journey("check", "sales-funnel", "--customers", "50", "--seed", "3");
    CommandLineTests.Run byFile =
        journey("check", definition.toString(), "--customers", "50", "--seed", "3");
    assertThat(byFile.exit()).isEqualTo(byId.exit()).isZero();
    assertThat(byFile.out()).isEqualTo(byId.out());
    CommandLineTests.Run simulated =
        journey("simulate", definition.toString(), "--customers", "200", "--seed", "3");
    assertThat(simulated.exit()).isZero();
    assertThat(simulated.out())
        .isEqualTo(journey("simulate", "sales-funnel", "--customers", "200", "--seed", "3").out());
  }

  @Test
  void aDefinitionWithMistakesGetsEveryMistakeLocatedExitTwoAndNothingWritten() throws IOException {
    Path definition = dir.resolve("funnel.yaml");
    journey("export", "sales-funnel", "--out", definition.toString());
    String text = Files.readString(definition);
    Files.writeString(
        definition,
        text.replace("kind: advance", "kind: advanse").replace("- advance\n", "- advence\n"));
    Path out = dir.resolve("positions.csv");
    Path log = Files.writeString(dir.resolve("log.csv"), "customer,at,event,detail\n");
    for (String[] args :
        List.of(
            new String[] {"validate", definition.toString()},
            new String[] {"run", definition.toString(), log.toString(), "--out", out.toString()},
            new String[] {"show", definition.toString()})) {
      CommandLineTests.Run run = journey(args);
      assertThat(run.exit()).as(args[0]).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith("journey: the definition has ")
          .contains(definition + ":")
          .contains(
              "journey.transitions[0].kind: unknown value 'advanse' (did you mean 'advance'?)")
          .doesNotContain("Exception");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void aDefinitionThatCannotBeReadIsSaidSo() throws IOException {
    CommandLineTests.Run missing = journey("validate", dir.resolve("missing.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err())
        .startsWith("journey: the definition has a mistake:\n")
        .contains("cannot read the file");
    Path text = Files.writeString(dir.resolve("journey.txt"), "journey: {}\n");
    assertThat(journey("validate", text.toString()).err())
        .contains("name the file .yaml, .yml or .json, to say its format");
    assertThat(journey("show", "sales-funel").err())
        .isEqualTo(
            "journey: unknown journey 'sales-funel' (did you mean 'sales-funnel'?); the journeys"
                + " are: "
                + Journeys.all().map(p -> p.journey().id()).mkString(", ")
                + "; or name a definition file (.yaml, .yml, .json)\n");
  }

  @Test
  void exportWritesYamlByDefaultAndJsonOnRequest() {
    CommandLineTests.Run yaml = journey("export", "saas-trial");
    assertThat(yaml.exit()).isZero();
    assertThat(yaml.out()).startsWith("journey:\n  id: saas-trial\n");
    CommandLineTests.Run json = journey("export", "saas-trial", "--format", "json");
    assertThat(json.out()).startsWith("{\n  \"journey\" : {\n    \"id\" : \"saas-trial\"");
    CommandLineTests.Run wrong = journey("export", "saas-trial", "--format", "xml");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err())
        .isEqualTo(
            "journey: --format takes yaml or json, got 'xml' (see: journey export --help)\n");
  }

  @Test
  void exportWritesAReadyMadeJourneyInYamlAsItsDefinitionFileCommentsIncluded() throws IOException {
    String file;
    try (InputStream in = Catalogue.class.getResourceAsStream("sales-funnel.yaml")) {
      assertThat(in).as("the catalogue's sales-funnel.yaml").isNotNull();
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    CommandLineTests.Run yaml = journey("export", "sales-funnel");
    assertThat(yaml.exit()).isZero();
    assertThat(yaml.out()).isEqualTo(file).startsWith("# sales-funnel: ");
    Path definition = dir.resolve("funnel.yaml");
    journey("export", "sales-funnel", "--format", "yaml", "--out", definition.toString());
    assertThat(Files.readString(definition)).isEqualTo(file);

    CommandLineTests.Run json = journey("export", "sales-funnel", "--format", "json");
    assertThat(json.out())
        .isEqualTo(Definitions.write(Catalogue.get("sales-funnel").get(), Format.JSON));
    CommandLineTests.Run ofFile = journey("export", definition.toString());
    assertThat(ofFile.out())
        .as("a definition file of one's own is read and written anew")
        .isEqualTo(Definitions.write(Catalogue.get("sales-funnel").get(), Format.YAML));
  }

  @Test
  void schemaPrintsTheJsonSchemaOfDefinitions() throws IOException {
    CommandLineTests.Run schema = journey("schema");
    assertThat(schema.exit()).isZero();
    assertThat(schema.out())
        .startsWith("{")
        .contains("\"$schema\"")
        .contains("https://json-schema.org/draft/2020-12/schema")
        .contains(io.github.journeykit.definition.DefinitionSchema.id())
        .endsWith("}\n");
    Path file = dir.resolve("journey.schema.json");
    assertThat(journey("schema", "--out", file.toString()).exit()).isZero();
    assertThat(Files.readString(file)).isEqualTo(schema.out());
  }
}
