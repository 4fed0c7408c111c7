package bankcore.persistence.postgres;

import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.domain.WebhookEndpoint.Status;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the webhook store adds for several nodes on one database, beyond the shared contracts. */
class PostgresWebhookStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void of_two_nodes_claiming_an_endpoint_at_once_one_gets_it_and_only_it_records_progress() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (PostgresLedgerStore first = PostgresLedgerStore.open(url, null, null);
             PostgresLedgerStore second = PostgresLedgerStore.open(url, null, null)) {
            PostgresWebhookStore a = PostgresWebhookStore.on(first);
            PostgresWebhookStore b = PostgresWebhookStore.on(second);
            WebhookEndpoint registered = a.insertEndpoint(new WebhookEndpoint(0,
                    URI.create("http://hooks.example.test/bankcore"), List.of("*"), "", Status.ACTIVE, "fake-secret",
                    NOW, 0, 0, null, NOW));
            CyclicBarrier together = new CyclicBarrier(2);
            for (int round = 0; round < 20; round++) {
                Instant now = NOW.plusSeconds(60L * round); // the last round's lease (30 s) has run out
                CompletableFuture<Optional<WebhookEndpoint>> byA = CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return a.claim(registered.id(), "node-a", now, now.plusSeconds(30));
                }, two);
                CompletableFuture<Optional<WebhookEndpoint>> byB = CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return b.claim(registered.id(), "node-b", now, now.plusSeconds(30));
                }, two);
                boolean aWon = byA.get().isPresent();
                assertThat(aWon).as("round %d: exactly one claim wins", round).isNotEqualTo(byB.get().isPresent());

                WebhookEndpoint progressed = registered.withProgress(Status.ACTIVE, round + 1, 0, null, now);
                assertThat(a.recordProgress("node-a", now.plusSeconds(30), progressed, List.of())).isEqualTo(aWon);
                assertThat(b.recordProgress("node-b", now.plusSeconds(30), progressed, List.of())).isEqualTo(!aWon);
            }
            assertThat(a.endpoint(registered.id()).orElseThrow().deliveredUpTo()).isEqualTo(20);
        } finally {
            two.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
