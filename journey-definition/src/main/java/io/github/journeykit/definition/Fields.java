package io.github.journeykit.definition;

import org.jspecify.annotations.Nullable;

/**
 * The fields of one mapping of a definition, read through its {@link Reading}: each read names its
 * key, so that a problem says the path of the value, and a missing required key is reported where
 * the mapping starts.
 */
final class Fields {

  private final Reading reading;
  private final Node.Mapping mapping;
  private final String path;

  Fields(Reading reading, Node.Mapping mapping, String path) {
    this.reading = reading;
    this.mapping = mapping;
    this.path = path;
  }

  /** The mapping's own path. */
  String path() {
    return path;
  }

  /** The path of a key of the mapping. */
  String path(String key) {
    return Reading.at(path, key);
  }

  /** The mapping itself. */
  Node.Mapping mapping() {
    return mapping;
  }

  /** Whether the mapping has a key. */
  boolean has(String key) {
    return mapping.entries().containsKey(key);
  }

  /** A key's value, or null when the mapping has not got it. */
  @Nullable Node get(String key) {
    Node.Entry entry = mapping.entries().get(key);
    return entry == null ? null : entry.value();
  }

  /** A key's value, or null and a problem when the mapping has not got it. */
  @Nullable Node require(String key) {
    Node value = get(key);
    if (value == null) {
      reading.problem(mapping, path, "missing '" + key + "'");
    }
    return value;
  }

  /** A required text. */
  @Nullable String text(String key) {
    Node value = require(key);
    return value == null ? null : reading.text(value, path(key));
  }

  /** An optional text, or the default when the key is absent. */
  @Nullable String text(String key, @Nullable String otherwise) {
    Node value = get(key);
    return value == null ? otherwise : reading.anyText(value, path(key));
  }

  /** An optional list of texts, empty when the key is absent. */
  io.vavr.collection.@Nullable List<String> texts(String key) {
    Node value = get(key);
    return value == null ? io.vavr.collection.List.empty() : reading.texts(value, path(key));
  }

  /** An optional true or false, the default when the key is absent. */
  @Nullable Boolean bool(String key, boolean otherwise) {
    Node value = get(key);
    return value == null ? Boolean.valueOf(otherwise) : reading.bool(value, path(key));
  }
}
