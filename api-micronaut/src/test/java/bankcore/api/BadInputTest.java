package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of malformed requests (broken JSON, wrong types, huge strings, odd numbers, nested objects, unknown
 * fields, wrong content types, odd paths and parameters): each gets a problem, none a 5xx.
 */
class BadInputTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);
    private static Person customer;

    @BeforeAll
    static void start() {
        customer = bank.newCustomerWith("Target", "100.00");
    }

    private static final String[] BROKEN_JSON = {
        "", " ", "{", "}", "[", "]", "{\"amount\":", "{\"amount\": 1,}", "{amount: 1}", "{'amount': 1}",
        "{\"amount\": 01}", "{\"amount\": .5}", "{\"amount\": 1.}", "{\"amount\": NaN}", "{\"amount\": Infinity}",
        "{\"amount\": -Infinity}", "{\"amount\": 0x10}", "{\"amount\": +1}", "{} trailing", "{}{}", "nul", "tru",
        "\"unterminated", "{\"a\":\"\\uZZZZ\"}", "{\"a\":\"\u0000\"}", "\uFEFF{}", "{\"a\" 1}", "{,}", "[1,]",
        "{\"amount\": 1e}", "{\"amount\": --1}", "{\"amount\": 1_000}", "/* comment */ {}",
        "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)};

    private static final String[] ODD_VALUES = {
        "true", "false", "null", "[]", "[1,2]", "{}", "{\"nested\":{\"deeper\":[1,{\"x\":null}]}}", "\"\"",
        "\"" + "9".repeat(5000) + "\"", "\"" + "x".repeat(60_000) + "\"", "1e309", "-1e309", "1e-400", "-0",
        "-0.0", "0.000000000000000000000000000001", "123456789012345678901234567890123456789",
        "9223372036854775808", "-9223372036854775809", "1.7976931348623157E308", "\"\\u0000\"", "\"\\ud800\"",
        "\"1\\n\"", "\"٣\"", "\"💶\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "4.9E-324"};

    private static final String[] FIELDS = {"amount", "receiver_id", "to_account_id", "from_account_id",
        "currency", "description", "name", "email", "password", "username"};

    private List<String[]> postEndpoints() {
        String account = "/accounts/" + customer.accountId();
        return List.of(new String[] {"/users", "anonymous"}, new String[] {"/login", "anonymous"},
                new String[] {"/transfer", "customer"}, new String[] {"/transfers", "customer"},
                new String[] {"/accounts", "customer"}, new String[] {account + "/deposits", "admin"},
                new String[] {account + "/withdrawals", "admin"});
    }

    private ApiClient.Call authorized(ApiClient.Call call, String who) {
        return switch (who) {
            case "customer" -> call.token(customer.token());
            case "admin" -> call.token(bank.adminToken());
            default -> call;
        };
    }

    private static String validBody(String path) {
        if (path.equals("/users")) {
            return Json.object("name", "N", "email", "n@example.test", "password", "long-enough-password");
        }
        if (path.equals("/login")) {
            return Json.object("username", "n@example.test", "password", "long-enough-password");
        }
        if (path.equals("/accounts")) {
            return Json.object("currency", "USD");
        }
        return Json.object("receiver_id", customer.id(), "amount", "1.00");
    }

    @Test
    void hundreds_of_malformed_requests_get_problems_and_never_a_server_error() {
        List<Reply> replies = new ArrayList<>();
        Random random = new Random(42);
        for (String[] endpoint : postEndpoints()) {
            for (String body : BROKEN_JSON) {
                replies.add(authorized(api.post(endpoint[0]).json(body), endpoint[1]).send());
            }
            for (String value : ODD_VALUES) {
                String field = FIELDS[random.nextInt(FIELDS.length)];
                replies.add(authorized(api.post(endpoint[0]).json(Json.object(field, Json.raw(value), "amount",
                        Json.raw(value))), endpoint[1]).send());
            }
            String valid = validBody(endpoint[0]);
            String withUnknown = valid.substring(0, valid.length() - 1) + ",\"is_admin\":true}";
            replies.add(authorized(api.post(endpoint[0]).json(withUnknown), endpoint[1]).send());
            for (String type : new String[] {"text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/octet-stream", "application/x-www-form-urlencoded", "image/png", "bogus"}) {
                replies.add(authorized(api.post(endpoint[0]).body(valid, type), endpoint[1]).send());
            }
            replies.add(authorized(api.post(endpoint[0]).body(valid, null), endpoint[1]).send());
            replies.add(authorized(api.post(endpoint[0]).json("{\"amount\":\"" + "1".repeat(70_000) + "\"}"),
                    endpoint[1]).send());
        }
        for (String path : new String[] {"/users?limit=abc", "/users?limit=-1", "/users?limit=99999999999",
            "/users?cursor=%00", "/users?cursor=-5", "/accounts/-1", "/accounts/1e3", "/accounts/%20",
            "/accounts/99999999999999999999999", "/transfers/%00", "/transfers/" + "a".repeat(3000),
            "/accounts/" + customer.accountId() + "/statement?from=2026-13-45T00:00:00Z",
            "/accounts/" + customer.accountId() + "/statement?limit=0",
            "/accounts/" + customer.accountId() + "/statement?cursor=zzz", "/users/%2e%2e%2fadmin",
            "/users/me/../../admin/ledger/verify"}) {
            replies.add(api.get(path).token(bank.adminToken()).send());
        }

        assertThat(replies).hasSizeGreaterThanOrEqualTo(200);
        for (Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isLessThan(500);
            if (reply.status() >= 400) {
                assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
            }
        }
        assertThat(replies.stream().filter(r -> r.status() == 422).count()).isGreaterThan(50);
        assertThat(replies.stream().filter(r -> r.status() == 400).count()).isGreaterThan(50);
        assertThat(replies.stream().filter(r -> r.status() == 415).count()).isGreaterThan(20);
        assertThat(replies.stream().filter(r -> r.status() == 413).count()).isGreaterThanOrEqualTo(7);
        assertThat(bank.balance(customer)).isEqualTo("100.00");
    }
}
