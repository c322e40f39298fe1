-- Reminders (UX-6): one row per event and person, so that nobody is reminded twice of the same thing, whichever
-- server's timer finds the event first; mailed_at says whether (and when) the e-mail went out. The in-portal list
-- reads the same rows.
CREATE SEQUENCE reminder_seq;

CREATE TABLE reminder (
    id          BIGINT PRIMARY KEY,
    kind        VARCHAR(40)  NOT NULL,
    event_key   VARCHAR(200) NOT NULL,
    recipient   VARCHAR(255) NOT NULL,
    arguments   VARCHAR(1000) NOT NULL,
    link        VARCHAR(300) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    mailed_at   TIMESTAMP WITH TIME ZONE,
    mail_result VARCHAR(20),
    CONSTRAINT reminder_once UNIQUE (event_key, recipient)
);
CREATE INDEX reminder_recipient ON reminder (recipient, created_at DESC);
CREATE INDEX reminder_unsent ON reminder (created_at) WHERE mail_result IS NULL;

-- A person who turned reminder e-mail off; no row means e-mail on.
CREATE TABLE mail_preference (
    username   VARCHAR(255) PRIMARY KEY,
    mail_off   BOOLEAN NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
