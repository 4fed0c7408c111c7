package bankcore.api;

import bankcore.api.support.ApiProcess;
import bankcore.api.support.TestServer;
import bankcore.api.support.WebhookReceiver;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API SIGKILLed while it posts transfers and delivers them to a webhook, then started again on
 * the same database: the receiver gets every transfer's event, in order, signed, each at least once,
 * nothing skipped. The second process resumes where the first last recorded its progress (it records
 * once per batch of deliveries), so the stretch delivered after that recording comes twice: one
 * step back in the sequence, never a gap.
 */
class WebhookAfterKillTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.createDefault();

    @TempDir
    Path dir;

    @Test
    void every_event_is_delivered_in_order_at_least_once_across_a_sigkill() throws Exception {
        Map<String, String> environment = Map.of("BANK_DB", dir.resolve("banking.db").toString(),
                "BANK_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1");
        List<String> properties = List.of("bank.bcrypt-cost=4", "bank.webhook.first-retry=50ms",
                "bank.webhook.lease=2s");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            AtomicInteger acknowledged = new AtomicInteger();
            long ann;
            try (ApiProcess first = ApiProcess.start(properties, environment, dir.resolve("api-1.log"))) {
                URI api = first.uri();
                String admin = login(api, TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
                JsonNode hook = send(api, "POST", "/webhooks", admin, "{\"url\":\"" + receiver.url()
                        + "\",\"events\":[\"transfer.posted\"]}", 201);
                receiver.expectSecret(hook.get("secret").getStringValue());
                ann = account(api, admin, "ann");
                long ben = account(api, admin, "ben");
                send(api, "POST", "/accounts/" + ann + "/deposits", admin, "{\"amount\":\"1000.00\"}", 201);

                AtomicBoolean paying = new AtomicBoolean(true);
                Thread payer = new Thread(() -> {
                    while (paying.get()) {
                        try {
                            send(api, "POST", "/accounts/" + ben + "/deposits", admin, "{\"amount\":\"0.01\"}", 201);
                            acknowledged.incrementAndGet();
                        } catch (RuntimeException | AssertionError killed) {
                            return;
                        }
                    }
                });
                payer.start();
                eventually(() -> receiver.deliveries().size() >= 30);
                first.process().destroyForcibly().waitFor(); // SIGKILL, while deliveries and transfers are under way
                paying.set(false);
                payer.join();
            }

            try (ApiProcess second = ApiProcess.start(properties, environment, dir.resolve("api-2.log"))) {
                URI api = second.uri();
                String again = login(api, TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
                for (int i = 0; i < 5; i++) {
                    send(api, "POST", "/accounts/" + ann + "/deposits", again, "{\"amount\":\"1.00\"}", 201);
                }
                List<String> expected = transferEventIds(api, again);
                eventually(() -> distinct(receiver).size() >= expected.size());

                assertThat(acknowledged.get()).isPositive();
                assertThat(receiver.deliveries()).allMatch(WebhookReceiver.Delivery::signatureValid);
                assertThat(distinct(receiver)).containsExactlyElementsOf(expected);
                assertThat(stepsBack(receiver, expected)).as("the one replay after the kill").isLessThanOrEqualTo(1);
            }
        }
    }

    /** The ids received, each once, in the order they first came. */
    private static List<String> distinct(WebhookReceiver receiver) {
        return receiver.deliveries().stream().map(WebhookReceiver.Delivery::id).distinct().toList();
    }

    /**
     * How often the sequence received steps back to an event already delivered; it never skips one:
     * each delivery is the one after the previous, or a repeat of an earlier one.
     */
    private static int stepsBack(WebhookReceiver receiver, List<String> expected) {
        int back = 0;
        int previous = -1;
        for (WebhookReceiver.Delivery delivery : receiver.deliveries()) {
            int at = expected.indexOf(delivery.id());
            assertThat(at).as("delivery %s after #%d", delivery.id(), previous).isBetween(0, previous + 1);
            if (at <= previous) {
                back++;
            }
            previous = at;
        }
        return back;
    }

    private static List<String> transferEventIds(URI api, String token) {
        List<String> ids = new ArrayList<>();
        String after = "0";
        while (after != null) {
            JsonNode page = send(api, "GET", "/events?limit=200&after=" + after, token, null, 200);
            page.get("items").values().forEach(event -> {
                if (event.get("type").getStringValue().equals("transfer.posted")) {
                    ids.add(event.get("id").getStringValue());
                }
            });
            after = page.get("next_cursor").isNull() ? null : page.get("next_cursor").getStringValue();
        }
        // The endpoint was registered before the first transfer, so it is owed every one.
        return ids;
    }

    private static long account(URI api, String admin, String name) {
        JsonNode user = send(api, "POST", "/users", admin, "{\"name\":\"" + name + "\",\"email\":\"" + name
                + "@example.test\",\"password\":\"violet kettle under monday " + name + "\"}", 201);
        return user.get("accounts").get(0).get("id").getLongValue();
    }

    private static String login(URI api, String email, String password) {
        return send(api, "POST", "/login", null, "{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}",
                200).get("access_token").getStringValue();
    }

    private static JsonNode send(URI api, String method, String path, String token, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
            return JSON.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 90 s").isLessThan(giveUpAt);
            Thread.sleep(50);
        }
    }
}
