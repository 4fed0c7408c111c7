package bankcore.seeder.load;

import bankcore.core.port.out.IdSource;

import java.util.Random;
import java.util.UUID;

/**
 * Transfer ids from a seeded generator, so the same seed gives the same ids. They are shaped like
 * random (version 4) UUIDs; they are only as unpredictable as the seed, which is fine for fake data
 * and the reason production uses {@link IdSource#random()}.
 */
public final class SeededIdSource implements IdSource {

    private final Random random;

    public SeededIdSource(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public synchronized UUID newTransferId() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
