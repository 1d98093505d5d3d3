/**
 * The {@code journey} command line: lists, shows, runs, checks, lints and draws the ready-made
 * journeys, and runs the demo. Each subcommand is a picocli command; {@link
 * io.github.journeykit.examples.JourneyCommand} is the entry point.
 *
 * <p>Exit codes: 0 when the command did its job, 1 when a check or a lint failed, 2 for a user's
 * mistake (an unknown journey, a missing or invalid file, a bad option), reported on standard error
 * in one line per problem, never with a stack trace.
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.examples;

import org.jspecify.annotations.NullMarked;
