-- Least privilege (RS-8): the application connects as ${runtime_role}, which owns nothing. It may read and write the
-- rows of the portal's tables and use their sequences, only read and append to the audit trail, and never touch
-- the migration history; it cannot change the schema, disable a trigger or truncate a table (only an owner can).
-- Default privileges give it the same on tables later migrations create.
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${runtime_role}');
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), '${runtime_role}');
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), '${runtime_role}');
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_entry FROM %I', '${runtime_role}');
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', '${runtime_role}');
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   current_schema(), '${runtime_role}');
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
                   current_schema(), '${runtime_role}');
END $$;
