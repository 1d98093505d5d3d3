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
 * <p>The journeys, their definition files and Journey's Javadoc cite the source articles by a tag
 * in brackets, {@code [003]} or {@code [001, 003]}; {@code docs/sources.md} in Journey's repository
 * names each article and says what each journey takes from it. The tags are:
 *
 * <table>
 *   <caption>The source articles</caption>
 *   <tr><th>tag</th><th>title (Russian)</th><th>title (English)</th></tr>
 *   <tr><td>[000]</td><td>Customer Journey Map для менеджеров по продажам</td><td>Customer journey map for sales managers</td></tr>
 *   <tr><td>[001]</td><td>CJM как инструмент увеличения продаж</td><td>The CJM as a tool for increasing sales</td></tr>
 *   <tr><td>[002]</td><td>Карта путешествия клиента</td><td>The customer journey map</td></tr>
 *   <tr><td>[003]</td><td>Как составить схему работы с клиентами</td><td>How to draw up a scheme of working with customers</td></tr>
 *   <tr><td>[004]</td><td>Customer Journey Map в B2B: с чего начать?</td><td>Customer journey map in B2B: where to start?</td></tr>
 * </table>
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
