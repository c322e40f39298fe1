-- One store for every uploaded document (application documents and year-end summary attachments): the metadata in
-- stored_document, the bytes apart in stored_document_content, the owner named by kind and id.
CREATE SEQUENCE document_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE stored_document (
    id          BIGINT       PRIMARY KEY,
    owner_kind  VARCHAR(20)  NOT NULL CHECK (owner_kind IN ('APPLICATION', 'SUMMARY')),
    owner_id    BIGINT       NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256      CHAR(64)     NOT NULL,
    uploaded_at TIMESTAMPTZ  NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL
);
CREATE INDEX stored_document_owner ON stored_document (owner_kind, owner_id);

CREATE TABLE stored_document_content (
    document_id BIGINT PRIMARY KEY REFERENCES stored_document (id) ON DELETE CASCADE,
    bytes       BYTEA  NOT NULL
);

-- application documents keep their ids (links to them stay valid); summary attachments are numbered after them
INSERT INTO stored_document (id, owner_kind, owner_id, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by)
SELECT id, 'APPLICATION', application_id, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by
FROM application_document;
INSERT INTO stored_document_content (document_id, bytes)
SELECT document_id, bytes FROM application_document_content;

CREATE TEMPORARY TABLE summary_document_move ON COMMIT DROP AS
SELECT id AS old_id, (SELECT coalesce(max(id), 0) FROM stored_document) + row_number() OVER (ORDER BY id) AS new_id
FROM summary_document;
INSERT INTO stored_document (id, owner_kind, owner_id, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by)
SELECT m.new_id, 'SUMMARY', d.summary_id, d.file_name, d.media_type, d.size_bytes, d.sha256, d.uploaded_at, d.uploaded_by
FROM summary_document d JOIN summary_document_move m ON m.old_id = d.id;
INSERT INTO stored_document_content (document_id, bytes)
SELECT m.new_id, d.bytes FROM summary_document d JOIN summary_document_move m ON m.old_id = d.id;

SELECT setval('document_seq', greatest((SELECT coalesce(max(id), 0) FROM stored_document), 1));

DROP TABLE application_document_content;
DROP TABLE application_document;
DROP TABLE summary_document;
