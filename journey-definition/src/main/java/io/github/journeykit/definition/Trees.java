package io.github.journeykit.definition;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the text of a definition into a tree of {@link Node}s with their lines and columns, with
 * Jackson's streaming parsers: YAML and JSON give the same tree. A mistake of syntax stops the
 * reading: it is the one problem reported.
 */
final class Trees {

  private static final TokenStreamFactory JSON_FACTORY = new JsonFactory();
  private static final TokenStreamFactory YAML_FACTORY = new YAMLFactory();

  private Trees() {}

  /**
   * Reads a definition's text.
   *
   * @return the tree, or the one problem of syntax that stopped the reading
   */
  static Either<DefinitionProblem, Node> read(String text, Format format, String source) {
    TokenStreamFactory factory = format == Format.YAML ? YAML_FACTORY : JSON_FACTORY;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      if (parser.nextToken() == null) {
        return Either.left(new DefinitionProblem(source, 1, 1, "", "the definition is empty"));
      }
      Node root = value(parser);
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return Either.left(
            new DefinitionProblem(
                source,
                Math.max(1, at.getLineNr()),
                Math.max(1, at.getColumnNr()),
                "",
                "one definition per file: a second document or value starts here"));
      }
      return Either.right(root);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      return Either.left(
          new DefinitionProblem(
              source, line, column, "", "not valid " + format + ": " + firstLine(e)));
    }
  }

  /** The first line of a parser's message, without Jackson's own location (we give ours). */
  private static String firstLine(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).trim();
  }

  /** The value the parser is at, read to its end. */
  private static Node value(JsonParser parser) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = Math.max(1, at.getLineNr());
    int column = Math.max(1, at.getColumnNr());
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> mapping(parser, line, column);
      case START_ARRAY -> sequence(parser, line, column);
      case VALUE_STRING -> new Node.Scalar(parser.getString(), parser.getString(), line, column);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new Node.Scalar(number(parser), parser.getString(), line, column);
      case VALUE_TRUE -> new Node.Scalar(true, parser.getString(), line, column);
      case VALUE_FALSE -> new Node.Scalar(false, parser.getString(), line, column);
      case VALUE_NULL -> new Node.Scalar(null, "null", line, column);
      default -> new Node.Scalar(parser.getString(), parser.getString(), line, column);
    };
  }

  /**
   * A number exactly as written ({@code 10.50} stays 10.50), or its text when it is no decimal
   * number (YAML's {@code .inf}), for the reader to report.
   */
  private static Object number(JsonParser parser) {
    String text = parser.getString();
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static Node mapping(JsonParser parser, int line, int column) {
    LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
    List<Node.Entry> repeated = new ArrayList<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      TokenStreamLocation at = parser.currentTokenLocation();
      String key = parser.currentName();
      parser.nextToken();
      Node.Entry entry =
          new Node.Entry(
              key, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), value(parser));
      if (entries.containsKey(key)) {
        repeated.add(entry);
      } else {
        entries.put(key, entry);
      }
    }
    return new Node.Mapping(entries, repeated, line, column);
  }

  private static Node sequence(JsonParser parser, int line, int column) {
    List<Node> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(value(parser));
    }
    return new Node.Sequence(items, line, column);
  }
}
