package bankcore.core.port.out;

import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The committed journal: by id, in order, per account (statements, balance as of) and filtered. */
public interface JournalReader {

    Optional<Transfer> findTransfer(UUID transferId);

    /** The journal in order: entries with a sequence above {@code afterSequence}, lowest first. */
    List<Transfer> journal(long afterSequence, int limit);

    /** The committed entry that ended the hold {@code holdId} (its capture, void or expiry), if any. */
    Optional<Transfer> findEnding(UUID holdId);

    long countTransfers();

    /**
     * Entries touching the account with a sequence below {@code beforeSequence} and a time in
     * [{@code from}, {@code to}), newest first.
     */
    List<Transfer> transfersOf(long accountId, long beforeSequence, Instant from, Instant to, int limit);

    /** The account's last entry at or before {@code instant}, if any. */
    Optional<Transfer> lastTransferOf(long accountId, Instant instant);

    /** Entries matching the filter with a sequence below {@code beforeSequence}, newest first. */
    List<Transfer> search(TransferFilter filter, long beforeSequence, int limit);
}
