package io.github.journeykit.definition;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The formats a definition is read from and written to.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Format {
  /** YAML 1.2, for people: files ending in {@code .yaml} or {@code .yml}. */
  YAML,
  /** JSON, for programs: files ending in {@code .json}. */
  JSON;

  /**
   * Returns the format a file's name says.
   *
   * @param file the file
   * @return the format, or none when the name ends in neither {@code .yaml}, {@code .yml} nor
   *     {@code .json}
   */
  public static Option<Format> of(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Option.of(YAML);
    }
    return lower.endsWith(".json") ? Option.of(JSON) : Option.none();
  }
}
