-- Row-level security (RS-8): outlet staff read and write only their own outlet's rows even if a service forgot to
-- check. Every transaction of the portal first sets portal.outlet (OutletRowScope): an outlet's id for its staff, '*'
-- for every other caller. Where it is not set (a connection outside the portal's transactions, a code path that
-- skipped the boundary) no outlet's rows are visible and none can be written. FORCE makes the policies bind the
-- tables' owner too; migrations and the test tools that connect as the owner set '*' themselves.
-- The settings are read once per statement (the sub-selects become init plans), not once per row.

CREATE FUNCTION portal_every_outlet() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('portal.outlet', true) = '*', false)
$$;

CREATE FUNCTION portal_caller_outlet() RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN setting ~ '^[0-9]{1,18}$' THEN setting::BIGINT END
    FROM (SELECT current_setting('portal.outlet', true) AS setting) AS caller
$$;

DO $$
DECLARE
    outlet_table TEXT;
BEGIN
    FOREACH outlet_table IN ARRAY ARRAY['service_record', 'quarterly_ledger', 'annual_summary', 'outlet_change',
                                        'rectification']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', outlet_table);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', outlet_table);
        EXECUTE format('CREATE POLICY own_outlet_rows ON %I USING ((SELECT portal_every_outlet()) '
                       || 'OR outlet_id = (SELECT portal_caller_outlet()))', outlet_table);
    END LOOP;
END $$;

-- goals for a whole network type (no outlet) are every outlet's to read
ALTER TABLE annual_goal ENABLE ROW LEVEL SECURITY;
ALTER TABLE annual_goal FORCE ROW LEVEL SECURITY;
CREATE POLICY own_outlet_rows ON annual_goal
    USING ((SELECT portal_every_outlet()) OR outlet_id IS NULL OR outlet_id = (SELECT portal_caller_outlet()))
    WITH CHECK ((SELECT portal_every_outlet()) OR outlet_id = (SELECT portal_caller_outlet()));
