-- Who delivers to an endpoint, and until when: of several nodes on one database one at a time holds
-- the lease, so deliveries stay in order and are not sent twice at once. A node that stops gives it
-- up; one that dies loses it when lease_until passes. Both NULL: nobody holds it. Times are UTC
-- epoch microseconds.
ALTER TABLE webhook_endpoint ADD COLUMN lease_owner TEXT;
ALTER TABLE webhook_endpoint ADD COLUMN lease_until BIGINT;
