-- LRS client administration and StatementRef query filters (xAPI 1.0.3 Part 3 §2.1.3, §4). Same SQL on H2 and
-- PostgreSQL.

-- A tool administrator can switch a client off without deleting it; a disabled client authenticates as nobody.
ALTER TABLE xapi_client ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;

-- Statements a statement targets by a StatementRef object, directly or through a chain of StatementRefs
-- ("Filter Conditions for StatementRefs": a targeting statement matches a query when a statement it targets does).
-- The whole chain is kept, so a query needs one join, not a recursive walk.
CREATE TABLE xapi_statement_target (
    statement_id  VARCHAR(36) NOT NULL REFERENCES xapi_statement (id),
    target_id     VARCHAR(36) NOT NULL,
    CONSTRAINT pk_statement_target PRIMARY KEY (statement_id, target_id)
);
CREATE INDEX ix_statement_target_target ON xapi_statement_target (target_id);

-- Statements stored before this migration: only voiding statements can be recovered without reading JSON
-- (voided_by names them); other StatementRefs stored earlier do not take part in the rule.
INSERT INTO xapi_statement_target (statement_id, target_id)
    SELECT voided_by, id FROM xapi_statement WHERE voided_by IS NOT NULL;
