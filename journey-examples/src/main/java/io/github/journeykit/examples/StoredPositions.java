package io.github.journeykit.examples;

import io.github.journeykit.definition.DefinitionProblem;
import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.Position;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The positions {@code journey run --positions FILE} continues from: JSON Lines, one position per
 * line, as {@code journey run --format json} writes them ({@link JourneyJson}). A position of an
 * older version of the journey is carried over as it is read; every mistake is reported with its
 * line and column, and nothing is run.
 */
final class StoredPositions {

  private StoredPositions() {}

  /**
   * Reads the positions of a file, by customer id; prints the problems and refuses the file when
   * there are any.
   */
  static Map<String, Position> read(Path file, JourneyJson json, PrintWriter err) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new UserMistake(
          file
              + " is CSV: the CSV output of journey run keeps no criteria, facts or instants, so a"
              + " run cannot continue from it; write the positions with --format json and pass"
              + " that file");
    }
    Map<String, Position> positions = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    Map<String, Long> lines = new TreeMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)))) {
      long number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        Validation<Seq<DefinitionProblem>, Position> read =
            json.readPosition(line, file.toString());
        if (read.isInvalid()) {
          long at = number;
          read.getError()
              .forEach(
                  problem ->
                      problems.add(
                          new DefinitionProblem(
                                  problem.source(),
                                  (int) at,
                                  problem.column(),
                                  problem.path(),
                                  problem.message())
                              .toString()));
          continue;
        }
        Position position = read.get();
        Long first = lines.putIfAbsent(position.customer(), number);
        if (first != null) {
          problems.add(
              file
                  + ":"
                  + number
                  + ":1: customer '"
                  + position.customer()
                  + "' has a position on line "
                  + first
                  + " already");
          continue;
        }
        positions.put(position.customer(), position);
      }
    } catch (CharacterCodingException e) {
      throw new UserMistake(file + " is not UTF-8 text: " + e.getMessage());
    } catch (IOException e) {
      throw new UserMistake("cannot read " + file + ": " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      problems.stream().limit(RunCommand.PROBLEMS_SHOWN).forEach(err::println);
      if (problems.size() > RunCommand.PROBLEMS_SHOWN) {
        err.println("... and " + (problems.size() - RunCommand.PROBLEMS_SHOWN) + " more problems");
      }
      err.flush();
      throw new UserMistake(
          file
              + " was not read: "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + "; nothing was run");
    }
    return positions;
  }
}
