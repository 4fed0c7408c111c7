package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids are JSON integers and text fields JSON strings, nothing that merely converts to one; refusals speak JSON. */
class StrictInputTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @ParameterizedTest
    @ValueSource(strings = {"true", "\"\u0661\"", "\"3\"", "[3]", "3.0", "3e0", "{\"id\":3}", "9223372036854775808"})
    void an_account_id_that_is_not_a_json_integer_is_422_and_moves_nothing(String id) {
        Bank.Person payer = bank.newCustomerWith("Pat Strict", "10.00");

        Reply reply = api.post("/transfers").token(payer.token())
                .json("{\"to_account_id\":" + id + ",\"amount\":\"1.00\"}").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertSpeaksJson(reply, "to_account_id");
        assertThat(bank.balance(payer)).isEqualTo("10.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "\"2\"", "[2]", "2.0"})
    void the_seed_transfers_receiver_id_must_be_a_json_integer_too(String id) {
        Bank.Person payer = bank.newCustomerWith("Quinn Strict", "10.00");

        Reply reply = api.post("/transfer").token(payer.token()).json("{\"receiver_id\":" + id + ",\"amount\":1}").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertSpeaksJson(reply, "receiver_id");
        assertThat(bank.balance(payer)).isEqualTo("10.00");
    }

    /** Every request that carries an amount, with {@code %s} where the amount goes. */
    private static Reply withAmount(String request, Bank.Person payer, Bank.Person payee, String amount) {
        return switch (request) {
            case "transfer" -> api.post("/transfer").token(payer.token())
                    .json("{\"receiver_id\":" + payee.id() + ",\"amount\":" + amount + "}").send();
            case "transfers" -> api.post("/transfers").token(payer.token())
                    .json("{\"to_account_id\":" + payee.accountId() + ",\"amount\":" + amount + "}").send();
            case "deposits", "withdrawals" -> api.post("/accounts/" + payer.accountId() + "/" + request)
                    .token(bank.adminToken()).json("{\"amount\":" + amount + "}").send();
            case "transfer-batches" -> api.post("/transfer-batches").token(payer.token())
                    .json("{\"transfers\":[{\"receiver_id\":" + payee.id() + ",\"amount\":\"1.00\"},"
                            + "{\"receiver_id\":" + payee.id() + ",\"amount\":" + amount + "}]}").send();
            default -> throw new IllegalArgumentException(request);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"transfer", "transfers", "deposits", "withdrawals", "transfer-batches"})
    void an_amount_is_a_json_number_or_a_decimal_string_and_nothing_else_on_every_request(String request) {
        Bank.Person payer = bank.newCustomerWith("Uma Strict " + request, "10.00");
        Bank.Person payee = bank.newCustomer("Vic Strict " + request);

        for (String amount : new String[] {"[5]", "[\"5.00\"]", "true", "{\"value\":5}"}) {
            Reply reply = withAmount(request, payer, payee, amount);

            assertThat(reply.status()).as(request + " " + amount + ": " + reply).isEqualTo(422);
            assertSpeaksJson(reply, "amount");
        }
        assertThat(bank.balance(payer)).isEqualTo("10.00");
        assertThat(withAmount(request, payer, payee, "1").status()).as(request).isBetween(200, 201);
        assertThat(withAmount(request, payer, payee, "\"1.00\"").status()).as(request).isBetween(200, 201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "[\"pppppppp\"]", "true", "{\"p\":1}"})
    void a_password_that_is_not_a_json_string_is_422(String password) {
        Reply reply = api.post("/login").json("{\"username\":\"" + TestServer.ADMIN_EMAIL + "\",\"password\":"
                + password + "}").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertSpeaksJson(reply, "password");
    }

    @Test
    void a_name_or_email_that_is_not_a_json_string_is_422() {
        Reply name = api.post("/users").json("{\"name\":42,\"email\":\"n.strict@example.test\",\"password\":"
                + "\"violet kettle under monday\"}").send();
        Reply email = api.post("/users").json("{\"name\":\"N\",\"email\":[\"n.strict@example.test\"],\"password\":"
                + "\"violet kettle under monday\"}").send();

        assertThat(name.status()).as(name.toString()).isEqualTo(422);
        assertSpeaksJson(name, "name");
        assertThat(email.status()).as(email.toString()).isEqualTo(422);
        assertSpeaksJson(email, "email");
    }

    @Test
    void integers_and_strings_where_they_belong_still_work() {
        Bank.Person payer = bank.newCustomerWith("Rae Strict", "10.00");
        Bank.Person payee = bank.newCustomer("Sam Strict");

        Reply reply = api.post("/transfers").token(payer.token()).json("{\"to_account_id\":" + payee.accountId()
                + ",\"amount\":2.50,\"description\":\"ok\"}").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(bank.balance(payer)).isEqualTo("7.50");
    }

    /**
     * Every 422 about the body points at the field, nested items included: a body that does not decode, a bean
     * rule, and a rule of the core about one field (the amount). {@code ID} stands for an account of the payer.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/transfers        | {\"to_account_id\":2,\"amount\":\"1\",\"foo\":1}           | foo           | /foo",
        "/transfers        | []                                                      | body          | ''",
        "/transfers        | {\"to_account_id\":2,\"amount\":{}}                      | amount        | /amount",
        "/transfers        | {\"to_account_id\":\"x\",\"amount\":\"1\"}                | to_account_id | /to_account_id",
        "/transfers        | {\"to_account_id\":2,\"amount\":1,\"amount\":2}           | amount        | /amount",
        "/transfers        | {\"to_account_id\":2,\"amount\":\"1.001\"}                | amount        | /amount",
        "/transfers        | {\"to_account_id\":2,\"amount\":\"1\",\"currency\":\"eur\"} | currency      | /currency",
        "/transfers        | {\"to_account_id\":2,\"amount\":\"1\",\"currency\":\"XXX\"} | currency      | /currency",
        "/transfer-batches | {\"transfers\":{}}                                       | transfers     | /transfers",
        "/transfer-batches | {\"transfers\":[{\"to_account_id\":ID,\"amount\":1},{\"to_account_id\":2,\"amount\":[1]}]} "
            + "| amount | /transfers/1/amount",
        "/transfer-batches | {\"transfers\":[{\"to_account_id\":ID,\"amount\":1},{\"to_account_id\":2,\"amount\":\"1.001\"}]} "
            + "| amount | /transfers/1/amount",
        "/transfer-batches | {\"transfers\":[{\"to_account_id\":ID,\"amount\":1},{\"to_account_id\":2,\"amount\":1,\"x\":0}]} "
            + "| x | /transfers/1/x",
        "/transfer-batches | {\"transfers\":[{\"to_account_id\":2,\"amount\":1,\"currency\":\"EUR!\"}]} "
            + "| currency | /transfers/0/currency",
        "/transfer-batches | {\"atomic\":\"yes\",\"transfers\":[{\"to_account_id\":2,\"amount\":1}]} | atomic | /atomic"})
    void every_422_about_the_body_points_at_its_field(String path, String body, String field, String pointer) {
        Bank.Person payer = bank.newCustomerWith("Wes Strict", "10.00");

        Reply reply = api.post(path).token(payer.token()).json(body.replace("ID", Long.toString(payer.accountId())))
                .send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        String named = reply.json().get("errors").get(0).get("field").getStringValue();
        String at = reply.json().get("errors").get(0).get("pointer").getStringValue();
        if (UNLOCATED.matcher(reply.body()).find()) {
            // Serde names an unknown or repeated property without its place; the place is found in the body,
            // when the body is still at hand (it is not once a body streamed in has been bound).
            assertThat(named).as(reply.toString()).isEqualTo(field);
            assertThat(at).as(reply.toString()).isIn(pointer, "");
        } else if (at.isEmpty() && !pointer.isEmpty()) {
            // A value of the wrong kind that Serde refused is placed by reading the body again at the parser's
            // line and column; a body that streamed in in parts is no longer at hand, and then the whole body is
            // named (seen on a loaded machine).
            assertThat(named).as(reply.toString()).isEqualTo("body");
        } else {
            assertThat(named).as(reply.toString()).isEqualTo(field);
            assertThat(at).as(reply.toString()).isEqualTo(pointer);
        }
        assertSpeaksJson(reply, named.equals("body") ? "body" : field);
        assertThat(bank.balance(payer)).isEqualTo("10.00");
    }

    private static final java.util.regex.Pattern UNLOCATED =
            java.util.regex.Pattern.compile("is not a field of this request|is given more than once");

    @Test
    void a_query_parameter_is_named_without_a_pointer() {
        Bank.Person owner = bank.newCustomer("Xia Strict");

        Reply reply = api.get("/accounts/" + owner.accountId() + "/balance?as_of=yesterday").token(owner.token())
                .send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").getStringValue()).isEqualTo("as_of");
        assertThat(reply.json().get("errors").get(0).get("pointer")).isNull();
    }

    /** The refusal names the JSON field and no Java type, class or parser token. */
    private static void assertSpeaksJson(Reply reply, String field) {
        String detail = reply.json().get("detail").getStringValue();
        assertThat(detail).contains(field);
        assertThat(reply.body()).doesNotContain("java.").doesNotContain("Long").doesNotContain("String")
                .doesNotContain("Request").doesNotContain("START_").doesNotContain("VALUE_").doesNotContain("token");
    }
}
