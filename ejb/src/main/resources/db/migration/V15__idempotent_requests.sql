-- Idempotent writes (RS-2): a client that retries a POST with the same Idempotency-Key gets the first answer, and
-- nothing is stored twice. A key is its caller's own; the row is written in the same transaction as what the request
-- stored, so either both are there or neither. Kept a day.
CREATE TABLE idempotent_request (
    caller      VARCHAR(100) NOT NULL,
    request_key VARCHAR(100) NOT NULL,
    operation   VARCHAR(40)  NOT NULL,
    fingerprint CHAR(64)     NOT NULL,
    result_id   BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (caller, request_key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
