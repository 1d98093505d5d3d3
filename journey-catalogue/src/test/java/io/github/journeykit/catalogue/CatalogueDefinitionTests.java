package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.journeykit.definition.DefinitionProblem;
import io.github.journeykit.definition.DefinitionSchema;
import io.github.journeykit.definition.Definitions;
import io.github.journeykit.definition.Format;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ready-made journeys as definitions: each definition file reads as the catalogue's playbook,
 * every playbook written as YAML or JSON and read back is the very same playbook, and what is
 * written validates against the definitions' JSON Schema.
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
  void theDefinitionFileReadsAsTheCataloguesPlaybook(String id) {
    Playbook read = valid(Definitions.read(file(id)));
    assertThat(read.journey()).isEqualTo(playbook(id).journey());
    assertThat(read.rules()).containsExactlyElementsOf(playbook(id).rules());
    assertThat(read.gates()).containsExactlyElementsOf(playbook(id).gates());
    assertThat(read).isEqualTo(playbook(id));
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
