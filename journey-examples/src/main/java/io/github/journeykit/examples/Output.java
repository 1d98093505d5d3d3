package io.github.journeykit.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's result goes: standard output, or a file written whole or not at all (to a
 * temporary file beside it, then moved into place), so that a failure or an interruption never
 * leaves half a file.
 *
 * <p>A new file gets the mode the umask gives, as any file a program creates plainly; a file it
 * replaces keeps its own mode. Every failure is one line naming the file as the user gave it and
 * saying why in words.
 */
final class Output {

  private Output() {}

  /**
   * Refuses, before any work is done, a file that cannot be written: its directory does not exist,
   * is a file, or takes no new file (tried with a temporary file, removed at once), or the file
   * names a directory.
   */
  static void checkWritable(@Nullable Path file) {
    if (file == null) {
      return;
    }
    Path target = target(file);
    Path directory = directory(file, target);
    try {
      Interruption.JVM.guard(
          () -> {
            Files.delete(createTemporary(directory, target));
            return directory;
          });
    } catch (IOException e) {
      throw new UserMistake(cannotCreate(file, directory, e));
    }
  }

  /**
   * Writes the text to standard output, or to a file, whole or not at all, watched by this JVM's
   * interruption.
   */
  static void write(String text, @Nullable Path file, PrintWriter out) {
    write(text, file, out, Interruption.JVM);
  }

  /**
   * Writes the text to standard output, or to a file, whole or not at all: a run that the
   * interruption stops leaves neither the file nor its temporary.
   */
  static void write(String text, @Nullable Path file, PrintWriter out, Interruption interruption) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    Path target = target(file);
    Path directory = directory(file, target);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path temporary;
    try {
      temporary =
          interruption.guard(
              () -> {
                Path created = createTemporary(directory, target);
                interruption.temporary(created);
                return created;
              });
    } catch (IOException e) {
      throw new UserMistake(cannotCreate(file, directory, e));
    }
    try {
      interruption.guard(
          () -> {
            Files.write(temporary, bytes);
            keepMode(target, temporary);
            return temporary;
          });
      interruption.guard(
          () -> {
            if (Files.isDirectory(target)) {
              throw new UserMistake("cannot write " + file + ": it is a directory; name a file");
            }
            moveIntoPlace(temporary, target);
            interruption.written(file.toString());
            return target;
          });
    } catch (IOException e) {
      throw new UserMistake("cannot write " + file + ": " + reason(e));
    } finally {
      interruption.forget(temporary);
      Interruption.removed(temporary);
    }
  }

  /** The file as an absolute path, refused at once if it names a directory. */
  private static Path target(Path file) {
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new UserMistake("cannot write " + file + ": it is a directory; name a file");
    }
    return target;
  }

  /** The directory of a file, refused if it does not exist or is a file. */
  private static Path directory(Path file, Path target) {
    Path directory = target.getParent();
    if (directory == null) {
      throw new UserMistake("cannot write " + file + ": it names no file");
    }
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new UserMistake(
          "cannot write " + file + ": " + directory + " is a file, not a directory");
    }
    if (!Files.isDirectory(directory)) {
      throw new UserMistake(
          "cannot write " + file + ": the directory " + directory + " does not exist");
    }
    return directory;
  }

  /**
   * Creates an empty temporary file beside the target, as a program creates a file plainly: with
   * the mode the umask gives (unlike {@link Files#createTempFile}, which makes it private).
   */
  static Path createTemporary(Path directory, Path target) throws IOException {
    Path name = target.getFileName();
    String prefix = "." + (name == null ? "journey" : name.toString()) + ".";
    while (true) {
      Path temporary =
          directory.resolve(
              prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(temporary);
      } catch (FileAlreadyExistsException taken) {
        // another name
      }
    }
  }

  /** Gives the temporary the mode of the file it replaces, if there is one and modes exist here. */
  static void keepMode(Path target, Path temporary) throws IOException {
    if (!Files.isRegularFile(target)) {
      return;
    }
    PosixFileAttributeView replaced =
        Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView written =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (replaced != null && written != null) {
      written.setPermissions(replaced.readAttributes().permissions());
    }
  }

  /** Moves a temporary onto its target, atomically where the file system can. */
  static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Why a file could not be created in a folder, in words. */
  static String cannotCreate(Path file, Path directory, IOException e) {
    return "cannot write "
        + file
        + ": cannot create a file in "
        + directory
        + " ("
        + reason(e)
        + ")";
  }

  /**
   * Why a step on the file system failed, in words: the operating system's reason, without the
   * names of the files involved (which may be temporaries) or the exception's class.
   */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file or directory of that name exists already";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "it is a directory that is not empty";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is a file, not a directory";
    }
    String reason =
        e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "the file system refused it";
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }
}
