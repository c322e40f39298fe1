-- Service records (R-8.1, R-9.1, R-10.1): the common core in columns, the plugin form's fields in jsonb, and the
-- form version they were entered with. Sized for ~10 million records a year: lists and metrics always filter by
-- outlet or network type and by date, so those lead the indexes; jsonb_path_ops serves containment filters.

CREATE SEQUENCE service_record_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE service_record (
    id                BIGINT        PRIMARY KEY,
    outlet_id         BIGINT        NOT NULL REFERENCES outlet (id),
    network_type      VARCHAR(32)   NOT NULL,
    form_id           VARCHAR(40)   NOT NULL,
    form_version      INTEGER       NOT NULL CHECK (form_version >= 1),
    service_kind      VARCHAR(32)   NOT NULL,
    ip_mask           SMALLINT      NOT NULL CHECK (ip_mask BETWEEN 1 AND 7),
    service_date      DATE          NOT NULL,
    beneficiary_kind  VARCHAR(32)   NOT NULL,
    beneficiary_count INTEGER       NOT NULL CHECK (beneficiary_count >= 0),
    charged           BOOLEAN       NOT NULL,
    fee_amount        NUMERIC(12,2) CHECK (fee_amount >= 0),
    summary           VARCHAR(200),
    data              JSONB         NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMPTZ,
    updated_by        VARCHAR(100),
    version           BIGINT        NOT NULL
);
CREATE INDEX service_record_outlet_date ON service_record (outlet_id, service_date DESC, id DESC);
CREATE INDEX service_record_type_date ON service_record (network_type, service_date);
CREATE INDEX service_record_date ON service_record (service_date);
CREATE INDEX service_record_data ON service_record USING GIN (data jsonb_path_ops);
