-- Accreditation (Chapter 2): annual rounds, applications with their team, resources, activity and documents,
-- expert score sheets, the state history of each application; on the outlet its validity, filed changes,
-- public list-change announcements and national recommendations.

ALTER TABLE outlet ADD COLUMN accredited_on DATE;
ALTER TABLE outlet ADD COLUMN expires_on DATE;
ALTER TABLE outlet ADD COLUMN main_services VARCHAR(1000);
CREATE INDEX outlet_expires_on ON outlet (expires_on);

CREATE SEQUENCE accreditation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE accreditation_round (
    id                      BIGINT       PRIMARY KEY,
    year                    INTEGER      NOT NULL UNIQUE,
    title                   VARCHAR(200) NOT NULL,
    application_opens       DATE         NOT NULL,
    application_closes      DATE         NOT NULL,
    review_deadline         DATE         NOT NULL,
    scoring_deadline        DATE         NOT NULL,
    aggregation             VARCHAR(20)  NOT NULL,
    experts_per_application INTEGER      NOT NULL CHECK (experts_per_application BETWEEN 1 AND 9),
    pass_score              NUMERIC(6,2) NOT NULL,
    state                   VARCHAR(20)  NOT NULL,
    created_at              TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL,
    CHECK (application_opens <= application_closes AND application_closes <= review_deadline
           AND review_deadline <= scoring_deadline)
);

CREATE TABLE round_rubric_item (
    round_id  BIGINT       NOT NULL REFERENCES accreditation_round (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    item_key  VARCHAR(40)  NOT NULL,
    label_zh  VARCHAR(200) NOT NULL,
    label_en  VARCHAR(200) NOT NULL,
    max_score INTEGER      NOT NULL CHECK (max_score > 0),
    PRIMARY KEY (round_id, position)
);

CREATE TABLE application (
    id                 BIGINT        PRIMARY KEY,
    round_id           BIGINT        NOT NULL REFERENCES accreditation_round (id),
    kind               VARCHAR(20)   NOT NULL,
    applicant          VARCHAR(100)  NOT NULL,
    outlet_id          BIGINT        REFERENCES outlet (id),
    state              VARCHAR(20)   NOT NULL,
    name_zh            VARCHAR(200)  NOT NULL,
    name_en            VARCHAR(200),
    network_type       VARCHAR(32)   NOT NULL,
    district           VARCHAR(32),
    address            VARCHAR(300),
    principal          VARCHAR(100),
    contact_phone      VARCHAR(40),
    contact_email      VARCHAR(200),
    main_services      VARCHAR(1000),
    work_system        VARCHAR(2000),
    facility_site      VARCHAR(500),
    facility_network   VARCHAR(500),
    facility_hardware  VARCHAR(500),
    facility_software  VARCHAR(500),
    aggregate_score    NUMERIC(6,2),
    min_score          NUMERIC(6,2),
    max_score          NUMERIC(6,2),
    rank               INTEGER,
    proposed           BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ   NOT NULL,
    submitted_at       TIMESTAMPTZ,
    version            BIGINT        NOT NULL,
    CONSTRAINT application_one_per_applicant UNIQUE (round_id, applicant)
);
CREATE INDEX application_round_state ON application (round_id, state);
CREATE INDEX application_applicant ON application (applicant);

CREATE TABLE application_ip_field (
    application_id BIGINT      NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    ip_field       VARCHAR(32) NOT NULL,
    PRIMARY KEY (application_id, ip_field)
);

CREATE TABLE application_resource (
    application_id BIGINT       NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    ip_field       VARCHAR(32)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    PRIMARY KEY (application_id, position)
);

CREATE TABLE application_team_member (
    application_id   BIGINT       NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    position         INTEGER      NOT NULL,
    name             VARCHAR(100) NOT NULL,
    title            VARCHAR(100),
    full_time        BOOLEAN      NOT NULL,
    experience_years INTEGER      NOT NULL CHECK (experience_years BETWEEN 0 AND 60),
    PRIMARY KEY (application_id, position)
);

-- the basic service counts (R-9.1) of one of the three years before the application
CREATE TABLE application_activity (
    application_id        BIGINT  NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    year                  INTEGER NOT NULL,
    information_query     INTEGER NOT NULL CHECK (information_query >= 0),
    information_search    INTEGER NOT NULL CHECK (information_search >= 0),
    affairs_consultation  INTEGER NOT NULL CHECK (affairs_consultation >= 0),
    public_training       INTEGER NOT NULL CHECK (public_training >= 0),
    policy_promotion      INTEGER NOT NULL CHECK (policy_promotion >= 0),
    PRIMARY KEY (application_id, year)
);

CREATE TABLE application_document (
    id             BIGINT       PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    file_name      VARCHAR(200) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256         CHAR(64)     NOT NULL,
    uploaded_at    TIMESTAMPTZ  NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL
);
CREATE INDEX application_document_application ON application_document (application_id);

-- the bytes live apart from the metadata, so that listing documents never reads them
CREATE TABLE application_document_content (
    document_id BIGINT PRIMARY KEY REFERENCES application_document (id) ON DELETE CASCADE,
    bytes       BYTEA  NOT NULL
);

CREATE TABLE application_transition (
    id             BIGINT       PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    at             TIMESTAMPTZ  NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    from_state     VARCHAR(20),
    to_state       VARCHAR(20)  NOT NULL,
    reason         VARCHAR(2000)
);
CREATE INDEX application_transition_application ON application_transition (application_id, at);

CREATE TABLE expert (
    username     VARCHAR(100) PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    affiliation  VARCHAR(200) NOT NULL,
    version      BIGINT       NOT NULL
);

CREATE TABLE expert_conflict (
    username    VARCHAR(100) NOT NULL REFERENCES expert (username) ON DELETE CASCADE,
    institution VARCHAR(200) NOT NULL,
    PRIMARY KEY (username, institution)
);

CREATE TABLE score_sheet (
    id             BIGINT        PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES application (id),
    expert         VARCHAR(100)  NOT NULL REFERENCES expert (username),
    assigned_at    TIMESTAMPTZ   NOT NULL,
    assigned_by    VARCHAR(100)  NOT NULL,
    submitted_at   TIMESTAMPTZ,
    total          NUMERIC(6,2),
    remarks        VARCHAR(2000),
    version        BIGINT        NOT NULL,
    CONSTRAINT score_sheet_one_per_expert UNIQUE (application_id, expert)
);
CREATE INDEX score_sheet_expert ON score_sheet (expert);

CREATE TABLE score_sheet_item (
    sheet_id BIGINT        NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,
    item_key VARCHAR(40)   NOT NULL,
    score    INTEGER       NOT NULL CHECK (score >= 0),
    comment  VARCHAR(1000),
    PRIMARY KEY (sheet_id, item_key)
);

-- changes of name, site, principal, contacts or main service items (R-7.1): in force once center staff approve
CREATE TABLE outlet_change (
    id            BIGINT        PRIMARY KEY,
    outlet_id     BIGINT        NOT NULL REFERENCES outlet (id),
    state         VARCHAR(20)   NOT NULL,
    name_zh       VARCHAR(200)  NOT NULL,
    district      VARCHAR(32)   NOT NULL,
    address       VARCHAR(300)  NOT NULL,
    principal     VARCHAR(100)  NOT NULL,
    contact_phone VARCHAR(40),
    contact_email VARCHAR(200),
    main_services VARCHAR(1000),
    previous      TEXT          NOT NULL,
    filed_at      TIMESTAMPTZ   NOT NULL,
    filed_by      VARCHAR(100)  NOT NULL,
    decided_at    TIMESTAMPTZ,
    decided_by    VARCHAR(100),
    decision_note VARCHAR(1000),
    version       BIGINT        NOT NULL
);
CREATE INDEX outlet_change_outlet ON outlet_change (outlet_id, filed_at DESC);

-- public announcements of changes to the outlet list (R-16.1)
CREATE TABLE list_change (
    id           BIGINT        PRIMARY KEY,
    effective_on DATE          NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    outlet_code  VARCHAR(32)   NOT NULL,
    outlet_name  VARCHAR(200)  NOT NULL,
    network_type VARCHAR(32)   NOT NULL,
    detail       VARCHAR(1000)
);
CREATE INDEX list_change_effective ON list_change (effective_on DESC, id DESC);

-- the office's recommendations for national filing (R-3.1)
CREATE TABLE national_recommendation (
    id             BIGINT        PRIMARY KEY,
    year           INTEGER       NOT NULL,
    outlet_id      BIGINT        NOT NULL REFERENCES outlet (id),
    reason         VARCHAR(2000) NOT NULL,
    recommended_at TIMESTAMPTZ   NOT NULL,
    recommended_by VARCHAR(100)  NOT NULL,
    CONSTRAINT national_recommendation_once UNIQUE (year, outlet_id)
);

-- Outlets registered before accreditation was kept here were registered as accredited outlets: they count as
-- accredited on the day they were registered, for three years.
UPDATE outlet SET accredited_on = (created_at AT TIME ZONE 'Asia/Shanghai')::date,
                  expires_on = (created_at AT TIME ZONE 'Asia/Shanghai')::date + INTERVAL '3 years'
 WHERE accredited_on IS NULL;
