package bankcore.core.port.in;

import bankcore.core.domain.Page;
import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Endpoints that receive the change feed's events, signed as Standard Webhooks are. An endpoint gets
 * the events committed after it was registered, each at least once and in order; only hosts the
 * operator allowed are ever called.
 */
public interface ManageWebhooks {

    /**
     * Registers an endpoint; the returned one carries its secret ({@code whsec_...}), which no other
     * call shows. Refused ({@code INVALID_ARGUMENT}) when the URL is not http(s), its host is not
     * allowed, or a pattern names no event type.
     */
    WebhookEndpoint register(URI url, List<String> events, String description);

    List<WebhookEndpoint> endpoints();

    /** False when there is no such endpoint. */
    boolean delete(long id);

    /** A new secret for the endpoint, returned once; empty when there is no such endpoint. */
    Optional<WebhookEndpoint> rotateSecret(long id);

    /** The endpoint's delivery attempts, newest first; empty when there is no such endpoint. */
    Optional<Page<WebhookDelivery>> deliveries(long id, Optional<String> cursor, int limit);
}
