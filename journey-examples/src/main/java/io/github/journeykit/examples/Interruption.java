package io.github.journeykit.examples;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the command line does when it is interrupted (Ctrl-C, or a {@code kill}: the JVM's shutdown
 * hooks run): it removes the temporary files and folders that were to become its output, so that
 * nothing half-written is left, and says which files, if any, it had written whole.
 *
 * <p>Every step that creates a temporary, or puts one in place, runs through {@link #guard}: under
 * one lock with {@link #interrupt}, so that a result is either in place before the interruption or
 * never. A step that finds the run interrupted does not run; the thread {@linkplain
 * #Interruption(Supplier) stops}.
 */
final class Interruption {

  /**
   * The interruption of this JVM's run, which {@code JourneyCommand.main} watches with a shutdown
   * hook: a thread that finds it interrupted waits for the JVM, which is shutting down, to halt.
   */
  static final Interruption JVM = new Interruption(Interruption::awaitHalt);

  /** A step on the file system that may fail. */
  @FunctionalInterface
  interface Step<T> {
    T run() throws IOException;
  }

  private final Object lock = new Object();
  private final Supplier<RuntimeException> stop;

  /** Whether the run was interrupted; guarded by the lock. */
  private boolean interrupted;

  /** The temporary files and folders to remove on interruption; guarded by the lock. */
  private final Set<Path> temporaries = new LinkedHashSet<>();

  /** The files put in place, as the user named them; guarded by the lock. */
  private final List<String> written = new ArrayList<>();

  /**
   * Creates an interruption.
   *
   * @param stop what a thread does that finds the run interrupted: never returns, or returns the
   *     exception it throws
   */
  Interruption(Supplier<RuntimeException> stop) {
    this.stop = stop;
  }

  /**
   * Runs a step unless the run was interrupted; an interruption waits for the step to finish.
   *
   * @throws IOException as the step does
   */
  <T> T guard(Step<T> step) throws IOException {
    synchronized (lock) {
      if (!interrupted) {
        return step.run();
      }
    }
    throw stop.get();
  }

  /** Notes a temporary file or folder, to be removed on interruption; inside {@link #guard}. */
  void temporary(Path temporary) {
    synchronized (lock) {
      temporaries.add(temporary);
    }
  }

  /** Forgets a temporary: it was moved into place or removed. */
  void forget(Path temporary) {
    synchronized (lock) {
      temporaries.remove(temporary);
    }
  }

  /** Notes that a file the user named was put in place, whole; inside {@link #guard}. */
  void written(String file) {
    synchronized (lock) {
      written.add(file);
    }
  }

  /**
   * Interrupts the run: no step runs any more, every temporary is removed, and the line returned
   * says so, e.g. {@code interrupted; no file was written}.
   */
  String interrupt() {
    synchronized (lock) {
      interrupted = true;
      List<String> left = new ArrayList<>();
      for (Path temporary : temporaries) {
        if (!removed(temporary)) {
          left.add(temporary.toString());
        }
      }
      temporaries.clear();
      String said =
          written.isEmpty()
              ? "interrupted; no file was written"
              : "interrupted after writing "
                  + String.join(", ", written)
                  + " whole; no other file was written";
      return left.isEmpty()
          ? said
          : said + ", but these temporaries could not be removed: " + String.join(", ", left);
    }
  }

  /** Removes a temporary file, or a temporary folder with all it holds. */
  static boolean removed(Path temporary) {
    try {
      if (Files.isDirectory(temporary, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.walkFileTree(
            temporary,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                  throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult postVisitDirectory(Path directory, @Nullable IOException e)
                  throws IOException {
                if (e != null) {
                  throw e;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
              }
            });
      } else {
        Files.deleteIfExists(temporary);
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Waits for the JVM, which is shutting down, to halt: returns nothing, ever. */
  private static RuntimeException awaitHalt() {
    while (true) {
      LockSupport.park();
    }
  }
}
