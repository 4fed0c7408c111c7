package bankcore.core.port.out;

import bankcore.core.domain.IdempotencyKey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a request with an idempotency key did: a fingerprint of the request (to tell a replay from
 * a reuse of the key for something else), the transfers it made, and when (by the core's clock,
 * so a store keeps no time of its own).
 */
public record IdempotencyRecord(IdempotencyKey key, String requestFingerprint, List<UUID> transferIds,
                                Instant createdAt) {
    public IdempotencyRecord {
        transferIds = List.copyOf(transferIds);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
