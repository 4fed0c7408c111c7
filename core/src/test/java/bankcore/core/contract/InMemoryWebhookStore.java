package bankcore.core.contract;

import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.port.out.WebhookStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Webhook endpoints and their delivery log in memory, for the core's tests; passes {@link WebhookStoreContract}. */
public final class InMemoryWebhookStore implements WebhookStore {
    private final TreeMap<Long, WebhookEndpoint> endpoints = new TreeMap<>();
    private final List<WebhookDelivery> deliveries = new ArrayList<>();
    private long lastDeliveryId;

    @Override
    public synchronized WebhookEndpoint insertEndpoint(WebhookEndpoint endpoint) {
        WebhookEndpoint saved = endpoint.withId(endpoints.isEmpty() ? 1 : endpoints.lastKey() + 1);
        endpoints.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized List<WebhookEndpoint> endpoints() {
        return List.copyOf(endpoints.values());
    }

    @Override
    public synchronized Optional<WebhookEndpoint> endpoint(long id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    @Override
    public synchronized boolean deleteEndpoint(long id) {
        deliveries.removeIf(delivery -> delivery.endpointId() == id);
        return endpoints.remove(id) != null;
    }

    @Override
    public synchronized Optional<WebhookEndpoint> replaceSecret(long id, String secret) {
        return endpoint(id).map(endpoint -> {
            WebhookEndpoint rotated = endpoint.withSecret(secret);
            endpoints.put(id, rotated);
            return rotated;
        });
    }

    @Override
    public synchronized void recordProgress(WebhookEndpoint progressed, WebhookDelivery attempt) {
        WebhookEndpoint current = endpoints.get(progressed.id());
        if (current == null) {
            return;
        }
        endpoints.put(progressed.id(), progressed.withSecret(current.secret()));
        if (attempt != null) {
            deliveries.add(new WebhookDelivery(++lastDeliveryId, attempt.endpointId(), attempt.eventPosition(),
                    attempt.eventId(), attempt.eventType(), attempt.attempt(), attempt.delivered(),
                    attempt.responseStatus(), attempt.error(), attempt.attemptedAt()));
        }
    }

    @Override
    public synchronized List<WebhookDelivery> deliveries(long endpointId, long beforeId, int limit) {
        return deliveries.stream().filter(d -> d.endpointId() == endpointId && d.id() < beforeId)
                .sorted(Comparator.comparingLong(WebhookDelivery::id).reversed()).limit(limit).toList();
    }
}
