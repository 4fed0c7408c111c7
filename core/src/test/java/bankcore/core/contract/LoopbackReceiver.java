package bankcore.core.contract;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhook endpoints on loopback for the delivery tests: {@code /hook/N} records each request's body
 * (the tests render an event as its position) in arrival order, and notes when two requests for one
 * endpoint were ever in flight at once. It answers on several threads, so that such an overlap would
 * be seen, and endpoints do not wait for each other.
 */
final class LoopbackReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, List<Long>> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger overlaps = new AtomicInteger();
    private volatile Instant firstArrival;

    LoopbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            AtomicInteger flying = inFlight.computeIfAbsent(path, key -> new AtomicInteger());
            if (flying.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            long position = Long.parseLong(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            if (firstArrival == null) {
                firstArrival = Instant.now();
            }
            List<Long> positions = received.computeIfAbsent(path, key -> new ArrayList<>());
            synchronized (positions) {
                positions.add(position);
            }
            flying.decrementAndGet(); // before answering: the next request may come as soon as the answer does
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    URI endpoint(int n) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook/" + n);
    }

    /** The positions endpoint {@code n} got, in the order they arrived. */
    List<Long> received(int n) {
        List<Long> positions = received.getOrDefault("/hook/" + n, List.of());
        synchronized (positions) {
            return List.copyOf(positions);
        }
    }

    /** How often a request arrived for an endpoint while another for it was still being answered. */
    int overlaps() {
        return overlaps.get();
    }

    /** When the first request of all arrived; null before. */
    Instant firstArrival() {
        return firstArrival;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
