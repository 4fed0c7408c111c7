package bankcore.api.wiring;

import bankcore.core.port.out.WebhookSender;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Webhook requests over the JDK's HttpClient: no redirect is followed (a 3xx is an answer like any
 * other, so a receiver cannot bounce deliveries to a host the operator did not allow), and a request
 * that takes longer than the timeout fails and is retried later.
 */
final class JdkWebhookSender implements WebhookSender {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    @Override
    public int post(URI url, Map<String, String> headers, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: the dispatcher is stopping", stopping);
        }
    }
}
