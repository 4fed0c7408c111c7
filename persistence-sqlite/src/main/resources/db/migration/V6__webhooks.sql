-- Webhook endpoints with their delivery progress, and the log of delivery attempts. The progress is
-- here, not in memory, so deliveries go on after a restart where they stopped: the event after
-- delivered_up_to that the endpoint's patterns select is owed. Times are UTC epoch microseconds.
CREATE TABLE webhook_endpoint (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL,
    events          TEXT    NOT NULL, -- the patterns, comma-separated
    description     TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
    secret          TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    delivered_up_to INTEGER NOT NULL CHECK (delivered_up_to >= 0),
    failures        INTEGER NOT NULL CHECK (failures >= 0),
    failing_since   INTEGER,
    next_attempt_at INTEGER NOT NULL
);

CREATE TABLE webhook_delivery (
    id              INTEGER PRIMARY KEY,
    endpoint_id     INTEGER NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_position  INTEGER NOT NULL,
    event_id        TEXT    NOT NULL,
    event_type      TEXT    NOT NULL,
    attempt         INTEGER NOT NULL CHECK (attempt > 0),
    delivered       INTEGER NOT NULL CHECK (delivered IN (0, 1)),
    response_status INTEGER NOT NULL,
    error           TEXT    NOT NULL,
    attempted_at    INTEGER NOT NULL
);
CREATE INDEX webhook_delivery_by_endpoint ON webhook_delivery (endpoint_id, id);
