package bankcore.core.service;

import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.port.out.IdempotencyRecord;
import bankcore.core.port.out.LedgerTransaction;

import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exactly-once for callers who retry: the first request with a key runs and its record commits in
 * the same transaction as its transfers; a repeat with the same request gets those transfers back;
 * a repeat with a different request is refused. A refused request leaves no record, so fixing the
 * request and retrying with the same key works.
 */
final class Idempotency {
    private Idempotency() {
    }

    record Result(List<Transfer> transfers, boolean replayed) {
    }

    /** @param clock read only when a record is written, so a request without a key costs no clock read */
    static Result run(LedgerTransaction tx, Optional<IdempotencyKey> key, String fingerprint, InstantSource clock,
                      Supplier<List<Transfer>> work) {
        if (key.isEmpty()) {
            return new Result(work.get(), false);
        }
        Optional<IdempotencyRecord> earlier = tx.idempotencyRecord(key.get());
        if (earlier.isPresent()) {
            if (!earlier.get().requestFingerprint().equals(fingerprint)) {
                throw Refusal.IDEMPOTENCY_CONFLICT.because("Idempotency-Key '" + key.get().key()
                        + "' was already used for a different request");
            }
            List<Transfer> original = earlier.get().transferIds().stream()
                    .map(id -> tx.transfer(id).orElseThrow(() -> new IllegalStateException(
                            "idempotency record points at missing transfer " + id)))
                    .toList();
            return new Result(original, true);
        }
        List<Transfer> transfers = work.get();
        tx.insertIdempotencyRecord(new IdempotencyRecord(key.get(), fingerprint,
                transfers.stream().map(Transfer::id).toList(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return new Result(transfers, false);
    }
}
