/**
 * Property checking for journeys: {@link io.github.journeykit.testkit.JourneyCheck} runs {@link
 * io.github.journeykit.testkit.Invariant}s over thousands of customers made by a seeded {@link
 * io.github.journeykit.testkit.CustomerGenerator}, and on failure shrinks the customer's events to
 * a minimal {@link io.github.journeykit.testkit.Counterexample}, reproducible by its seed and
 * replayable as an event log.
 *
 * <p>This is not a general-purpose property-testing library: it knows journeys, positions and
 * events, and nothing else. It uses no property-testing framework and runs from any test framework.
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.testkit;

import org.jspecify.annotations.NullMarked;
