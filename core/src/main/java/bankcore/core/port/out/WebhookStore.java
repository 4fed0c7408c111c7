package bankcore.core.port.out;

import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;

import java.util.List;
import java.util.Optional;

/** Webhook endpoints, their delivery progress and the delivery log, kept where the ledger is, so they survive a restart. */
public interface WebhookStore {

    /** Stores a new endpoint and returns it with its id. */
    WebhookEndpoint insertEndpoint(WebhookEndpoint endpoint);

    /** Every endpoint, lowest id first. */
    List<WebhookEndpoint> endpoints();

    Optional<WebhookEndpoint> endpoint(long id);

    /** Removes the endpoint and its delivery log; false when there was none. */
    boolean deleteEndpoint(long id);

    /** Replaces the endpoint's secret; empty when there is no such endpoint. */
    Optional<WebhookEndpoint> replaceSecret(long id, String secret);

    /**
     * Records an attempt (when {@code attempt} is not null) and the endpoint's progress after it, in one
     * transaction; nothing when the endpoint was deleted meanwhile.
     */
    void recordProgress(WebhookEndpoint progressed, WebhookDelivery attempt);

    /** The endpoint's attempts with an id below {@code beforeId}, newest first. */
    List<WebhookDelivery> deliveries(long endpointId, long beforeId, int limit);
}
