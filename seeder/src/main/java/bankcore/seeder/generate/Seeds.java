package bankcore.seeder.generate;

import java.util.Random;

/**
 * Independent random streams derived from the one seed, one per concern, so that a change in how
 * names are drawn does not reshuffle every transfer after it.
 */
final class Seeds {

    static final long NAMES = 1;
    static final long HABITS = 2;
    static final long MOVEMENTS = 3;

    private Seeds() {
    }

    static Random stream(long seed, long stream) {
        return new Random(mix(seed + stream * 0x9E3779B97F4A7C15L));
    }

    /** MurmurHash3's finaliser: neighbouring seeds give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
