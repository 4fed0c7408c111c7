package bankcore.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock the benchmark drives: it stands at a set instant and moves on by a fixed step each time
 * it is read. The core stamps one transfer per read, so a step of 30 days / 1,000,000 spreads a
 * million transfers evenly over 30 days, however fast the build runs.
 */
final class SteppingClock implements InstantSource {
    private final AtomicLong nowMicros = new AtomicLong();
    private volatile long stepMicros;

    SteppingClock(Instant start) {
        set(start);
    }

    void set(Instant instant) {
        nowMicros.set(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L) + instant.getNano() / 1_000);
    }

    /** From now on each read advances the clock by {@code step}; {@link Duration#ZERO} stops it. */
    void stepEachRead(Duration step) {
        stepMicros = step.toNanos() / 1_000;
    }

    @Override
    public Instant instant() {
        long micros = nowMicros.getAndAdd(stepMicros);
        return Instant.EPOCH.plusNanos(Math.multiplyExact(micros, 1_000L));
    }
}
