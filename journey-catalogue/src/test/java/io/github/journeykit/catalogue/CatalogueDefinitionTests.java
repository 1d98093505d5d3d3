package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.journeykit.definition.DefinitionProblem;
import io.github.journeykit.definition.DefinitionSchema;
import io.github.journeykit.definition.Definitions;
import io.github.journeykit.definition.Format;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ready-made journeys as definitions: the catalogue gives each definition file as it is and
 * reads it as its playbook, once; a file it cannot read is a bug, every problem listed; every
 * playbook written as YAML or JSON and read back is the very same playbook; and the files, and what
 * is written, validate against the definitions' JSON Schema.
 */
class CatalogueDefinitionTests {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(DefinitionSchema.text(), InputFormat.JSON);

  static Stream<String> ids() {
    return Catalogue.ids().toJavaStream();
  }

  static Playbook playbook(String id) {
    return Catalogue.get(id).getOrElseThrow(() -> new AssertionError("no journey " + id));
  }

  /** The catalogue's definition file of a journey, in this module's sources. */
  static Path file(String id) {
    return Path.of("src/main/resources/io/github/journeykit/catalogue", id + ".yaml");
  }

  // ---- the definition files

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void theDefinitionIsTheFileAsItIsCommentsIncluded(String id) throws IOException {
    String definition = Catalogue.definition(id).getOrElseThrow(AssertionError::new);
    assertThat(definition).isEqualTo(Files.readString(file(id), StandardCharsets.UTF_8));
    assertThat(definition).as("the comment that opens it").startsWith("# " + id + ": ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void theDefinitionFileReadsAsTheCataloguesPlaybook(String id) {
    Playbook read = valid(Definitions.read(file(id)));
    assertThat(read.journey()).isEqualTo(playbook(id).journey());
    assertThat(read.rules()).containsExactlyElementsOf(playbook(id).rules());
    assertThat(read.gates()).containsExactlyElementsOf(playbook(id).gates());
    assertThat(read).isEqualTo(playbook(id));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void theDefinitionReadWrittenAndReadAgainIsAnEqualPlaybook(String id) {
    Playbook read =
        valid(Definitions.read(Catalogue.definition(id).get(), Format.YAML, id + ".yaml"));
    for (Format format : Format.values()) {
      String written = Definitions.write(read, format);
      assertThat(valid(Definitions.read(written, format, "written." + format)))
          .as("%s written as %s and read again", id, format)
          .isEqualTo(read);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void theDefinitionValidatesAgainstTheSchemaCommentsIncluded(String id) {
    String definition = Catalogue.definition(id).get();
    assertThat(SCHEMA.validate(definition, InputFormat.YAML)).as(definition).isEmpty();
  }

  @Test
  void aJourneyTheCatalogueHasNotGotHasNoDefinition() {
    assertThat(Catalogue.definition("sales-funel").isEmpty()).isTrue();
    assertThat(Catalogue.definition("").isEmpty()).isTrue();
    assertThat(Catalogue.get("sales-funel").isEmpty()).isTrue();
  }

  @Test
  void theFilesAreReadOnce() {
    assertThat(Catalogue.definition("b2b").get()).isSameAs(Catalogue.definition("b2b").get());
    assertThat(Catalogue.get("b2b").get()).isSameAs(Catalogue.get("b2b").get());
    assertThat(Catalogue.all().get(4)).isSameAs(Catalogue.get("b2b").get());
  }

  @Test
  void aFileThatCannotBeReadIsABugAndEveryProblemOfEveryFileIsListed() {
    String funnel = Catalogue.definition("sales-funnel").get();
    Map<String, String> texts =
        HashMap.of(
            "sales-funnel", funnel.replace("kind: advance", "kind: advanse"),
            "b2b", Catalogue.definition("b2b").get(),
            "renamed", funnel);
    assertThatThrownBy(
            () -> Catalogue.read(List.of("sales-funnel", "missing", "b2b", "renamed"), texts::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "the catalogue's definitions cannot be read, a bug in Journey (7 problems):\n"
                + "io/github/journeykit/catalogue/sales-funnel.yaml:")
        .hasMessageContaining(
            "journey.transitions[4].kind: unknown value 'advanse' (did you mean 'advance'?)")
        .hasMessageContaining("io/github/journeykit/catalogue/missing.yaml: the file is missing")
        .hasMessageEndingWith(
            "io/github/journeykit/catalogue/renamed.yaml: defines the journey 'sales-funnel', not"
                + " 'renamed'")
        .satisfies(
            thrown ->
                assertThat(thrown.getMessage().split("unknown value 'advanse'", -1))
                    .as("one problem for each of the five advances")
                    .hasSize(6));
    assertThat(Catalogue.read(List.of("b2b"), texts::get).get("b2b").get().playbook())
        .isEqualTo(playbook("b2b"));
  }

  @Test
  void aFileMissingFromTheClassPathIsABugToo() {
    assertThatThrownBy(() -> Catalogue.read(List.of("nowhere"), Catalogue::resource))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the catalogue's definitions cannot be read, a bug in Journey (1 problem):\n"
                + "io/github/journeykit/catalogue/nowhere.yaml: the file is missing");
    assertThat(Catalogue.resource("b2b")).containsExactly(Catalogue.definition("b2b").get());
  }

  // ---- written and read back

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void aPlaybookWrittenAsYamlReadsBackEqual(String id) {
    assertWrittenReadsBackEqual(id, Format.YAML);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void aPlaybookWrittenAsJsonReadsBackEqual(String id) {
    assertWrittenReadsBackEqual(id, Format.JSON);
  }

  /** The playbook written and read back is equal to it, part by part, and writes the same text. */
  static void assertWrittenReadsBackEqual(String id, Format format) {
    Playbook playbook = playbook(id);
    String written = Definitions.write(playbook, format);
    Playbook read = valid(Definitions.read(written, format, id + "." + format));
    assertThat(read.journey()).isEqualTo(playbook.journey());
    assertThat(read.rules()).containsExactlyElementsOf(playbook.rules());
    assertThat(read.gates()).containsExactlyElementsOf(playbook.gates());
    assertThat(read).isEqualTo(playbook);
    assertThat(Definitions.write(read, format)).as("written again").isEqualTo(written);
  }

  /** The playbook read, after checking there was no problem; the problems fail the test. */
  static Playbook valid(Validation<Seq<DefinitionProblem>, Playbook> read) {
    String problems = read.fold(all -> all.mkString("\n"), playbook -> "");
    assertThat(problems).as("the problems of the definition").isEmpty();
    return read.get();
  }

  // ---- what is written validates against the schema

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void aPlaybookWrittenAsJsonValidates(String id) {
    String json = Definitions.write(playbook(id), Format.JSON);
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void aPlaybookWrittenAsYamlValidates(String id) {
    String yaml = Definitions.write(playbook(id), Format.YAML);
    assertThat(SCHEMA.validate(yaml, InputFormat.YAML)).as(yaml).isEmpty();
  }
}
