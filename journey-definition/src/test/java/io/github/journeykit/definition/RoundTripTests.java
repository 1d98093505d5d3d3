package io.github.journeykit.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ready-made journey written as a definition and read back is the very same playbook. */
class RoundTripTests {

  static Stream<Playbook> catalogue() {
    return Catalogue.all().toJavaStream();
  }

  @ParameterizedTest
  @MethodSource("catalogue")
  void aPlaybookWrittenAsYamlReadsBackEqual(Playbook playbook) {
    assertRoundTrip(playbook, Format.YAML);
  }

  @ParameterizedTest
  @MethodSource("catalogue")
  void aPlaybookWrittenAsJsonReadsBackEqual(Playbook playbook) {
    assertRoundTrip(playbook, Format.JSON);
  }

  static void assertRoundTrip(Playbook playbook, Format format) {
    String written = Definitions.write(playbook, format);
    Validation<Seq<DefinitionProblem>, Playbook> read =
        Definitions.read(written, format, playbook.journey().id() + "." + format);
    assertThat(read.isValid())
        .as("%s reads back without problems: %s", format, read.fold(Seq::mkString, p -> ""))
        .isTrue();
    assertThat(read.get().journey()).isEqualTo(playbook.journey());
    assertThat(read.get().rules()).containsExactlyElementsOf(playbook.rules());
    assertThat(read.get().gates()).containsExactlyElementsOf(playbook.gates());
    assertThat(read.get()).isEqualTo(playbook);
    assertThat(Definitions.write(read.get(), format)).as("written again").isEqualTo(written);
  }
}
