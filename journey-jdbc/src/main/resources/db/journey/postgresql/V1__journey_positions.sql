-- journey-jdbc, schema version 1 for PostgreSQL: where each customer stands in each journey.
-- One row per customer and journey. position is the position in JourneyJson's documented format
-- (journey-definition), as jsonb so that the CRM can query it; stage and status repeat two of its
-- values; next_check is when a time-based rule of the customer's stage could next fire (NULL:
-- never); row_version grows by one with every stored decision, for optimistic locking.
CREATE TABLE IF NOT EXISTS journey_positions (
  customer    VARCHAR(255) NOT NULL,
  journey     VARCHAR(255) NOT NULL,
  version     INTEGER      NOT NULL,
  stage       VARCHAR(255) NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  position    JSONB        NOT NULL,
  next_check  TIMESTAMPTZ,
  row_version BIGINT       NOT NULL,
  CONSTRAINT journey_positions_pk PRIMARY KEY (customer, journey)
);

-- The customers whose next check is due, in the order it fell due; those never due are left out.
CREATE INDEX IF NOT EXISTS journey_positions_due ON journey_positions (journey, next_check)
  WHERE next_check IS NOT NULL;
