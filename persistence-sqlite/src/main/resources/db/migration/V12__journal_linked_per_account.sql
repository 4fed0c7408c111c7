-- An account's entries are found by following links instead of by two indexes. The indexes on
-- (debit_account_id, seq) and (credit_account_id, seq) took two random B-tree inserts per entry, and
-- were half of what a durable transfer cost (decision 0024, docs/benchmarks.md "Entries linked per
-- account"). Now each entry names, for each of its two accounts, that account's previous entry; the
-- account names its last entry and counts its entries; and every 64th entry of an account is marked in
-- journal_mark, so a walk that starts at a point in the past begins at most 64 links above it.
ALTER TABLE journal ADD COLUMN debit_prev_seq INTEGER CHECK (debit_prev_seq < seq);
ALTER TABLE journal ADD COLUMN credit_prev_seq INTEGER CHECK (credit_prev_seq < seq);
ALTER TABLE account ADD COLUMN last_seq INTEGER;
ALTER TABLE account ADD COLUMN entries INTEGER NOT NULL DEFAULT 0 CHECK (entries >= 0);

CREATE TABLE journal_mark (
    account_id INTEGER NOT NULL REFERENCES account (id),
    seq        INTEGER NOT NULL REFERENCES journal (seq),
    PRIMARY KEY (account_id, seq)
) WITHOUT ROWID;

-- The entries already written get their links once, here, from the indexes that are dropped after,
-- with the append-only trigger lifted for the purpose.
CREATE TABLE v12_link (
    account_id INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    prev_seq   INTEGER,
    n          INTEGER NOT NULL,
    PRIMARY KEY (account_id, seq)
) WITHOUT ROWID;
INSERT INTO v12_link (account_id, seq, prev_seq, n)
SELECT account_id, seq, lag(seq) OVER w, row_number() OVER w
FROM (SELECT debit_account_id AS account_id, seq FROM journal
      UNION ALL SELECT credit_account_id, seq FROM journal)
WINDOW w AS (PARTITION BY account_id ORDER BY seq);

DROP TRIGGER journal_is_append_only_update;
UPDATE journal SET
    debit_prev_seq = (SELECT prev_seq FROM v12_link l WHERE l.account_id = journal.debit_account_id AND l.seq = journal.seq),
    credit_prev_seq = (SELECT prev_seq FROM v12_link l WHERE l.account_id = journal.credit_account_id AND l.seq = journal.seq);
CREATE TRIGGER journal_is_append_only_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;

UPDATE account SET
    last_seq = (SELECT max(seq) FROM v12_link l WHERE l.account_id = account.id),
    entries = (SELECT count(*) FROM v12_link l WHERE l.account_id = account.id);
INSERT INTO journal_mark (account_id, seq) SELECT account_id, seq FROM v12_link WHERE n % 64 = 0;
DROP TABLE v12_link;

DROP INDEX journal_by_debit_account;
DROP INDEX journal_by_credit_account;

-- The writer (SqliteLedgerStore's GroupWrites) keeps where each account's entries end, links each entry
-- to them, moves account.last_seq and entries once per account per commit and adds the marks. What the
-- schema checks, per row: a link names an earlier entry of that same account.
CREATE TRIGGER journal_links_within_accounts AFTER INSERT ON journal
WHEN NEW.debit_prev_seq IS NOT NULL OR NEW.credit_prev_seq IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an entry must link to an earlier entry of the same account')
    WHERE (NEW.debit_prev_seq IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journal p WHERE p.seq = NEW.debit_prev_seq
               AND NEW.debit_account_id IN (p.debit_account_id, p.credit_account_id)))
       OR (NEW.credit_prev_seq IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journal p WHERE p.seq = NEW.credit_prev_seq
               AND NEW.credit_account_id IN (p.debit_account_id, p.credit_account_id)));
END;
