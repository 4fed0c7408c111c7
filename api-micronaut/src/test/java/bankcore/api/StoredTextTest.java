package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** No control characters in stored text, and e-mail addresses that are addresses. */
class StoredTextTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);
    private static final String PASSWORD = "violet kettle under monday";

    /** Each as JSON string content: the escapes are decoded by the server's JSON parser. */
    @ParameterizedTest
    @ValueSource(strings = {"x@example.com\\u0000evil", "<script>@example.com", "a\\r\\nBcc: b@example.com",
            "\\\"quoted\\\"@example.com", "x@example.com\\u001b[2J"})
    void an_email_with_control_characters_or_that_is_no_plain_address_is_422_and_not_stored(String email) {
        Reply reply = register("Mallory", email);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/users?limit=200").token(bank.adminToken()).send().body()).doesNotContain("Mallory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nul\\u0000Byte", "Line\\nBreak", "Bell\\u0007", "Del\\u007f"})
    void a_name_with_control_characters_is_422(String name) {
        Reply reply = register(name, "control.name." + name.length() + "@example.com");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
    }

    private static Reply register(String name, String email) {
        return api.post("/users").json("{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"password\":\""
                + PASSWORD + "\"}").send();
    }
}
