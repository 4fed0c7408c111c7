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

/** Amounts are exact: JSON numbers and strings parse as decimals, never through a double. */
class AmountTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static Reply deposit(Person person, Object amount) {
        return api.post("/accounts/" + person.accountId() + "/deposits").token(bank.adminToken())
                .json(Json.object("amount", amount)).send();
    }

    @Test
    void deposits_of_0_1_and_0_2_give_exactly_0_30() {
        Person ada = bank.newCustomer("Ada");

        assertThat(deposit(ada, Json.raw("0.1")).status()).isEqualTo(201);
        assertThat(deposit(ada, Json.raw("0.2")).status()).isEqualTo(201);

        assertThat(bank.balance(ada)).isEqualTo("0.30");
    }

    @Test
    void numbers_and_strings_are_the_same_amount_and_responses_are_decimal_strings_with_a_currency() {
        Person bo = bank.newCustomer("Bo");

        Reply number = deposit(bo, Json.raw("10"));
        Reply text = deposit(bo, "10.5");
        Reply trailingZeros = deposit(bo, "1.500");

        assertThat(number.json().get("amount").getStringValue()).isEqualTo("10.00");
        assertThat(number.json().get("amount").isString()).isTrue();
        assertThat(number.json().get("currency").getStringValue()).isEqualTo("EUR");
        assertThat(text.json().get("amount").getStringValue()).isEqualTo("10.50");
        assertThat(trailingZeros.json().get("amount").getStringValue()).isEqualTo("1.50");
        assertThat(bank.balance(bo)).isEqualTo("22.00");
    }

    @Test
    void the_largest_single_transfer_and_a_cent_survive_exactly() {
        Person cy = bank.newCustomer("Cy");

        assertThat(deposit(cy, Json.raw("9999999999999.99")).status()).isEqualTo(201);
        assertThat(deposit(cy, Json.raw("0.01")).status()).isEqualTo(201);

        assertThat(bank.balance(cy)).isEqualTo("10000000000000.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.005", "0.001", "1.0000001", "12.345"})
    void more_decimals_than_the_currency_has_are_422_as_number_or_string(String amount) {
        Person di = bank.newCustomer("Di");

        for (Reply reply : new Reply[] {deposit(di, amount), deposit(di, Json.raw(amount))}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
            assertThat(reply.problemType()).isEqualTo("invalid-amount");
        }
        assertThat(bank.balance(di)).isEqualTo("0.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "1E2", "-0", "0", "-1", "99999999999999999999999", "1e-400",
        "12345678901234567890123456789012345678901234567890"})
    void odd_json_numbers_are_422_never_a_wrong_number(String number) {
        Person ed = bank.newCustomer("Ed");

        Reply reply = deposit(ed, Json.raw(number));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(bank.balance(ed)).isEqualTo("0.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ten", "1,00", "1.2.3", "+1", " 1", "1 ", "0x10", "NaN", "Infinity",
        "\u0661\u0662", "１２", "1_000", ".5", "5."})
    void strings_that_are_not_plain_ascii_decimals_are_422(String text) {
        Person fa = bank.newCustomer("Fa");

        Reply reply = deposit(fa, text);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_amount_beyond_the_largest_transfer_is_422() {
        Person gu = bank.newCustomer("Gu");
        Reply reply = deposit(gu, "10000000000000000.01");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.problemType()).isEqualTo("amount-out-of-range");
    }

    /** Not even a one-element array such as [1], which Micronaut Serde would unwrap into its element. */
    @Test
    void booleans_null_arrays_and_objects_are_not_amounts() {
        Person ho = bank.newCustomer("Ho");
        for (String raw : new String[] {"true", "false", "null", "[]", "[1]", "[\"1.00\"]", "[1,2]", "[[1]]",
            "{\"value\":1}"}) {
            Reply reply = deposit(ho, Json.raw(raw));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        }
        assertThat(bank.balance(ho)).isEqualTo("0.00");
    }
}
