-- Grades (AGS 2.0) and rosters (NRPS 2.0). Runs unchanged on embedded H2 and PostgreSQL.
-- Optional key parts (no context, no resource link) are stored as '' so the unique constraints hold.

-- What the latest launch's service claims brought, per (registration, deployment, context, resource link):
-- the AGS endpoint claim (AGS 2.0 §3.1: scope, lineitems, lineitem) and the NRPS claim (NRPS 2.0 §3.6.1).
-- lineitem_url is the launch's own line item, or the one the tool found or created for this link.
CREATE TABLE lti_link_services (
    id                VARCHAR(36) PRIMARY KEY,
    registration_id   VARCHAR(36) NOT NULL REFERENCES lti_registration (id),
    deployment_id     VARCHAR(255) NOT NULL,
    context_id        VARCHAR(255) NOT NULL,
    resource_link_id  VARCHAR(255) NOT NULL,
    resource_link_title VARCHAR(1000),
    ags_scopes        VARCHAR(2000),
    lineitems_url     VARCHAR(2000),
    lineitem_url      VARCHAR(2000),
    lineitem_source   VARCHAR(20),
    memberships_url   VARCHAR(2000),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_link_services UNIQUE (registration_id, deployment_id, context_id, resource_link_id)
);

-- The durable grade outbox: one row per score to send. A learner's action only inserts a row; the sender claims
-- rows with a lease (several tool instances may run), posts them and records the outcome.
-- grade_key groups the rows that replace each other (same link, line item choice and user).
CREATE TABLE lti_grade_outbox (
    id                  VARCHAR(36) PRIMARY KEY,
    grade_key           VARCHAR(64) NOT NULL,
    registration_id     VARCHAR(36) NOT NULL REFERENCES lti_registration (id),
    deployment_id       VARCHAR(255) NOT NULL,
    context_id          VARCHAR(255) NOT NULL,
    resource_link_id    VARCHAR(255) NOT NULL,
    line_item_url       VARCHAR(2000),
    line_item_label     VARCHAR(500),
    line_item_resource  VARCHAR(255),
    line_item_tag       VARCHAR(255),
    user_id             VARCHAR(255) NOT NULL,
    score_given         DOUBLE PRECISION,
    score_maximum       DOUBLE PRECISION,
    activity_progress   VARCHAR(20) NOT NULL,
    grading_progress    VARCHAR(20) NOT NULL,
    score_comment       VARCHAR(4000),
    action_time         TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(20) NOT NULL,
    attempts            INTEGER NOT NULL,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner         VARCHAR(36),
    lease_until         TIMESTAMP WITH TIME ZONE,
    sent_timestamp      TIMESTAMP WITH TIME ZONE,
    last_http_status    INTEGER,
    last_message        VARCHAR(4000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_grade_outbox_due ON lti_grade_outbox (status, next_attempt_at);
CREATE INDEX ix_grade_outbox_key ON lti_grade_outbox (grade_key, status);
CREATE INDEX ix_grade_outbox_context ON lti_grade_outbox (registration_id, deployment_id, context_id, status);

-- The last score timestamp sent per (line item, user): AGS 2.0 §3.4.6 wants each newer than the last, and every
-- tool instance must agree. id = SHA-256 of line item URL and user id.
CREATE TABLE lti_score_clock (
    id              VARCHAR(64) PRIMARY KEY,
    line_item_url   VARCHAR(2000) NOT NULL,
    user_id         VARCHAR(255) NOT NULL,
    last_timestamp  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- NRPS rosters cached per (registration, deployment, context, rlid), with the platform's differences link.
CREATE TABLE lti_roster (
    id                VARCHAR(36) PRIMARY KEY,
    registration_id   VARCHAR(36) NOT NULL REFERENCES lti_registration (id),
    deployment_id     VARCHAR(255) NOT NULL,
    context_id        VARCHAR(255) NOT NULL,
    resource_link_id  VARCHAR(255) NOT NULL,
    memberships_url   VARCHAR(2000) NOT NULL,
    differences_url   VARCHAR(2000),
    pages             INTEGER NOT NULL,
    refresh_kind      VARCHAR(20) NOT NULL,
    refreshed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_roster UNIQUE (registration_id, deployment_id, context_id, resource_link_id)
);

CREATE TABLE lti_roster_member (
    roster_id     VARCHAR(36) NOT NULL REFERENCES lti_roster (id) ON DELETE CASCADE,
    user_id       VARCHAR(255) NOT NULL,
    member_order  INTEGER NOT NULL,
    roles         VARCHAR(4000) NOT NULL,
    status        VARCHAR(20),
    name          VARCHAR(500),
    given_name    VARCHAR(255),
    family_name   VARCHAR(255),
    PRIMARY KEY (roster_id, user_id)
);
