package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /admin/audit: every money movement and account control, with who asked, from where, in which request. */
class AuditLogTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @Test
    void movements_and_controls_are_audited_with_the_caller_its_address_and_the_request_id() {
        Bank.Person ada = bank.newCustomer("Ada Audited");
        Bank.Person alan = bank.newCustomer("Alan Audited");
        Reply deposit = api.post("/accounts/" + ada.accountId() + "/deposits").token(bank.adminToken())
                .header("X-Request-Id", "audit-deposit-1").json(Json.object("amount", "10.00")).send();
        Reply paid = api.post("/transfers").token(ada.token()).header("X-Request-Id", "audit-transfer-1")
                .json(Json.object("receiver_id", alan.id(), "amount", "2.50")).send();
        Reply frozen = api.post("/accounts/" + alan.accountId() + "/freeze").token(bank.adminToken())
                .header("X-Request-Id", "audit-freeze-1").send();
        assertThat(deposit.status()).isEqualTo(201);
        assertThat(paid.status()).isEqualTo(201);
        assertThat(frozen.status()).isEqualTo(200);

        JsonNode items = page("/admin/audit?limit=3").json().get("items");

        assertThat(items.get(0).get("action").getStringValue()).isEqualTo("FREEZE_ACCOUNT");
        assertThat(items.get(0).get("account_id").getLongValue()).isEqualTo(alan.accountId());
        assertThat(items.get(0).get("request_id").getStringValue()).isEqualTo("audit-freeze-1");
        assertThat(items.get(0).get("transfer_id").isNull()).isTrue();
        assertThat(items.get(1).get("action").getStringValue()).isEqualTo("TRANSFER");
        assertThat(items.get(1).get("actor_id").getLongValue()).isEqualTo(ada.id());
        assertThat(items.get(1).get("client_address").getStringValue()).isEqualTo("127.0.0.1");
        assertThat(items.get(1).get("request_id").getStringValue()).isEqualTo("audit-transfer-1");
        assertThat(items.get(1).get("transfer_id").getStringValue())
                .isEqualTo(paid.json().get("id").getStringValue());
        assertThat(items.get(2).get("action").getStringValue()).isEqualTo("DEPOSIT");
        assertThat(items.get(2).get("request_id").getStringValue()).isEqualTo("audit-deposit-1");
        assertThat(items.get(2).get("actor_id").getLongValue()).isNotEqualTo(ada.id());
    }

    @Test
    void pages_follow_the_cursor_newest_first_and_only_admins_may_read_them() {
        Bank.Person bea = bank.newCustomerWith("Bea Audited", "1.00");
        bank.deposit(bea.accountId(), "2.00");

        Reply first = page("/admin/audit?limit=1");
        String cursor = first.json().get("next_cursor").getStringValue();
        Reply second = page("/admin/audit?limit=1&cursor=" + cursor);

        assertThat(second.json().get("items").get(0).get("sequence").getLongValue())
                .isEqualTo(first.json().get("items").get(0).get("sequence").getLongValue() - 1);
        assertThat(api.get("/admin/audit").token(bea.token()).send().status()).isEqualTo(403);
        assertThat(api.get("/admin/audit").send().status()).isEqualTo(401);
        assertThat(api.get("/admin/audit?cursor=not-a-cursor").token(bank.adminToken()).send().status())
                .isEqualTo(422);
    }

    private static Reply page(String path) {
        Reply reply = api.get(path).token(bank.adminToken()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }
}
