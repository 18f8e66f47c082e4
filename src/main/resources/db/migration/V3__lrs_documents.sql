-- The LRS's documents, canonical Activity definitions and launch-scoped credentials (xAPI 1.0.3 Part 3 §2.2-2.7,
-- §3.1, §4). Same SQL on H2 and PostgreSQL.

-- State, Activity Profile and Agent Profile documents. doc_key is the SHA-256 of (tenant, kind, activityId, agent
-- IFI, registration, document id) and context_key the SHA-256 of (tenant, kind, activityId, agent IFI): NULL
-- parts would make a unique constraint useless, and hashes keep the index entries short. etag is the SHA-1 of the
-- content in lowercase hex (§3.1). tenant_id as on xapi_statement: no foreign key, NULL = the tool-wide space.
CREATE TABLE xapi_document (
    doc_key       VARCHAR(64) PRIMARY KEY,
    context_key   VARCHAR(64) NOT NULL,
    tenant_id     VARCHAR(36),
    kind          VARCHAR(20) NOT NULL,
    activity_id   VARCHAR(2000),
    agent_ifi     VARCHAR(2000),
    registration  VARCHAR(36),
    document_id   VARCHAR(2000) NOT NULL,
    content_type  VARCHAR(255) NOT NULL,
    content       BYTEA NOT NULL,
    etag          VARCHAR(40) NOT NULL,
    updated       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_document_context ON xapi_document (context_key, registration, updated);

-- The LRS's canonical definition of each Activity per tenant (Part 2 §2.4.4.1 "LRS Requirements"), learned from
-- statements written with the define scope. activity_key is the SHA-256 of (tenant, activity id).
CREATE TABLE xapi_activity (
    activity_key     VARCHAR(64) PRIMARY KEY,
    tenant_id        VARCHAR(36),
    activity_id      VARCHAR(2000) NOT NULL,
    definition_json  VARCHAR NOT NULL,
    updated          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_activity_id ON xapi_activity (activity_id);

-- Short-lived credentials limited to one actor and registration (cmi5 §8.2.3 fetch tokens use them). Only the
-- SHA-256 of the secret half is kept; the id half is public.
CREATE TABLE xapi_launch_credential (
    credential_id  VARCHAR(64) PRIMARY KEY,
    secret_hash    VARCHAR(64) NOT NULL,
    tenant_id      VARCHAR(36) REFERENCES tenant (id),
    actor_json     VARCHAR(4000) NOT NULL,
    registration   VARCHAR(36) NOT NULL,
    activity_id    VARCHAR(2000) NOT NULL,
    expires        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_launch_credential_expires ON xapi_launch_credential (expires);
