package io.github.journeykit.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's result goes: standard output, or a file written whole or not at all (to a
 * temporary file beside it, then moved into place), so that a failure never leaves half a file.
 */
final class Output {

  private Output() {}

  /**
   * Refuses, before any work is done, a file that cannot be written: its directory does not exist,
   * or it names a directory.
   */
  static void checkWritable(@Nullable Path file) {
    if (file == null) {
      return;
    }
    Path directory = file.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new UserMistake(
          "cannot write " + file + ": the directory " + directory + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new UserMistake("cannot write " + file + ": it is a directory; name a file");
    }
  }

  static void write(String text, @Nullable Path file, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new UserMistake(
          "cannot write " + file + ": the directory " + directory + " does not exist");
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UserMistake("cannot write " + file + ": " + e.getMessage());
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the move succeeded or the file was never made; nothing is left to clean
        }
      }
    }
  }
}
