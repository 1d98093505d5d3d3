package io.github.journeykit.definition;

import io.github.journeykit.model.Problem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each part of a definition was read, under the words the model's problems use for it ({@code
 * stage 'paid'}, {@code transition #2}, {@code rule "Payment makes paying"}): a problem found when
 * the journey or the playbook is built is then reported at the part it is about.
 */
final class Registry {

  private record Place(Node node, String path) {}

  private final Map<String, Place> places = new LinkedHashMap<>();
  private final Node root;

  Registry(Node root) {
    this.root = root;
  }

  /** Remembers where a part was read; the first part of a name keeps it. */
  void put(String words, Node node, String path) {
    places.putIfAbsent(words, new Place(node, path));
  }

  /** Reports a problem of the model at the part it is about, or at the top when none is known. */
  void report(Reading reading, Problem problem) {
    String where = problem.where();
    Place place = places.get(where);
    String inside = "";
    if (place == null) {
      // "transition #2 (informed -> buyer)" is registered as "transition #2"; "rule \"A\",
      // condition \"b\"" as "rule \"A\"", and the condition goes before the message
      for (Map.Entry<String, Place> known : places.entrySet()) {
        if (where.startsWith(known.getKey() + " ")) {
          place = known.getValue();
          break;
        }
        if (where.startsWith(known.getKey() + ", ")) {
          place = known.getValue();
          inside = where.substring(known.getKey().length() + 2) + ": ";
          break;
        }
      }
    }
    if (place == null) {
      reading.problem(root, "", where + ": " + problem.message());
    } else {
      reading.problem(place.node(), place.path(), inside + problem.message());
    }
  }
}
