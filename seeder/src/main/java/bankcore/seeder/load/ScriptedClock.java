package bankcore.seeder.load;

import java.time.Instant;
import java.time.InstantSource;

/**
 * The clock the core reads while the seeder writes the past. The seeder scripts the instants of
 * the next batch (one per posting, in order); each read by the core takes the next one. The core
 * reads the clock once per posting, inside its writer, after the call was handed over: a clock
 * that is merely "set" before a batch would stamp the whole batch with one time. Reads past the
 * script repeat its last instant (times never run backwards); {@link #release()} hands over to the
 * real clock for what follows the seeding (verification, login).
 */
public final class ScriptedClock implements InstantSource {

    private long[] epochMs = new long[0];
    private int next;
    private long lastMs;
    private boolean released;

    public ScriptedClock(Instant start) {
        this.lastMs = start.toEpochMilli();
    }

    /** The instants of the coming reads, in milliseconds since the epoch; replaces what was left unread. */
    public synchronized void script(long[] epochMs) {
        this.epochMs = epochMs;
        this.next = 0;
    }

    /** Scripts a single instant. */
    public void script(Instant instant) {
        script(new long[] {instant.toEpochMilli()});
    }

    /** How many scripted instants the core has not read yet: 0 once it has read one per posting. */
    public synchronized int unread() {
        return epochMs.length - next;
    }

    /** From now on the clock is the system clock. */
    public synchronized void release() {
        released = true;
    }

    @Override
    public synchronized Instant instant() {
        if (released) {
            return Instant.now();
        }
        if (next < epochMs.length) {
            lastMs = epochMs[next++];
        }
        return Instant.ofEpochMilli(lastMs);
    }
}
