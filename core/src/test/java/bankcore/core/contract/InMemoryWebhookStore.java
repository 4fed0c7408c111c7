package bankcore.core.contract;

import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.port.out.WebhookStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Webhook endpoints and their delivery log in memory, for the core's tests; passes {@link WebhookContract}. */
public final class InMemoryWebhookStore implements WebhookStore {
    private final TreeMap<Long, WebhookEndpoint> endpoints = new TreeMap<>();
    private final Map<Long, Lease> leases = new HashMap<>();
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
        leases.remove(id);
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
    public synchronized Optional<WebhookEndpoint> claim(long id, String owner, Instant now, Instant until) {
        Lease held = leases.get(id);
        if (!endpoints.containsKey(id) || held != null && !held.owner().equals(owner) && held.until().isAfter(now)) {
            return Optional.empty();
        }
        leases.put(id, new Lease(owner, until));
        return endpoint(id);
    }

    @Override
    public synchronized boolean recordProgress(String owner, Instant leaseUntil, WebhookEndpoint progressed,
                                               List<WebhookDelivery> attempts) {
        WebhookEndpoint current = endpoints.get(progressed.id());
        Lease held = leases.get(progressed.id());
        if (current == null || held == null || !held.owner().equals(owner)) {
            return false;
        }
        endpoints.put(progressed.id(), progressed.withSecret(current.secret()));
        leases.put(progressed.id(), new Lease(owner, leaseUntil));
        for (WebhookDelivery attempt : attempts) {
            deliveries.add(new WebhookDelivery(++lastDeliveryId, attempt.endpointId(), attempt.eventPosition(),
                    attempt.eventId(), attempt.eventType(), attempt.attempt(), attempt.delivered(),
                    attempt.responseStatus(), attempt.error(), attempt.attemptedAt()));
        }
        return true;
    }

    @Override
    public synchronized void release(long id, String owner) {
        leases.computeIfPresent(id, (key, held) -> held.owner().equals(owner) ? null : held);
    }

    @Override
    public synchronized List<WebhookDelivery> deliveries(long endpointId, long beforeId, int limit) {
        return deliveries.stream().filter(d -> d.endpointId() == endpointId && d.id() < beforeId)
                .sorted(Comparator.comparingLong(WebhookDelivery::id).reversed()).limit(limit).toList();
    }

    private record Lease(String owner, Instant until) {
    }
}
