package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a JVM of its own, stopped as Ctrl-C or {@code kill} stops it ({@link
 * Process#destroy()} sends SIGTERM on Linux, and the JVM runs its shutdown hooks): it says so, and
 * leaves nothing half-written.
 */
@EnabledOnOs(OS.LINUX)
class InterruptedRunTests {

  /** Customers per journey: enough that the demo is still at work when it is stopped. */
  static final String MANY = "100000";

  /** How long a child JVM may take at most before the test gives up on it. */
  static final long PATIENCE_SECONDS = 120;

  @TempDir Path dir;

  @TempDir Path logs;

  Process journey(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(JourneyCommand.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectError(logs.resolve("err.txt").toFile())
        .start();
  }

  String err() throws IOException {
    return Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8);
  }

  static List<Path> listed(Path folder) throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.sorted().toList();
    }
  }

  /**
   * Starts the demo, waits for its first journey's figures and for its first HTML page, wherever it
   * is written under a folder, then stops it.
   */
  Process demoStoppedAtWork(Path pictures, Path under) throws Exception {
    Process demo = journey("demo", "--customers", MANY, "--out-dir", pictures.toString());
    demo.getOutputStream().close();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertThat(first).as("the demo's first line; its errors: %s", err()).startsWith("sales-funnel");
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (!hasFirstPage(under) && System.nanoTime() < giveUp) {
      Thread.sleep(5);
    }
    assertThat(hasFirstPage(under)).as("the first journey's page under %s", under).isTrue();
    assertThat(demo.isAlive()).as("the demo is still at work").isTrue();
    demo.destroy();
    assertThat(demo.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    out.close();
    return demo;
  }

  /** Whether the first journey's HTML page was written under a folder, whichever folder in it. */
  static boolean hasFirstPage(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(path -> path.getFileName().toString().equals("sales-funnel.html"));
    }
  }

  @Test
  void theDemoSaysItWasInterruptedAndLeavesNoFolder() throws Exception {
    Path pictures = dir.resolve("journey-demo");

    Process demo = demoStoppedAtWork(pictures, dir);

    assertThat(demo.exitValue()).isEqualTo(128 + 15);
    assertThat(err()).contains("\njourney: interrupted; no file was written\n");
    assertThat(listed(dir)).isEmpty();
  }

  @Test
  void theDemoLeavesAFolderThatExistedAsItWas() throws Exception {
    Path pictures = Files.createDirectory(dir.resolve("journey-demo"));
    Path old = Files.writeString(pictures.resolve("sales-funnel.mmd"), "old\n");
    Path notes = Files.writeString(pictures.resolve("notes.txt"), "mine\n");

    demoStoppedAtWork(pictures, pictures);

    assertThat(err()).contains("\njourney: interrupted; no file was written\n");
    assertThat(listed(pictures)).containsExactly(notes, old);
    assertThat(old).hasContent("old");
    assertThat(notes).hasContent("mine");
  }

  @Test
  void aRunThatEndsSaysNothingOfAnInterruption() throws Exception {
    Process schema = journey("schema", "--out", "schema.json");
    schema.getOutputStream().close();
    assertThat(schema.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();

    assertThat(schema.exitValue()).isZero();
    assertThat(err()).isEmpty();
    assertThat(listed(dir)).containsExactly(dir.resolve("schema.json"));
  }
}
