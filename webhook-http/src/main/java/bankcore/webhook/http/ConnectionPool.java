package bankcore.webhook.http;

import java.io.Closeable;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Idle connections kept for the next request to the same origin, most recently used first, at most
 * {@value #IDLE_PER_ORIGIN} per origin (one per dispatcher lane), none older than the idle limit.
 */
final class ConnectionPool implements Closeable {
    static final int IDLE_PER_ORIGIN = 8;

    private final long idleLimitNanos;
    private final Map<Origin, Deque<HttpConnection>> idle = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ConnectionPool(Duration idleLimit) {
        this.idleLimitNanos = idleLimit.toNanos();
    }

    /** An idle connection to {@code origin}, or null when there is none young enough. */
    HttpConnection take(Origin origin) {
        Deque<HttpConnection> kept = idle.get(origin);
        for (HttpConnection connection; kept != null && (connection = kept.pollFirst()) != null; ) {
            if (connection.idleNanos() < idleLimitNanos && !connection.hasUnaskedBytes()) {
                return connection;
            }
            connection.close();
        }
        return null;
    }

    /** Closes the connections, to every origin, idle past the limit: the least recently used are at the tail. */
    private void closeExpired() {
        for (Deque<HttpConnection> kept : idle.values()) {
            for (HttpConnection oldest; (oldest = kept.peekLast()) != null && oldest.idleNanos() >= idleLimitNanos; ) {
                if (kept.removeLastOccurrence(oldest)) {
                    oldest.close();
                }
            }
        }
    }

    /** Keeps {@code connection} for the next request, or closes it when enough are kept already. */
    void give(HttpConnection connection) {
        closeExpired();
        connection.markIdle();
        Deque<HttpConnection> kept = idle.computeIfAbsent(connection.origin(), origin -> new ConcurrentLinkedDeque<>());
        if (closed || kept.size() >= IDLE_PER_ORIGIN) {
            connection.close();
            return;
        }
        kept.offerFirst(connection);
        if (closed) {
            close(); // closed while it was being given back: drop it with the rest
        }
    }

    @Override
    public void close() {
        closed = true;
        idle.values().forEach(kept -> {
            for (HttpConnection connection; (connection = kept.pollFirst()) != null; ) {
                connection.close();
            }
        });
    }
}
