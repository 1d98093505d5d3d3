package io.github.journeykit.examples;

import static io.github.journeykit.examples.CommandLineTests.journey;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.examples.CommandLineTests.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A mistake in a command's arguments is one line on standard error naming the option and what it
 * takes, and the command's help to see; no usage, nothing on standard output, exit code 2.
 */
class ArgumentsTests {

  /** Runs the arguments and checks that they are refused in exactly the one line given. */
  static void refused(String line, String... args) {
    Run run = journey(args);
    assertThat(run.exit()).as("exit code of %s", String.join(" ", args)).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(line + "\n");
  }

  @Nested
  class BadValues {
    @Test
    void aNumberThatIsNoNumberNamesTheOptionAndWhatItTakes() {
      refused(
          "journey: --customers takes a whole number, got 'abc' (see: journey check --help)",
          "check",
          "sales-funnel",
          "--customers",
          "abc");
      refused(
          "journey: --seed takes a whole number, got '1.5' (see: journey simulate --help)",
          "simulate",
          "sales-funnel",
          "--seed",
          "1.5");
      refused(
          "journey: --stuck-days takes a whole number, got 'a month' (see: journey run --help)",
          "run",
          "sales-funnel",
          "events.csv",
          "--stuck-days",
          "a month");
    }

    @Test
    void aNumberTooLargeSaysTheRange() {
      refused(
          "journey: --customers takes a whole number from -2147483648 to 2147483647, got"
              + " '99999999999' (see: journey check --help)",
          "check",
          "sales-funnel",
          "--customers",
          "99999999999");
    }

    @Test
    void aValueOutsideAListOfChoicesNamesTheChoices() {
      refused(
          "journey: --format takes yaml or json, got 'xml' (see: journey export --help)",
          "export",
          "sales-funnel",
          "--format",
          "xml");
    }

    @Test
    void aSettingWithoutItsValueSaysTheForm() {
      refused(
          "journey: --set takes PARAMETER=VALUE, got 'paying-amount' (see: journey show --help)",
          "show",
          "sales-funnel",
          "--set",
          "paying-amount");
    }
  }

  @Nested
  class MissingArguments {
    @Test
    void anOptionWithoutItsValue() {
      refused(
          "journey: --customers takes a whole number, got nothing (see: journey check --help)",
          "check",
          "sales-funnel",
          "--customers");
      refused(
          "journey: --out takes FILE, got nothing (see: journey run --help)",
          "run",
          "sales-funnel",
          "events.csv",
          "--out");
    }

    @Test
    void aCommandWithoutItsParameters() {
      refused("journey: missing EVENTS.csv (see: journey run --help)", "run", "sales-funnel");
      refused("journey: missing JOURNEY and EVENTS.csv (see: journey run --help)", "run");
      refused("journey: missing JOURNEY (see: journey show --help)", "show");
    }

    @Test
    void anOptionThatMustBeGiven() {
      refused(
          "journey: missing --format FORMAT (see: journey render --help)",
          "render",
          "sales-funnel");
    }
  }

  @Nested
  class UnknownArguments {
    @Test
    void anUnknownOptionIsNamedWithTheClosestKnownOnes() {
      refused(
          "journey: unknown option '--fial-on' (did you mean '--fail-on'?) (see: journey lint --help)",
          "lint",
          "b2b",
          "--fial-on",
          "warning");
      refused(
          "journey: unknown option '--verbose' (see: journey check --help)",
          "check",
          "sales-funnel",
          "--verbose");
    }

    @Test
    void anUnknownCommandOrAnArgumentTooMany() {
      refused("journey: unknown command 'fly' (see: journey --help)", "fly");
      refused(
          "journey: unknown command 'lsit' (did you mean 'list'?) (see: journey --help)", "lsit");
      refused(
          "journey: one argument too many: 'loyalty-loop' (see: journey show --help)",
          "show",
          "sales-funnel",
          "loyalty-loop");
    }
  }
}
