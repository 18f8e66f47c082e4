-- Raw attachment data of statements (xAPI 1.0.3 Part 2 §2.4.11, Part 3 §1.5.2). Same SQL on H2 and PostgreSQL.

-- Data stored once per owner (a tenant id, or '-' for statements without a tenant) and SHA-2 (lower-case hex).
CREATE TABLE xapi_attachment_content (
    owner_key     VARCHAR(36) NOT NULL,
    sha2          VARCHAR(128) NOT NULL,
    content_type  VARCHAR(255) NOT NULL,
    length        BIGINT NOT NULL,
    content       BYTEA NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_attachment_content PRIMARY KEY (owner_key, sha2)
);

-- The attachments each statement declared and whose data it was sent with.
CREATE TABLE xapi_statement_attachment (
    statement_id  VARCHAR(36) NOT NULL REFERENCES xapi_statement (id),
    owner_key     VARCHAR(36) NOT NULL,
    sha2          VARCHAR(128) NOT NULL,
    CONSTRAINT pk_statement_attachment PRIMARY KEY (statement_id, sha2),
    CONSTRAINT fk_statement_attachment_content FOREIGN KEY (owner_key, sha2)
        REFERENCES xapi_attachment_content (owner_key, sha2)
);
