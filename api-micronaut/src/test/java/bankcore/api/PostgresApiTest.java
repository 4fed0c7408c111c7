package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import bankcore.api.support.WebhookReceiver;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API on PostgreSQL in every run (the whole suite runs there with -Dbankcore.test.db=postgres): the seed's
 * transfer, a refusal, logout and a password change, a webhook delivery, and a ledger that verifies.
 */
class PostgresApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.onPostgres(Map.of("bank.webhook.allowed-hosts", "127.0.0.1"));
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @Test
    void the_seed_transfer_moves_money_and_a_transfer_beyond_the_balance_is_refused() {
        Bank.Person ada = bank.newCustomerWith("Ada Postgres", "100.00");
        Bank.Person alan = bank.newCustomer("Alan Postgres");

        Reply paid = api.post("/transfer").token(ada.token())
                .json(Json.object("receiver_id", alan.id(), "amount", "25.50")).send();
        Reply refused = api.post("/transfer").token(ada.token())
                .json(Json.object("receiver_id", alan.id(), "amount", "1000")).send();

        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).endsWith("insufficient-funds");
        assertThat(bank.balance(ada)).isEqualTo("74.50");
        assertThat(bank.balance(alan)).isEqualTo("25.50");
        JsonNode verify = api.get("/admin/ledger/verify").token(bank.adminToken()).send().json();
        assertThat(verify.get("ok").getBooleanValue()).as(verify.toString()).isTrue();
    }

    @Test
    void logout_and_a_password_change_revoke_tokens_on_postgres() {
        Bank.Person gus = bank.newCustomer("Gus Postgres");
        String other = api.login(gus.email(), gus.password());

        assertThat(api.post("/logout").token(gus.token()).send().status()).isEqualTo(204);
        assertThat(api.get("/users/me").token(gus.token()).send().status()).isEqualTo(401);
        Reply changed = api.post("/users/me/password").token(other).json(Json.object(
                "current_password", gus.password(), "new_password", "a brand new passphrase for gus")).send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(api.get("/users/me").token(other).send().status()).isEqualTo(401);
        assertThat(api.get("/users/me").token(changed.json().get("access_token").getStringValue()).send().status())
                .isEqualTo(200);
    }

    @Test
    void a_webhook_endpoint_gets_the_feed_signed_and_its_log_is_kept_on_postgres() throws InterruptedException {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Reply created = api.post("/webhooks").token(bank.adminToken()).json(Json.object("url",
                    receiver.url().toString(), "events", Json.raw("[\"transfer.posted\"]"))).send();
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            receiver.expectSecret(created.json().get("secret").getStringValue());
            long id = created.json().get("id").getLongValue();

            bank.newCustomerWith("Eve Postgres", "10.00");
            // The attempt is logged after the receiver has answered: wait for the log, not the receiver.
            long giveUpAt = System.nanoTime() + 30_000_000_000L;
            Reply log = api.get("/webhooks/" + id + "/deliveries").token(bank.adminToken()).send();
            while (log.status() == 200 && log.json().get("items").size() == 0) {
                assertThat(System.nanoTime()).as("waited 30 s for a logged delivery").isLessThan(giveUpAt);
                Thread.sleep(20);
                log = api.get("/webhooks/" + id + "/deliveries").token(bank.adminToken()).send();
            }

            assertThat(log.status()).as(log.toString()).isEqualTo(200);
            assertThat(log.json().get("items").get(0).get("status").getStringValue()).isEqualTo("delivered");
            assertThat(receiver.deliveries().get(0).signatureValid()).isTrue();
            assertThat(api.call("DELETE", "/webhooks/" + id).token(bank.adminToken()).send().status()).isEqualTo(204);
        }
    }
}
