package bankcore.webhook.http;

import bankcore.core.port.out.WebhookSender;

import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Webhook requests over blocking HTTP/1.1 connections kept open between requests, plain or TLS.
 * A dispatcher lane sends one request at a time and waits for its answer, so the request is written
 * and read on the lane's own thread: no selector, no hand-over to other threads, and no new
 * connection (nor TLS handshake) per event. The JDK's asynchronous HttpClient cost more CPU than the
 * rest of the delivery together (docs/benchmarks.md, "Change feed and webhooks").
 * <p>
 * No redirect is followed (a 3xx is an answer like any other, so a receiver cannot bounce deliveries
 * to a host the operator did not allow). Connecting, the TLS handshake and the answer together must
 * take at most the timeout. The answer's body is dropped, and read only up to
 * {@value ResponseReader#MAX_BODY_BYTES} bytes. A request on a kept connection that the receiver had
 * closed meanwhile is made once more on a new one; at least once is the webhook contract, and
 * receivers deduplicate by {@code webhook-id}.
 */
public final class SocketWebhookSender implements WebhookSender, AutoCloseable {
    /** Shorter than most servers' own keep-alive limit, so a kept connection is rarely found closed. */
    static final Duration IDLE_LIMIT = Duration.ofSeconds(15);

    private final Duration timeout;
    private final SSLSocketFactory tls;
    private final ConnectionPool pool = new ConnectionPool(IDLE_LIMIT);

    /** With the JVM's default trust store for https. */
    public SocketWebhookSender(Duration timeout) {
        this(timeout, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    public SocketWebhookSender(Duration timeout, SSLSocketFactory tls) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        this.tls = Objects.requireNonNull(tls, "tls");
    }

    @Override
    public int post(URI url, Map<String, String> headers, String body) throws IOException {
        Origin origin = Origin.of(url);
        byte[] request = WebhookRequest.of(url, origin, headers, body);
        Deadline deadline = Deadline.after(timeout);
        HttpConnection kept = pool.take(origin);
        if (kept != null) {
            try {
                return answered(kept, kept.exchange(request, deadline));
            } catch (UnansweredException closedWhileIdle) {
                kept.close(); // and once more, on a new connection
            } catch (IOException | RuntimeException failed) {
                kept.close();
                throw failed;
            }
        }
        HttpConnection fresh = HttpConnection.open(origin, tls, deadline);
        try {
            return answered(fresh, fresh.exchange(request, deadline));
        } catch (IOException | RuntimeException failed) {
            fresh.close();
            throw failed;
        }
    }

    private int answered(HttpConnection connection, ResponseReader.Answer answer) {
        if (answer.reusable()) {
            pool.give(connection);
        } else {
            connection.close();
        }
        return answer.status();
    }

    /** Closes the kept connections; a request made after this opens and closes its own. */
    @Override
    public void close() {
        pool.close();
    }
}
