/**
 * Event logs: the CSV a CRM exports ({@code customer,at,event,detail}, plus a column per attribute
 * such as {@code amount}, and {@code touchpoint} and {@code channel}), read with every mistake
 * located by file, line and column, held compactly, and replayed through an engine; and written
 * back, for counterexamples and round trips.
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.eventlog;

import org.jspecify.annotations.NullMarked;
