/**
 * Journey in a CRM's SQL database, with plain JDBC: where each customer stands, and the messages to
 * send, stored so that two events of one customer at once never lose an update and a crash between
 * deciding and committing never loses, or doubles, a message.
 *
 * <p>{@link io.github.journeykit.jdbc.JourneyStore} is the entry point: {@code handle(customer,
 * event)} loads the customer's position (or starts the customer), decides, saves the position and
 * queues the decision's messages in the {@link io.github.journeykit.jdbc.Outbox}, all in one
 * transaction, retrying a bounded number of times when another event of the customer was stored
 * meanwhile; {@code handleDue(now, batchSize)} does the same for the customers whose time-based
 * rules are due, a batch at a time, safely for several workers. {@link
 * io.github.journeykit.jdbc.StoreSchema} creates the two tables from the scripts this module ships
 * under {@code db/journey/h2} and {@code db/journey/postgresql}, which a migration tool can apply
 * instead. What goes wrong is a {@link io.github.journeykit.jdbc.StoreException} that names the
 * customer and the table.
 *
 * @since 0.2
 */
@NullMarked
package io.github.journeykit.jdbc;

import org.jspecify.annotations.NullMarked;
