package io.github.journeykit.definition;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema (draft 2020-12) of a definition, for editors: point a definition's {@code
 * $schema} key at {@link #id()}, or give the editor {@link #text()}, and it completes and checks
 * the definition as it is typed, with a description of every key.
 *
 * <pre>{@code
 * $schema: https://journeykit.github.io/journey/schema/journey-definition-0.1.json
 * journey:
 *   id: trial
 *   ...
 * }</pre>
 *
 * <p>The schema checks the shape of a definition: its keys, the kinds of their values, the values
 * of the enumerations, durations and ids. It accepts every definition that {@link
 * Definitions#read(String, Format, String)} accepts, and rejects part of what the reader rejects:
 * what one part says of another (a rule that names a stage the journey has not got, two stages with
 * one id) is left to the reader, which also locates every mistake by line and column.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DefinitionSchema {

  /** The schema's resource, beside this class. */
  private static final String RESOURCE = "journey-definition.schema.json";

  private DefinitionSchema() {}

  /** The schema, read once when first asked for. */
  private static final class Loaded {
    static final String TEXT = read();
    static final String ID = idOf(TEXT);

    private static String read() {
      try (InputStream in = DefinitionSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the resource " + RESOURCE + " is missing");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
      }
    }

    private static String idOf(String text) {
      JsonNode id = JsonMapper.builder().build().readTree(text).path("$id");
      if (!id.isString()) {
        throw new IllegalStateException("the schema " + RESOURCE + " has no $id");
      }
      return id.asString();
    }
  }

  /**
   * Returns the schema.
   *
   * @return the schema's JSON text, draft 2020-12
   */
  public static String text() {
    return Loaded.TEXT;
  }

  /**
   * Returns the schema's {@code $id}, the URI a definition's {@code $schema} key names it by.
   *
   * @return the id, such as {@code
   *     https://journeykit.github.io/journey/schema/journey-definition-0.1.json}
   */
  public static String id() {
    return Loaded.ID;
  }
}
