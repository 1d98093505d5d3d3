package io.github.journeykit.testkit.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pins the seed a test's journey checks use, to reproduce a failure; on a class, for all its tests.
 * Also registers {@link JourneySeedExtension}.
 *
 * <pre>{@code
 * @Test
 * @JourneySeed(8_213_553_219L)   // the seed the failure report printed
 * void funnelHolds(Seed seed) {
 *   JourneyCheck.of(funnel).seed(seed.value()).check(Invariants.standard()).assertHolds();
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(JourneySeedExtension.class)
public @interface JourneySeed {

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  long value();
}
