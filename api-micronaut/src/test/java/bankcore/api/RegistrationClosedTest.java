package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With BANK_REGISTRATION_OPEN=false only admins register customers; BANK_DB may be a JDBC URL. */
class RegistrationClosedTest {

    @RegisterExtension
    static final TestServer server = new TestServer(Map.of("bank.registration-open", false,
            "bank.db", "jdbc:sqlite:" + TestServer.DIRECTORY + "/bank.db"));
    private static final ApiClient api = server.client();

    private static String body(String email) {
        return Json.object("name", "Nia", "email", email, "password", "long-enough-password");
    }

    @Test
    void the_ledger_lives_where_the_jdbc_url_says() {
        assertThat(server.directory().resolve("bank.db")).exists();
    }

    @Test
    void anonymous_registration_is_403() {
        Reply reply = api.post("/users").json(body("nia@example.test")).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.problemType()).isEqualTo("registration-closed");
    }

    @Test
    void an_admin_still_registers_customers() {
        String admin = new Bank(api).adminToken();

        Reply reply = api.post("/users").token(admin).json(body("nia.by.admin@example.test")).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("role").getStringValue()).isEqualTo("CUSTOMER");
    }
}
