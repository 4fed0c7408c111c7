package bankcore.api;

import bankcore.api.support.ApiProcess;
import bankcore.api.support.RawHttp;
import bankcore.api.support.TestServer;
import bankcore.core.Ledger;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API in a JVM of its own, under load from a pool of clients, stopped with SIGTERM: it stops accepting
 * connections, answers every request it had received, and exits within a bound. Twice: under logins (bcrypt
 * makes each take a while, so many are in flight when the signal comes), and under deposits, where every
 * acknowledged one must then be in the ledger and every invariant must hold.
 */
class GracefulStopTest {

    private static final int CLIENTS = 12;
    /** A request fully sent this long before the signal has surely been read by the server. */
    private static final long SURELY_RECEIVED_MS = 200;
    private static final long STOP_BOUND_MS = 30_000;
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Pattern TRANSFER_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @TempDir
    Path dir;

    @Test
    void on_sigterm_every_received_request_is_answered_and_the_process_exits_in_time() throws Exception {
        List<Attempt> attempts = stopUnderLoad(server -> () -> post(server, "/login", "{\"username\":\""
                + TestServer.ADMIN_EMAIL + "\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}", null));

        assertThat(attempts).filteredOn(attempt -> attempt.status() != 0)
                .allSatisfy(attempt -> assertThat(attempt.status()).isIn(200, 401, 429));
    }

    @Test
    void on_sigterm_under_deposits_every_acknowledged_one_is_in_the_ledger_and_the_invariants_hold() throws Exception {
        long account;
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("banking.db"));
             Ledger ledger = Ledger.builder(store).build()) {
            account = ledger.registration().register(RegisterCustomer.Command.customer("Stopped Under Load",
                    "stopped@example.test", null, EUR)).account().id();
        }
        List<Attempt> attempts = stopUnderLoad(server -> {
            String token = adminToken(server);
            return () -> post(server, "/accounts/" + account + "/deposits", "{\"amount\":\"0.01\"}", token);
        });

        List<Attempt> answered = attempts.stream().filter(attempt -> attempt.status() != 0).toList();
        assertThat(answered).allSatisfy(attempt -> assertThat(attempt.status()).as(attempt.body()).isEqualTo(201));
        List<UUID> acknowledged = answered.stream().map(GracefulStopTest::transferId).toList();
        try (SqliteLedgerStore store = SqliteLedgerStore.openReadOnly(dir.resolve("banking.db"));
             Ledger ledger = Ledger.builder(store).build()) {
            assertThat(acknowledged).allSatisfy(id -> assertThat(ledger.queries().transfer(id)).as("acknowledged %s", id)
                    .isPresent());
            assertThat(ledger.verifier().verify().ok()).as("the five invariants").isTrue();
            System.out.printf("graceful stop under deposits: %d acknowledged, all in the ledger, "
                    + "%d transfers in all%n", acknowledged.size(), ledger.analytics().summary().transfers());
        }
    }

    /**
     * Starts the API, lets {@link #CLIENTS} clients send the requests that {@code load} makes for it (once
     * it is healthy) in a loop, sends SIGTERM after 3 s,
     * asserts that the process exited in time, answered requests in flight at the signal and every request it
     * surely received, and returns every attempt.
     */
    private List<Attempt> stopUnderLoad(Function<URI, Supplier<Attempt>> load) throws Exception {
        // A bcrypt cost that makes logins slow, so that many are in flight when the signal comes.
        try (ApiProcess node = ApiProcess.start(List.of("bank.bcrypt-cost=10"),
                Map.of("BANK_DB", dir.resolve("banking.db").toString()), dir.resolve("api.log"))) {
            Process api = node.process();
            URI server = node.uri();
            Supplier<Attempt> request = load.apply(server);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
                AtomicBoolean running = new AtomicBoolean(true);
                for (int i = 0; i < CLIENTS; i++) {
                    clients.submit(() -> {
                        while (running.get()) {
                            Attempt attempt = request.get();
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

                assertThat(exited).as("exited within %d ms; log:%n%s", STOP_BOUND_MS, node.log()).isTrue();
                List<Attempt> received = attempts.stream()
                        .filter(attempt -> attempt.sentAt() < signalledAt - SURELY_RECEIVED_MS * 1_000_000).toList();
                List<Attempt> unanswered = received.stream().filter(attempt -> attempt.status() == 0).toList();
                long answeredAfterSignal = attempts.stream()
                        .filter(attempt -> attempt.status() != 0 && attempt.endedAt() > signalledAt).count();
                System.out.printf("graceful stop: %d requests, %d sent before the signal, %d answered after it, "
                                + "%d unanswered, %d refused after; stopped in %d ms%n", attempts.size(), received.size(),
                        answeredAfterSignal, unanswered.size(), attempts.stream().filter(Attempt::refused).count(), stopMs);
                assertThat(answeredAfterSignal).as("requests in flight at the signal were answered").isPositive();
                assertThat(unanswered).as("requests received but not answered").isEmpty();
                return List.copyOf(attempts);
            } finally {
                clients.shutdownNow();
            }
        }
    }

    private static String adminToken(URI server) {
        RawHttp.Response reply = RawHttp.postJson("127.0.0.1", server, "/login", "{\"username\":\""
                + TestServer.ADMIN_EMAIL + "\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}");
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(reply.body());
        assertThat(token.find()).as(reply.body()).isTrue();
        return token.group(1);
    }

    private static Attempt post(URI server, String path, String json, String token) {
        long sentAt = System.nanoTime();
        try {
            RawHttp.Response reply = RawHttp.postJson("127.0.0.1", server, path, json, token);
            return new Attempt(sentAt, System.nanoTime(), reply.status(), false, reply.body());
        } catch (UncheckedIOException failed) {
            boolean refused = failed.getCause() instanceof ConnectException;
            return new Attempt(sentAt, System.nanoTime(), 0, refused, "");
        } catch (RuntimeException noStatusLine) {
            return new Attempt(sentAt, System.nanoTime(), 0, false, "");
        }
    }

    private static UUID transferId(Attempt acknowledged) {
        Matcher id = TRANSFER_ID.matcher(acknowledged.body());
        assertThat(id.find()).as(acknowledged.body()).isTrue();
        return UUID.fromString(id.group(1));
    }

    /** @param status 0 when no status line came back */
    private record Attempt(long sentAt, long endedAt, int status, boolean refused, String body) {
    }
}
