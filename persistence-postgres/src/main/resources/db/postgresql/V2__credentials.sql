-- Credentials beyond the password hash: what lets a bearer token be revoked after it was issued,
-- on every node at once. The same tables as the SQLite store's.

-- A customer's token generation is raised by every password change; a token issued in an older
-- generation is refused. No row means generation 0.
CREATE TABLE customer_token_generation (
    customer_id BIGINT PRIMARY KEY REFERENCES customer (id),
    generation  BIGINT NOT NULL CHECK (generation > 0)
);

-- Tokens revoked one by one (logout), kept until they expire; times are UTC epoch microseconds.
CREATE TABLE revoked_token (
    token_id   TEXT   PRIMARY KEY,
    expires_at BIGINT NOT NULL
);
CREATE INDEX revoked_token_by_expiry ON revoked_token (expires_at);
