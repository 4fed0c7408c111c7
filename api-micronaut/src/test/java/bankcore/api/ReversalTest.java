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

/** POST /transfers/{id}/reversal: an admin undoes a transfer once, with a new one that points at it. */
class ReversalTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static String pay(Person from, Person to, String amount) {
        Reply reply = api.post("/transfers").token(from.token())
                .json(Json.object("receiver_id", to.id(), "amount", amount)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getStringValue();
    }

    private static Reply reverse(String transferId, String token) {
        return api.post("/transfers/" + transferId + "/reversal").token(token)
                .json(Json.object("description", "charged twice")).send();
    }

    @Test
    void an_admin_reverses_a_transfer_and_the_money_goes_back() {
        Person ann = bank.newCustomerWith("Ann", "50.00");
        Person ben = bank.newCustomer("Ben");
        String original = pay(ann, ben, "20.00");

        Reply reversal = reverse(original, bank.adminToken());

        assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);
        assertThat(reversal.json().get("reverses").getStringValue()).isEqualTo(original);
        assertThat(reversal.json().get("description").getStringValue()).isEqualTo("charged twice");
        assertThat(reversal.header("Location")).contains("/transfers/" + reversal.json().get("id").getStringValue());
        assertThat(bank.balance(ann)).isEqualTo("50.00");
        assertThat(bank.balance(ben)).isEqualTo("0.00");
    }

    @Test
    void a_second_reversal_is_409_and_a_replayed_one_is_the_first_again() {
        Person cal = bank.newCustomerWith("Cal", "50.00");
        Person dee = bank.newCustomer("Dee");
        String original = pay(cal, dee, "5.00");
        Reply first = api.post("/transfers/" + original + "/reversal").token(bank.adminToken())
                .header("Idempotency-Key", "undo-1").send();
        Reply replay = api.post("/transfers/" + original + "/reversal").token(bank.adminToken())
                .header("Idempotency-Key", "undo-1").send();

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.json().get("id").getStringValue()).isEqualTo(first.json().get("id").getStringValue());
        Reply again = reverse(original, bank.adminToken());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("already-reversed");
        assertThat(bank.balance(cal)).isEqualTo("50.00");
    }

    @Test
    void reversing_money_the_receiver_has_spent_is_400_insufficient_funds() {
        Person eve = bank.newCustomerWith("Eve", "30.00");
        Person fay = bank.newCustomer("Fay");
        Person gus = bank.newCustomer("Gus");
        String original = pay(eve, fay, "30.00");
        pay(fay, gus, "30.00");

        Reply reply = reverse(original, bank.adminToken());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problemType()).isEqualTo("insufficient-funds");
        assertThat(bank.balance(fay)).isEqualTo("0.00");
    }

    @Test
    void customers_may_not_reverse_and_unknown_transfers_are_404() {
        Person hal = bank.newCustomerWith("Hal", "10.00");
        Person ida = bank.newCustomer("Ida");
        String original = pay(hal, ida, "10.00");

        assertThat(reverse(original, hal.token()).status()).isEqualTo(403);
        assertThat(reverse("00000000-0000-0000-0000-000000000000", bank.adminToken()).status()).isEqualTo(404);
        assertThat(bank.balance(ida)).isEqualTo("10.00");
    }
}
