package bankcore.api;

import bankcore.api.support.ChildApi;
import bankcore.api.support.RawHttp;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API in a JVM of its own, under load from a pool of clients, stopped with SIGTERM: it stops accepting
 * connections, answers every request it had received, and exits within a bound. Logins are the load: bcrypt
 * makes each take a while, so many are in flight when the signal comes.
 */
class GracefulStopTest {

    private static final int CLIENTS = 12;
    /** A request fully sent this long before the signal has surely been read by the server. */
    private static final long SURELY_RECEIVED_MS = 200;
    private static final long STOP_BOUND_MS = 30_000;

    @TempDir
    Path dir;

    @Test
    void on_sigterm_every_received_request_is_answered_and_the_process_exits_in_time() throws Exception {
        // A bcrypt cost that makes logins slow, so requests are in flight when the signal comes.
        ChildApi child = new ChildApi(dir, Map.of(), "-Dbank.bcrypt-cost=10");
        URI server = child.uri();
        Process api = child.start();
        Path log = child.log();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        Attempt attempt = login(server);
                        attempts.add(attempt);
                        if (attempt.refused()) {
                            return; // the server has stopped accepting: nothing more to learn from this client
                        }
                    }
                });
            }
            Thread.sleep(3_000);
            long signalledAt = System.nanoTime();
            api.destroy(); // SIGTERM
            boolean exited = api.waitFor(STOP_BOUND_MS, TimeUnit.MILLISECONDS);
            long stopMs = (System.nanoTime() - signalledAt) / 1_000_000;
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(exited).as("exited within %d ms; log:%n%s", STOP_BOUND_MS, Files.readString(log)).isTrue();
            List<Attempt> received = attempts.stream()
                    .filter(attempt -> attempt.sentAt() < signalledAt - SURELY_RECEIVED_MS * 1_000_000).toList();
            List<Attempt> unanswered = received.stream().filter(attempt -> attempt.status() == 0).toList();
            long inFlightAtSignal = received.stream().filter(attempt -> attempt.endedAt() > signalledAt).count();
            System.out.printf("graceful stop: %d requests, %d sent before the signal, %d of them in flight at it, "
                            + "%d unanswered, %d refused after; stopped in %d ms%n", attempts.size(), received.size(),
                    inFlightAtSignal, unanswered.size(), attempts.stream().filter(Attempt::refused).count(), stopMs);
            assertThat(inFlightAtSignal).as("requests were in flight when the signal came").isPositive();
            assertThat(unanswered).as("requests received but not answered").isEmpty();
            assertThat(received).allSatisfy(attempt -> assertThat(attempt.status()).isIn(200, 401, 429));
        } finally {
            clients.shutdownNow();
            api.destroyForcibly();
        }
    }

    private static Attempt login(URI server) {
        String body = "{\"username\":\"" + TestServer.ADMIN_EMAIL + "\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}";
        long sentAt = System.nanoTime();
        try {
            int status = RawHttp.postJson("127.0.0.1", server, "/login", body).status();
            return new Attempt(sentAt, System.nanoTime(), status, false);
        } catch (UncheckedIOException failed) {
            boolean refused = failed.getCause() instanceof ConnectException;
            return new Attempt(sentAt, System.nanoTime(), 0, refused);
        } catch (RuntimeException noStatusLine) {
            return new Attempt(sentAt, System.nanoTime(), 0, false);
        }
    }

    /** @param status 0 when no status line came back */
    private record Attempt(long sentAt, long endedAt, int status, boolean refused) {
    }
}
