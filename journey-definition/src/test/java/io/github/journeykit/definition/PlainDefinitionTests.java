package io.github.journeykit.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A definition written the plain way, as most are ({@code plain.yaml} beside this class): the
 * optional parts left out (a stage without planned responses, a persona with a name only, a message
 * sent at its trigger, a touchpoint as online as its channel), one status in a condition, a gate on
 * two of three criteria. It reads, and the writer writes it back to the letter, so that every short
 * form has a reader and a writer.
 */
class PlainDefinitionTests {

  /** The definition's text. */
  static String text() {
    try (InputStream in = PlainDefinitionTests.class.getResourceAsStream("plain.yaml")) {
      assertThat(in).as("the test resource plain.yaml").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The playbook the definition reads as. */
  static Playbook plain() {
    Validation<Seq<DefinitionProblem>, Playbook> read =
        Definitions.read(text(), Format.YAML, "plain.yaml");
    String problems = read.fold(Seq::mkString, playbook -> "");
    assertThat(problems).as("the problems of plain.yaml").isEmpty();
    return read.get();
  }

  @Test
  void theWriterWritesThePlainDefinitionToTheLetter() {
    assertThat(Definitions.write(plain(), Format.YAML)).isEqualTo(text());
  }

  @Test
  void thePlainDefinitionWrittenAsYamlReadsBackEqual() {
    EveryPartTests.assertRoundTrip(plain(), Format.YAML);
  }

  @Test
  void thePlainDefinitionWrittenAsJsonReadsBackEqual() {
    EveryPartTests.assertRoundTrip(plain(), Format.JSON);
  }
}
