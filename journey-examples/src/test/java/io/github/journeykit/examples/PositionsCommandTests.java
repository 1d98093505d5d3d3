package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.rules.Playbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code journey run --format json} writes whole positions and {@code --positions} continues from
 * them: a log run in two parts ends where the whole log ends, within a version and across versions
 * through a migration; a bad positions file is refused, located, with nothing written.
 */
class PositionsCommandTests {

  @TempDir Path dir;

  static Stream<Playbook> playbooks() {
    return Journeys.all().toJavaStream();
  }

  static CommandLineTests.Run journey(String... args) {
    return CommandLineTests.journey(args);
  }

  static CommandLineTests.Run ok(String... args) {
    CommandLineTests.Run run = journey(args);
    assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
    return run;
  }

  /** The rows of a log before an instant, and from it on, each with the header. */
  List<Path> split(Path log, String instantColumnValueAtLeast) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    String header = lines.get(0);
    int at = List.of(header.split(",")).indexOf("at");
    StringBuilder first = new StringBuilder(header).append('\n');
    StringBuilder second = new StringBuilder(header).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      String instant = line.split(",", -1)[at];
      (instant.compareTo(instantColumnValueAtLeast) < 0 ? first : second).append(line).append('\n');
    }
    return List.of(
        Files.writeString(dir.resolve("first.csv"), first),
        Files.writeString(dir.resolve("second.csv"), second));
  }

  /** The instant in the middle of a log's rows, as the log writes it. */
  static String middle(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    int at = List.of(lines.get(0).split(",")).indexOf("at");
    List<String> instants = new ArrayList<>();
    lines.subList(1, lines.size()).forEach(line -> instants.add(line.split(",", -1)[at]));
    instants.sort(null);
    return instants.get(instants.size() / 2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("playbooks")
  void aLogRunInTwoPartsEndsWhereTheWholeLogEnds(Playbook playbook) throws IOException {
    String id = playbook.journey().id();
    Path log = DefinitionCommandsTests.log(playbook, dir);
    List<Path> parts = split(log, middle(log));
    Path stored = dir.resolve("positions.jsonl");

    ok("run", id, parts.get(0).toString(), "--format", "json", "--out", stored.toString());
    String continued =
        ok("run", id, parts.get(1).toString(), "--positions", stored.toString()).out();
    String continuedJson =
        ok("run", id, parts.get(1).toString(), "--positions", stored.toString(), "--format", "json")
            .out();

    assertThat(continued).isEqualTo(ok("run", id, log.toString()).out());
    assertThat(continuedJson).isEqualTo(ok("run", id, log.toString(), "--format", "json").out());
    assertThat(continuedJson.lines()).allMatch(line -> line.startsWith("{\"format\":1,"));
  }

  @Test
  void aLogContinuesAcrossVersionsThroughTheMigration() throws IOException {
    Path log =
        Files.writeString(
            dir.resolve("log.csv"),
            """
            customer,at,event,detail
            a,2026-01-01T09:00:00Z,criterion,money
            a,2026-01-01T10:00:00Z,criterion,need
            a,2026-01-02T09:00:00Z,interaction,yes
            a,2026-01-03T09:00:00Z,interaction,yes
            b,2026-01-01T09:00:00Z,interaction,yes
            b,2026-01-05T09:00:00Z,criterion,money
            e,2026-01-01T09:00:00Z,criterion,money
            e,2026-01-01T10:00:00Z,criterion,need
            e,2026-01-02T09:00:00Z,interaction,yes
            e,2026-01-03T09:00:00Z,interaction,yes
            a,2026-02-01T09:00:00Z,criterion,decision
            a,2026-02-02T09:00:00Z,interaction,yes
            b,2026-02-03T09:00:00Z,interaction,yes
            d,2026-02-04T09:00:00Z,interaction,yes
            """);
    List<Path> parts = split(log, "2026-02-01T00:00:00Z");
    Path first = dir.resolve("v1.yaml");
    ok("export", "sales-funnel", "--out", first.toString());
    String v1 = Files.readString(first);
    String v2 =
        v1.replace("interested", "considering")
            .replaceFirst(
                "\n  name: ([^\n]*)\n",
                "\n  name: $1\n  version: 2\n  migrations:\n    - from: 1\n      stages:\n"
                    + "        renamed: {interested: considering}\n");
    Path second = Files.writeString(dir.resolve("v2.yaml"), v2);
    Path stored = dir.resolve("positions.jsonl");

    ok(
        "run",
        first.toString(),
        parts.get(0).toString(),
        "--format",
        "json",
        "--out",
        stored.toString());
    String continued =
        ok("run", second.toString(), parts.get(1).toString(), "--positions", stored.toString())
            .out();
    String continuedJson =
        ok(
                "run",
                second.toString(),
                parts.get(1).toString(),
                "--positions",
                stored.toString(),
                "--format",
                "json")
            .out();

    String whole = ok("run", first.toString(), log.toString()).out();
    assertThat(Files.readString(stored))
        .as("a customer to carry over")
        .contains("\"stage\":\"interested\"");
    assertThat(continued).isEqualTo(whole.replace(",interested,", ",considering,"));
    assertThat(continuedJson.lines()).allMatch(line -> line.contains("\"version\":2"));
    assertThat(continuedJson.lines().count()).isEqualTo(whole.lines().count() - 1);
  }

  @Test
  void lintSinceAnOlderVersionNamesTheStageTheMigrationLeavesUnmapped() throws IOException {
    Path first = dir.resolve("v1.yaml");
    ok("export", "sales-funnel", "--out", first.toString());
    String v2 =
        Files.readString(first)
            .replace("interested", "considering")
            .replaceFirst(
                "\n  name: ([^\n]*)\n",
                "\n  name: $1\n  version: 2\n  migrations:\n    - from: 1\n");
    Path second = Files.writeString(dir.resolve("v2.yaml"), v2);

    CommandLineTests.Run lint =
        journey("lint", second.toString(), "--since", first.toString(), "--fail-on", "error");

    assertThat(lint.exit()).isEqualTo(1);
    assertThat(lint.out())
        .contains(
            "error stage 'interested' of version 1: version 2 has no stage 'interested', and no"
                + " migration says where its customers go; their events will be rejected\n");
  }

  @Test
  void aBadPositionsFileIsRefusedLocatedWithNothingWritten() throws IOException {
    Path log = DefinitionCommandsTests.log(Journeys.find("sales-funnel"), dir);
    Path stored = dir.resolve("positions.jsonl");
    ok("run", "sales-funnel", log.toString(), "--format", "json", "--out", stored.toString());
    List<String> lines = new ArrayList<>(Files.readAllLines(stored));
    lines.set(2, lines.get(2).replaceFirst("\"stage\":\"[a-z]+\"", "\"stage\":\"buyr\""));
    lines.set(4, lines.get(4).replace("\"status\":\"", "\"status\":\"x"));
    lines.add(lines.get(0));
    Files.write(stored, lines);
    Path out = dir.resolve("out.csv");

    CommandLineTests.Run run =
        journey(
            "run",
            "sales-funnel",
            log.toString(),
            "--positions",
            stored.toString(),
            "--out",
            out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(stored + ":3:")
        .contains("stage: the journey has no stage 'buyr' (did you mean 'buyer'?)")
        .contains(stored + ":5:")
        .contains("status: unknown value 'x")
        .contains(stored + ":" + lines.size() + ":1: customer '")
        .contains("was not read: 3 problems; nothing was run");
    assertThat(out).doesNotExist();
  }

  @Test
  void theCsvOutputAndAReportAreNotPositionsToContinueFrom() throws IOException {
    Path log = DefinitionCommandsTests.log(Journeys.find("sales-funnel"), dir);
    Path csv = dir.resolve("positions.csv");
    ok("run", "sales-funnel", log.toString(), "--out", csv.toString());

    CommandLineTests.Run fromCsv =
        journey("run", "sales-funnel", log.toString(), "--positions", csv.toString());
    CommandLineTests.Run report =
        journey("run", "sales-funnel", log.toString(), "--positions", csv.toString(), "--report");
    CommandLineTests.Run format = journey("run", "sales-funnel", log.toString(), "--format", "xml");

    assertThat(fromCsv.exit()).isEqualTo(2);
    assertThat(fromCsv.err()).contains("write the positions with --format json");
    assertThat(report.exit()).isEqualTo(2);
    assertThat(report.err()).contains("--report counts a whole log from its start");
    assertThat(format.err()).contains("--format takes csv or json, got 'xml'");
  }
}
