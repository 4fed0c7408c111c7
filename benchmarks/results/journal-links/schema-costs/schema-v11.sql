CREATE TABLE customer (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    email         TEXT    NOT NULL UNIQUE,
    role          TEXT    NOT NULL CHECK (role IN ('CUSTOMER', 'ADMIN')),
    created_at    INTEGER NOT NULL,
    password_hash TEXT
);
CREATE INDEX customer_admins ON customer (id) WHERE role = 'ADMIN';
CREATE TABLE journal (
    seq                  INTEGER PRIMARY KEY,
    id                   TEXT    NOT NULL UNIQUE,
    debit_account_id     INTEGER NOT NULL REFERENCES account (id),
    credit_account_id    INTEGER NOT NULL REFERENCES account (id),
    amount               INTEGER NOT NULL CHECK (amount > 0),
    currency             TEXT    NOT NULL,
    description          TEXT    NOT NULL,
    created_at           INTEGER NOT NULL,
    reverses             TEXT UNIQUE REFERENCES journal (id),
    debit_balance_after  INTEGER NOT NULL,
    credit_balance_after INTEGER NOT NULL,
    hash                 TEXT    NOT NULL, kind TEXT NOT NULL DEFAULT 'POSTED'
    CHECK (kind IN ('POSTED', 'HOLD', 'CAPTURE', 'VOID', 'EXPIRY')), ends TEXT REFERENCES journal (id), expires_at INTEGER, debit_pending_debits_after INTEGER NOT NULL DEFAULT 0
    CHECK (debit_pending_debits_after >= 0), debit_pending_credits_after INTEGER NOT NULL DEFAULT 0
    CHECK (debit_pending_credits_after >= 0), debit_credit_limit_after INTEGER DEFAULT 0 CHECK (debit_credit_limit_after >= 0), credit_pending_debits_after INTEGER NOT NULL DEFAULT 0
    CHECK (credit_pending_debits_after >= 0), credit_pending_credits_after INTEGER NOT NULL DEFAULT 0
    CHECK (credit_pending_credits_after >= 0), credit_credit_limit_after INTEGER DEFAULT 0 CHECK (credit_credit_limit_after >= 0),
    CHECK (debit_account_id <> credit_account_id)
);
CREATE TRIGGER journal_is_append_only_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
CREATE TABLE idempotency_key (
    scope        TEXT    NOT NULL,
    key          TEXT    NOT NULL,
    fingerprint  TEXT    NOT NULL,
    transfer_ids TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
) WITHOUT ROWID;
CREATE TABLE volume_by_minute (
    currency  TEXT    NOT NULL,
    minute    INTEGER NOT NULL,
    transfers INTEGER NOT NULL,
    volume    INTEGER NOT NULL,
    PRIMARY KEY (currency, minute)
) WITHOUT ROWID;
CREATE TABLE customer_token_generation (
    customer_id INTEGER PRIMARY KEY REFERENCES customer (id),
    generation  INTEGER NOT NULL CHECK (generation > 0)
);
CREATE TABLE revoked_token (
    token_id   TEXT    PRIMARY KEY,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX revoked_token_by_expiry ON revoked_token (expires_at);
CREATE TABLE IF NOT EXISTS "account" (
    id              INTEGER PRIMARY KEY,
    owner_id        INTEGER REFERENCES customer (id),
    currency        TEXT    NOT NULL CHECK (length(currency) = 3),
    balance         INTEGER NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'FROZEN', 'CLOSED')),
    kind            TEXT    NOT NULL CHECK (kind IN ('CUSTOMER', 'SYSTEM')),
    created_at      INTEGER NOT NULL,
    credit_limit    INTEGER NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    pending_debits  INTEGER NOT NULL DEFAULT 0 CHECK (pending_debits >= 0),
    pending_credits INTEGER NOT NULL DEFAULT 0 CHECK (pending_credits >= 0),
    CHECK (kind = 'SYSTEM' OR balance - pending_debits + credit_limit >= 0),
    CHECK (kind = 'CUSTOMER' OR credit_limit = 0),
    CHECK ((kind = 'SYSTEM') = (owner_id IS NULL))
);
CREATE UNIQUE INDEX account_one_cash_account_per_currency ON account (currency) WHERE kind = 'SYSTEM';
CREATE INDEX account_by_owner ON account (owner_id);
CREATE INDEX account_by_wealth ON account (currency, kind, balance);
CREATE UNIQUE INDEX journal_one_end_per_hold ON journal (ends) WHERE ends IS NOT NULL;
CREATE TABLE open_hold (
    id         TEXT    PRIMARY KEY REFERENCES journal (id),
    seq        INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX open_hold_by_expiry ON open_hold (expires_at, seq);
CREATE TRIGGER journal_opens_hold AFTER INSERT ON journal WHEN NEW.kind = 'HOLD'
BEGIN
    INSERT INTO open_hold (id, seq, expires_at) VALUES (NEW.id, NEW.seq, NEW.expires_at);
END;
CREATE TRIGGER journal_ends_hold AFTER INSERT ON journal WHEN NEW.ends IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the hold is not open') WHERE NOT EXISTS (SELECT 1 FROM open_hold WHERE id = NEW.ends);
    DELETE FROM open_hold WHERE id = NEW.ends;
END;
CREATE TABLE event (
    position    INTEGER PRIMARY KEY CHECK (position > 0),
    id          TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    occurred_at INTEGER NOT NULL,
    data        TEXT    NOT NULL
);
CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'the change feed is append-only');
END;
CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'the change feed is append-only');
END;
CREATE TABLE webhook_endpoint (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL,
    events          TEXT    NOT NULL, -- the patterns, comma-separated
    description     TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
    secret          TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    delivered_up_to INTEGER NOT NULL CHECK (delivered_up_to >= 0),
    failures        INTEGER NOT NULL CHECK (failures >= 0),
    failing_since   INTEGER,
    next_attempt_at INTEGER NOT NULL
, lease_owner TEXT, lease_until INTEGER);
CREATE TABLE webhook_delivery (
    id              INTEGER PRIMARY KEY,
    endpoint_id     INTEGER NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_position  INTEGER NOT NULL,
    event_id        TEXT    NOT NULL,
    event_type      TEXT    NOT NULL,
    attempt         INTEGER NOT NULL CHECK (attempt > 0),
    delivered       INTEGER NOT NULL CHECK (delivered IN (0, 1)),
    response_status INTEGER NOT NULL,
    error           TEXT    NOT NULL,
    attempted_at    INTEGER NOT NULL
);
CREATE INDEX webhook_delivery_by_endpoint ON webhook_delivery (endpoint_id, id);
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
    transfer_id    TEXT    REFERENCES journal (id), credit_limit INTEGER
    CHECK (credit_limit IS NULL OR (action = 'SET_CREDIT_LIMIT' AND credit_limit >= 0)),
    CHECK ((action IN ('FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'CLOSE_ACCOUNT', 'SET_CREDIT_LIMIT'))
           = (transfer_id IS NULL))
);
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE INDEX audit_credit_limits ON audit_log (account_id, seq) WHERE action = 'SET_CREDIT_LIMIT';
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER journal_is_append_only_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
CREATE INDEX journal_by_credit_account ON journal (credit_account_id, seq);
CREATE INDEX journal_by_debit_account ON journal (debit_account_id, seq);
CREATE INDEX journal_by_time ON journal (created_at);
CREATE INDEX journal_expiries ON journal (currency, seq) WHERE kind = 'EXPIRY';
