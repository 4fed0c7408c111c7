package bankcore.webhook.http;

import java.net.SocketTimeoutException;
import java.time.Duration;

/** The latest instant (on {@link System#nanoTime()}) by which a request must have been answered. */
record Deadline(long atNanos) {

    static Deadline after(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    /** The time left in whole milliseconds, at least 1 (a socket timeout of 0 would mean forever). */
    int remainingMillis() throws SocketTimeoutException {
        long left = atNanos - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("no answer within the deadline");
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000));
    }
}
