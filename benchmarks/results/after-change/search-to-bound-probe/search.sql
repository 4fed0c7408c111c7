.timer on
.print -- transfers grid, filter: to = now - 15 days (search() after the change: bound via the time index, then seq <= bound)
EXPLAIN QUERY PLAN SELECT seq FROM journal WHERE created_at < 1792108797408000 ORDER BY created_at DESC, seq DESC LIMIT 1;
SELECT seq FROM journal WHERE created_at < 1792108797408000 ORDER BY created_at DESC, seq DESC LIMIT 1;
EXPLAIN QUERY PLAN SELECT seq, id, debit_account_id, credit_account_id, amount, currency, description, created_at, reverses, debit_balance_after, credit_balance_after, hash FROM journal WHERE seq < 9223372036854775807 AND seq <= 510000 ORDER BY seq DESC LIMIT 51;
SELECT count(*) FROM (SELECT seq, id, debit_account_id, credit_account_id, amount, currency, description, created_at, reverses, debit_balance_after, credit_balance_after, hash FROM journal WHERE seq < 9223372036854775807 AND seq <= (SELECT seq FROM journal WHERE created_at < 1792108797408000 ORDER BY created_at DESC, seq DESC LIMIT 1) ORDER BY seq DESC LIMIT 51);
.print -- the same, as shipped before the change (for comparison, same session)
SELECT count(*) FROM (SELECT seq FROM journal WHERE seq < 9223372036854775807 AND created_at < 1792108797408000 ORDER BY seq DESC LIMIT 51);
