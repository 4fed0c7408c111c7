-- The audit log: one row per money movement and per account control, written in the same
-- transaction as what it records. Who (actor_id: the customer or admin from the token, NULL for a
-- trusted caller), from where (client_address) and in which request (request_id), as the API saw
-- them; times are UTC epoch microseconds. The sequence is given under the append lock, so it is
-- gap-free like the journal's. (Version 6 leaves room for schema changes made on other branches.)
CREATE TABLE audit_log (
    seq            BIGINT PRIMARY KEY CHECK (seq > 0),
    at             BIGINT NOT NULL,
    action         TEXT   NOT NULL CHECK (action IN ('TRANSFER', 'DEPOSIT', 'WITHDRAWAL', 'REVERSAL',
                                                     'HOLD', 'CAPTURE', 'VOID', 'EXPIRY',
                                                     'FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'CLOSE_ACCOUNT',
                                                     'SET_CREDIT_LIMIT')),
    actor_id       BIGINT,
    client_address TEXT   NOT NULL,
    request_id     TEXT   NOT NULL,
    account_id     BIGINT NOT NULL REFERENCES account (id),
    transfer_id    UUID   REFERENCES journal (id),
    CHECK ((action IN ('FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'CLOSE_ACCOUNT', 'SET_CREDIT_LIMIT'))
           = (transfer_id IS NULL))
);

-- Append-only, as the journal: the triggers stop honest mistakes, not someone with raw SQL access.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_is_append_only_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_is_append_only_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
