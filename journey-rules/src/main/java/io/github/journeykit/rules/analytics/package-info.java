/**
 * What a business gets from a journey: figures measured on replayed customers ({@link
 * io.github.journeykit.rules.analytics.Funnel}: reached, current, conversion, drop-off, time in
 * stage, time to first purchase, bottlenecks, stuck customers, moves per edge) and figures
 * predicted from probabilities ({@link io.github.journeykit.rules.analytics.Forecast}: a Markov
 * chain checked against a simulation).
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.rules.analytics;

import org.jspecify.annotations.NullMarked;
