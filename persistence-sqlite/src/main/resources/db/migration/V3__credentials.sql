-- Credentials beyond the password hash: what lets a bearer token be revoked after it was issued.
-- (Version 3, not 2, leaves room for a schema change made on another branch at the same time.)

-- A customer's token generation is raised by every password change; a token issued in an older
-- generation is refused. No row means generation 0.
CREATE TABLE customer_token_generation (
    customer_id INTEGER PRIMARY KEY REFERENCES customer (id),
    generation  INTEGER NOT NULL CHECK (generation > 0)
);

-- Tokens revoked one by one (logout), kept until they expire; times are UTC epoch microseconds.
CREATE TABLE revoked_token (
    token_id   TEXT    PRIMARY KEY,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX revoked_token_by_expiry ON revoked_token (expires_at);
