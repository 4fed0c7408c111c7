package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /accounts/{id}/balance?as_of= and GET /transfers: what the journal says, to whom it may say it. */
class BalanceAndSearchTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static void pay(Person from, Person to, String amount) {
        Reply reply = api.post("/transfers").token(from.token())
                .json(Json.object("receiver_id", to.id(), "amount", amount)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    @Test
    void the_balance_as_of_an_instant_is_the_one_the_account_had_then() throws InterruptedException {
        Person ann = bank.newCustomerWith("Ann", "40.00");
        Person ben = bank.newCustomer("Ben");
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        pay(ann, ben, "15.00");

        Reply then = api.get("/accounts/" + ann.accountId() + "/balance?as_of=" + between).token(ann.token()).send();
        Reply now = api.get("/accounts/" + ann.accountId() + "/balance").token(ann.token()).send();
        Reply before = api.get("/accounts/" + ann.accountId() + "/balance?as_of=2000-01-01T00:00:00Z")
                .token(bank.adminToken()).send();

        assertThat(then.json().get("balance").getStringValue()).as(then.toString()).isEqualTo("40.00");
        assertThat(then.json().get("as_of").getStringValue()).isEqualTo(between.toString());
        assertThat(now.json().get("balance").getStringValue()).isEqualTo("25.00");
        assertThat(now.json().get("currency").getStringValue()).isEqualTo("EUR");
        assertThat(before.json().get("balance").getStringValue()).isEqualTo("0.00");
        assertThat(api.get("/accounts/" + ann.accountId() + "/balance").token(ben.token()).send().status())
                .isEqualTo(404);
        assertThat(api.get("/accounts/" + ann.accountId() + "/balance?as_of=yesterday").token(ann.token()).send()
                .status()).isEqualTo(422);
    }

    @Test
    void a_customer_finds_only_transfers_touching_its_own_accounts() {
        Person cal = bank.newCustomerWith("Cal", "100.00");
        Person dee = bank.newCustomerWith("Dee", "100.00");
        Person eve = bank.newCustomer("Eve");
        pay(cal, eve, "10.00");
        pay(dee, eve, "20.00");

        Reply mine = api.get("/transfers").token(cal.token()).send();
        Reply others = api.get("/transfers?account_id=" + dee.accountId()).token(cal.token()).send();
        Reply eves = api.get("/transfers?account_id=" + eve.accountId()).token(eve.token()).send();

        assertThat(mine.json().get("items").size()).as(mine.toString()).isEqualTo(2); // the deposit and the payment
        assertThat(others.status()).isEqualTo(404);
        assertThat(eves.json().get("items").size()).isEqualTo(2);
        assertThat(eves.json().get("items").get(0).get("amount").getStringValue()).isEqualTo("20.00");
    }

    @Test
    void an_admin_searches_the_journal_by_amount_and_time_a_page_at_a_time() {
        Person fay = bank.newCustomerWith("Fay", "500.00");
        Person gus = bank.newCustomer("Gus");
        Instant start = Instant.now();
        pay(fay, gus, "123.45");
        pay(fay, gus, "123.46");
        pay(fay, gus, "1.00");
        String query = "/transfers?min_amount=123.45&max_amount=123.46&from=" + start + "&limit=1";

        Reply first = api.get(query).token(bank.adminToken()).send();
        String cursor = first.json().get("next_cursor").getStringValue();
        Reply second = api.get(query + "&cursor=" + cursor).token(bank.adminToken()).send();

        assertThat(first.json().get("items").get(0).get("amount").getStringValue()).as(first.toString())
                .isEqualTo("123.46");
        assertThat(second.json().get("items").get(0).get("amount").getStringValue()).isEqualTo("123.45");
        assertThat(second.json().get("next_cursor").isNull()).isTrue();
        assertThat(api.get("/transfers?min_amount=abc").token(bank.adminToken()).send().status()).isEqualTo(422);
    }
}
