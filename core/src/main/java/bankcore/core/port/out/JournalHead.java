package bankcore.core.port.out;

import bankcore.core.domain.JournalHash;

import java.time.Instant;

/** The last entry of the journal, which the next one chains to. */
public record JournalHead(long sequence, String hash, Instant createdAt) {
    public static final JournalHead EMPTY = new JournalHead(0, JournalHash.GENESIS, Instant.EPOCH);
}
