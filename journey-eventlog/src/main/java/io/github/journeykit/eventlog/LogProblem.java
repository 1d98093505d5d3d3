package io.github.journeykit.eventlog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A mistake in an event log, located: the file, the line (from 1; 0 when the problem is the whole
 * file), the column (from 1; 0 when the problem is the whole line) and what is wrong.
 *
 * @param file the file's name as the user gave it
 * @param line the line, from 1
 * @param column the column, from 1, or 0 for the whole line or file
 * @param message what is wrong and, where it helps, what is accepted
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LogProblem(String file, long line, int column, String message) {

  /**
   * Creates a problem.
   *
   * @param file the file's name
   * @param line the line
   * @param column the column, or 0
   * @param message what is wrong
   */
  public LogProblem {
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(message, "message is null");
  }

  /**
   * Returns the problem as compilers write them: {@code file:line:column: message}.
   *
   * @return e.g. {@code events.csv:7:3: unknown event 'purchased' for journey 'sales-funnel'; ...}
   */
  @Override
  public String toString() {
    return file
        + (line > 0 ? ":" + line : "")
        + (line > 0 && column > 0 ? ":" + column : "")
        + ": "
        + message;
  }
}
