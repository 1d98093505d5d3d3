/**
 * The runnable demo of Journey: builds the ready-made journeys and prints them.
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.examples;

import org.jspecify.annotations.NullMarked;
