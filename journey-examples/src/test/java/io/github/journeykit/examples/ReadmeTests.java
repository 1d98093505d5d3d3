package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.report.analytics.FunnelReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example the README shows comes from what the build runs: these tests keep them equal. */
class ReadmeTests {

  static final Path README = Path.of("../README.md");

  /** The code block that follows the {@code <!-- marker -->} line in the README. */
  static String block(String marker) throws IOException {
    String readme = Files.readString(README);
    int at = readme.indexOf("<!-- " + marker + " -->\n");
    assertThat(at).as("marker %s in the README", marker).isNotNegative();
    int open = readme.indexOf('\n', readme.indexOf("```", at)) + 1;
    int close = readme.indexOf("\n```\n", open);
    return readme.substring(open, close + 1);
  }

  @Test
  void theEventLogExampleRunsToTheOutputShown(@TempDir Path dir) throws IOException {
    Path events = Files.writeString(dir.resolve("events.csv"), block("event-log"));
    CommandLineTests.Run run = CommandLineTests.journey("run", "sales-funnel", events.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(block("run-output"));
  }

  @Test
  void theYamlJourneyRunsToTheOutputShown(@TempDir Path dir) throws IOException {
    Path trial = Files.writeString(dir.resolve("trial.yaml"), block("definition-yaml"));
    Path events = Files.writeString(dir.resolve("trial-events.csv"), block("definition-events"));
    CommandLineTests.Run run = CommandLineTests.journey("run", trial.toString(), events.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(block("definition-run-output"));
  }

  @Test
  void storedPositionsContinueInTheNextVersionAsShown(@TempDir Path dir) throws IOException {
    Path trial = Files.writeString(dir.resolve("trial.yaml"), block("definition-yaml"));
    Path events = Files.writeString(dir.resolve("trial-events.csv"), block("definition-events"));
    Path positions = dir.resolve("positions.jsonl");
    CommandLineTests.Run stored =
        CommandLineTests.journey(
            "run",
            trial.toString(),
            events.toString(),
            "--format",
            "json",
            "--out",
            positions.toString());
    assertThat(stored.exit()).as(stored.err()).isZero();
    assertThat(Files.readString(positions)).isEqualTo(block("positions-json"));

    String header = "journey:\n  id: trial\n  name: A software trial\n";
    String second = block("definition-yaml").replace("activated", "active");
    assertThat(second).startsWith(header);
    assertThat(block("definition-migration")).startsWith(header);
    Path v2 =
        Files.writeString(
            dir.resolve("trial-v2.yaml"),
            block("definition-migration") + second.substring(header.length()));
    Path more = Files.writeString(dir.resolve("more-events.csv"), block("more-events"));
    CommandLineTests.Run continued =
        CommandLineTests.journey(
            "run", v2.toString(), more.toString(), "--positions", positions.toString());
    assertThat(continued.err()).isEmpty();
    assertThat(continued.out()).isEqualTo(block("continued-output"));

    Path unmapped =
        Files.writeString(
            dir.resolve("trial-v2-unmapped.yaml"),
            Files.readString(v2).replace("renamed: {activated: active}", "renamed: {}"));
    CommandLineTests.Run lint =
        CommandLineTests.journey("lint", unmapped.toString(), "--since", trial.toString());
    assertThat(lint.out().lines().filter(line -> line.contains("of version 1")))
        .containsExactlyElementsOf(block("migration-lint").lines().toList());
  }

  /**
   * The trial of the README with its numbers named: its parameters, then the rest of the trial with
   * each value named where the README says it is.
   */
  static String namedTrial() throws IOException {
    String header = "journey:\n  id: trial\n  name: A software trial\n";
    String trial = block("definition-yaml");
    assertThat(trial).startsWith(header);
    assertThat(block("definition-parameters")).startsWith(header);
    String named = block("definition-parameters") + trial.substring(header.length());
    String readme = Files.readString(README);
    for (String[] value :
        new String[][] {
          {"within: P7D", "within: $login-window"},
          {"keep: 3", "keep: $activation-logins"},
          {"atLeast: 10", "atLeast: $paying-amount"},
          {"atLeast: 3", "atLeast: $activation-logins"}
        }) {
      assertThat(named.split("      " + value[0] + "\n", -1)).as(value[0]).hasSize(2);
      named = named.replace("      " + value[0] + "\n", "      " + value[1] + "\n");
      assertThat(readme).as("the README names %s", value[1]).contains("`" + value[1] + "`");
    }
    return named;
  }

  @Test
  void theYamlJourneyWithItsNumbersNamedRunsAsBeforeAndIsTunedAsShown(@TempDir Path dir)
      throws IOException {
    Path trial = Files.writeString(dir.resolve("trial.yaml"), namedTrial());
    Path events = Files.writeString(dir.resolve("trial-events.csv"), block("definition-events"));
    CommandLineTests.Run run = CommandLineTests.journey("run", trial.toString(), events.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(block("definition-run-output"));
    assertThat(CommandLineTests.journey("show", trial.toString()).out())
        .contains("\n" + block("show-parameters") + "\n");
    CommandLineTests.Run tuned =
        CommandLineTests.journey(
            "run", trial.toString(), events.toString(), "--set", "paying-amount=5");
    assertThat(tuned.err()).isEmpty();
    assertThat(tuned.out()).isEqualTo(block("definition-set-output"));
    CommandLineTests.Run wrong =
        CommandLineTests.journey(
            "run", trial.toString(), events.toString(), "--set", "paying-amount=P5D");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.out()).isEmpty();
    assertThat(wrong.err().replace(trial.toString(), "trial.yaml"))
        .isEqualTo(block("definition-set-mistake"));
  }

  @Test
  void theYamlJourneysMistakesAreReportedAsShown(@TempDir Path dir) throws IOException {
    String spoiled =
        block("definition-yaml")
            .replace(
                "{from: activated, to: paying, kind: advance}",
                "{from: activated, to: paying, kind: advnce}")
            .replace("      atLeast: 10", "      atLeest: 10");
    Path trial = Files.writeString(dir.resolve("trial.yaml"), spoiled);
    Path events = Files.writeString(dir.resolve("trial-events.csv"), block("definition-events"));
    CommandLineTests.Run run = CommandLineTests.journey("run", trial.toString(), events.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().replace(trial.toString(), "trial.yaml"))
        .isEqualTo(block("definition-mistakes"));
  }

  @Test
  void theConsumerCheckRunsTheQuickStartAsTheReadmeShowsIt() throws IOException {
    assertThat(region(consumer("QuickStart"), "quick-start"))
        .isEqualTo(region(example("QuickStart"), "quick-start"));
  }

  @Test
  void theConsumerCheckRunsTheStoreExampleAsTheReadmeShowsIt() throws IOException {
    assertThat(region(consumer("StoreQuickStart"), "store"))
        .isEqualTo(region(example("StoreQuickStart"), "store"));
  }

  static Path example(String name) {
    return Path.of("src/main/java/io/github/journeykit/examples/" + name + ".java");
  }

  static Path consumer(String name) {
    return Path.of("src/it/consumer/src/main/java/io/github/journeykit/consumer/" + name + ".java");
  }

  /** The lines of a source between {@code // NAME:begin} and {@code // NAME:end}. */
  static String region(Path source, String name) throws IOException {
    String text = Files.readString(source);
    return text.substring(
        text.indexOf('\n', text.indexOf("// " + name + ":begin")) + 1,
        text.indexOf("// " + name + ":end"));
  }

  /**
   * A region of a source as the README shows it: a Java block that opens with the source's imports
   * the region uses, in the source's order, then a blank line and the region unindented by one
   * level, so that the block compiles as shown.
   */
  static String javaBlock(Path source, String name) throws IOException {
    String region = region(source, name);
    String code =
        region
            .substring(0, region.lastIndexOf('\n') + 1)
            .lines()
            .map(line -> line.replaceFirst("^    ", ""))
            .collect(Collectors.joining("\n"));
    return "```java\n" + String.join("\n", importsUsed(source, code)) + "\n\n" + code + "\n```";
  }

  private static final Pattern IMPORT =
      Pattern.compile("^import (static )?([\\w.]+)\\.(\\w+|\\*);$", Pattern.MULTILINE);

  /** The import lines of a source, in its order. */
  static List<String> imports(Path source) throws IOException {
    List<String> imports = new ArrayList<>();
    Matcher matcher = IMPORT.matcher(Files.readString(source));
    while (matcher.find()) {
      imports.add(matcher.group());
    }
    return imports;
  }

  /**
   * The import lines of a source whose name the code uses outside its comments and string literals:
   * what the code needs to compile, and nothing it does not.
   */
  static List<String> importsUsed(Path source, String code) throws IOException {
    Set<String> words = new HashSet<>();
    for (String line : code.lines().toList()) {
      String bare = line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceFirst("//.*", "");
      words.addAll(List.of(bare.split("\\W+")));
    }
    List<String> used = new ArrayList<>();
    for (String line : imports(source)) {
      Matcher matcher = IMPORT.matcher(line);
      if (matcher.matches() && (matcher.group(3).equals("*") || words.contains(matcher.group(3)))) {
        used.add(line);
      }
    }
    return used;
  }

  /** The sources of the README's Java blocks, each with the name of its region. */
  static final List<Map.Entry<Path, String>> JAVA_SOURCES =
      List.of(
          Map.entry(example("QuickStart"), "quick-start"),
          Map.entry(example("StoreQuickStart"), "store"),
          Map.entry(
              Path.of("src/test/java/io/github/journeykit/examples/KafkaStreamsWiringTests.java"),
              "kafka-streams"));

  /** The README's Java blocks, each with its fences, in the README's order. */
  static List<String> readmeJavaBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher matcher =
        Pattern.compile("^```java\n.*?^```$", Pattern.MULTILINE | Pattern.DOTALL)
            .matcher(Files.readString(README));
    while (matcher.find()) {
      blocks.add(matcher.group());
    }
    return blocks;
  }

  /** The import lines at the top of a README block. */
  static List<String> importsShown(String block) {
    return block.lines().filter(line -> IMPORT.matcher(line).matches()).toList();
  }

  @Test
  void everyJavaBlockOfTheReadmeShowsExactlyTheImportsOfTheSourceItComesFrom() throws IOException {
    List<String> blocks = readmeJavaBlocks();
    List<String> expected = new ArrayList<>();
    for (Map.Entry<Path, String> source : JAVA_SOURCES) {
      String block = javaBlock(source.getKey(), source.getValue());
      expected.add(block);
      String shown =
          blocks.stream()
              .filter(b -> b.endsWith(block.substring(block.indexOf("\n\n"))))
              .findFirst()
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "the README shows no Java block with the code of "
                              + source.getKey()
                              + " between // "
                              + source.getValue()
                              + ":begin and :end"));
      assertThat(importsShown(shown))
          .as("the imports the README shows above the code of %s", source.getKey())
          .containsExactlyElementsOf(importsUsed(source.getKey(), block));
    }
    assertThat(blocks)
        .as("every Java block of the README comes from a source the build compiles")
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * Each Java block of the README, imports and code as shown, compiles in a method that is given
   * {@code out}, a {@code PrintStream}.
   */
  @Test
  void everyJavaBlockOfTheReadmeCompilesAsShown(@TempDir Path dir) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("the JDK's compiler").isNotNull();
    List<String> blocks = readmeJavaBlocks();
    assertThat(blocks).isNotEmpty();
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i);
      String body = block.substring(block.indexOf('\n') + 1, block.lastIndexOf("```"));
      List<String> imports = importsShown(body);
      String code = body.lines().skip(imports.size()).collect(Collectors.joining("\n"));
      String name = "ReadmeBlock" + (i + 1);
      Path source =
          Files.writeString(
              dir.resolve(name + ".java"),
              String.join("\n", imports)
                  + "\n\nclass "
                  + name
                  + " {\n  static void run(java.io.PrintStream out) throws Exception {\n"
                  + code
                  + "\n  }\n}\n");
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
        boolean compiled =
            javac
                .getTask(
                    null,
                    files,
                    diagnostics,
                    List.of(
                        "-proc:none",
                        "-d",
                        dir.toString(),
                        "-classpath",
                        System.getProperty("java.class.path")),
                    null,
                    files.getJavaFileObjects(source))
                .call();
        assertThat(compiled)
            .as(
                "the README's Java block %s of %s compiles as shown: %s",
                i + 1,
                blocks.size(),
                diagnostics.getDiagnostics().stream()
                    .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("; ")))
            .isTrue();
      }
    }
  }

  @Test
  void theExampleCrmsLogIsTheOneTheReadmeShows() throws IOException {
    assertThat(block("crm-events")).isEqualTo(CrmCommandTests.sample());
  }

  @Test
  void theExampleCrmPrintsWhatTheReadmeShows() throws IOException {
    CommandLineTests.Run crm = CommandLineTests.journey("crm");
    assertThat(crm.exit()).isZero();
    assertThat(crm.out()).isEqualTo(block("crm-output"));
  }

  @Test
  void theMermaidDiagramIsWhatRenderDraws() throws IOException {
    assertThat(CommandLineTests.journey("render", "sales-funnel", "--format", "mermaid").out())
        .isEqualTo(block("mermaid-sales-funnel"));
  }

  /** Every column of the funnel report is explained, as journey run --help explains it. */
  @Test
  void theReportsColumnsAreExplainedAsRunHelpExplainsThem() throws IOException {
    String columns = RunCommand.REPORT_COLUMNS.replace("%n", "\n") + "\n";
    assertThat(block("report-columns")).isEqualTo(columns);
    assertThat(CommandLineTests.journey("run", "--help").out().replaceAll("\\s+", " "))
        .as("picocli wraps the lines")
        .contains(columns.replaceAll("\\s+", " ").trim());
    for (String column :
        FunnelReport.TABLE_COLUMNS.appendAll(
            java.util.List.of("<- bottleneck", "<- slowest", "time to first purchase"))) {
      assertThat(columns)
          .as(column)
          .containsAnyOf("\n" + column + ":", "; " + column + ":", "\n" + column + ",");
    }
    for (String csv : FunnelReport.CSV_COLUMNS) {
      assertThat(columns).contains("(" + csv);
    }
    assertThat(columns)
        .as("how the median and p90 are taken, and how exact they are")
        .contains("the mean of the two middle ones for an even count")
        .contains("percentile_cont(0.9)")
        .contains(String.format(java.util.Locale.ROOT, "up to %,d", FunnelReport.EXACT_DURATIONS))
        .contains("within 1 in 1,024")
        .doesNotContain("the CSV has no");
  }

  @Test
  void theSimulationIsWhatSimulatePrints() throws IOException {
    CommandLineTests.Run simulate =
        CommandLineTests.journey("simulate", "sales-funnel", "--customers", "2000");
    assertThat(simulate.exit()).isZero();
    assertThat(simulate.out()).isEqualTo(block("simulate-output"));
  }

  @Test
  void theDemoOutputIsWhatTheDemoPrints(@TempDir Path dir) throws IOException {
    CommandLineTests.Run demo = CommandLineTests.journey("demo", "--out-dir", dir.toString());
    assertThat(demo.exit()).isZero();
    assertThat(demo.out()).startsWith(block("demo-output"));
  }
}
