package bankcore.api.idempotency;

import bankcore.api.access.Caller;
import bankcore.api.problem.ProblemException;
import bankcore.api.problem.ProblemKind;
import bankcore.core.domain.IdempotencyKey;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The API's half of idempotency. The core stores each key with its transfer in one transaction and
 * answers a repeat with the first transfer (or refuses a different request); this gate only makes a
 * repeat that arrives while the first is still running fail fast with 409, instead of waiting.
 */
@Singleton
public final class IdempotencyGate {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /** The caller's key from the header, for a request that only rehearses (a dry run) and so is never in flight. */
    public Optional<IdempotencyKey> keyOf(Caller caller, Optional<String> header) {
        return header.map(key -> new IdempotencyKey(caller.idempotencyScope(), key));
    }

    /**
     * One item's key under a batch's key: in a scope of its own (the batch's, plus the item's index), so a retry
     * of the batch replays every item that was done and does nothing twice.
     */
    public static Optional<IdempotencyKey> itemKey(Optional<IdempotencyKey> batchKey, int index) {
        return batchKey.map(key -> new IdempotencyKey(key.scope() + "/batch-item/" + index, key.key()));
    }

    /** Runs {@code work} with the caller's key (if any), refusing a second concurrent use of that key. */
    public <T> T run(Caller caller, Optional<String> header, Function<Optional<IdempotencyKey>, T> work) {
        if (header.isEmpty()) {
            return work.apply(Optional.empty());
        }
        IdempotencyKey key = new IdempotencyKey(caller.idempotencyScope(), header.get());
        String slot = key.scope() + "\n" + key.key();
        if (!inFlight.add(slot)) {
            throw new ProblemException(ProblemKind.IDEMPOTENCY_IN_FLIGHT,
                    "A request with Idempotency-Key '" + key.key() + "' is still being processed; retry later");
        }
        try {
            return work.apply(Optional.of(key));
        } finally {
            inFlight.remove(slot);
        }
    }
}
