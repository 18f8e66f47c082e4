-- Foundation schema. Runs unchanged on embedded H2 and PostgreSQL: only types both understand
-- (VARCHAR without length is unbounded on both; TIMESTAMP WITH TIME ZONE keeps the instant).

CREATE TABLE platform_secret (
    name        VARCHAR(100) PRIMARY KEY,
    secret      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An institution. Deployments map to tenants; statements and LRS clients will belong to one.
CREATE TABLE tenant (
    id          VARCHAR(36) PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An LTI registration: (issuer, client_id) with the platform's endpoints (Security Framework §5.1, Core §3).
CREATE TABLE lti_registration (
    id                      VARCHAR(36) PRIMARY KEY,
    issuer                  VARCHAR(1000) NOT NULL,
    client_id               VARCHAR(255) NOT NULL,
    name                    VARCHAR(300) NOT NULL,
    authorization_endpoint  VARCHAR(2000) NOT NULL,
    token_endpoint          VARCHAR(2000),
    jwks_uri                VARCHAR(2000) NOT NULL,
    status                  VARCHAR(20) NOT NULL,
    source                  VARCHAR(20) NOT NULL,
    shared_issuer           BOOLEAN NOT NULL,
    product_family          VARCHAR(200),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_registration UNIQUE (issuer, client_id)
);

-- A deployment: (issuer, client_id, deployment_id); deployment_id alone is never a key (Core §3.1.3).
CREATE TABLE lti_deployment (
    id                VARCHAR(36) PRIMARY KEY,
    registration_id   VARCHAR(36) NOT NULL REFERENCES lti_registration (id),
    deployment_id     VARCHAR(255) NOT NULL,
    tenant_id         VARCHAR(36) NOT NULL REFERENCES tenant (id),
    actor_home_page   VARCHAR(2000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_deployment UNIQUE (registration_id, deployment_id)
);

-- OIDC login state and nonce (Security Framework §5.1.1.2): single use, deleted when a launch consumes it.
CREATE TABLE lti_login_state (
    state             VARCHAR(100) PRIMARY KEY,
    nonce             VARCHAR(100) NOT NULL,
    registration_id   VARCHAR(36) NOT NULL,
    deployment_hint   VARCHAR(255),
    target_link_uri   VARCHAR(2000) NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_login_state_expiry ON lti_login_state (expires_at);

-- The tool's own signing keys (RSA, published at /lti/jwks). private_jwk holds the full JWK.
CREATE TABLE tool_key (
    kid           VARCHAR(100) PRIMARY KEY,
    private_jwk   VARCHAR(10000) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- xAPI statements, each kept whole as accepted, with index columns for the queries xAPI defines
-- (xAPI 1.0.3 Part 3 §2.1.3). The LRS capability extends this table; it does not replace it.
CREATE TABLE xapi_statement (
    id                  VARCHAR(36) PRIMARY KEY,
    tenant_id           VARCHAR(36),
    statement_json      VARCHAR NOT NULL,
    actor_ifi           VARCHAR(2000) NOT NULL,
    verb_id             VARCHAR(2000) NOT NULL,
    object_activity_id  VARCHAR(2000),
    registration        VARCHAR(36),
    stored              TIMESTAMP WITH TIME ZONE NOT NULL,
    event_time          TIMESTAMP WITH TIME ZONE NOT NULL,
    voided              BOOLEAN NOT NULL
);
CREATE INDEX ix_statement_actor ON xapi_statement (actor_ifi, stored);
CREATE INDEX ix_statement_verb ON xapi_statement (verb_id, stored);
CREATE INDEX ix_statement_activity ON xapi_statement (object_activity_id, stored);
CREATE INDEX ix_statement_stored ON xapi_statement (stored);

-- The built-in demo platform's own state (only used in the default mode). One row.
CREATE TABLE demo_platform (
    id             INTEGER PRIMARY KEY,
    private_jwk    VARCHAR(10000) NOT NULL,
    client_id      VARCHAR(255),
    deployment_id  VARCHAR(255),
    tool_login_uri VARCHAR(2000),
    tool_redirect_uris VARCHAR(4000),
    registration_token VARCHAR(100)
);
