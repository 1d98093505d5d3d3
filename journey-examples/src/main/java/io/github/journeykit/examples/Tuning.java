package io.github.journeykit.examples;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import picocli.CommandLine.Option;

/**
 * {@code --set PARAMETER=VALUE}, on every command that takes a journey: a value read in place of a
 * parameter's own, to tune a journey without editing its definition ({@code journey show
 * loyalty-loop --set quiet-regular=P14D}).
 */
final class Tuning {

  @Option(
      names = "--set",
      paramLabel = "PARAMETER=VALUE",
      description =
          "Set a parameter of the journey (see: journey show) in place of its value, as the"
              + " definition would write it: --set quiet-regular=P14D, --set loyal-purchases=3."
              + " Repeat for more.")
  java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();

  /** The values set, by parameter, in the order given. */
  Map<String, String> settings() {
    return LinkedHashMap.ofAll(settings);
  }
}
