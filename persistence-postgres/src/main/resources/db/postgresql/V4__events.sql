-- The change feed: one row per change, written in the same transaction as the change itself.
-- position is gap-free and increasing across every node: it is handed out under the journal's
-- append lock, which each writing transaction holds until it commits, so positions commit in order.
-- id is derived from the event (the core's Events), so it needs no index; data is the resource's
-- snapshot in the core's store-neutral text (key=value pairs).
CREATE TABLE event (
    position    BIGINT PRIMARY KEY CHECK (position > 0),
    id          UUID   NOT NULL,
    type        TEXT   NOT NULL,
    occurred_at BIGINT NOT NULL,
    data        TEXT   NOT NULL
);

CREATE FUNCTION event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the change feed is append-only';
END;
$$;
CREATE TRIGGER event_is_append_only_change BEFORE UPDATE OR DELETE ON event
    FOR EACH ROW EXECUTE FUNCTION event_is_append_only();
CREATE TRIGGER event_is_append_only_truncate BEFORE TRUNCATE ON event
    FOR EACH STATEMENT EXECUTE FUNCTION event_is_append_only();
