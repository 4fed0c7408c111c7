package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** New passwords after NIST SP 800-63B: long enough and not common, with no composition rules. */
class PasswordPolicyTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "password", "aaaaaaaa", "Password1!", "ida.pwpolicy"})
    void registration_refuses_a_common_or_personal_password_with_422_that_says_why(String password) {
        Reply reply = api.post("/users").json(Json.object("name", "Ida Pwpolicy", "email",
                "ida.pwpolicy@example.test", "password", password)).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().get("detail").getStringValue()).startsWith("password is too easy to guess");
    }

    @ParameterizedTest
    @ValueSource(strings = {"violet kettle under monday", "zq8#Lm2v"})
    void registration_accepts_a_long_or_random_password_without_symbols_or_digits_required(String password) {
        Reply reply = api.post("/users").json(Json.object("name", "Jo Pwpolicy", "email",
                "jo." + password.length() + "@example.test", "password", password)).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "qwertyuiop"})
    void a_password_change_to_a_common_password_is_422_and_the_old_one_still_works(String weak) {
        Bank.Person kim = bank.newCustomer("Kim Pwpolicy");

        Reply reply = api.post("/users/me/password").token(kim.token()).json(Json.object(
                "current_password", kim.password(), "new_password", weak)).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(api.get("/users/me").token(kim.token()).send().status()).isEqualTo(200);
    }
}
