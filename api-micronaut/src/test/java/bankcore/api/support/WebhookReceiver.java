package bankcore.api.support;

import bankcore.core.service.WebhookSignature;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint on loopback for tests: records every request it gets, with whether its
 * Standard Webhooks signature verifies against the secret it was told, and answers 500 to the
 * first {@link #failNext} requests, 204 to the others.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Delivery(String id, long timestamp, String signature, String body, boolean signatureValid) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile String secret = "";

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            boolean valid = !secret.isEmpty() && WebhookSignature.sign(secret, id, timestamp, body).equals(signature);
            deliveries.add(new Delivery(id, timestamp, signature, body, valid));
            int status = failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    /** The secret signatures are checked against (the one registration or rotation returned). */
    public void expectSecret(String newSecret) {
        secret = newSecret;
    }

    public void failNext(int requests) {
        failNext.set(requests);
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
