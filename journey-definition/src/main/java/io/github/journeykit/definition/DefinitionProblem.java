package io.github.journeykit.definition;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One mistake in a definition: where it is (the file, the line and column, and the path to the
 * value, such as {@code rules[3].when.all[1].atLeast}) and what is wrong, with how to fix it.
 *
 * <pre>{@code
 * saas-trial.yaml:41:9: rules[3].when.all[1].atLeest: unknown key (did you mean 'atLeast'?)
 * }</pre>
 *
 * @param source the file or other source the definition came from, as the reader was told it
 * @param line the line, from 1
 * @param column the column, from 1
 * @param path the path to the value in the definition; empty for the document as a whole
 * @param message what is wrong and how to fix it
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DefinitionProblem(String source, int line, int column, String path, String message) {

  /**
   * Creates a problem.
   *
   * @param source the file or other source the definition came from
   * @param line the line, from 1
   * @param column the column, from 1
   * @param path the path to the value; empty for the document as a whole
   * @param message what is wrong
   */
  public DefinitionProblem {
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(path, "path is null");
    Objects.requireNonNull(message, "message is null");
  }

  /**
   * Says the problem as a compiler would: {@code file:line:column: path: message}.
   *
   * @return the problem in one line
   */
  @Override
  public String toString() {
    return source
        + ":"
        + line
        + ":"
        + column
        + ": "
        + (path.isEmpty() ? "" : path + ": ")
        + message;
  }
}
