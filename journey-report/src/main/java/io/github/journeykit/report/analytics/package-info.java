/**
 * What a business gets from a journey: figures measured on replayed customers ({@link
 * io.github.journeykit.report.analytics.Funnel}: reached, current, conversion, drop-off, time in
 * stage, time to first purchase, bottlenecks, stuck customers, moves per edge) and figures
 * predicted from probabilities ({@link io.github.journeykit.report.analytics.Forecast}: a Markov
 * chain checked against a simulation, from an {@link
 * io.github.journeykit.report.analytics.EventMix} such as the typical one a journey's rules imply).
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.report.analytics;

import org.jspecify.annotations.NullMarked;
