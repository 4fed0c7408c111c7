package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import bankcore.api.support.WebhookReceiver;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /webhooks and the rest: signed deliveries to a receiver on loopback, in order, retried, logged. */
class WebhookTest {

    @RegisterExtension
    static final TestServer server = new TestServer(Map.of("bank.webhook.allowed-hosts", "127.0.0.1",
            "bank.webhook.first-retry", "50ms"));
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);
    private static final WebhookReceiver receiver = new WebhookReceiver();

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private static Reply register(String url, String... events) {
        return api.post("/webhooks").token(bank.adminToken())
                .json(Json.object("url", url, "events", array(events), "description", "test receiver")).send();
    }

    private static Object array(String... texts) {
        return Json.raw("[" + String.join(",", java.util.Arrays.stream(texts).map(Json::quote).toList()) + "]");
    }

    private static void pay(Person from, Person to, String amount) {
        Reply reply = api.post("/transfers").token(from.token())
                .json(Json.object("receiver_id", to.id(), "amount", amount)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long giveUpAt = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(giveUpAt);
            Thread.sleep(20);
        }
    }

    private static JsonNode json(String text) {
        try {
            return server.context().getBean(io.micronaut.json.JsonMapper.class).readValue(text, JsonNode.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void delivers_signed_events_in_order_retries_a_failing_answer_and_logs_every_attempt() throws Exception {
        Person ann = bank.newCustomerWith("Ann", "50.00");
        Person ben = bank.newCustomer("Ben");
        Reply created = register(receiver.url().toString(), "transfer.*");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.json().get("secret").getStringValue();
        assertThat(secret).startsWith("whsec_");
        receiver.expectSecret(secret);
        long id = created.json().get("id").getLongValue();
        int before = receiver.deliveries().size();
        receiver.failNext(2);

        for (int i = 1; i <= 5; i++) {
            pay(ann, ben, i + ".00");
        }
        eventually(() -> receiver.deliveries().size() >= before + 7);

        List<WebhookReceiver.Delivery> got = receiver.deliveries().subList(before, before + 7);
        assertThat(got).allMatch(WebhookReceiver.Delivery::signatureValid);
        assertThat(got.get(0).id()).isEqualTo(got.get(1).id()).isEqualTo(got.get(2).id());
        List<String> amounts = new ArrayList<>();
        for (WebhookReceiver.Delivery delivery : got.subList(2, 7)) {
            JsonNode event = json(delivery.body());
            assertThat(event.get("type").getStringValue()).isEqualTo("transfer.posted");
            assertThat(event.get("id").getStringValue()).isEqualTo(delivery.id());
            amounts.add(event.get("data").get("amount").getStringValue());
        }
        assertThat(amounts).containsExactly("1.00", "2.00", "3.00", "4.00", "5.00");
        // The dispatcher records its deliveries in batches, a fraction of a second after making them.
        eventually(() -> api.get("/webhooks/" + id + "/deliveries?limit=10").token(bank.adminToken()).send().json()
                .get("items").size() >= 7);
        Reply log = api.get("/webhooks/" + id + "/deliveries?limit=10").token(bank.adminToken()).send();
        assertThat(log.status()).isEqualTo(200);
        List<String> statuses = new ArrayList<>();
        log.json().get("items").values().forEach(item -> statuses.add(item.get("status").getStringValue() + "/"
                + item.get("attempt").getIntValue() + "/" + item.get("response_status").getIntValue()));
        assertThat(statuses).containsExactly("delivered/1/204", "delivered/1/204", "delivered/1/204",
                "delivered/1/204", "delivered/3/204", "failed/2/500", "failed/1/500");
        assertThat(api.call("DELETE", "/webhooks/" + id).token(bank.adminToken()).send().status()).isEqualTo(204);
    }

    @Test
    void lists_without_secrets_rotates_a_secret_and_deletes() throws Exception {
        Reply created = register(receiver.url().toString(), "account.*");
        long id = created.json().get("id").getLongValue();

        Reply list = api.get("/webhooks").token(bank.adminToken()).send();
        Reply rotated = api.post("/webhooks/" + id + "/rotate-secret").token(bank.adminToken()).send();
        receiver.expectSecret(rotated.json().get("secret").getStringValue());
        int before = receiver.deliveries().size();
        bank.newCustomer("Cal");
        eventually(() -> receiver.deliveries().size() > before);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("whsec_");
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().get("secret").getStringValue()).isNotEqualTo(created.json().get("secret")
                .getStringValue());
        assertThat(receiver.deliveries().get(before).signatureValid()).isTrue();
        assertThat(api.call("DELETE", "/webhooks/" + id).token(bank.adminToken()).send().status()).isEqualTo(204);
        assertThat(api.call("DELETE", "/webhooks/" + id).token(bank.adminToken()).send().status()).isEqualTo(404);
        assertThat(api.post("/webhooks/" + id + "/rotate-secret").token(bank.adminToken()).send().status())
                .isEqualTo(404);
        assertThat(api.get("/webhooks/" + id + "/deliveries").token(bank.adminToken()).send().status()).isEqualTo(404);
        assertThat(api.get("/webhooks/x/deliveries").token(bank.adminToken()).send().status()).isEqualTo(404);
    }

    @Test
    void refuses_hosts_not_allowed_unknown_event_types_and_customers() {
        Person dee = bank.newCustomer("Dee");

        Reply elsewhere = register("http://example.com/hook", "transfer.*");
        Reply unknownType = register(receiver.url().toString(), "transfer.sent");
        Reply notHttp = register("file:///etc/passwd", "*");
        Reply byCustomer = api.post("/webhooks").token(dee.token())
                .json(Json.object("url", receiver.url().toString(), "events", array("*"))).send();

        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(422);
        assertThat(unknownType.status()).as(unknownType.toString()).isEqualTo(422);
        assertThat(notHttp.status()).as(notHttp.toString()).isEqualTo(422);
        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(api.get("/webhooks").token(dee.token()).send().status()).isEqualTo(403);
    }
}
