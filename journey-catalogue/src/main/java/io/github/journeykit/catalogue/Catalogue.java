package io.github.journeykit.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.rules.Playbook;
import io.vavr.Lazy;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
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
 * <pre>{@code
 * Engine funnel = Catalogue.get("sales-funnel").get().compile();
 * Catalogue.ids();   // sales-funnel, awareness-ladder, loyalty-loop, nine-stages, b2b, ...
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Catalogue {

  private static final Lazy<Map<String, Playbook>> PLAYBOOKS =
      Lazy.of(
          () ->
              LinkedHashMap.of(
                  SalesFunnel.ID, SalesFunnel.playbook(),
                  AwarenessLadder.ID, AwarenessLadder.playbook(),
                  LoyaltyLoop.ID, LoyaltyLoop.playbook(),
                  NineStages.ID, NineStages.playbook(),
                  B2b.ID, B2b.playbook(),
                  SalesConversation.ID, SalesConversation.playbook(),
                  WebStudio.ID, WebStudio.playbook(),
                  EmailScheme.ID, EmailScheme.playbook()));

  private Catalogue() {}

  /**
   * Returns the ids of the ready-made journeys, in the order of the brief.
   *
   * @return the ids
   */
  public static Seq<String> ids() {
    return PLAYBOOKS.get().keySet().toList();
  }

  /**
   * Returns every ready-made playbook, in the order of the brief.
   *
   * @return the playbooks
   */
  public static Seq<Playbook> all() {
    return PLAYBOOKS.get().values().toList();
  }

  /**
   * Finds a ready-made playbook by id.
   *
   * @param id the journey's id, e.g. {@code sales-funnel}
   * @return the playbook, or none when the catalogue has no such journey
   */
  public static Option<Playbook> get(String id) {
    return PLAYBOOKS.get().get(id);
  }
}
