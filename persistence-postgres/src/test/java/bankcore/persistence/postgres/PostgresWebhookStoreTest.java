package bankcore.persistence.postgres;

import bankcore.core.domain.EventType;
import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.domain.WebhookEndpoint.Status;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the webhook store adds for several nodes on one database, beyond the shared contract. */
class PostgresWebhookStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void a_node_that_delivered_from_a_stale_read_does_not_set_the_progress_back() {
        try (PostgresLedgerStore store = PostgresLedgerStore.open(TestDatabase.freshSchemaUrl(), null, null)) {
            PostgresWebhookStore webhooks = PostgresWebhookStore.on(store);
            WebhookEndpoint registered = webhooks.insertEndpoint(new WebhookEndpoint(0,
                    URI.create("http://hooks.example.test/bankcore"), List.of("*"), "", Status.ACTIVE, "fake-secret",
                    NOW, 0, 0, null, NOW));

            webhooks.recordProgress(registered.withProgress(Status.ACTIVE, 10, 0, null, NOW),
                    delivered(registered, 10));
            // another node, working from a read made before position 10 was recorded, records event 5 now
            webhooks.recordProgress(registered.withProgress(Status.ACTIVE, 5, 0, null, NOW),
                    delivered(registered, 5));

            assertThat(webhooks.endpoint(registered.id()).orElseThrow().deliveredUpTo()).isEqualTo(10);
            assertThat(webhooks.deliveries(registered.id(), Long.MAX_VALUE, 10))
                    .extracting(WebhookDelivery::eventPosition).containsExactly(10L);
        }
    }

    private static WebhookDelivery delivered(WebhookEndpoint endpoint, long position) {
        return new WebhookDelivery(0, endpoint.id(), position, UUID.randomUUID(), EventType.TRANSFER_POSTED, 1, true,
                204, "", NOW);
    }
}
