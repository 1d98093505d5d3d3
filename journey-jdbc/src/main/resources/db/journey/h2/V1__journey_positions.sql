-- journey-jdbc, schema version 1 for H2: where each customer stands in each journey.
-- One row per customer and journey. position is the position in JourneyJson's documented format
-- (journey-definition); stage and status repeat two of its values for the CRM's own queries;
-- next_check is when a time-based rule of the customer's stage could next fire (NULL: never);
-- row_version grows by one with every stored decision, for optimistic locking.
CREATE TABLE IF NOT EXISTS journey_positions (
  customer    VARCHAR(255)                NOT NULL,
  journey     VARCHAR(255)                NOT NULL,
  version     INTEGER                     NOT NULL,
  stage       VARCHAR(255)                NOT NULL,
  status      VARCHAR(16)                 NOT NULL,
  position    CHARACTER VARYING           NOT NULL,
  next_check  TIMESTAMP(6) WITH TIME ZONE,
  row_version BIGINT                      NOT NULL,
  CONSTRAINT journey_positions_pk PRIMARY KEY (customer, journey)
);

-- The customers whose next check is due, in the order it fell due.
CREATE INDEX IF NOT EXISTS journey_positions_due ON journey_positions (journey, next_check);
