/**
 * The ready-made journeys of the source articles, each a {@link
 * io.github.journeykit.rules.Playbook} (the journey as data plus its rules), found by id in the
 * {@link io.github.journeykit.rules.catalogue.Catalogue}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.rules.catalogue;

import org.jspecify.annotations.NullMarked;
