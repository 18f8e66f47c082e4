-- Content packages uploaded by administrators, imported standard catalogues, and the cmi5 LMS records
-- (cmi5 §8–10: registrations, AU sessions with their one-time fetch, AU satisfaction). Same SQL on H2 and PostgreSQL.

-- The zip is kept in the database so every tool instance can unpack the same packages (DESIGN.md: scale-out).
CREATE TABLE content_upload (
    package_key   VARCHAR(80) PRIMARY KEY,
    file_name     VARCHAR(255) NOT NULL,
    sha256        VARCHAR(64) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    content       BYTEA NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A standard version whose KSBs a university imported (replaces the shipped, illustrative catalogue).
CREATE TABLE standard_catalogue (
    reference     VARCHAR(40) NOT NULL,
    version       VARCHAR(20) NOT NULL,
    json          TEXT NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_standard_catalogue PRIMARY KEY (reference, version)
);

-- A learner's enrolment in a module (cmi5 §8.1.4 registration): one per tenant, actor and course.
-- Long IRIs are matched by their SHA-256 (hex) so the unique index stays small.
CREATE TABLE cmi5_registration (
    id               VARCHAR(36) PRIMARY KEY,
    tenant_id        VARCHAR(36) NOT NULL,
    actor_home_page  VARCHAR(1000) NOT NULL,
    actor_name       VARCHAR(255) NOT NULL,
    course_id        VARCHAR(2000) NOT NULL,
    course_hash      VARCHAR(64) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_cmi5_registration UNIQUE (tenant_id, actor_name, course_hash, actor_home_page)
);

-- What is satisfied in a registration: AUs (moveOn met, or waived), blocks and the course (cmi5 §9.3.9).
CREATE TABLE cmi5_progress (
    registration_id  VARCHAR(36) NOT NULL REFERENCES cmi5_registration (id),
    object_hash      VARCHAR(64) NOT NULL,
    object_id        VARCHAR(2000) NOT NULL,
    kind             VARCHAR(10) NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    passed_at        TIMESTAMP WITH TIME ZONE,
    failed_at        TIMESTAMP WITH TIME ZONE,
    score_scaled     DECIMAL(6,4),
    waived_reason    VARCHAR(100),
    satisfied_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_cmi5_progress PRIMARY KEY (registration_id, object_hash)
);

-- One AU launch session (cmi5 §9.6.3.1 session id). fetch_hash: SHA-256 of the one-time fetch code (§8.2).
-- The LTI placement that launched it is kept so a completion can be sent to that gradebook line.
CREATE TABLE cmi5_session (
    id                 VARCHAR(36) PRIMARY KEY,
    registration_id    VARCHAR(36) NOT NULL REFERENCES cmi5_registration (id),
    au_id              VARCHAR(2000) NOT NULL,
    au_hash            VARCHAR(64) NOT NULL,
    activity_id        VARCHAR(2000) NOT NULL,
    launch_mode        VARCHAR(10) NOT NULL,
    fetch_hash         VARCHAR(64) NOT NULL,
    fetched_at         TIMESTAMP WITH TIME ZONE,
    launched_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    initialized_at     TIMESTAMP WITH TIME ZONE,
    -- cmi5 defined verbs the AU sent in this session (comma-separated short names), for §9.3's ordering rules
    session_verbs      VARCHAR(200) NOT NULL,
    terminated_at      TIMESTAMP WITH TIME ZONE,
    abandoned_at       TIMESTAMP WITH TIME ZONE,
    lti_registration   VARCHAR(36),
    lti_deployment     VARCHAR(255),
    lti_context        VARCHAR(255),
    lti_resource_link  VARCHAR(255),
    lti_subject        VARCHAR(255),
    -- what the placed link names in its custom parameters (Deep Linking): its module and, for a unit link, the unit
    lti_placed_module  VARCHAR(2000),
    lti_placed_unit    VARCHAR(2000)
);
CREATE UNIQUE INDEX ix_cmi5_session_fetch ON cmi5_session (fetch_hash);
CREATE INDEX ix_cmi5_session_open ON cmi5_session (registration_id, au_hash, terminated_at, abandoned_at);
CREATE INDEX ix_cmi5_session_activity ON cmi5_session (last_activity_at);
