package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder written whole or not at all, and a file likewise, through their own {@link
 * Interruption}: what is on disk before the end, after it, after a failure and after an
 * interruption.
 */
@EnabledOnOs(OS.LINUX)
class OutputFolderTests {

  @TempDir Path dir;

  final Interruption interruption = new Interruption(() -> new CancellationException("stopped"));

  static List<Path> listed(Path folder) throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.map(Path::getFileName).sorted().toList();
    }
  }

  static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  @Nested
  class AFolderThatDoesNotExist {

    @Test
    void appearsOnlyAtTheEndWithEveryFileAndTheUmasksModes() throws IOException {
      Path pictures = dir.resolve("out/demo");
      OutputFolder folder = OutputFolder.open(pictures, interruption);
      folder.write("a.mmd", "graph\n");
      folder.write("a.csv", "stage\n");

      assertThat(dir.resolve("out")).doesNotExist();
      assertThat(listed(dir)).hasSize(1);
      assertThat(listed(dir).get(0).toString()).startsWith(".out.").endsWith(".tmp");

      folder.commit();
      folder.close();

      assertThat(listed(dir)).containsExactly(Path.of("out"));
      assertThat(listed(pictures)).containsExactly(Path.of("a.csv"), Path.of("a.mmd"));
      assertThat(pictures.resolve("a.mmd")).hasContent("graph");
      Path plainFile = Files.createFile(dir.resolve("plain"));
      Path plainFolder = Files.createDirectory(dir.resolve("plain-folder"));
      assertThat(mode(pictures.resolve("a.mmd"))).isEqualTo(mode(plainFile));
      assertThat(mode(dir.resolve("out"))).isEqualTo(mode(plainFolder));
      assertThat(mode(pictures)).isEqualTo(mode(plainFolder));
    }

    @Test
    void isNotMadeWhenTheRunFails() throws IOException {
      try (OutputFolder folder = OutputFolder.open(dir.resolve("demo"), interruption)) {
        folder.write("a.mmd", "graph\n");
      }
      assertThat(listed(dir)).isEmpty();
    }
  }

  @Nested
  class AFolderThatExists {

    @Test
    void getsItsFilesReplacedKeepingTheirModesAndKeepsEveryOtherFile() throws IOException {
      Path pictures = Files.createDirectory(dir.resolve("demo"));
      Path old = Files.writeString(pictures.resolve("a.mmd"), "old\n");
      Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r-----"));
      Path notes = Files.writeString(pictures.resolve("notes.txt"), "mine\n");
      Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-------"));

      try (OutputFolder folder = OutputFolder.open(pictures, interruption)) {
        folder.write("a.mmd", "new\n");
        folder.write("a.csv", "stage\n");
        assertThat(old).hasContent("old");
        assertThat(pictures.resolve("a.csv")).doesNotExist();
        folder.commit();
      }

      assertThat(listed(pictures))
          .containsExactly(Path.of("a.csv"), Path.of("a.mmd"), Path.of("notes.txt"));
      assertThat(old).hasContent("new");
      assertThat(mode(old)).isEqualTo("rw-r-----");
      assertThat(notes).hasContent("mine");
      assertThat(mode(notes)).isEqualTo("rw-------");
      assertThat(mode(pictures.resolve("a.csv")))
          .isEqualTo(mode(Files.createFile(dir.resolve("plain"))));
    }

    @Test
    void isLeftAsItWasWhenTheRunFails() throws IOException {
      Path pictures = Files.createDirectory(dir.resolve("demo"));
      Files.writeString(pictures.resolve("a.mmd"), "old\n");
      try (OutputFolder folder = OutputFolder.open(pictures, interruption)) {
        folder.write("a.mmd", "new\n");
      }
      assertThat(listed(pictures)).containsExactly(Path.of("a.mmd"));
      assertThat(pictures.resolve("a.mmd")).hasContent("old");
    }

    @Test
    void whereAFileHasBecomeAFolderGetsNothing() throws IOException {
      Path pictures = Files.createDirectory(dir.resolve("demo"));
      try (OutputFolder folder = OutputFolder.open(pictures, interruption)) {
        folder.write("a.csv", "stage\n");
        folder.write("a.mmd", "graph\n");
        Files.createDirectory(pictures.resolve("a.mmd"));
        assertThatThrownBy(folder::commit)
            .isInstanceOf(UserMistake.class)
            .hasMessage(
                "cannot write "
                    + pictures.resolve("a.mmd")
                    + ": it is a folder; nothing was written to "
                    + pictures);
      }
      assertThat(listed(pictures)).containsExactly(Path.of("a.mmd"));
    }
  }

  @Nested
  class AnInterruption {

    @Test
    void removesTheTemporaryFolderAndStopsTheRun() throws IOException {
      Path pictures = dir.resolve("demo");
      OutputFolder folder = OutputFolder.open(pictures, interruption);
      folder.write("a.mmd", "graph\n");

      assertThat(interruption.interrupt()).isEqualTo("interrupted; no file was written");

      assertThat(listed(dir)).isEmpty();
      assertThatThrownBy(() -> folder.write("a.csv", "stage\n"))
          .isInstanceOf(CancellationException.class);
      assertThatThrownBy(folder::commit).isInstanceOf(CancellationException.class);
      assertThat(listed(dir)).isEmpty();
    }

    @Test
    void leavesAnExistingFolderAsItWas() throws IOException {
      Path pictures = Files.createDirectory(dir.resolve("demo"));
      Files.writeString(pictures.resolve("a.mmd"), "old\n");
      OutputFolder folder = OutputFolder.open(pictures, interruption);
      folder.write("a.mmd", "new\n");

      interruption.interrupt();

      assertThat(listed(pictures)).containsExactly(Path.of("a.mmd"));
      assertThat(pictures.resolve("a.mmd")).hasContent("old");
    }

    @Test
    void namesWhatWasWrittenWholeBeforeIt() throws IOException {
      Path pictures = dir.resolve("demo");
      try (OutputFolder folder = OutputFolder.open(pictures, interruption)) {
        folder.write("a.mmd", "graph\n");
        folder.commit();
      }
      Output.write(
          "x\n", dir.resolve("out.csv"), new PrintWriter(new StringWriter()), interruption);

      assertThat(interruption.interrupt())
          .isEqualTo(
              "interrupted after writing "
                  + pictures
                  + "/ (1 file), "
                  + dir.resolve("out.csv")
                  + " whole; no other file was written");
      assertThat(pictures.resolve("a.mmd")).hasContent("graph");
    }

    @Test
    void stopsAFileBeforeItIsWrittenAndLeavesNoTemporary() throws IOException {
      Path file = dir.resolve("out.csv");
      interruption.interrupt();

      assertThatThrownBy(
              () -> Output.write("x\n", file, new PrintWriter(new StringWriter()), interruption))
          .isInstanceOf(CancellationException.class);

      assertThat(listed(dir)).isEmpty();
    }

    @Test
    void removesATemporaryFileItFinds() throws IOException {
      Path temporary = Output.createTemporary(dir, dir.resolve("out.csv"));
      interruption.temporary(temporary);

      interruption.interrupt();

      assertThat(listed(dir)).isEmpty();
    }
  }

  @Nested
  class AFolderThatCannotBeWritten {

    @Test
    void isRefusedAtOnceWhenItIsAFile() throws IOException {
      Path file = Files.writeString(dir.resolve("demo"), "mine\n");
      assertThatThrownBy(() -> OutputFolder.open(file, interruption))
          .isInstanceOf(UserMistake.class)
          .hasMessage("cannot write to the folder " + file + ": it is a file; name a folder");
      assertThatThrownBy(() -> OutputFolder.open(file.resolve("pictures"), interruption))
          .isInstanceOf(UserMistake.class)
          .hasMessage(
              "cannot write to the folder "
                  + file.resolve("pictures")
                  + ": "
                  + file
                  + " is a file, not a folder");
      assertThat(listed(dir)).containsExactly(Path.of("demo"));
    }

    @Test
    void isRefusedAtOnceWhereNoFolderCanBeMade() {
      assertThatThrownBy(() -> OutputFolder.open(Path.of("/proc/journey-demo"), interruption))
          .isInstanceOf(UserMistake.class)
          .hasMessage(
              "cannot write to the folder /proc/journey-demo: cannot create a folder in /proc"
                  + " (no such file or directory)");
      assertThat(Path.of("/proc/journey-demo")).doesNotExist();
    }
  }
}
