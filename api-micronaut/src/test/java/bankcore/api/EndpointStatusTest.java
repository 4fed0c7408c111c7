package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint of docs/architecture.md §6 REST API with each of its status codes, through real HTTP. */
class EndpointStatusTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static Reply assertStatus(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
            assertThat(reply.json().get("status").getIntValue()).isEqualTo(status);
        }
        return reply;
    }

    @Nested
    class Users {
        @Test
        void registering_gives_201_with_the_user_and_a_first_account_with_zero_balance() {
            Reply reply = assertStatus(api.post("/users").json(Json.object("name", "Dora", "email",
                    "dora@example.test", "password", "long-enough-password")).send(), 201);
            assertThat(reply.header("Location")).contains("/users/" + reply.json().get("id").getLongValue());
            assertThat(reply.json().get("email").getStringValue()).isEqualTo("dora@example.test");
            assertThat(reply.json().get("role").getStringValue()).isEqualTo("CUSTOMER");
            assertThat(reply.json().get("accounts").get(0).get("balance").getStringValue()).isEqualTo("0.00");
            assertThat(reply.json().get("accounts").get(0).get("currency").getStringValue()).isEqualTo("EUR");
            assertThat(reply.body()).doesNotContain("password").doesNotContain("$2a$");
        }

        @Test
        void an_email_already_registered_in_another_case_is_409() {
            api.post("/users").json(Json.object("name", "Eve", "email", "eve@example.test", "password",
                    "long-enough-password")).send();
            Reply reply = api.post("/users").json(Json.object("name", "Eve 2", "email", "EVE@Example.TEST",
                    "password", "long-enough-password")).send();
            assertThat(assertStatus(reply, 409).problemType()).isEqualTo("email-taken");
        }

        @Test
        void a_missing_field_or_a_short_password_is_422() {
            Reply missing = assertStatus(api.post("/users").json(Json.object("name", "Fay", "password",
                    "long-enough-password")).send(), 422);
            assertThat(missing.json().get("errors").get(0).get("field").getStringValue()).isEqualTo("email");
            assertStatus(api.post("/users").json(Json.object("name", "Fay", "email", "fay@example.test",
                    "password", "short")).send(), 422);
            assertStatus(api.post("/users").json(Json.object("name", "Fay", "email", "not-an-email",
                    "password", "long-enough-password")).send(), 422);
        }

        @Test
        void me_shows_the_user_with_accounts_and_balances() {
            Person gus = bank.newCustomerWith("Gus", "12.34");
            Reply reply = assertStatus(api.get("/users/me").token(gus.token()).send(), 200);
            assertThat(reply.json().get("id").getLongValue()).isEqualTo(gus.id());
            assertThat(reply.json().get("accounts").get(0).get("balance").getStringValue()).isEqualTo("12.34");
        }

        @Test
        void a_user_is_visible_to_itself_and_to_admins_and_404_to_others() {
            Person hal = bank.newCustomer("Hal");
            Person ida = bank.newCustomer("Ida");
            assertStatus(api.get("/users/" + hal.id()).token(hal.token()).send(), 200);
            assertStatus(api.get("/users/" + hal.id()).token(bank.adminToken()).send(), 200);
            assertStatus(api.get("/users/" + hal.id()).token(ida.token()).send(), 404);
            assertStatus(api.get("/users/999999").token(bank.adminToken()).send(), 404);
        }

        @Test
        void listing_users_is_for_admins_with_a_cursor() {
            bank.newCustomer("Jan");
            bank.newCustomer("Kim");
            Reply first = assertStatus(api.get("/users?limit=1").token(bank.adminToken()).send(), 200);
            assertThat(first.json().get("items").size()).isEqualTo(1);
            String cursor = first.json().get("next_cursor").getStringValue();
            Reply second = assertStatus(api.get("/users?limit=1&cursor=" + cursor).token(bank.adminToken()).send(),
                    200);
            assertThat(second.json().get("items").get(0).get("id").getLongValue())
                    .isNotEqualTo(first.json().get("items").get(0).get("id").getLongValue());
            assertStatus(api.get("/users?limit=0").token(bank.adminToken()).send(), 422);
            assertStatus(api.get("/users?limit=201").token(bank.adminToken()).send(), 422);
            assertStatus(api.get("/users").token(bank.newCustomer("Lea").token()).send(), 403);
        }
    }

    @Nested
    class Login {
        @Test
        void good_credentials_give_200_and_a_bearer_token() {
            Person max = bank.newCustomer("Max");
            Reply reply = assertStatus(api.post("/login").json(Json.object("username", max.email(), "password",
                    max.password())).send(), 200);
            assertThat(reply.json().get("token_type").getStringValue()).isEqualTo("Bearer");
            assertThat(reply.json().get("expires_in").getLongValue()).isEqualTo(3600);
        }

        @Test
        void a_wrong_password_or_unknown_email_is_401() {
            Person ned = bank.newCustomer("Ned");
            assertStatus(api.post("/login").json(Json.object("username", ned.email(), "password", "wrong-one"))
                    .send(), 401);
            assertStatus(api.post("/login").json(Json.object("username", "nobody@example.test", "password",
                    "wrong-one")).send(), 401);
        }

        @Test
        void too_many_failed_logins_for_one_email_are_429_with_retry_after() {
            Person oli = bank.newCustomer("Oli");
            for (int i = 0; i < 5; i++) {
                assertStatus(api.post("/login").json(Json.object("username", oli.email(), "password", "nope-nope"))
                        .send(), 401);
            }
            Reply locked = assertStatus(api.post("/login").json(Json.object("username", oli.email(), "password",
                    oli.password())).send(), 429);
            assertThat(locked.problemType()).isEqualTo("too-many-failed-logins");
            assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isPositive();
        }
    }

    @Nested
    class Transfers {
        @Test
        void a_transfer_to_an_account_gives_201_with_location_and_is_readable_by_both_parties() {
            Person pam = bank.newCustomerWith("Pam", "50.00");
            Person quin = bank.newCustomer("Quin");
            Reply created = assertStatus(api.post("/transfers").token(pam.token()).json(Json.object(
                    "to_account_id", quin.accountId(), "amount", "20.00", "description", "books")).send(), 201);
            String location = created.header("Location").orElseThrow();
            assertThat(location).isEqualTo("/transfers/" + created.json().get("id").getStringValue());
            assertThat(created.json().get("description").getStringValue()).isEqualTo("books");

            assertThat(assertStatus(api.get(location).token(pam.token()).send(), 200).body())
                    .isEqualTo(created.body());
            assertStatus(api.get(location).token(quin.token()).send(), 200);
            assertStatus(api.get(location).token(bank.adminToken()).send(), 200);
            assertStatus(api.get(location).token(bank.newCustomer("Rex").token()).send(), 404);
            assertStatus(api.get("/transfers/00000000-0000-0000-0000-000000000000").token(pam.token()).send(), 404);
            assertStatus(api.get("/transfers/not-a-uuid").token(pam.token()).send(), 404);
        }

        @Test
        void a_transfer_to_a_customer_from_a_chosen_account_gives_201() {
            Person sam = bank.newCustomerWith("Sam", "50.00");
            Person tia = bank.newCustomer("Tia");
            assertStatus(api.post("/transfers").token(sam.token()).json(Json.object("receiver_id", tia.id(),
                    "from_account_id", sam.accountId(), "amount", 5, "currency", "EUR")).send(), 201);
            assertThat(bank.balance(tia)).isEqualTo("5.00");
        }

        @Test
        void insufficient_funds_is_400() {
            Person uma = bank.newCustomerWith("Uma", "1.00");
            Reply reply = api.post("/transfers").token(uma.token()).json(Json.object("receiver_id",
                    bank.newCustomer("Vic").id(), "amount", "1.01")).send();
            assertThat(assertStatus(reply, 400).json().get("type").getStringValue()).endsWith("insufficient-funds");
        }

        @Test
        void unknown_receiver_or_account_is_404() {
            Person wes = bank.newCustomerWith("Wes", "10.00");
            assertStatus(api.post("/transfers").token(wes.token()).json(Json.object("receiver_id", 888888,
                    "amount", "1.00")).send(), 404);
            assertStatus(api.post("/transfers").token(wes.token()).json(Json.object("to_account_id", 888888,
                    "amount", "1.00")).send(), 404);
        }

        @Test
        void same_account_currency_mismatch_and_receiver_named_twice_are_422() {
            Person xia = bank.newCustomerWith("Xia", "10.00");
            Person yan = bank.newCustomer("Yan");
            assertThat(assertStatus(api.post("/transfers").token(xia.token()).json(Json.object("to_account_id",
                    xia.accountId(), "amount", "1.00")).send(), 422).problemType()).isEqualTo("same-account");
            assertThat(assertStatus(api.post("/transfers").token(xia.token()).json(Json.object("to_account_id",
                    yan.accountId(), "from_account_id", xia.accountId(), "amount", "1.00", "currency", "USD"))
                    .send(), 422).problemType()).isEqualTo("currency-mismatch");
            assertStatus(api.post("/transfers").token(xia.token()).json(Json.object("to_account_id",
                    yan.accountId(), "receiver_id", yan.id(), "amount", "1.00")).send(), 422);
            assertStatus(api.post("/transfers").token(xia.token()).json(Json.object("amount", "1.00")).send(), 422);
        }

        @Test
        void a_frozen_account_is_409_until_unfrozen() {
            Person zed = bank.newCustomerWith("Zed", "10.00");
            Person abe = bank.newCustomer("Abe");
            assertStatus(api.post("/accounts/" + zed.accountId() + "/freeze").token(bank.adminToken()).send(), 200);
            Reply refused = api.post("/transfers").token(zed.token()).json(Json.object("receiver_id", abe.id(),
                    "amount", "1.00")).send();
            assertThat(assertStatus(refused, 409).problemType()).isEqualTo("account-not-active");
            Reply unfrozen = assertStatus(api.post("/accounts/" + zed.accountId() + "/unfreeze")
                    .token(bank.adminToken()).send(), 200);
            assertThat(unfrozen.json().get("status").getStringValue()).isEqualTo("ACTIVE");
            assertStatus(api.post("/transfers").token(zed.token()).json(Json.object("receiver_id", abe.id(),
                    "amount", "1.00")).send(), 201);
        }
    }

    @Nested
    class Accounts {
        @Test
        void opening_another_account_gives_201_and_an_unknown_currency_422() {
            Person bea = bank.newCustomer("Bea");
            Reply opened = assertStatus(api.post("/accounts").token(bea.token()).json(Json.object("currency", "USD"))
                    .send(), 201);
            assertThat(opened.json().get("currency").getStringValue()).isEqualTo("USD");
            assertThat(opened.header("Location")).contains("/accounts/" + opened.json().get("id").getLongValue());
            assertStatus(api.post("/accounts").token(bea.token()).json(Json.object("currency", "XYZ")).send(), 422);
            assertStatus(api.post("/accounts").token(bea.token()).json(Json.object("currency", "eur")).send(), 422);
        }

        @Test
        void an_account_is_visible_to_its_owner_and_admins_and_404_to_others() {
            Person cal = bank.newCustomerWith("Cal", "3.00");
            Reply own = assertStatus(api.get("/accounts/" + cal.accountId()).token(cal.token()).send(), 200);
            assertThat(own.json().get("balance").getStringValue()).isEqualTo("3.00");
            assertThat(own.json().get("status").getStringValue()).isEqualTo("ACTIVE");
            assertStatus(api.get("/accounts/" + cal.accountId()).token(bank.adminToken()).send(), 200);
            assertStatus(api.get("/accounts/" + cal.accountId()).token(bank.newCustomer("Dan").token()).send(), 404);
            assertStatus(api.get("/accounts/abc").token(cal.token()).send(), 404);
        }

        @Test
        void deposits_and_withdrawals_are_201_for_admins_and_403_for_customers() {
            Person eli = bank.newCustomer("Eli");
            String account = "/accounts/" + eli.accountId();
            Reply deposit = assertStatus(api.post(account + "/deposits").token(bank.adminToken())
                    .json(Json.object("amount", "40.00", "description", "cash")).send(), 201);
            assertThat(deposit.json().get("to_account_id").getLongValue()).isEqualTo(eli.accountId());
            assertThat(deposit.header("Location")).isPresent();
            assertStatus(api.post(account + "/withdrawals").token(bank.adminToken())
                    .json(Json.object("amount", "15.00")).send(), 201);
            assertThat(bank.balance(eli)).isEqualTo("25.00");

            Reply tooMuch = assertStatus(api.post(account + "/withdrawals").token(bank.adminToken())
                    .json(Json.object("amount", "25.01")).send(), 400);
            assertThat(tooMuch.json().get("type").getStringValue()).endsWith("insufficient-funds");
            assertStatus(api.post(account + "/deposits").token(eli.token()).json(Json.object("amount", "1")).send(),
                    403);
            assertStatus(api.post(account + "/withdrawals").token(eli.token()).json(Json.object("amount", "1"))
                    .send(), 403);
            assertStatus(api.post("/accounts/777777/deposits").token(bank.adminToken())
                    .json(Json.object("amount", "1")).send(), 404);
            assertStatus(api.post(account + "/deposits").token(bank.adminToken()).json(Json.object("amount", "0"))
                    .send(), 422);
        }

        @Test
        void closing_needs_a_zero_balance_and_account_controls_are_for_admins() {
            Person fox = bank.newCustomerWith("Fox", "1.00");
            String account = "/accounts/" + fox.accountId();
            assertThat(assertStatus(api.post(account + "/close").token(bank.adminToken()).send(), 409)
                    .problemType()).isEqualTo("account-not-empty");
            assertStatus(api.post(account + "/withdrawals").token(bank.adminToken())
                    .json(Json.object("amount", "1.00")).send(), 201);
            Reply closed = assertStatus(api.post(account + "/close").token(bank.adminToken()).send(), 200);
            assertThat(closed.json().get("status").getStringValue()).isEqualTo("CLOSED");
            assertStatus(api.post(account + "/deposits").token(bank.adminToken()).json(Json.object("amount", "1"))
                    .send(), 409);
            assertStatus(api.post(account + "/freeze").token(fox.token()).send(), 403);
            assertStatus(api.post(account + "/unfreeze").token(fox.token()).send(), 403);
            assertStatus(api.post(account + "/close").token(fox.token()).send(), 403);
        }
    }

    @Nested
    class Operations {
        @Test
        void the_summary_is_for_admins() {
            bank.newCustomerWith("Gia", "10.00");
            Reply summary = assertStatus(api.get("/analytics/summary").token(bank.adminToken()).send(), 200);
            assertThat(summary.json().get("customers").getLongValue()).isPositive();
            var eur = summary.json().get("currencies").get(0);
            assertThat(eur.get("currency").getStringValue()).isEqualTo("EUR");
            assertThat(eur.get("liquidity").getStringValue()).matches("\\d+\\.\\d{2}");
            assertThat(eur.get("last24h").get("count").getLongValue()).isPositive();
            assertThat(eur.get("gini").getDoubleValue()).isBetween(0.0, 1.0);
            assertStatus(api.get("/analytics/summary").token(bank.newCustomer("Hub").token()).send(), 403);
            assertStatus(api.get("/analytics/summary").send(), 401);
        }

        @Test
        void verify_reports_five_invariants_that_hold() {
            bank.newCustomerWith("Ivy", "10.00");
            Reply verify = assertStatus(api.get("/admin/ledger/verify").token(bank.adminToken()).send(), 200);
            assertThat(verify.json().get("ok").getBooleanValue()).as(verify.body()).isTrue();
            assertThat(verify.json().get("checks").size()).isEqualTo(5);
            assertStatus(api.get("/admin/ledger/verify").token(bank.newCustomer("Jo").token()).send(), 403);
        }

        @Test
        void health_is_up_for_anyone_and_metrics_are_prometheus_text_for_admins() {
            Reply health = assertStatus(api.get("/health").send(), 200);
            assertThat(health.json().get("ready").getBooleanValue()).isTrue();
            Reply metrics = assertStatus(api.get("/metrics").token(bank.adminToken()).send(), 200);
            assertThat(metrics.contentType()).startsWith("text/plain");
            assertThat(metrics.body()).contains("http_server_requests_seconds_count")
                    .contains("executor_pool_max_threads{name=\"blocking\"} 64.0");
            assertStatus(api.get("/metrics").token(bank.newCustomer("Kai").token()).send(), 403);
            assertStatus(api.get("/metrics").send(), 401);
        }
    }
}
