-- Two-phase transfers and credit lines (version 3: version 2 is left to a change made on another
-- branch at the same time). A hold is a journal entry of kind HOLD that moves no balance; a CAPTURE,
-- VOID or EXPIRY entry ends it, naming it in `ends` (unique: a hold ends once). Accounts keep their
-- pending totals and credit limit, so the available balance is one row.

ALTER TABLE account
    ADD COLUMN credit_limit    BIGINT NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    ADD COLUMN pending_debits  BIGINT NOT NULL DEFAULT 0 CHECK (pending_debits >= 0),
    ADD COLUMN pending_credits BIGINT NOT NULL DEFAULT 0 CHECK (pending_credits >= 0);

-- The overdraft rule changes: a customer account never goes below minus its credit limit, holds
-- counted. The old CHECK was unnamed, so it is found by what it says.
DO $$
DECLARE
    old_rule TEXT;
BEGIN
    SELECT conname INTO STRICT old_rule FROM pg_constraint
    WHERE conrelid = 'account'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%balance >= 0%';
    EXECUTE format('ALTER TABLE account DROP CONSTRAINT %I', old_rule);
END;
$$;
ALTER TABLE account
    ADD CONSTRAINT account_within_credit_limit CHECK (kind = 'SYSTEM' OR balance - pending_debits + credit_limit >= 0),
    ADD CONSTRAINT account_cash_has_no_credit CHECK (kind = 'CUSTOMER' OR credit_limit = 0);

ALTER TABLE journal
    ADD COLUMN kind       TEXT NOT NULL DEFAULT 'POSTED' CHECK (kind IN ('POSTED', 'HOLD', 'CAPTURE', 'VOID', 'EXPIRY')),
    ADD COLUMN ends       UUID UNIQUE REFERENCES journal (id),
    ADD COLUMN expires_at BIGINT;
-- The dashboard lists the latest expiries without reading the whole journal.
CREATE INDEX journal_expiries ON journal (currency, seq) WHERE kind = 'EXPIRY';

-- The holds not ended yet, by expiry: what the expiry sweep reads, kept by a trigger in the same
-- transaction as the journal.
CREATE TABLE open_hold (
    id         UUID   PRIMARY KEY REFERENCES journal (id),
    seq        BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX open_hold_by_expiry ON open_hold (expires_at, seq);

CREATE FUNCTION journal_keeps_open_holds() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind = 'HOLD' THEN
        INSERT INTO open_hold (id, seq, expires_at) VALUES (NEW.id, NEW.seq, NEW.expires_at);
    ELSIF NEW.ends IS NOT NULL THEN
        DELETE FROM open_hold WHERE id = NEW.ends;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'hold % is not open', NEW.ends;
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER journal_keeps_open_holds AFTER INSERT ON journal
    FOR EACH ROW EXECUTE FUNCTION journal_keeps_open_holds();

-- Only money that moved counts as volume: holds, voids and expiries move none.
CREATE OR REPLACE FUNCTION journal_feeds_volume_by_minute() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO volume_by_minute (currency, minute, transfers, volume)
    SELECT currency, floor(created_at / 60000000.0)::BIGINT, count(*), sum(amount)
    FROM appended WHERE kind IN ('POSTED', 'CAPTURE') GROUP BY 1, 2
    ON CONFLICT (currency, minute) DO UPDATE
        SET transfers = volume_by_minute.transfers + excluded.transfers,
            volume = volume_by_minute.volume + excluded.volume;
    RETURN NULL;
END;
$$;
