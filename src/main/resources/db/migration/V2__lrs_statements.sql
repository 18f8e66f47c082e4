-- The LRS's statement queries and clients (xAPI 1.0.3 Part 3 §2.1.3, §4). Same SQL on H2 and PostgreSQL.

-- The voiding statement that voided this one, if any (Part 2 §2.3.2).
ALTER TABLE xapi_statement ADD COLUMN voided_by VARCHAR(36);

-- Stable paging: statements are ordered by (stored, id) and `more` is a cursor over that pair.
CREATE INDEX ix_statement_stored_id ON xapi_statement (stored, id);
CREATE INDEX ix_statement_registration ON xapi_statement (registration, stored);

-- Activities a statement mentions. relation: DIRECT (the object, for `activity`) or RELATED (context activities,
-- SubStatement activities: only `related_activities=true` matches those).
CREATE TABLE xapi_statement_activity (
    statement_id  VARCHAR(36) NOT NULL REFERENCES xapi_statement (id),
    activity_id   VARCHAR(2000) NOT NULL,
    relation      VARCHAR(10) NOT NULL,
    CONSTRAINT pk_statement_activity PRIMARY KEY (statement_id, activity_id, relation)
);
CREATE INDEX ix_statement_activity_id ON xapi_statement_activity (activity_id, relation);

-- Agents a statement mentions, by inverse functional identifier. relation: DIRECT (actor, or object when it is an
-- Agent/Group, for `agent`) or RELATED (authority, instructor, team, group members, SubStatement agents).
CREATE TABLE xapi_statement_agent (
    statement_id  VARCHAR(36) NOT NULL REFERENCES xapi_statement (id),
    agent_ifi     VARCHAR(2000) NOT NULL,
    relation      VARCHAR(10) NOT NULL,
    CONSTRAINT pk_statement_agent PRIMARY KEY (statement_id, agent_ifi, relation)
);
CREATE INDEX ix_statement_agent_ifi ON xapi_statement_agent (agent_ifi, relation);

-- LRS clients authenticating with HTTP Basic (Part 3 §4). The secret is kept as a PBKDF2-HMAC-SHA256 hash.
CREATE TABLE xapi_client (
    client_key    VARCHAR(200) PRIMARY KEY,
    secret_hash   VARCHAR(200) NOT NULL,
    salt          VARCHAR(100) NOT NULL,
    iterations    INTEGER NOT NULL,
    scopes        VARCHAR(500) NOT NULL,
    tenant_id     VARCHAR(36) REFERENCES tenant (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
