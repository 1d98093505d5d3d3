/**
 * Playbooks as data: a journey with its rules and gates read from and written to YAML and JSON,
 * every mistake of a definition located by file, line, column and path.
 *
 * @since 0.1
 */
module io.github.journeykit.definition {
  requires transitive io.github.journeykit.rules;
  requires transitive io.github.journeykit.model;
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;

  exports io.github.journeykit.definition;
}
