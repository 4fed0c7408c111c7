package bankcore.core.service;

import bankcore.core.domain.Event;
import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.port.out.WebhookSender;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes one attempt at one event for one endpoint: the Standard Webhooks headers, signed with the
 * endpoint's secret, posted only to a host the operator allowed. Records nothing: the attempt it
 * returns is for the lane to record with its progress.
 */
final class WebhookCourier {
    private final WebhookSender sender;
    private final Function<Event, String> render;
    private final WebhookService.WebhookHosts hosts;

    WebhookCourier(WebhookSender sender, Function<Event, String> render, Set<String> allowedHosts) {
        this.sender = sender;
        this.render = render;
        this.hosts = new WebhookService.WebhookHosts(allowedHosts);
    }

    /** The attempt's number is one more than the endpoint's failures at this event. */
    WebhookDelivery attempt(WebhookEndpoint endpoint, Event event, Instant now) {
        int status = 0;
        String error = "";
        if (!hosts.allows(endpoint.url())) {
            error = "host not allowed (BANK_WEBHOOK_ALLOWED_HOSTS)";
        } else {
            try {
                String body = render.apply(event);
                status = sender.post(endpoint.url(), headers(endpoint, event, now, body), body);
                error = status / 100 == 2 ? "" : "answered " + status;
            } catch (IOException unreachable) {
                error = unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage();
            }
        }
        return new WebhookDelivery(0, endpoint.id(), event.position(), event.id(), event.type(),
                endpoint.failures() + 1, error.isEmpty(), status, error, now);
    }

    private static Map<String, String> headers(WebhookEndpoint endpoint, Event event, Instant now, String body) {
        long timestamp = now.getEpochSecond();
        String messageId = event.id().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(endpoint.secret(), messageId, timestamp, body));
        return headers;
    }
}
