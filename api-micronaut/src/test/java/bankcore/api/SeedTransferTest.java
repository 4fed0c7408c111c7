package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's use case, POST /transfer {receiver_id, amount}, and both of its alternative flows. */
class SeedTransferTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static Reply seedTransfer(Person sender, long receiverId, Object amount) {
        return api.post("/transfer").token(sender.token())
                .json(Json.object("receiver_id", receiverId, "amount", amount)).send();
    }

    @Test
    void transfers_money_to_another_customer_and_returns_the_transfer_with_200() {
        Person alice = bank.newCustomerWith("Alice", "100.00");
        Person bob = bank.newCustomer("Bob");

        Reply reply = seedTransfer(alice, bob.id(), "30.50");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().get("from_account_id").getLongValue()).isEqualTo(alice.accountId());
        assertThat(reply.json().get("to_account_id").getLongValue()).isEqualTo(bob.accountId());
        assertThat(reply.json().get("amount").getStringValue()).isEqualTo("30.50");
        assertThat(reply.json().get("currency").getStringValue()).isEqualTo("EUR");
        assertThat(reply.json().get("id").getStringValue()).hasSize(36);
        assertThat(bank.balance(alice)).isEqualTo("69.50");
        assertThat(bank.balance(bob)).isEqualTo("30.50");
    }

    @Test
    void accepts_the_amount_as_a_json_number() {
        Person alice = bank.newCustomerWith("Alice", "10");
        Person bob = bank.newCustomer("Bob");

        Reply reply = seedTransfer(alice, bob.id(), Json.raw("2.5"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("amount").getStringValue()).isEqualTo("2.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-5", "-0", "-0.01"})
    void refuses_an_amount_that_is_not_positive_with_422(String amount) {
        Person alice = bank.newCustomerWith("Alice", "100");
        Person bob = bank.newCustomer("Bob");

        Reply asString = seedTransfer(alice, bob.id(), amount);
        Reply asNumber = seedTransfer(alice, bob.id(), Json.raw(amount));

        for (Reply reply : new Reply[] {asString, asNumber}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.problemType()).isEqualTo("invalid-amount");
        }
        assertThat(bank.balance(alice)).isEqualTo("100.00");
        assertThat(bank.balance(bob)).isEqualTo("0.00");
    }

    @Test
    void refuses_insufficient_funds_with_400_and_moves_nothing() {
        Person alice = bank.newCustomerWith("Alice", "10.00");
        Person bob = bank.newCustomer("Bob");

        Reply reply = seedTransfer(alice, bob.id(), "10.01");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").getStringValue()).endsWith("insufficient-funds");
        assertThat(reply.json().get("detail").getStringValue()).isNotBlank();
        assertThat(bank.balance(alice)).isEqualTo("10.00");
        assertThat(bank.balance(bob)).isEqualTo("0.00");
    }

    @Test
    void a_transfer_of_the_whole_balance_succeeds() {
        Person alice = bank.newCustomerWith("Alice", "10.00");
        Person bob = bank.newCustomer("Bob");

        assertThat(seedTransfer(alice, bob.id(), "10.00").status()).isEqualTo(200);
        assertThat(bank.balance(alice)).isEqualTo("0.00");
    }

    @Test
    void an_unknown_receiver_is_404() {
        Person alice = bank.newCustomerWith("Alice", "10.00");

        Reply reply = seedTransfer(alice, 987_654_321L, "1.00");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void paying_yourself_is_422() {
        Person alice = bank.newCustomerWith("Alice", "10.00");

        Reply reply = seedTransfer(alice, alice.id(), "1.00");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.problemType()).isEqualTo("same-account");
    }

    @Test
    void without_a_token_is_401() {
        Reply reply = api.post("/transfer").json(Json.object("receiver_id", 1, "amount", "1.00")).send();
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
