package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/sources.md}, the page that names the source articles the code and the definition
 * files cite by tag ({@code [003]}, {@code [001, 003]}): every tag cited is one of the articles it
 * lists, each article has its titles in Russian and in English, the page says what each ready-made
 * journey takes from its article, and the catalogue's package documentation lists the same
 * articles.
 */
class SourcesTests {

  /** A citation: a tag in brackets, maybe with more tags or a part after it, e.g. [003, part 2]. */
  private static final Pattern CITATION = Pattern.compile("\\[(0\\d\\d)([^\\[\\]]{0,60})\\]");

  private static final Pattern TAG = Pattern.compile("\\b0\\d\\d\\b");

  /** A row of the page's table of articles: | [000] | Russian title | English title |. */
  private static final Pattern ROW =
      Pattern.compile("^\\| \\[(0\\d\\d)\\] \\| ([^|]+) \\| ([^|]+) \\|$", Pattern.MULTILINE);

  /** A row of the package documentation's table of articles. */
  private static final Pattern JAVADOC_ROW =
      Pattern.compile("<tr><td>\\[(0\\d\\d)\\]</td><td>([^<]+)</td><td>([^<]+)</td></tr>");

  /** This module's directory, where the tests run. */
  static Path module() {
    Path module = Path.of("").toAbsolutePath();
    assertThat(module.resolve("src/main/resources/io/github/journeykit/catalogue"))
        .as("the tests run in journey-catalogue's directory")
        .isDirectory();
    return module;
  }

  /** The repository's root: the parent of this module's directory. */
  static Path root() {
    return module().getParent();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sources() {
    Path sources = root().resolve("docs/sources.md");
    assertThat(sources).as("docs/sources.md at the repository's root").isRegularFile();
    return read(sources);
  }

  /** The articles the page's table lists: tag, Russian title, English title. */
  static Seq<Tuple3<String, String, String>> rows(Pattern row, String text) {
    List<Tuple3<String, String, String>> rows = List.empty();
    Matcher matcher = row.matcher(text);
    while (matcher.find()) {
      rows = rows.append(Tuple.of(matcher.group(1), matcher.group(2), matcher.group(3)));
    }
    return rows;
  }

  /** The tags a text cites, in order, each once. */
  static Seq<String> tagsCited(String text) {
    List<String> tags = List.empty();
    Matcher citation = CITATION.matcher(text);
    while (citation.find()) {
      Matcher tag = TAG.matcher(citation.group());
      while (tag.find()) {
        tags = tags.append(tag.group());
      }
    }
    return tags.distinct();
  }

  /** The files under each module's {@code src/main/<folder>} whose names end with the suffix. */
  static Seq<Path> mainFiles(String folder, String suffix) {
    try (Stream<Path> modules = Files.list(root())) {
      return List.ofAll(modules.map(m -> m.resolve("src/main").resolve(folder)))
          .filter(Files::isDirectory)
          .flatMap(
              dir -> {
                try (Stream<Path> files = Files.walk(dir)) {
                  return List.ofAll(files.filter(f -> f.toString().endsWith(suffix)));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sorted();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class TheCitations {

    @Test
    void areFoundWhateverTheirShape() {
      assertThat(tagsCited("a stage [000], two lanes [001,\n * 003], one part [003, part 2]"))
          .containsExactly("000", "001", "003");
      assertThat(tagsCited("# the reasons a deal is lost [002]\n# [004, 002]"))
          .containsExactly("002", "004");
      assertThat(tagsCited("weights [0.5, 0.3] and an index [0] and [1000]")).isEmpty();
    }

    @Test
    void everyTagCitedInTheDefinitionFilesAndTheMainSourcesIsAListedArticle() {
      Seq<String> listed = rows(ROW, sources()).map(Tuple3::_1);
      Map<String, Seq<String>> citedBy = LinkedHashMap.empty();
      Seq<Path> files = mainFiles("resources", ".yaml").appendAll(mainFiles("java", ".java"));
      for (Path file : files) {
        for (String tag : tagsCited(read(file))) {
          String where = root().relativize(file).toString();
          citedBy = citedBy.put(tag, citedBy.get(tag).getOrElse(List.empty()).append(where));
        }
      }
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("the files searched include the catalogue's definitions and its sources")
          .contains("b2b.yaml", "email-scheme.yaml", "Catalogue.java", "package-info.java");
      assertThat(citedBy.keySet()).as("the tags cited").contains("000", "002", "003", "004");
      assertThat(citedBy.filterKeys(tag -> !listed.contains(tag)))
          .as("tags cited but not listed in docs/sources.md, with the files that cite them")
          .isEmpty();
    }
  }

  @Nested
  class ThePage {

    @Test
    void listsTheFiveArticlesWithTheirTitlesInRussianAndEnglishAndWhatEachIsAbout() {
      Seq<Tuple3<String, String, String>> rows = rows(ROW, sources());
      assertThat(rows.map(Tuple3::_1)).containsExactly("000", "001", "002", "003", "004");
      for (Tuple3<String, String, String> row : rows) {
        assertThat(row._2())
            .as("the Russian title of [%s]", row._1())
            .containsPattern("\\p{IsCyrillic}");
        assertThat(row._3())
            .as("the English title of [%s]", row._1())
            .doesNotContainPattern("\\p{IsCyrillic}")
            .isNotBlank();
        assertThat(sources())
            .as("a section on [%s]", row._1())
            .contains("\n### [" + row._1() + "] " + row._2().strip() + " — " + row._3().strip());
      }
    }

    /**
     * Each ready-made journey has its section, headed with the article its definition file says it
     * comes from.
     */
    @Test
    void saysWhatEachReadyMadeJourneyTakesFromItsArticle() {
      String sources = sources();
      for (String id : Catalogue.ids()) {
        String definition = Catalogue.definition(id).get();
        Seq<String> source = tagsCited(definition.substring(0, definition.indexOf("\njourney:")));
        Matcher heading =
            Pattern.compile("^### `" + Pattern.quote(id) + "` — (.+)$", Pattern.MULTILINE)
                .matcher(sources);
        assertThat(heading.find()).as("a section on %s", id).isTrue();
        assertThat(source).as("the article %s's definition file names", id).isNotEmpty();
        assertThat(tagsCited(heading.group(1)))
            .as("the article the section on %s names", id)
            .containsAll(source);
        String section = sources.substring(heading.end());
        int next = section.indexOf("\n### ");
        assertThat(next < 0 ? section : section.substring(0, next))
            .as("the section on %s says what its map takes", id)
            .contains("\n- **Map lanes**: ");
      }
    }

    @Test
    void isTheSameListAsThePackageDocumentations() {
      String packageInfo =
          read(module().resolve("src/main/java/io/github/journeykit/catalogue/package-info.java"));
      assertThat(rows(JAVADOC_ROW, packageInfo).map(r -> r.map2(String::strip).map3(String::strip)))
          .isNotEmpty()
          .containsExactlyElementsOf(
              rows(ROW, sources()).map(r -> r.map2(String::strip).map3(String::strip)));
      assertThat(tagsCited(packageInfo)).contains("000", "004");
    }
  }
}
