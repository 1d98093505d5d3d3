package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The project is self-contained: no file of it refers a reader to a file outside it (a sibling
 * directory of the clone, or a path on the machine it was written on), which a user of the project
 * does not have.
 */
class SelfContainedTests {

  /** The root of the project: the parent of this module's directory. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /** Directories of a working copy that are not the project's files (as .gitignore lists them). */
  static final Set<String> NOT_THE_PROJECT =
      Set.of("target", ".git", "journey-demo", ".idea", ".vscode", ".settings");

  /**
   * A relative path that climbs with {@code ..}: it refers outside the project when it climbs above
   * the root from the file that holds it.
   */
  static final Pattern CLIMBING =
      Pattern.compile("(?<![\\w.~/-])(?:\\.\\./)+[\\w.-]*(?:/[\\w.-]+)*");

  /**
   * An absolute path into a home or working directory of a machine, or a {@code file:} URL: a place
   * on the machine the file was written on.
   */
  static final Pattern MACHINE_PATH =
      Pattern.compile(
          "(?<![\\w.~/-])/(?:w[o]rk|r[o]ot|h[o]me|Users|mnt)/[\\w.-]*(?:/[\\w.-]+)*|\\bfi[l]e:/+[\\w.-]*(?:/[\\w.-]+)*");

  /** Where one file refers outside the project, one line each: {@code file:line: what}. */
  static List<String> outsideReferences(Path root, Path file, String text) {
    List<String> found = new ArrayList<>();
    Path relative = root.relativize(file);
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher climbing = CLIMBING.matcher(line);
      while (climbing.find()) {
        if (!file.getParent().resolve(climbing.group()).normalize().startsWith(root)) {
          found.add(
              relative
                  + ":"
                  + (i + 1)
                  + ": refers to "
                  + climbing.group()
                  + ", which is outside the project");
        }
      }
      Matcher machine = MACHINE_PATH.matcher(line);
      while (machine.find()) {
        found.add(
            relative
                + ":"
                + (i + 1)
                + ": refers to "
                + machine.group()
                + ", a path on the machine it was written on");
      }
    }
    return found;
  }

  /**
   * The project's files: what git tracks, or, in a copy without git, every file but those of the
   * directories in {@link #NOT_THE_PROJECT}.
   */
  static List<Path> projectFiles() throws IOException {
    try {
      Process git =
          new ProcessBuilder("git", "ls-files", "-z")
              .directory(ROOT.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      ByteArrayOutputStream listed = new ByteArrayOutputStream();
      try (InputStream out = git.getInputStream()) {
        out.transferTo(listed);
      }
      if (git.waitFor() == 0) {
        return Stream.of(listed.toString(StandardCharsets.UTF_8).split("\0"))
            .filter(name -> !name.isEmpty())
            .map(ROOT::resolve)
            .filter(Files::isRegularFile)
            .toList();
      }
    } catch (IOException noGit) {
      // no git on this machine: walk the tree instead
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while listing the project's files", interrupted);
    }
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(Files::isRegularFile).filter(SelfContainedTests::ofTheProject).toList();
    }
  }

  /** Whether a file lies in none of the directories in {@link #NOT_THE_PROJECT}. */
  static boolean ofTheProject(Path file) {
    for (Path name : ROOT.relativize(file)) {
      if (NOT_THE_PROJECT.contains(name.toString())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void noFileOfTheProjectRefersToAFileOutsideIt() throws IOException {
    assertThat(ROOT.resolve("pom.xml")).as("the project's root").exists();
    List<Path> files = projectFiles();
    assertThat(files).as("the project's files").contains(ROOT.resolve("README.md"));
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      if (isText(bytes)) {
        found.addAll(outsideReferences(ROOT, file, new String(bytes, StandardCharsets.UTF_8)));
      }
    }
    assertThat(found)
        .withFailMessage(
            "%d places refer to files outside the project, which its users do not have; say what"
                + " is meant instead:%n%s",
            found.size(), String.join(System.lineSeparator(), found))
        .isEmpty();
  }

  /** A file without NUL bytes is text; jars and images have them. */
  static boolean isText(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    return true;
  }

  @Nested
  class TheCheckFinds {

    final Path root = Path.of("/project").toAbsolutePath();

    @Test
    void aRelativePathThatClimbsAboveTheRoot() {
      assertThat(
              outsideReferences(
                  root, root.resolve("pom.xml"), "<a/>\n<!-- see .." + "/shared/notes.md -->"))
          .containsExactly(
              "pom.xml:2: refers to .." + "/shared/notes.md, which is outside the project");
      assertThat(
              outsideReferences(
                  root, root.resolve("journey-model/README.md"), "[up](../../other/x.md)"))
          .hasSize(1);
    }

    @Test
    void noRelativePathThatStaysInside() {
      assertThat(
              outsideReferences(
                  root,
                  root.resolve("journey-examples/src/Tests.java"),
                  "Path.of(\"../README.md\"); see ../../journey-model/pom.xml"))
          .isEmpty();
    }

    @Test
    void anAbsolutePathOfTheMachine() {
      assertThat(
              outsideReferences(
                  root,
                  root.resolve("README.md"),
                  "as /w" + "ork/shared/x.md, /h" + "ome/anna/y and fi" + "le:///tmp/z say"))
          .containsExactly(
              "README.md:1: refers to /w"
                  + "ork/shared/x.md, a path on the machine it was written on",
              "README.md:1: refers to /h" + "ome/anna/y, a path on the machine it was written on",
              "README.md:1: refers to fi" + "le:///tmp/z, a path on the machine it was written on");
    }

    @Test
    void noUrlOrPathOfAnyMachine() {
      assertThat(
              outsideReferences(
                  root,
                  root.resolve("README.md"),
                  "https://example.com/home/x, /tmp/ap, ~/.m2/repository and /usr/bin/env"))
          .isEmpty();
    }
  }
}
