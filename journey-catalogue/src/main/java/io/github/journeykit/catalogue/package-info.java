/**
 * The ready-made journeys of the source articles, each a {@link
 * io.github.journeykit.rules.Playbook} (the journey as data plus its rules), found by id in the
 * {@link io.github.journeykit.catalogue.Catalogue}, and the invariants the brief sets for each of
 * them, in {@link io.github.journeykit.catalogue.CatalogueInvariants}.
 *
 * <p>Each journey is a definition file in this package's resources, {@code <id>.yaml}, commented
 * for the marketers who read it and read with journey-definition's reader; {@link
 * io.github.journeykit.catalogue.Catalogue#definition(String)} gives its text.
 *
 * <pre>{@code
 * Playbook funnel = Catalogue.get("sales-funnel").get();
 * JourneyCheck.of(funnel)
 *     .check(Invariants.standard().appendAll(CatalogueInvariants.forJourney("sales-funnel")))
 *     .assertHolds();
 * }</pre>
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.catalogue;

import org.jspecify.annotations.NullMarked;
