package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.rules.Finding;
import io.github.journeykit.rules.GapAnalysis;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * The gap analysis of the ready-made journeys (these tests were in journey-rules' {@code
 * GapAnalysisTests} while the catalogue was there).
 */
class CatalogueGapAnalysisTests {

  /**
   * The ready-made journeys are checked too. Where the source articles themselves leave a gap, the
   * finding is kept: the articles are what they are.
   */
  @Test
  void theCatalogueHasOnlyTheGapsItsArticlesLeave() {
    assertThat(findings("sales-funnel")).isEmpty();
    assertThat(findings("loyalty-loop")).isEmpty();
    assertThat(findings("nine-stages")).isEmpty();
    assertThat(findings("sales-conversation")).isEmpty();
    assertThat(findings("email-scheme")).isEmpty();
    // Article 000 says nothing about what to tell a customer inside the loyalty circle.
    assertThat(findings("awareness-ladder"))
        .containsExactly(
            "warning stage 'loyalty-circle': no message is sent here; nothing moves the customer on from this stage");
    // Article 004 names no message for the first and the last B2B stage.
    assertThat(findings("b2b"))
        .containsExactly(
            "warning stage 'awareness': no message is sent here; nothing moves the customer on from this stage",
            "warning stage 'loyalty': no message is sent here; nothing moves the customer on from this stage");
    // Article 003 lists the web studio's steps but names letters only around meetings, payments and
    // mock-ups.
    assertThat(findings("web-studio").map(f -> f.substring(0, f.indexOf(':'))))
        .containsExactly(
            "warning stage 'estimate'",
            "warning stage 'spec'",
            "warning stage 'prepayment'",
            "warning stage 'layout'",
            "warning stage 'programming'",
            "warning stage 'testing-and-content'",
            "warning stage 'deployment'",
            "warning stage 'search-registration'");
    assertThat(GapAnalysis.of(Catalogue.get("web-studio").get()).map(Finding::kind).distinct())
        .containsExactly(Finding.Kind.NO_MESSAGE);
  }

  /** The findings of a catalogue journey, but its messages that nothing sends (see below). */
  static List<String> findings(String id) {
    return GapAnalysis.of(Catalogue.get(id).get())
        .filter(finding -> finding.kind() != Finding.Kind.UNSENT_MESSAGE)
        .map(Finding::toString)
        .toList();
  }

  static final String UNSENT =
      " no rule sends it and no stage sends it on entry; it never goes out, so it tells the CRM"
          + " nothing about what to say next";

  @Test
  void everyMessageOfTheCatalogueGoesOutButTheEmailSchemesAcquaintanceLetters() {
    // Issue 16 counted 6, 4, 2 and 5 messages that never went out in the first four journeys; each
    // is now sent by a rule or on entering its stage. The email scheme's acquaintance letters are
    // next.
    java.util.Map<String, Integer> unsent = new java.util.LinkedHashMap<>();
    for (Playbook playbook : Catalogue.all()) {
      unsent.put(
          playbook.journey().id(),
          GapAnalysis.of(playbook).count(f -> f.kind() == Finding.Kind.UNSENT_MESSAGE));
    }
    assertThat(unsent)
        .containsExactly(
            java.util.Map.entry("sales-funnel", 0),
            java.util.Map.entry("awareness-ladder", 0),
            java.util.Map.entry("loyalty-loop", 0),
            java.util.Map.entry("nine-stages", 0),
            java.util.Map.entry("b2b", 0),
            java.util.Map.entry("sales-conversation", 0),
            java.util.Map.entry("web-studio", 0),
            java.util.Map.entry("email-scheme", 2));
    assertThat(GapAnalysis.of(Catalogue.get("email-scheme").get()).map(Finding::toString))
        .contains("warning message 'welcome':" + UNSENT);
  }
}
