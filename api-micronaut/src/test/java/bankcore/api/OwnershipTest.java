package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import bankcore.api.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers see only their own data; to anyone else it looks like it does not exist. Bad tokens get 401. */
class OwnershipTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);
    private static Person owner;
    private static Person stranger;
    private static String transferPath;

    @BeforeAll
    static void start() {
        owner = bank.newCustomerWith("Owner", "50.00");
        stranger = bank.newCustomerWith("Stranger", "50.00");
        Person friend = bank.newCustomer("Friend");
        Reply transfer = api.post("/transfers").token(owner.token())
                .json(Json.object("receiver_id", friend.id(), "amount", "1.00")).send();
        transferPath = transfer.header("Location").orElseThrow();
    }

    private static void assertNotFound(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void every_read_of_another_customers_data_is_404_and_the_owner_gets_200() {
        List<String> paths = List.of("/users/" + owner.id(), "/accounts/" + owner.accountId(),
                "/accounts/" + owner.accountId() + "/statement", transferPath);
        for (String path : paths) {
            assertNotFound(api.get(path).token(stranger.token()).send());
            assertThat(api.get(path).token(owner.token()).send().status()).as(path).isEqualTo(200);
        }
        assertNotFound(api.get("/accounts/" + owner.accountId() + "/statement").token(stranger.token())
                .header("Accept", "text/csv").send());
    }

    @Test
    void spending_from_another_customers_account_is_404_and_moves_nothing() {
        String before = bank.balance(owner);
        assertNotFound(api.post("/transfers").token(stranger.token()).json(Json.object("from_account_id",
                owner.accountId(), "to_account_id", stranger.accountId(), "amount", "1.00")).send());
        assertNotFound(api.post("/transfers").token(stranger.token()).json(Json.object("from_account_id",
                owner.accountId(), "to_account_id", stranger.accountId(), "amount", "1.00", "currency", "EUR"))
                .send());
        assertThat(bank.balance(owner)).isEqualTo(before);
    }

    @Test
    void the_banks_cash_account_is_not_a_transfer_target_for_customers() {
        Reply deposit = bank.deposit(owner.accountId(), "1.00");
        long cashAccount = deposit.json().get("from_account_id").getLongValue();
        assertNotFound(api.post("/transfers").token(owner.token()).json(Json.object("to_account_id", cashAccount,
                "amount", "1.00")).send());
        assertNotFound(api.get("/accounts/" + cashAccount).token(owner.token()).send());
    }

    @Test
    void a_customer_on_admin_endpoints_is_403() {
        String before = bank.balance(owner);
        String account = "/accounts/" + owner.accountId();
        List<String[]> adminOnly = List.of(new String[] {"GET", "/users"},
                new String[] {"GET", "/analytics/summary"}, new String[] {"GET", "/admin/ledger/verify"},
                new String[] {"GET", "/metrics"}, new String[] {"POST", account + "/deposits"},
                new String[] {"POST", account + "/withdrawals"}, new String[] {"POST", account + "/freeze"},
                new String[] {"POST", account + "/unfreeze"}, new String[] {"POST", account + "/close"});
        for (String[] endpoint : adminOnly) {
            Reply reply = api.call(endpoint[0], endpoint[1]).token(owner.token())
                    .json(Json.object("amount", "1.00")).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(bank.balance(owner)).isEqualTo(before);
    }

    @Test
    void tokens_missing_malformed_expired_foreign_or_unsigned_are_401_everywhere() {
        String subject = Long.toString(owner.id());
        List<String> badTokens = List.of("", "garbage", "a.b.c",
                Tokens.signed(TestServer.JWT_SECRET, subject, "CUSTOMER", Instant.now().minusSeconds(5)),
                Tokens.signed("some-other-key-that-is-long-enough-for-hs256!", subject, "CUSTOMER",
                        Instant.now().plusSeconds(600)),
                Tokens.unsigned(subject, "ADMIN"));
        List<String[]> endpoints = List.of(new String[] {"GET", "/users/me"},
                new String[] {"GET", "/accounts/" + owner.accountId()}, new String[] {"GET", transferPath},
                new String[] {"POST", "/transfers"}, new String[] {"POST", "/transfer"},
                new String[] {"GET", "/admin/ledger/verify"});
        for (String token : badTokens) {
            for (String[] endpoint : endpoints) {
                ApiClient.Call call = api.call(endpoint[0], endpoint[1])
                        .json(Json.object("receiver_id", stranger.id(), "amount", "1.00"));
                Reply reply = (token.isEmpty() ? call : call.token(token)).send();
                assertThat(reply.status()).as(token + " " + reply).isEqualTo(401);
                assertThat(reply.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(bank.balance(stranger)).isEqualTo("50.00");
    }
}
