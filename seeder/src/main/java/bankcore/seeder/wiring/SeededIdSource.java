package bankcore.seeder.wiring;

import bankcore.core.port.out.IdSource;

import java.util.Random;
import java.util.UUID;

/**
 * Transfer ids from a seeded generator, so the same seed gives the same ids whatever day the
 * seeder runs (an id that embedded the wall-clock time, as version 7 does, would not). They are
 * version 8 ("custom", RFC 9562) UUIDs: the first 48 bits count up from a seeded start, the rest is
 * seeded random. Counting up matters for speed: the journal's unique index on the id then grows at
 * its right edge instead of touching a random page per insert. The ids are only as unpredictable
 * as the seed, which is fine for fake data and the reason production uses {@link IdSource#timeOrdered}.
 */
public final class SeededIdSource implements IdSource {

    private static final long VERSION_8 = 0x8000L;
    private static final long VARIANT = 0x8000000000000000L;
    private static final long COUNTER_BITS = 48;

    private final Random random;
    private long counter;

    public SeededIdSource(long seed) {
        this.random = new Random(seed);
        // Starts anywhere in the lower half of the counter's range, so ids do not all begin with zeros.
        this.counter = random.nextLong() >>> (64 - COUNTER_BITS + 1);
    }

    @Override
    public synchronized UUID newTransferId() {
        counter++;
        long high = (counter << 16) | VERSION_8 | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | VARIANT;
        return new UUID(high, low);
    }
}
