-- volume_by_minute is no longer fed by a trigger per journal row: the writer adds each commit's
-- entries with one statement (GroupWrites.addVolume), as PostgreSQL's statement-level trigger does.
-- The per-row upsert was a fifth to a quarter of every journal INSERT (docs/benchmarks.md, "Volume
-- added once per commit"); which kinds count stays written once, in that statement.
DROP TRIGGER journal_feeds_volume_by_minute;
