-- bankcore ledger schema, version 1.
-- Times are UTC epoch microseconds; amounts and balances are minor units (cents) in 64-bit integers.

CREATE TABLE customer (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    email         TEXT    NOT NULL UNIQUE,
    role          TEXT    NOT NULL CHECK (role IN ('CUSTOMER', 'ADMIN')),
    created_at    INTEGER NOT NULL,
    password_hash TEXT
);
CREATE INDEX customer_admins ON customer (id) WHERE role = 'ADMIN';

CREATE TABLE account (
    id         INTEGER PRIMARY KEY,
    owner_id   INTEGER REFERENCES customer (id),
    currency   TEXT    NOT NULL CHECK (length(currency) = 3),
    balance    INTEGER NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'FROZEN', 'CLOSED')),
    kind       TEXT    NOT NULL CHECK (kind IN ('CUSTOMER', 'SYSTEM')),
    created_at INTEGER NOT NULL,
    -- The last line of defence for the core's rules: no overdraft, and only the bank owns system accounts.
    CHECK (kind = 'SYSTEM' OR balance >= 0),
    CHECK ((kind = 'SYSTEM') = (owner_id IS NULL))
);
CREATE UNIQUE INDEX account_one_cash_account_per_currency ON account (currency) WHERE kind = 'SYSTEM';
CREATE INDEX account_by_owner ON account (owner_id);
-- Covers liquidity totals, the wealth distribution and the richest accounts without touching the table.
CREATE INDEX account_by_wealth ON account (currency, kind, balance);

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
    hash                 TEXT    NOT NULL,
    CHECK (debit_account_id <> credit_account_id)
);
CREATE INDEX journal_by_debit_account ON journal (debit_account_id, seq);
CREATE INDEX journal_by_credit_account ON journal (credit_account_id, seq);
CREATE INDEX journal_by_time ON journal (created_at);

-- The journal is append-only. Someone with raw SQL access can drop these triggers, which is why
-- the hash chain exists; the triggers stop honest mistakes.
CREATE TRIGGER journal_is_append_only_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
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

-- Transfer count and volume per currency and minute, kept up to date in the same transaction as
-- the journal, so flow charts over 30 days read at most 43,200 small rows instead of the journal.
CREATE TABLE volume_by_minute (
    currency  TEXT    NOT NULL,
    minute    INTEGER NOT NULL,
    transfers INTEGER NOT NULL,
    volume    INTEGER NOT NULL,
    PRIMARY KEY (currency, minute)
) WITHOUT ROWID;

CREATE TRIGGER journal_feeds_volume_by_minute AFTER INSERT ON journal
BEGIN
    INSERT INTO volume_by_minute (currency, minute, transfers, volume)
    VALUES (NEW.currency, NEW.created_at / 60000000, 1, NEW.amount)
    ON CONFLICT (currency, minute) DO UPDATE SET transfers = transfers + 1, volume = volume + excluded.volume;
END;
