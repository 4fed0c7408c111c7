package bankcore.api.wiring;

import bankcore.api.events.EventView;
import bankcore.core.port.in.ChangeFeed;
import bankcore.core.port.in.ManageWebhooks;
import bankcore.core.service.WebhookDispatcher;
import bankcore.core.service.WebhookService;
import bankcore.persistence.select.OpenedLedger;
import bankcore.webhook.http.SocketWebhookSender;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Webhooks: the service the controller uses, and the dispatcher, started with the application. It is
 * built from the change feed, the opened store and the sender, and a bean is destroyed before those
 * it was built from, so it stops (and gives up its leases) before the store and the sender close.
 * Deliveries carry each event as {@code GET /events} shows it.
 */
@Factory
public class WebhookWiring {
    /** Connecting and answering together; the lease (30 s by default) must stay over twice this. */
    private static final Duration SENDER_TIMEOUT = Duration.ofSeconds(10);

    @Singleton
    ManageWebhooks manageWebhooks(OpenedLedger store, AllowedHosts hosts, InstantSource clock) {
        return new WebhookService(store.webhookStore(), store.ledgerStore(), hosts.names(), clock);
    }

    /** Kept connections to the receivers; closed after the dispatcher that uses it has stopped. */
    @Singleton
    @Bean(preDestroy = "close")
    SocketWebhookSender webhookSender() {
        return new SocketWebhookSender(SENDER_TIMEOUT);
    }

    @Context
    @Bean(preDestroy = "close")
    WebhookDispatcher webhookDispatcher(OpenedLedger store, ChangeFeed feed, SocketWebhookSender sender,
                                        AllowedHosts hosts,
                                        InstantSource clock, JsonMapper json,
                                        @Property(name = "bank.webhook.first-retry", defaultValue = "1s")
                                        Duration firstRetry,
                                        @Property(name = "bank.webhook.lease", defaultValue = "30s") Duration lease,
                                        @Property(name = "bank.webhook.parallelism", defaultValue = "8")
                                        int parallelism) {
        WebhookDispatcher.Settings standard = WebhookDispatcher.Settings.standard();
        return new WebhookDispatcher(feed, store.webhookStore(), sender, event -> {
            try {
                return json.writeValueAsString(EventView.of(event));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, hosts.names(), clock, new WebhookDispatcher.Settings(firstRetry, standard.longestRetry(),
                standard.giveUpAfter(), standard.idle(), lease, parallelism)).start();
    }

    /** BANK_WEBHOOK_ALLOWED_HOSTS: comma-separated host names deliveries may go to; empty, none. */
    @Singleton
    AllowedHosts allowedHosts(@Property(name = "bank.webhook.allowed-hosts", defaultValue = "") String hosts) {
        return new AllowedHosts(Arrays.stream(hosts.split(",")).map(String::strip).filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    record AllowedHosts(Set<String> names) {
    }
}
