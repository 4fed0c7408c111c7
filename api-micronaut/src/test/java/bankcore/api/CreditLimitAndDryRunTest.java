package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** PUT /accounts/{id}/credit-limit, and dry_run on the requests that move money. */
class CreditLimitAndDryRunTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static Reply setLimit(Person person, String amount, String token) {
        return api.call("PUT", "/accounts/" + person.accountId() + "/credit-limit").token(token)
                .json(Json.object("amount", amount)).send();
    }

    private static Reply pay(Person from, Person to, String amount) {
        return api.post("/transfers").token(from.token()).json(Json.object("receiver_id", to.id(), "amount", amount))
                .send();
    }

    @Test
    void an_admin_sets_a_credit_limit_and_the_account_may_go_down_to_minus_it() {
        Person ann = bank.newCustomer("Ann");
        Person ben = bank.newCustomer("Ben");

        Reply byCustomer = setLimit(ann, "100.00", ann.token());
        Reply set = setLimit(ann, "100.00", bank.adminToken());
        Reply spent = pay(ann, ben, "100.00");
        Reply beyond = pay(ann, ben, "0.01");
        Reply lowered = setLimit(ann, "99.99", bank.adminToken());

        assertThat(byCustomer.status()).as(byCustomer.toString()).isEqualTo(403);
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("credit_limit").getStringValue()).isEqualTo("100.00");
        assertThat(set.json().get("available").getStringValue()).isEqualTo("100.00");
        assertThat(spent.status()).as(spent.toString()).isEqualTo(201);
        assertThat(bank.balance(ann)).isEqualTo("-100.00");
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(lowered.status()).as(lowered.toString()).isEqualTo(409);
        assertThat(lowered.problemType()).isEqualTo("credit-limit-in-use");
        Reply balance = api.get("/accounts/" + ann.accountId() + "/balance").token(ann.token()).send();
        assertThat(balance.json().get("available").getStringValue()).isEqualTo("0.00");
    }

    @Test
    void a_dry_run_answers_what_would_happen_and_writes_nothing() {
        Person cal = bank.newCustomerWith("Cal", "50.00");
        Person dee = bank.newCustomer("Dee");

        Reply rehearsed = api.post("/transfers").token(cal.token()).header("Idempotency-Key", "rehearsal-1")
                .json(Json.object("receiver_id", dee.id(), "amount", "20.00", "dry_run", true)).send();
        Reply refused = api.post("/transfers").token(cal.token())
                .json(Json.object("receiver_id", dee.id(), "amount", "50.01", "dry_run", true)).send();

        assertThat(rehearsed.status()).as(rehearsed.toString()).isEqualTo(200);
        assertThat(rehearsed.json().get("dry_run").getBooleanValue()).isTrue();
        assertThat(rehearsed.json().get("status").getIntValue()).as("what the real request would get").isEqualTo(201);
        assertThat(rehearsed.json().get("balances_after").get("from_account_id").get("balance").getStringValue())
                .isEqualTo("30.00");
        assertThat(rehearsed.json().get("balances_after").get("to_account_id").get("balance").getStringValue())
                .isEqualTo("20.00");
        String id = rehearsed.json().get("transfer").get("id").getStringValue();
        assertThat(api.get("/transfers/" + id).token(cal.token()).send().status()).isEqualTo(404);
        assertThat(bank.balance(cal)).isEqualTo("50.00");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).isEqualTo("insufficient-funds");
        // The key was not used up: the real request with another amount goes through.
        Reply real = api.post("/transfers").token(cal.token()).header("Idempotency-Key", "rehearsal-1")
                .json(Json.object("receiver_id", dee.id(), "amount", "5.00")).send();
        assertThat(real.status()).as(real.toString()).isEqualTo(201);
    }

    @Test
    void a_dry_run_capture_and_deposit_leave_the_ledger_as_it_was() {
        Person eve = bank.newCustomerWith("Eve", "50.00");
        Person fay = bank.newCustomer("Fay");
        String hold = api.post("/transfers").token(eve.token())
                .json(Json.object("receiver_id", fay.id(), "amount", "20.00", "pending", true)).send()
                .json().get("id").getStringValue();

        Reply capture = api.post("/transfers/" + hold + "/capture").token(eve.token())
                .json(Json.object("dry_run", true)).send();
        Reply deposit = api.post("/accounts/" + fay.accountId() + "/deposits").token(bank.adminToken())
                .json(Json.object("amount", "5.00", "dry_run", true)).send();

        assertThat(capture.status()).as(capture.toString()).isEqualTo(200);
        assertThat(capture.json().get("balances_after").get("from_account_id").get("balance").getStringValue())
                .isEqualTo("30.00");
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(200);
        assertThat(deposit.json().get("balances_after").get("to_account_id").get("balance").getStringValue())
                .isEqualTo("5.00");
        assertThat(api.get("/transfers/" + hold).token(eve.token()).send().json().get("status").getStringValue())
                .isEqualTo("pending");
        assertThat(bank.balance(fay)).isEqualTo("0.00");
    }
}
