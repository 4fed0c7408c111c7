-- The change feed: one row per change, written in the same transaction as the change itself.
-- position is gap-free and increasing (the writer hands out the next one under the write lock);
-- id is derived from the event (see the core's Events), so it needs no index of its own; data is
-- the resource's snapshot in the core's store-neutral text (key=value pairs).
CREATE TABLE event (
    position    INTEGER PRIMARY KEY CHECK (position > 0),
    id          TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    occurred_at INTEGER NOT NULL,
    data        TEXT    NOT NULL
);

-- The feed is append-only, as the journal is.
CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'the change feed is append-only');
END;
CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'the change feed is append-only');
END;
