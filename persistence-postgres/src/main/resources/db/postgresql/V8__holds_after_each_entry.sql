-- Every journal entry keeps, for both of its accounts, what they had on hold and could borrow right
-- after it, as it keeps their balances: a statement line then shows the available balance after it,
-- and the pending totals as of any instant are a look-up. The audit log keeps the credit limit that
-- each SET_CREDIT_LIMIT set, so the limit in force at any instant is one too. The same columns and
-- rules as SQLite's V9. (Version 8 leaves room for schema changes made on other branches.)
ALTER TABLE journal
    ADD COLUMN debit_pending_debits_after   BIGINT NOT NULL DEFAULT 0 CHECK (debit_pending_debits_after >= 0),
    ADD COLUMN debit_pending_credits_after  BIGINT NOT NULL DEFAULT 0 CHECK (debit_pending_credits_after >= 0),
    -- NULL only on entries written before this version whose limit the ledger cannot know (see below).
    ADD COLUMN debit_credit_limit_after     BIGINT DEFAULT 0 CHECK (debit_credit_limit_after >= 0),
    ADD COLUMN credit_pending_debits_after  BIGINT NOT NULL DEFAULT 0 CHECK (credit_pending_debits_after >= 0),
    ADD COLUMN credit_pending_credits_after BIGINT NOT NULL DEFAULT 0 CHECK (credit_pending_credits_after >= 0),
    ADD COLUMN credit_credit_limit_after    BIGINT DEFAULT 0 CHECK (credit_credit_limit_after >= 0);

ALTER TABLE audit_log
    ADD COLUMN credit_limit BIGINT,
    ADD CONSTRAINT audit_log_credit_limit_of_a_limit_change
        CHECK (credit_limit IS NULL OR (action = 'SET_CREDIT_LIMIT' AND credit_limit >= 0));
CREATE INDEX audit_credit_limits ON audit_log (account_id, seq) WHERE action = 'SET_CREDIT_LIMIT';

-- The rows already written get their values once, here, with the append-only triggers lifted for
-- the purpose. Every change of a limit has had its audit row since limits exist, so an account's
-- last change set the limit it has now: that row gets it. Its earlier changes keep NULL (what they
-- set was not recorded), and so do the entries written while one of them was in force (their
-- available balance is unknown); an entry before the account's first change had limit 0.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_is_append_only_change;
UPDATE audit_log SET credit_limit = (SELECT c.credit_limit FROM account c WHERE c.id = audit_log.account_id)
WHERE action = 'SET_CREDIT_LIMIT'
  AND seq = (SELECT max(a.seq) FROM audit_log a WHERE a.action = 'SET_CREDIT_LIMIT'
             AND a.account_id = audit_log.account_id);
ALTER TABLE audit_log ENABLE TRIGGER audit_log_is_append_only_change;

-- Only the entries of accounts that ever had a hold or a limit change are rewritten; the others
-- keep the defaults (nothing on hold, no limit), which are exact for them. Pending totals are
-- exact: a replay of the holds opened and not yet ended at each entry (the temporary indexes make
-- it a few look-ups per entry, not a scan).
ALTER TABLE journal DISABLE TRIGGER journal_is_append_only_change;
CREATE INDEX v8_holds_by_debit_account ON journal (debit_account_id, seq) WHERE kind = 'HOLD';
CREATE INDEX v8_holds_by_credit_account ON journal (credit_account_id, seq) WHERE kind = 'HOLD';

CREATE FUNCTION v8_pending_debits_after(acct BIGINT, upto BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(h.amount), 0)::bigint FROM journal h
    WHERE h.kind = 'HOLD' AND h.debit_account_id = acct AND h.seq <= upto
      AND NOT EXISTS (SELECT 1 FROM journal e WHERE e.ends = h.id AND e.seq <= upto)
$$;
CREATE FUNCTION v8_pending_credits_after(acct BIGINT, upto BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(h.amount), 0)::bigint FROM journal h
    WHERE h.kind = 'HOLD' AND h.credit_account_id = acct AND h.seq <= upto
      AND NOT EXISTS (SELECT 1 FROM journal e WHERE e.ends = h.id AND e.seq <= upto)
$$;
CREATE FUNCTION v8_limit_after(acct BIGINT, at_micros BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'SET_CREDIT_LIMIT'
                     AND a.account_id = acct AND a.at <= at_micros)
            THEN (SELECT a.credit_limit FROM audit_log a WHERE a.action = 'SET_CREDIT_LIMIT'
                  AND a.account_id = acct AND a.at <= at_micros ORDER BY a.seq DESC LIMIT 1)
        ELSE 0 END
$$;

WITH held AS (SELECT debit_account_id AS id FROM journal WHERE kind = 'HOLD'
              UNION SELECT credit_account_id FROM journal WHERE kind = 'HOLD')
UPDATE journal SET
    debit_pending_debits_after = v8_pending_debits_after(debit_account_id, seq),
    debit_pending_credits_after = v8_pending_credits_after(debit_account_id, seq),
    credit_pending_debits_after = v8_pending_debits_after(credit_account_id, seq),
    credit_pending_credits_after = v8_pending_credits_after(credit_account_id, seq)
WHERE debit_account_id IN (SELECT id FROM held) OR credit_account_id IN (SELECT id FROM held);

UPDATE journal SET
    debit_credit_limit_after = v8_limit_after(debit_account_id, created_at),
    credit_credit_limit_after = v8_limit_after(credit_account_id, created_at)
WHERE debit_account_id IN (SELECT account_id FROM audit_log WHERE action = 'SET_CREDIT_LIMIT')
   OR credit_account_id IN (SELECT account_id FROM audit_log WHERE action = 'SET_CREDIT_LIMIT');

DROP FUNCTION v8_pending_debits_after(BIGINT, BIGINT);
DROP FUNCTION v8_pending_credits_after(BIGINT, BIGINT);
DROP FUNCTION v8_limit_after(BIGINT, BIGINT);
DROP INDEX v8_holds_by_debit_account;
DROP INDEX v8_holds_by_credit_account;
ALTER TABLE journal ENABLE TRIGGER journal_is_append_only_change;
