package io.github.journeykit.testkit.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The seed of a journey check, handed to a test by {@link JourneySeedExtension}.
 *
 * @param value the seed; pass it to {@link io.github.journeykit.testkit.JourneyCheck#seed(long)}
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Seed(long value) {}
