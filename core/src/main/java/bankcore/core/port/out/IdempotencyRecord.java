package bankcore.core.port.out;

import bankcore.core.domain.IdempotencyKey;

import java.util.List;
import java.util.UUID;

/**
 * What a request with an idempotency key did: a fingerprint of the request (to tell a replay from
 * a reuse of the key for something else) and the transfers it made.
 */
public record IdempotencyRecord(IdempotencyKey key, String requestFingerprint, List<UUID> transferIds) {
    public IdempotencyRecord {
        transferIds = List.copyOf(transferIds);
    }
}
