-- Supervision (Chapter 4): quarterly work ledgers, rectifications, and the bars on applying that disqualification
-- and revocation bring; an outlet's standing.

ALTER TABLE outlet ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'ACTIVE';

CREATE SEQUENCE supervision_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE quarterly_ledger (
    id            BIGINT        PRIMARY KEY,
    outlet_id     BIGINT        NOT NULL REFERENCES outlet (id),
    year          INTEGER       NOT NULL,
    quarter       INTEGER       NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    state         VARCHAR(20)   NOT NULL,
    remarks       VARCHAR(2000),
    submitted_at  TIMESTAMPTZ,
    submitted_by  VARCHAR(100),
    reopened_at   TIMESTAMPTZ,
    reopened_by   VARCHAR(100),
    reopen_reason VARCHAR(1000),
    version       BIGINT        NOT NULL,
    CONSTRAINT quarterly_ledger_once UNIQUE (outlet_id, year, quarter)
);
CREATE INDEX quarterly_ledger_period ON quarterly_ledger (year, quarter, state);

CREATE TABLE rectification (
    id           BIGINT        PRIMARY KEY,
    outlet_id    BIGINT        NOT NULL REFERENCES outlet (id),
    state        VARCHAR(20)   NOT NULL,
    opened_on    DATE          NOT NULL,
    deadline     DATE          NOT NULL,
    reasons      VARCHAR(1000) NOT NULL,
    opened_by    VARCHAR(100)  NOT NULL,
    measures     VARCHAR(2000),
    answered_at  TIMESTAMPTZ,
    closed_on    DATE,
    closed_by    VARCHAR(100),
    closing_note VARCHAR(1000),
    version      BIGINT        NOT NULL
);
CREATE INDEX rectification_outlet ON rectification (outlet_id, opened_on DESC);
CREATE INDEX rectification_open ON rectification (state, deadline);

-- who may not apply until when, and why (Art. 14: the next year; Art. 15: three years)
CREATE TABLE application_bar (
    id           BIGINT        PRIMARY KEY,
    institution  VARCHAR(200)  NOT NULL,
    outlet_id    BIGINT        REFERENCES outlet (id),
    reason_kind  VARCHAR(30)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    barred_until DATE          NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL
);
CREATE INDEX application_bar_institution ON application_bar (lower(institution));

-- trainings, guidance and exchange events the office and the center publish to outlets (Art. 11, R-11.1)
CREATE TABLE notice (
    id           BIGINT        PRIMARY KEY,
    kind         VARCHAR(20)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    event_on     DATE,
    published_at TIMESTAMPTZ   NOT NULL,
    published_by VARCHAR(100)  NOT NULL
);
CREATE INDEX notice_published ON notice (published_at DESC);

-- the network types a notice is for; none: every outlet
CREATE TABLE notice_audience (
    notice_id    BIGINT      NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    network_type VARCHAR(32) NOT NULL,
    PRIMARY KEY (notice_id, network_type)
);

-- annual work goals (Art. 13, R-13.1): a target on one of the plugin's metrics, for a whole network type or for
-- one outlet (which then overrides its type's target)
CREATE TABLE annual_goal (
    id           BIGINT         PRIMARY KEY,
    year         INTEGER        NOT NULL,
    network_type VARCHAR(32)    NOT NULL,
    outlet_id    BIGINT         REFERENCES outlet (id),
    metric_id    VARCHAR(40)    NOT NULL,
    target       NUMERIC(14,2)  NOT NULL CHECK (target >= 0),
    set_at       TIMESTAMPTZ    NOT NULL,
    set_by       VARCHAR(100)   NOT NULL
);
CREATE UNIQUE INDEX annual_goal_type_once ON annual_goal (year, network_type, metric_id) WHERE outlet_id IS NULL;
CREATE UNIQUE INDEX annual_goal_outlet_once ON annual_goal (year, outlet_id, metric_id) WHERE outlet_id IS NOT NULL;

-- the annual work summary each outlet submits before the end of December (Art. 14, R-14.2)
CREATE TABLE annual_summary (
    id           BIGINT        PRIMARY KEY,
    outlet_id    BIGINT        NOT NULL REFERENCES outlet (id),
    year         INTEGER       NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    achievements VARCHAR(4000),
    problems     VARCHAR(4000),
    plans        VARCHAR(4000),
    submitted_at TIMESTAMPTZ,
    submitted_by VARCHAR(100),
    version      BIGINT        NOT NULL,
    CONSTRAINT annual_summary_once UNIQUE (outlet_id, year)
);

-- documents attached to a year-end summary (the bytes apart from the metadata, as for applications)
CREATE TABLE summary_document (
    id           BIGINT       PRIMARY KEY,
    summary_id   BIGINT       NOT NULL REFERENCES annual_summary (id) ON DELETE CASCADE,
    file_name    VARCHAR(200) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256       CHAR(64)     NOT NULL,
    bytes        BYTEA        NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL
);
CREATE INDEX summary_document_summary ON summary_document (summary_id);
