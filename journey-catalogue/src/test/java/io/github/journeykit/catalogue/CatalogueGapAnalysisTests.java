package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.EventType;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Finding;
import io.github.journeykit.rules.GapAnalysis;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
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
  void everyMessageOfTheCatalogueGoesOut() {
    // Issue 16 counted 6, 4, 2, 5 and 2 messages that never went out in sales-funnel,
    // awareness-ladder, loyalty-loop, nine-stages and email-scheme; each is now sent by a rule or
    // on
    // entering its stage.
    for (Playbook playbook : Catalogue.all()) {
      assertThat(
              GapAnalysis.of(playbook)
                  .filter(f -> f.kind() == Finding.Kind.UNSENT_MESSAGE)
                  .map(Finding::toString))
          .as(playbook.journey().id())
          .isEmpty();
    }
  }

  /**
   * [003]: each variative step of the email scheme has its two branches, opened or not, and no
   * more; a third branch is what the article warns against, and the analysis says so.
   */
  @Test
  void theEmailSchemesVariativeStepsHaveTwoBranchesEach() {
    Playbook scheme = Catalogue.get("email-scheme").get();
    assertThat(
            GapAnalysis.of(scheme)
                .map(Finding::kind)
                .filter(k -> k == Finding.Kind.ONE_BRANCH || k == Finding.Kind.TOO_MANY_BRANCHES))
        .isEmpty();

    Playbook.Builder more = Playbook.builder(scheme.journey()).rules(scheme.rules());
    scheme.gates().forEach(more::gate);
    Playbook threeWays =
        more.rule(
                Rule.named("The letter about A opened twice: call", EventType.MESSAGE_OPENED)
                    .when(Condition.attribute("message").is("about-a"))
                    .then(Effect.send("we-miss-you")))
            .buildOrThrow();
    assertThat(GapAnalysis.of(threeWays).map(Finding::toString))
        .contains(
            "warning message 'about-a': what the customer does with it leads 3 ways ('The letter"
                + " about A opened: invite to order', 'The letter about A ignored: send E', 'The"
                + " letter about A opened twice: call'); two are enough, opened or not: the more"
                + " variants, the longer the buying cycle");
  }

  /**
   * [004]: each member of the buying centre is reached through a channel they prefer; training the
   * operators by webinar, which they do not prefer, is found.
   */
  @Test
  void theB2bMessagesReachEachMemberByAPreferredChannel() {
    Playbook b2b = Catalogue.get("b2b").get();
    assertThat(GapAnalysis.of(b2b).map(Finding::kind))
        .doesNotContain(Finding.Kind.OFF_PREFERRED_CHANNEL);

    String definition =
        Catalogue.definition("b2b")
            .get()
            .replace(
                "what: Training materials and a support line\n      where: email",
                "what: Training materials and a support line\n      where: webinar");
    Playbook webinar =
        io.github.journeykit.definition.Definitions.read(
                definition, io.github.journeykit.definition.Format.YAML, "b2b.yaml")
            .get();
    assertThat(GapAnalysis.of(webinar).map(Finding::toString))
        .contains(
            "warning message 'training': it goes by webinar, but operator prefers email or phone;"
                + " reach each member of the buying centre by a channel they prefer");
  }
}
