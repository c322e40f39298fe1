-- Rollups (issue 13, point 2): the figures of the dashboard, the metrics pages, the ledgers and the goals are read
-- from summary tables by month and IP-field mask, kept exact by statement triggers on service_record in the same
-- transaction as the records (insert, update, delete, import, COPY), so no reader ever sees them half-done.
--   record_rollup   records and beneficiaries by service kind (the record core)
--   metric_rollup   each COUNT and SUM metric a plugin declares (amount; records tells an empty row)
--   metric_distinct each DISTINCT_COUNT metric's values with how many records hold them: a period's or a scope's
--                   distinct count is count(DISTINCT value) over its rows, exact for any union of months
-- Each table has a row per outlet (outlet_id) and one for all outlets of a network type together (outlet_id 0), so a
-- type's or the network's figures read a few hundred rows, not one per outlet. Ratios are divided by the reader;
-- districts are the outlets'. Only the trigger writes them: it runs as their owner, the runtime role only reads.
-- metric_definition mirrors what the installed plugins declare; the portal keeps it at start (RollupDefinitions) and
-- back-fills a metric that is new or changed.

CREATE TABLE metric_definition (
    network_type VARCHAR(32)  NOT NULL,
    metric_id    VARCHAR(64)  NOT NULL,
    aggregation  VARCHAR(16)  NOT NULL CHECK (aggregation IN ('COUNT', 'SUM', 'DISTINCT_COUNT')),
    form_id      VARCHAR(40),
    field        VARCHAR(64),
    where_field  VARCHAR(64),
    where_value  VARCHAR(200),
    PRIMARY KEY (network_type, metric_id)
);

CREATE TABLE record_rollup (
    outlet_id     BIGINT      NOT NULL,
    network_type  VARCHAR(32) NOT NULL,
    month         DATE        NOT NULL,
    service_kind  VARCHAR(32) NOT NULL,
    ip_mask       SMALLINT    NOT NULL,
    records       BIGINT      NOT NULL,
    beneficiaries BIGINT      NOT NULL,
    PRIMARY KEY (outlet_id, network_type, month, service_kind, ip_mask)
);
CREATE INDEX record_rollup_empty ON record_rollup (outlet_id) WHERE records = 0;

CREATE TABLE metric_rollup (
    outlet_id    BIGINT      NOT NULL,
    network_type VARCHAR(32) NOT NULL,
    metric_id    VARCHAR(64) NOT NULL,
    month        DATE        NOT NULL,
    ip_mask      SMALLINT    NOT NULL,
    records      BIGINT      NOT NULL,
    amount       NUMERIC     NOT NULL,
    PRIMARY KEY (outlet_id, network_type, metric_id, month, ip_mask)
);
CREATE INDEX metric_rollup_empty ON metric_rollup (outlet_id) WHERE records = 0;

CREATE TABLE metric_distinct (
    outlet_id    BIGINT      NOT NULL,
    network_type VARCHAR(32) NOT NULL,
    metric_id    VARCHAR(64) NOT NULL,
    month        DATE        NOT NULL,
    ip_mask      SMALLINT    NOT NULL,
    value        TEXT        NOT NULL,
    records      BIGINT      NOT NULL,
    PRIMARY KEY (outlet_id, network_type, metric_id, month, ip_mask, value)
);
CREATE INDEX metric_distinct_empty ON metric_distinct (outlet_id) WHERE records = 0;

-- outlet staff read only their own outlet's rows, as with the records themselves (V10); only the trigger writes
DO $$
DECLARE
    rollup TEXT;
BEGIN
    FOREACH rollup IN ARRAY ARRAY['record_rollup', 'metric_rollup', 'metric_distinct']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', rollup);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', rollup);
        EXECUTE format('CREATE POLICY own_outlet_rows ON %I USING ((SELECT portal_every_outlet()) '
                       || 'OR outlet_id = (SELECT portal_caller_outlet()))', rollup);
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I FROM %I', rollup, '${runtime_role}');
    END LOOP;
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON metric_definition FROM %I', '${runtime_role}');
END $$;

-- What the records of `delta` (service_record's columns and a sign: 1 adds a record, -1 takes it away) add to one
-- rollup table, as one INSERT ... ON CONFLICT statement; `definitions` is the metric_definition rows to apply. The
-- trigger and the back-fills run the same statement, so there is one rule of what a record contributes. Rows are
-- written in key order, so concurrent writers lock them in the same order.
CREATE FUNCTION rollup_sql(target TEXT, delta TEXT, definitions TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    -- each record adds to its outlet's row and to its network type's (outlet_id 0)
    levels CONSTANT TEXT := 'GROUP BY GROUPING SETS ((d.outlet_id, %1$s), (%1$s))';
    outlet CONSTANT TEXT := 'coalesce(d.outlet_id, 0)';
    month CONSTANT TEXT := 'date_trunc(''month'', d.service_date)::DATE';
    -- a COUNT metric adds 1 a record, a SUM its field; a change that keeps a record's group but not its value counts
    amount CONSTANT TEXT := 'coalesce(sum(d.sign * CASE WHEN m.aggregation = ''COUNT'' THEN 1 '
        || 'WHEN m.field = ''beneficiaryCount'' THEN d.beneficiary_count WHEN m.field = ''feeAmount'' THEN d.fee_amount '
        || 'ELSE (d.data ->> m.field)::NUMERIC END), 0)';
    selected CONSTANT TEXT := format('FROM (%s) AS d JOIN (%s) AS m ON m.network_type = d.network_type '
        || 'AND (m.form_id IS NULL OR m.form_id = d.form_id) '
        || 'AND (m.where_field IS NULL OR d.data ->> m.where_field = m.where_value)', delta, definitions);
BEGIN
    RETURN CASE target
    WHEN 'record' THEN format($sql$
        INSERT INTO record_rollup AS t (outlet_id, network_type, month, service_kind, ip_mask, records, beneficiaries)
        SELECT %s, d.network_type, %s, d.service_kind, d.ip_mask, sum(d.sign), sum(d.sign * d.beneficiary_count)
        FROM (%s) AS d
        %s HAVING sum(d.sign) <> 0 OR sum(d.sign * d.beneficiary_count) <> 0
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (outlet_id, network_type, month, service_kind, ip_mask) DO UPDATE
        SET records = t.records + excluded.records, beneficiaries = t.beneficiaries + excluded.beneficiaries$sql$,
        outlet, month, delta, format(levels, 'd.network_type, ' || month || ', d.service_kind, d.ip_mask'))
    WHEN 'metric' THEN format($sql$
        INSERT INTO metric_rollup AS t (outlet_id, network_type, metric_id, month, ip_mask, records, amount)
        SELECT %s, d.network_type, m.metric_id, %s, d.ip_mask,
               sum(d.sign), %s AS amount
        %s AND m.aggregation IN ('COUNT', 'SUM')
        %s HAVING sum(d.sign) <> 0 OR %s <> 0
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (outlet_id, network_type, metric_id, month, ip_mask) DO UPDATE
        SET records = t.records + excluded.records, amount = t.amount + excluded.amount$sql$,
        outlet, month, amount, selected, format(levels, 'd.network_type, m.metric_id, ' || month || ', d.ip_mask'), amount)
    WHEN 'distinct' THEN format($sql$
        INSERT INTO metric_distinct AS t (outlet_id, network_type, metric_id, month, ip_mask, value, records)
        SELECT %s, d.network_type, m.metric_id, %s, d.ip_mask, v.value, sum(d.sign)
        %s AND m.aggregation = 'DISTINCT_COUNT'
        CROSS JOIN LATERAL (SELECT CASE m.field WHEN 'beneficiaryCount' THEN d.beneficiary_count::TEXT
                                                WHEN 'feeAmount' THEN d.fee_amount::TEXT
                                                ELSE d.data ->> m.field END AS value) AS v
        WHERE v.value IS NOT NULL
        %s HAVING sum(d.sign) <> 0
        ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (outlet_id, network_type, metric_id, month, ip_mask, value) DO UPDATE
        SET records = t.records + excluded.records$sql$,
        outlet, month, selected, format(levels, 'd.network_type, m.metric_id, ' || month || ', d.ip_mask, v.value'))
    END;
END $$;

-- Rows a change emptied are removed (a value no record holds any more must not be counted as distinct).
CREATE FUNCTION rollup_drop_empty() RETURNS VOID LANGUAGE sql AS $$
    DELETE FROM record_rollup WHERE records = 0;
    DELETE FROM metric_rollup WHERE records = 0;
    DELETE FROM metric_distinct WHERE records = 0;
$$;

-- The trigger function: as the tables' owner, over every outlet's rows (a type's row is shared by its outlets), only
-- from the rows that the caller's statement wrote. Its body is written here from rollup_sql, one block per kind of
-- statement, so its SQL is static and PostgreSQL plans it once per connection, not at every record.
DO $generate$
DECLARE
    definitions CONSTANT TEXT := 'SELECT * FROM metric_definition';
    deltas CONSTANT TEXT[][] := ARRAY[
        ['INSERT', 'SELECT n.*, 1 AS sign FROM new_rows AS n'],
        ['DELETE', 'SELECT o.*, -1 AS sign FROM old_rows AS o'],
        ['UPDATE', 'SELECT n.*, 1 AS sign FROM new_rows AS n UNION ALL SELECT o.*, -1 AS sign FROM old_rows AS o']];
    body TEXT := '';
BEGIN
    FOR i IN 1 .. array_length(deltas, 1)
    LOOP
        body := body || format(E'\n    IF TG_OP = %L THEN\n%s;\n%s;\n%s;\n    END IF;', deltas[i][1],
            rollup_sql('record', deltas[i][2], definitions), rollup_sql('metric', deltas[i][2], definitions),
            rollup_sql('distinct', deltas[i][2], definitions));
    END LOOP;
    EXECUTE format($function$
CREATE FUNCTION service_record_rollup() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS %L
$function$, format($body$
DECLARE
    caller CONSTANT TEXT := current_setting('portal.outlet', true);
BEGIN
    PERFORM set_config('portal.outlet', '*', true);%s
    IF TG_OP <> 'INSERT' THEN
        PERFORM rollup_drop_empty();
    END IF;
    PERFORM set_config('portal.outlet', coalesce(caller, ''), true);
    RETURN NULL;
END $body$, body));
END $generate$;

CREATE TRIGGER service_record_rollup_insert AFTER INSERT ON service_record
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_record_rollup();
CREATE TRIGGER service_record_rollup_update AFTER UPDATE ON service_record
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_record_rollup();
CREATE TRIGGER service_record_rollup_delete AFTER DELETE ON service_record
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_record_rollup();

CREATE FUNCTION service_record_rollup_truncate() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    TRUNCATE record_rollup, metric_rollup, metric_distinct;
    RETURN NULL;
END $$;
CREATE TRIGGER service_record_rollup_truncate AFTER TRUNCATE ON service_record
    FOR EACH STATEMENT EXECUTE FUNCTION service_record_rollup_truncate();

-- The record core's rollup afresh from every record (this migration, and a bulk load that ran without the triggers).
CREATE FUNCTION rollup_rebuild_records() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM record_rollup;
    EXECUTE rollup_sql('record', 'SELECT r.*, 1 AS sign FROM service_record AS r', 'SELECT * FROM metric_definition');
END $$;

-- The named metrics of one network type afresh from its records, in one pass (a new or changed declaration). The
-- caller holds service_record in SHARE mode, so no record is written meanwhile.
CREATE FUNCTION rollup_backfill(type TEXT, metrics TEXT[]) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    delta CONSTANT TEXT := format('SELECT r.*, 1 AS sign FROM service_record AS r WHERE r.network_type = %L', type);
    definitions CONSTANT TEXT := format('SELECT * FROM metric_definition WHERE network_type = %L AND metric_id = ANY (%L)',
                                       type, metrics);
BEGIN
    DELETE FROM metric_rollup WHERE network_type = type AND metric_id = ANY (metrics);
    DELETE FROM metric_distinct WHERE network_type = type AND metric_id = ANY (metrics);
    EXECUTE rollup_sql('metric', delta, definitions);
    EXECUTE rollup_sql('distinct', delta, definitions);
END $$;

SELECT rollup_rebuild_records();
