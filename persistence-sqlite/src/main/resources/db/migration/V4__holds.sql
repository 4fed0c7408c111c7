-- Two-phase transfers and credit lines.
-- A hold is a journal entry of kind HOLD that moves no balance; a CAPTURE, VOID or EXPIRY entry ends
-- it, naming it in `ends` (at most one per hold: a unique index). Accounts keep their pending totals
-- and credit limit, so the available balance (balance - pending debits + credit limit) is one row.

-- SQLite cannot change a CHECK in place, so the account table is rebuilt with the new rule: a
-- customer account never goes below minus its credit limit, holds counted. Foreign keys are not
-- enforced while Flyway migrates (its connection leaves them off), so the journal's references to
-- account survive the swap; they point at the new table by name.
CREATE TABLE account_with_credit (
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
INSERT INTO account_with_credit (id, owner_id, currency, balance, status, kind, created_at)
SELECT id, owner_id, currency, balance, status, kind, created_at FROM account;
DROP TABLE account;
ALTER TABLE account_with_credit RENAME TO account;
CREATE UNIQUE INDEX account_one_cash_account_per_currency ON account (currency) WHERE kind = 'SYSTEM';
CREATE INDEX account_by_owner ON account (owner_id);
CREATE INDEX account_by_wealth ON account (currency, kind, balance);

ALTER TABLE journal ADD COLUMN kind TEXT NOT NULL DEFAULT 'POSTED'
    CHECK (kind IN ('POSTED', 'HOLD', 'CAPTURE', 'VOID', 'EXPIRY'));
ALTER TABLE journal ADD COLUMN ends TEXT REFERENCES journal (id);
ALTER TABLE journal ADD COLUMN expires_at INTEGER;
CREATE UNIQUE INDEX journal_one_end_per_hold ON journal (ends) WHERE ends IS NOT NULL;
-- The dashboard lists the latest expiries without reading the whole journal.
CREATE INDEX journal_expiries ON journal (currency, seq) WHERE kind = 'EXPIRY';

-- The holds not ended yet, by expiry: what the expiry sweep reads. Kept by triggers in the same
-- transaction as the journal, so it can never disagree with it.
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

-- Only money that moved counts as volume: holds, voids and expiries move none.
DROP TRIGGER journal_feeds_volume_by_minute;
CREATE TRIGGER journal_feeds_volume_by_minute AFTER INSERT ON journal WHEN NEW.kind IN ('POSTED', 'CAPTURE')
BEGIN
    INSERT INTO volume_by_minute (currency, minute, transfers, volume)
    VALUES (NEW.currency, NEW.created_at / 60000000, 1, NEW.amount)
    ON CONFLICT (currency, minute) DO UPDATE SET transfers = transfers + 1, volume = volume + excluded.volume;
END;
