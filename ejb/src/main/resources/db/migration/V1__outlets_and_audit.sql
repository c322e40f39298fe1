-- Outlets (网点) of every network type, and the audit trail of who changed what.

CREATE SEQUENCE outlet_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outlet (
    id               BIGINT       PRIMARY KEY,
    code             VARCHAR(32)  NOT NULL,
    name_zh          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200),
    network_type     VARCHAR(32)  NOT NULL,
    district         VARCHAR(32)  NOT NULL,
    address          VARCHAR(300) NOT NULL,
    principal        VARCHAR(100) NOT NULL,
    contact_phone    VARCHAR(40),
    contact_email    VARCHAR(200),
    full_time_staff  INTEGER      NOT NULL CHECK (full_time_staff >= 0),
    part_time_staff  INTEGER      NOT NULL CHECK (part_time_staff >= 0),
    created_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT outlet_code_unique UNIQUE (code)
);
CREATE INDEX outlet_type_district ON outlet (network_type, district);

CREATE TABLE outlet_ip_field (
    outlet_id BIGINT      NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    ip_field  VARCHAR(32) NOT NULL,
    PRIMARY KEY (outlet_id, ip_field)
);

CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id          BIGINT       PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    entity_type VARCHAR(60)  NOT NULL,
    entity_id   VARCHAR(60)  NOT NULL,
    detail      VARCHAR(2000)
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id);
