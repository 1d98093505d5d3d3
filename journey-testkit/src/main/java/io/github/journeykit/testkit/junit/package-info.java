/**
 * A small JUnit Jupiter extension for journey checks: it hands a test a {@link
 * io.github.journeykit.testkit.junit.Seed}, reports the seed when the test fails, and lets a test
 * pin it with {@link io.github.journeykit.testkit.junit.JourneySeed}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.testkit.junit;

import org.jspecify.annotations.NullMarked;
