package bankcore.core.port.out;

import java.time.InstantSource;
import java.util.UUID;

/** Where transfer ids come from: time-ordered in production, seeded where a run must be reproducible. */
@FunctionalInterface
public interface IdSource {

    UUID newTransferId();

    /** Random version 4 UUIDs. */
    static IdSource random() {
        return UUID::randomUUID;
    }

    /** Version 7 UUIDs on this clock: time-ordered, with 74 random bits (see {@link TimeOrderedIdSource}). */
    static IdSource timeOrdered(InstantSource clock) {
        return new TimeOrderedIdSource(clock);
    }
}
