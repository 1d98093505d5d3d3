package io.github.journeykit.examples;

import static io.github.journeykit.examples.CommandLineTests.journey;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.report.picture.Pictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files the command line writes, as a careful user looks at them: their modes, and what is
 * said, and left, when one cannot be written.
 */
@EnabledOnOs(OS.LINUX)
class WrittenFilesTests {

  @TempDir Path dir;

  Path events;

  @BeforeEach
  void events() throws IOException {
    events = Files.writeString(dir.resolve("events.csv"), CommandLineTests.LOG);
  }

  /** A command that writes a file, given the path to write. */
  record Writer(String name, Function<Path, List<String>> args) {
    String[] to(Path file) {
      return args.apply(file).toArray(String[]::new);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every option of the command line that names a file to write. */
  List<Writer> writers() {
    return List.of(
        new Writer(
            "run --out",
            file -> List.of("run", "sales-funnel", events.toString(), "--out", file.toString())),
        new Writer(
            "run --format json --out",
            file ->
                List.of(
                    "run",
                    "sales-funnel",
                    events.toString(),
                    "--format",
                    "json",
                    "--out",
                    file.toString())),
        new Writer(
            "run --report --out",
            file ->
                List.of(
                    "run",
                    "sales-funnel",
                    events.toString(),
                    "--report",
                    "--out",
                    file.toString())),
        new Writer(
            "run --messages",
            file ->
                List.of("run", "sales-funnel", events.toString(), "--messages", file.toString())),
        new Writer(
            "render --out",
            file ->
                List.of("render", "sales-funnel", "--format", "mermaid", "--out", file.toString())),
        new Writer(
            "export --out", file -> List.of("export", "sales-funnel", "--out", file.toString())),
        new Writer("schema --out", file -> List.of("schema", "--out", file.toString())));
  }

  static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  static List<Path> listed(Path folder) throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.map(Path::getFileName).sorted().toList();
    }
  }

  /** The mode the umask gives a file created plainly in a folder. */
  static String plainFileMode(Path folder) throws IOException {
    Path plain = Files.createFile(folder.resolve("plain-" + System.nanoTime()));
    try {
      return mode(plain);
    } finally {
      Files.delete(plain);
    }
  }

  @Nested
  class Modes {

    @Test
    void aNewFileGetsTheModeTheUmaskGives() throws IOException {
      String plain = plainFileMode(dir);
      for (Writer writer : writers()) {
        Path file = dir.resolve("new-" + writer.name().replace(' ', '_'));
        CommandLineTests.Run run = journey(writer.to(file));
        assertThat(run.exit()).as(writer.name()).isZero();
        assertThat(mode(file)).as(writer.name()).isEqualTo(plain);
      }
    }

    @Test
    void aReplacedFileKeepsItsMode() throws IOException {
      for (String kept : List.of("rw-r--r--", "rw-r-----", "rw-rw-r--")) {
        for (Writer writer : writers()) {
          Path file = Files.writeString(dir.resolve("old.txt"), "old\n");
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(kept));
          CommandLineTests.Run run = journey(writer.to(file));
          assertThat(run.exit()).as(writer.name()).isZero();
          assertThat(file).as(writer.name()).content().isNotEqualTo("old\n");
          assertThat(mode(file)).as("%s over a %s file", writer.name(), kept).isEqualTo(kept);
          Files.delete(file);
        }
      }
      assertThat(listed(dir)).containsExactly(Path.of("events.csv"));
    }

    @Test
    void theDemosNewFolderAndPicturesGetTheModesTheUmaskGives() throws IOException {
      Path pictures = dir.resolve("pictures/demo");
      assertThat(journey("demo", "--customers", "20", "--out-dir", pictures.toString()).exit())
          .isZero();
      String plainFolder = mode(Files.createDirectory(dir.resolve("plain-folder")));
      String plainFile = plainFileMode(dir);
      assertThat(mode(dir.resolve("pictures"))).isEqualTo(plainFolder);
      assertThat(mode(pictures)).isEqualTo(plainFolder);
      List<Path> written = listed(pictures);
      assertThat(written).hasSize(Catalogue.all().size() * Pictures.Format.values().length);
      for (Path picture : written) {
        assertThat(mode(pictures.resolve(picture))).as("%s", picture).isEqualTo(plainFile);
      }
    }

    @Test
    void theDemoKeepsTheModesOfThePicturesItReplacesAndLeavesOtherFilesAlone() throws IOException {
      Path pictures = Files.createDirectory(dir.resolve("demo"));
      Path map = Files.writeString(pictures.resolve("sales-funnel.html"), "old\n");
      Files.setPosixFilePermissions(map, PosixFilePermissions.fromString("rw-r-----"));
      Path graph = Files.writeString(pictures.resolve("sales-funnel.mmd"), "old\n");
      Files.setPosixFilePermissions(graph, PosixFilePermissions.fromString("rw-r--r--"));
      Path notes = Files.writeString(pictures.resolve("notes.txt"), "mine\n");
      Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-------"));

      assertThat(journey("demo", "--customers", "20", "--out-dir", pictures.toString()).exit())
          .isZero();

      assertThat(map).content().contains("<html");
      assertThat(mode(map)).isEqualTo("rw-r-----");
      assertThat(graph).content().isNotEqualTo("old\n");
      assertThat(mode(graph)).isEqualTo("rw-r--r--");
      assertThat(notes).hasContent("mine");
      assertThat(mode(notes)).isEqualTo("rw-------");
      assertThat(listed(pictures))
          .hasSize(Catalogue.all().size() * Pictures.Format.values().length + 1)
          .allSatisfy(name -> assertThat(name.toString()).doesNotStartWith("."));
    }
  }

  @Nested
  class AFileThatCannotBeWritten {

    /** Runs every writer to a file, and checks the one line said, the exit code and the output. */
    void everyWriterSays(Path file, String why) {
      for (Writer writer : writers()) {
        CommandLineTests.Run run = journey(writer.to(file));
        assertThat(run.exit()).as(writer.name()).isEqualTo(2);
        assertThat(run.out()).as(writer.name()).isEmpty();
        assertThat(run.err())
            .as(writer.name())
            .isEqualTo("journey: cannot write " + file + ": " + why + "\n");
      }
    }

    @Test
    void aDirectoryIsNamedAsTheUserGaveIt() throws IOException {
      Path folder = Files.createDirectory(dir.resolve("adir"));
      everyWriterSays(folder, "it is a directory; name a file");
      assertThat(listed(folder)).isEmpty();
      assertThat(listed(dir)).containsExactly(Path.of("adir"), Path.of("events.csv"));
    }

    @Test
    void aDirectoryThatTakesNoNewFileIsNamedWithTheReason() {
      everyWriterSays(
          Path.of("/proc/x.csv"), "cannot create a file in /proc (no such file or directory)");
      everyWriterSays(Path.of("/sys/x.csv"), "cannot create a file in /sys (permission denied)");
      assertThat(Path.of("/proc/x.csv")).doesNotExist();
      assertThat(Path.of("/sys/x.csv")).doesNotExist();
    }

    @Test
    void aFileWhereADirectoryShouldBeIsNamed() throws IOException {
      everyWriterSays(events.resolve("x.csv"), events + " is a file, not a directory");
      everyWriterSays(
          dir.resolve("no/such/x.csv"),
          "the directory " + dir.resolve("no/such") + " does not exist");
      assertThat(listed(dir)).containsExactly(Path.of("events.csv"));
    }

    @Test
    void theDemoRefusesAFolderItCannotWriteBeforeAnyWork() throws IOException {
      List<String> said = new ArrayList<>();
      for (Path folder : List.of(events, events.resolve("demo"), Path.of("/proc/journey-demo"))) {
        CommandLineTests.Run demo =
            journey("demo", "--customers", "20", "--out-dir", folder.toString());
        assertThat(demo.exit()).isEqualTo(2);
        assertThat(demo.out()).isEmpty();
        said.add(demo.err());
      }
      assertThat(said)
          .containsExactly(
              "journey: cannot write to the folder " + events + ": it is a file; name a folder\n",
              "journey: cannot write to the folder "
                  + events.resolve("demo")
                  + ": "
                  + events
                  + " is a file, not a folder\n",
              "journey: cannot write to the folder /proc/journey-demo: cannot create a folder in"
                  + " /proc (no such file or directory)\n");
      assertThat(listed(dir)).containsExactly(Path.of("events.csv"));
    }
  }
}
