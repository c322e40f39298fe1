-- Run-time plugin management (P-3): which network types take new records, and every version of every record form.
-- A type without a plugin_state row is enabled. form_version holds each form as JSON: the versions the plugin jars
-- declared (stored at deployment) and the ones staff made on the plugin page; records keep the version they used.

CREATE TABLE plugin_state (
    network_type VARCHAR(32)  PRIMARY KEY,
    enabled      BOOLEAN      NOT NULL,
    changed_at   TIMESTAMPTZ  NOT NULL,
    changed_by   VARCHAR(100) NOT NULL
);

CREATE TABLE form_version (
    network_type VARCHAR(32)  NOT NULL,
    form_id      VARCHAR(40)  NOT NULL,
    version      INTEGER      NOT NULL CHECK (version >= 1),
    definition   JSONB        NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (network_type, form_id, version)
);
