package bankcore.seeder.load;

import bankcore.core.port.out.IdSource;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Transfer ids from a seeded generator, so the same seed gives the same ids. They are laid out as
 * time-ordered version 7 UUIDs (RFC 9562): 48 bits of milliseconds, then seeded random bits. Time
 * order matters for speed, not only looks: the journal's unique index on the id then grows at its
 * right edge instead of touching a random page per insert. The ids are only as unpredictable as
 * the seed, which is fine for fake data and the reason production uses {@link IdSource#random()}.
 */
public final class SeededIdSource implements IdSource {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000000000000000L;

    private final Random random;
    private final Supplier<Instant> now;

    /**
     * @param now where the millisecond part comes from: with a {@link ScriptedClock}, its
     *            {@link ScriptedClock#current()}, which does not use up the script
     */
    public SeededIdSource(long seed, Supplier<Instant> now) {
        this.random = new Random(seed);
        this.now = now;
    }

    @Override
    public synchronized UUID newTransferId() {
        long millis = now.get().toEpochMilli();
        long high = (millis << 16) | VERSION_7 | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | VARIANT;
        return new UUID(high, low);
    }
}
