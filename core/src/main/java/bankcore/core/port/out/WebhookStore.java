package bankcore.core.port.out;

import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Webhook endpoints, their delivery progress and the delivery log, kept where the ledger is, so they
 * survive a restart. Each endpoint also carries a lease: which dispatcher delivers to it, and until
 * when, so that of several processes on one database one at a time does.
 */
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
     * Gives {@code owner} the delivery to endpoint {@code id} until {@code until}, unless another owner's
     * lease runs past {@code now}. Returns the endpoint as stored, its progress where the last owner
     * recorded it, or empty when another owner holds it or there is no such endpoint.
     */
    Optional<WebhookEndpoint> claim(long id, String owner, Instant now, Instant until);

    /**
     * Records {@code attempts} (oldest first) and the endpoint's progress after them, and extends
     * {@code owner}'s lease to {@code leaseUntil}, in one transaction. Leaves the secret alone (a
     * rotation made meanwhile stays). Records nothing and returns false when the endpoint was deleted
     * or {@code owner} no longer holds it.
     */
    boolean recordProgress(String owner, Instant leaseUntil, WebhookEndpoint progressed,
                           List<WebhookDelivery> attempts);

    /** Ends {@code owner}'s lease on endpoint {@code id}, if it holds one, so another may claim it at once. */
    void release(long id, String owner);

    /** The endpoint's attempts with an id below {@code beforeId}, newest first. */
    List<WebhookDelivery> deliveries(long endpointId, long beforeId, int limit);
}
