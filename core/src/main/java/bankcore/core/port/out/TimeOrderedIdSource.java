package bankcore.core.port.out;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.UUID;

/**
 * Version 7 UUIDs (RFC 9562): the first 48 bits are the clock's Unix time in milliseconds, the other
 * 74 (all but the version and variant bits) come from {@link SecureRandom}. Ids made later sort
 * later, so the journal's unique index on the id takes each new entry at its right edge instead of
 * on a random page (measured in docs/benchmarks.md, decision 0020). They stay as hard to guess as an
 * id needs to be here (74 random bits; an id is never a secret or a credential), and unique across
 * processes and nodes without coordination: two ids collide only with the same millisecond and the
 * same 74 random bits, and the journal's UNIQUE constraint refuses even that.
 */
final class TimeOrderedIdSource implements IdSource {
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000000000000000L;

    private final InstantSource clock;
    private final SecureRandom random = new SecureRandom();

    TimeOrderedIdSource(InstantSource clock) {
        this.clock = clock;
    }

    @Override
    public UUID newTransferId() {
        long millis = clock.millis() & 0xFFFFFFFFFFFFL;
        long high = (millis << 16) | VERSION_7 | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | VARIANT;
        return new UUID(high, low);
    }
}
