package io.github.journeykit.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.definition.DefinitionProblem;
import io.github.journeykit.definition.Definitions;
import io.github.journeykit.definition.Format;
import io.github.journeykit.rules.Playbook;
import io.vavr.Lazy;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The ready-made journeys, by id: every stage model of the source articles, as data plus rules.
 *
 * <table>
 *   <caption>The catalogue</caption>
 *   <tr><th>id</th><th>journey</th></tr>
 *   <tr><td>{@code sales-funnel}</td><td>six awareness stages of a sales funnel, grey and blue customers [000]</td></tr>
 *   <tr><td>{@code awareness-ladder}</td><td>Ben Hunt's ladder of awareness, as used for sales [000]</td></tr>
 *   <tr><td>{@code loyalty-loop}</td><td>six stages with two loops [002]</td></tr>
 *   <tr><td>{@code nine-stages}</td><td>nine stages, "the bread example", with skips and re-warming [003]</td></tr>
 *   <tr><td>{@code b2b}</td><td>B2B journey with contract negotiation and a buying centre [004]</td></tr>
 *   <tr><td>{@code sales-conversation}</td><td>five stages of a sales conversation, readiness signals [003]</td></tr>
 *   <tr><td>{@code web-studio}</td><td>a web studio's client process, 25/60/15 payments [003]</td></tr>
 *   <tr><td>{@code email-scheme}</td><td>an email interaction scheme with triggers and variative steps [003]</td></tr>
 * </table>
 *
 * <p>The tag in brackets names the source article; the {@linkplain io.github.journeykit.catalogue
 * package} lists the five tags with the articles' titles, and {@code docs/sources.md} in Journey's
 * repository says what each journey takes from which article.
 *
 * <p>Each journey is a definition file beside this class, {@code
 * io/github/journeykit/catalogue/<id>.yaml}, its comments saying what the journey is, the article
 * it comes from and why each rule and gate is there; a comment beside each lane of its map cites
 * the article that fills it. The catalogue reads the eight files with {@link
 * Definitions#read(String, Format, String)} once, when it is first asked for anything; {@link
 * #definition(String)} gives a file's text, a starting point for a journey of one's own. A file the
 * reader rejects is a bug in Journey: every method then throws an {@link IllegalStateException}
 * that lists every problem of every file.
 *
 * <pre>{@code
 * Engine funnel = Catalogue.get("sales-funnel").get().compile();
 * Catalogue.ids();   // sales-funnel, awareness-ladder, loyalty-loop, nine-stages, b2b, ...
 * String yaml = Catalogue.definition("sales-funnel").get();   // the commented definition file
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Catalogue {

  /** The ids in the order of the brief; each names its definition file, {@code <id>.yaml}. */
  private static final Seq<String> IDS =
      List.of(
          "sales-funnel",
          "awareness-ladder",
          "loyalty-loop",
          "nine-stages",
          "b2b",
          "sales-conversation",
          "web-studio",
          "email-scheme");

  /** Where the definition files are, for the problems of one that cannot be read. */
  private static final String FOLDER = "io/github/journeykit/catalogue/";

  /** A ready-made journey: its definition file's text and the playbook read from it. */
  record Definition(String text, Playbook playbook) {}

  /** The definitions, read once when the catalogue is first asked for anything. */
  private static final Lazy<Map<String, Definition>> DEFINITIONS =
      Lazy.of(() -> read(IDS, Catalogue::resource));

  private Catalogue() {}

  /**
   * Returns the ids of the ready-made journeys, in the order of the brief.
   *
   * @return the ids
   * @throws IllegalStateException when a definition file of the catalogue cannot be read, a bug in
   *     Journey; the message lists every problem
   */
  public static Seq<String> ids() {
    return DEFINITIONS.get().keySet().toList();
  }

  /**
   * Returns every ready-made playbook, in the order of the brief.
   *
   * @return the playbooks
   * @throws IllegalStateException when a definition file of the catalogue cannot be read, a bug in
   *     Journey; the message lists every problem
   */
  public static Seq<Playbook> all() {
    return DEFINITIONS.get().values().map(Definition::playbook).toList();
  }

  /**
   * Finds a ready-made playbook by id.
   *
   * @param id the journey's id, e.g. {@code sales-funnel}
   * @return the playbook, or none when the catalogue has no such journey
   * @throws IllegalStateException when a definition file of the catalogue cannot be read, a bug in
   *     Journey; the message lists every problem
   */
  public static Option<Playbook> get(String id) {
    return DEFINITIONS.get().get(id).map(Definition::playbook);
  }

  /**
   * Returns the definition of a ready-made journey: the text of the YAML file the catalogue reads
   * it from, exactly, comments included. The comments say what the journey is, which article it
   * comes from and why each rule and gate is there, for the marketer who reads it. Saved as a file
   * and changed, it is the starting point of a journey of one's own; read as it is, with {@link
   * Definitions#read(String, Format, String)}, it is a playbook equal to the one {@link
   * #get(String)} returns.
   *
   * <pre>{@code
   * Files.writeString(Path.of("my-funnel.yaml"), Catalogue.definition("sales-funnel").get());
   * }</pre>
   *
   * @param id the journey's id, e.g. {@code sales-funnel}
   * @return the definition's YAML text, or none when the catalogue has no such journey
   * @throws IllegalStateException when a definition file of the catalogue cannot be read, a bug in
   *     Journey; the message lists every problem
   */
  public static Option<String> definition(String id) {
    return DEFINITIONS.get().get(id).map(Definition::text);
  }

  /**
   * Reads the definitions of these ids, in their order.
   *
   * @param ids the journeys' ids, each the name of its file without {@code .yaml}
   * @param texts the text of the file of an id, or none when there is no such file
   * @return each id with its definition, in the order of the ids
   * @throws IllegalStateException listing every problem of every file: a file missing, a mistake
   *     the reader finds, a file that defines a journey of another id
   */
  static Map<String, Definition> read(Seq<String> ids, Function<String, Option<String>> texts) {
    Map<String, Definition> read = LinkedHashMap.empty();
    Seq<String> problems = List.empty();
    for (String id : ids) {
      String source = FOLDER + id + ".yaml";
      Option<String> text = texts.apply(id);
      if (text.isEmpty()) {
        problems = problems.append(source + ": the file is missing");
        continue;
      }
      Validation<Seq<DefinitionProblem>, Playbook> playbook =
          Definitions.read(text.get(), Format.YAML, source);
      if (playbook.isInvalid()) {
        problems = problems.appendAll(playbook.getError().map(DefinitionProblem::toString));
      } else if (!playbook.get().journey().id().equals(id)) {
        problems =
            problems.append(
                source
                    + ": defines the journey '"
                    + playbook.get().journey().id()
                    + "', not '"
                    + id
                    + "'");
      } else {
        read = read.put(id, new Definition(text.get(), playbook.get()));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "the catalogue's definitions cannot be read, a bug in Journey ("
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + "):\n"
              + problems.mkString("\n"));
    }
    return read;
  }

  /** The text of an id's definition file, from the class path; none when it is missing. */
  static Option<String> resource(String id) {
    try (InputStream in = Catalogue.class.getResourceAsStream(id + ".yaml")) {
      return in == null
          ? Option.none()
          : Option.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue's definition " + id + ".yaml", e);
    }
  }
}
