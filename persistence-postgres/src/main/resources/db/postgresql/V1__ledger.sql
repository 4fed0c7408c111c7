-- bankcore ledger schema on PostgreSQL, version 1: the same tables, CHECKs and triggers as the
-- SQLite store's, in PostgreSQL's dialect. Times are UTC epoch microseconds; amounts and balances
-- are minor units (cents) in 64-bit integers.

CREATE TABLE customer (
    id            BIGINT PRIMARY KEY,
    name          TEXT   NOT NULL,
    email         TEXT   NOT NULL UNIQUE,
    role          TEXT   NOT NULL CHECK (role IN ('CUSTOMER', 'ADMIN')),
    created_at    BIGINT NOT NULL,
    password_hash TEXT
);
CREATE INDEX customer_admins ON customer (id) WHERE role = 'ADMIN';

CREATE TABLE account (
    id         BIGINT PRIMARY KEY,
    owner_id   BIGINT REFERENCES customer (id),
    currency   TEXT   NOT NULL CHECK (length(currency) = 3),
    balance    BIGINT NOT NULL,
    status     TEXT   NOT NULL CHECK (status IN ('ACTIVE', 'FROZEN', 'CLOSED')),
    kind       TEXT   NOT NULL CHECK (kind IN ('CUSTOMER', 'SYSTEM')),
    created_at BIGINT NOT NULL,
    -- The write epoch (journal_append_lock.epoch) of the group that last wrote the row: a node
    -- catches up on what the other nodes changed with one look-up of the rows above its epoch.
    changed_epoch BIGINT NOT NULL DEFAULT 0,
    -- The last line of defence for the core's rules: no overdraft, and only the bank owns system accounts.
    CHECK (kind = 'SYSTEM' OR balance >= 0),
    CHECK ((kind = 'SYSTEM') = (owner_id IS NULL))
);
CREATE UNIQUE INDEX account_one_cash_account_per_currency ON account (currency) WHERE kind = 'SYSTEM';
CREATE INDEX account_by_owner ON account (owner_id);
CREATE INDEX account_by_wealth ON account (currency, kind, balance);
CREATE INDEX account_by_changed_epoch ON account (changed_epoch);

CREATE TABLE journal (
    seq                  BIGINT PRIMARY KEY CHECK (seq > 0),
    id                   UUID   NOT NULL UNIQUE,
    debit_account_id     BIGINT NOT NULL REFERENCES account (id),
    credit_account_id    BIGINT NOT NULL REFERENCES account (id),
    amount               BIGINT NOT NULL CHECK (amount > 0),
    currency             TEXT   NOT NULL,
    description          TEXT   NOT NULL,
    created_at           BIGINT NOT NULL,
    reverses             UUID UNIQUE REFERENCES journal (id),
    debit_balance_after  BIGINT NOT NULL,
    credit_balance_after BIGINT NOT NULL,
    hash                 TEXT   NOT NULL,
    CHECK (debit_account_id <> credit_account_id)
);
CREATE INDEX journal_by_debit_account ON journal (debit_account_id, seq);
CREATE INDEX journal_by_credit_account ON journal (credit_account_id, seq);
CREATE INDEX journal_by_time ON journal (created_at);

-- The journal is append-only. Someone with raw SQL access can drop these triggers, which is why
-- the hash chain exists; the triggers stop honest mistakes.
CREATE FUNCTION journal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the journal is append-only';
END;
$$;
CREATE TRIGGER journal_is_append_only_change BEFORE UPDATE OR DELETE ON journal
    FOR EACH ROW EXECUTE FUNCTION journal_is_append_only();
CREATE TRIGGER journal_is_append_only_truncate BEFORE TRUNCATE ON journal
    FOR EACH STATEMENT EXECUTE FUNCTION journal_is_append_only();

-- The one row every writing transaction of every node locks first (by incrementing its epoch), and
-- holds until it commits: appends to the hash chain take turns, so the chain is one and the
-- sequence has no gaps however many nodes write (docs/decisions/0010-postgres-locking-and-chain.md).
-- The epoch counts the committed write groups of all nodes.
CREATE TABLE journal_append_lock (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    epoch BIGINT  NOT NULL
);
INSERT INTO journal_append_lock (id, epoch) VALUES (1, 0);

-- Unique across nodes: a second node's duplicate waits on the append lock, then finds the first's record.
CREATE TABLE idempotency_key (
    scope        TEXT   NOT NULL,
    key          TEXT   NOT NULL,
    fingerprint  TEXT   NOT NULL,
    transfer_ids TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (scope, key)
);

-- Transfer count and volume per currency and minute, kept up to date in the same transaction as
-- the journal, so flow charts over 30 days read at most 43,200 small rows instead of the journal.
CREATE TABLE volume_by_minute (
    currency  TEXT   NOT NULL,
    minute    BIGINT NOT NULL,
    transfers BIGINT NOT NULL,
    volume    BIGINT NOT NULL,
    PRIMARY KEY (currency, minute)
);

-- Once per INSERT statement, not per row: a group's multi-row insert updates each minute once.
CREATE FUNCTION journal_feeds_volume_by_minute() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO volume_by_minute (currency, minute, transfers, volume)
    SELECT currency, floor(created_at / 60000000.0)::BIGINT, count(*), sum(amount)
    FROM appended GROUP BY 1, 2
    ON CONFLICT (currency, minute) DO UPDATE
        SET transfers = volume_by_minute.transfers + excluded.transfers,
            volume = volume_by_minute.volume + excluded.volume;
    RETURN NULL;
END;
$$;
CREATE TRIGGER journal_feeds_volume_by_minute AFTER INSERT ON journal
    REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION journal_feeds_volume_by_minute();
