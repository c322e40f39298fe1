-- A request done in several transactions (an import's chunks) keeps one entry per part: the client's key (up to 100
-- characters), a space and the part's number.
ALTER TABLE idempotent_request ALTER COLUMN request_key TYPE VARCHAR(112);
