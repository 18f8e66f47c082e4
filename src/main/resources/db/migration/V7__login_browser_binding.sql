-- How a login's state is bound to the browser (cookie or platform storage, docs/adr/0005), and the login hints kept
-- so that a launch the browser cannot be bound to can start again in a new window. Runs on H2 and PostgreSQL.
ALTER TABLE lti_login_state ADD COLUMN binding_mode VARCHAR(20) DEFAULT 'COOKIE' NOT NULL;
ALTER TABLE lti_login_state ADD COLUMN storage_target VARCHAR(100);
ALTER TABLE lti_login_state ADD COLUMN storage_value VARCHAR(100);
ALTER TABLE lti_login_state ADD COLUMN login_hint VARCHAR(2000);
ALTER TABLE lti_login_state ADD COLUMN message_hint VARCHAR(10000);
