package io.github.journeykit.examples;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * A folder of files written together, as the demo writes its pictures: each file goes into a
 * temporary folder, and at the end all of them are put in place at once, so that a failure or an
 * interruption leaves no folder half-filled.
 *
 * <p>When the folder does not exist, the temporary folder is made beside it (beside the first of
 * its parents that does not exist, if any is missing) and renamed to it at the end. When it exists,
 * the temporary folder is made inside it, and at the end each file is moved onto its name there: a
 * file of the same name is replaced and keeps its mode, and every other file in the folder is left
 * as it is. New files and folders get the mode the umask gives.
 *
 * <pre>{@code
 * try (OutputFolder folder = OutputFolder.open(Path.of("journey-demo"))) {
 *   folder.write("sales-funnel.mmd", mermaid);
 *   folder.commit();
 * }
 * }</pre>
 */
final class OutputFolder implements AutoCloseable {

  private final Path folder;
  private final Path target;

  /** When the folder does not exist: the first missing of its parents, or itself. */
  private final @Nullable Path missing;

  private final Path temporary;
  private final Path files;
  private final Interruption interruption;
  private final List<String> names = new ArrayList<>();
  private boolean done;

  private OutputFolder(
      Path folder,
      Path target,
      @Nullable Path missing,
      Path temporary,
      Path files,
      Interruption interruption) {
    this.folder = folder;
    this.target = target;
    this.missing = missing;
    this.temporary = temporary;
    this.files = files;
    this.interruption = interruption;
  }

  /** Opens a folder to write, watched by this JVM's interruption. */
  static OutputFolder open(Path folder) {
    return open(folder, Interruption.JVM);
  }

  /**
   * Opens a folder to write: makes its temporary folder, or refuses, before any work is done, a
   * folder that cannot be written.
   */
  static OutputFolder open(Path folder, Interruption interruption) {
    Path target = folder.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new UserMistake(
          "cannot write to the folder " + folder + ": it is a file; name a folder");
    }
    Path missing = null;
    Path beside = target;
    if (!Files.isDirectory(target)) {
      missing = target;
      Path parent = missing.getParent();
      while (parent != null && !Files.exists(parent)) {
        missing = parent;
        parent = missing.getParent();
      }
      if (parent == null) {
        throw new UserMistake("cannot write to the folder " + folder + ": it names no folder");
      }
      if (!Files.isDirectory(parent)) {
        throw new UserMistake(
            "cannot write to the folder " + folder + ": " + parent + " is a file, not a folder");
      }
      beside = parent;
    }
    Path name = (missing == null ? target : missing).getFileName();
    String prefix = "." + (name == null ? "journey" : name.toString()) + ".";
    Path where = beside;
    try {
      Path temporary =
          interruption.guard(
              () -> {
                Path created = createTemporary(where, prefix);
                interruption.temporary(created);
                return created;
              });
      Path files = missing == null ? temporary : temporary.resolve(missing.relativize(target));
      OutputFolder opened =
          new OutputFolder(folder, target, missing, temporary, files, interruption);
      if (!files.equals(temporary)) {
        try {
          interruption.guard(() -> Files.createDirectories(files));
        } catch (IOException e) {
          opened.close();
          throw e;
        }
      }
      return opened;
    } catch (IOException e) {
      throw new UserMistake(
          "cannot write to the folder "
              + folder
              + ": cannot create a folder in "
              + where
              + " ("
              + Output.reason(e)
              + ")");
    }
  }

  /** Creates an empty temporary folder, as a program creates a folder plainly. */
  private static Path createTemporary(Path directory, String prefix) throws IOException {
    while (true) {
      Path temporary =
          directory.resolve(
              prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createDirectory(temporary);
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        // another name
      }
    }
  }

  /** Writes a file of the folder, into the temporary folder until {@link #commit}. */
  void write(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      interruption.guard(
          () ->
              Files.write(
                  files.resolve(name),
                  bytes,
                  StandardOpenOption.CREATE_NEW,
                  StandardOpenOption.WRITE));
      names.add(name);
    } catch (IOException e) {
      throw new UserMistake("cannot write " + folder.resolve(name) + ": " + Output.reason(e));
    }
  }

  /**
   * Puts the files in place, all of them or, should a file of the folder have become a folder,
   * none.
   */
  void commit() {
    try {
      interruption.guard(
          () -> {
            if (missing != null) {
              moveFolder(temporary, missing);
            } else {
              for (String name : names) {
                if (Files.isDirectory(target.resolve(name))) {
                  throw new UserMistake(
                      "cannot write "
                          + folder.resolve(name)
                          + ": it is a folder; nothing was written to "
                          + folder);
                }
              }
              for (String name : names) {
                Output.keepMode(target.resolve(name), files.resolve(name));
                Output.moveIntoPlace(files.resolve(name), target.resolve(name));
              }
              Files.delete(temporary);
            }
            interruption.forget(temporary);
            interruption.written(
                folder
                    + File.separator
                    + " ("
                    + names.size()
                    + (names.size() == 1 ? " file)" : " files)"));
            done = true;
            return target;
          });
    } catch (IOException e) {
      throw new UserMistake("cannot write to the folder " + folder + ": " + Output.reason(e));
    }
  }

  private static void moveFolder(Path temporary, Path missing) throws IOException {
    try {
      Files.move(temporary, missing, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, missing);
    }
  }

  /** Removes the temporary folder, unless its files were put in place. */
  @Override
  public void close() {
    if (done) {
      return;
    }
    try {
      interruption.guard(() -> Interruption.removed(temporary));
    } catch (IOException e) {
      throw new IllegalStateException("unreachable: removed() reports failure as false", e);
    } finally {
      interruption.forget(temporary);
    }
  }
}
