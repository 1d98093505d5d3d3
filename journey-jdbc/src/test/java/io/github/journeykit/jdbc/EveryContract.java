package io.github.journeykit.jdbc;

/**
 * Every behaviour of the store, each a contract of its own: what a test class per database runs.
 */
interface EveryContract
    extends HandlingContract,
        RoundTripContract,
        ConcurrencyContract,
        FailureContract,
        DueContract,
        OutboxContract,
        BadRowsContract {}
