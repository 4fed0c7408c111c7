-- The audit log: one row per money movement and per account control, written in the same
-- transaction as what it records. Who (actor_id: the customer or admin from the token, NULL for a
-- trusted caller), from where (client_address) and in which request (request_id), as the API saw
-- them; times are UTC epoch microseconds. (Version 7 leaves room for schema changes made on other
-- branches at the same time.)
CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    action         TEXT    NOT NULL CHECK (action IN ('TRANSFER', 'DEPOSIT', 'WITHDRAWAL', 'REVERSAL',
                                                      'HOLD', 'CAPTURE', 'VOID', 'EXPIRY',
                                                      'FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'CLOSE_ACCOUNT',
                                                      'SET_CREDIT_LIMIT')),
    actor_id       INTEGER,
    client_address TEXT    NOT NULL,
    request_id     TEXT    NOT NULL,
    account_id     INTEGER NOT NULL REFERENCES account (id),
    transfer_id    TEXT    REFERENCES journal (id),
    CHECK ((action IN ('FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'CLOSE_ACCOUNT', 'SET_CREDIT_LIMIT'))
           = (transfer_id IS NULL))
);

-- Append-only, as the journal: the triggers stop honest mistakes, not someone with raw SQL access.
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
