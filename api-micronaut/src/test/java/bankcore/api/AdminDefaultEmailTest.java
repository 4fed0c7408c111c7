package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** BANK_ADMIN_PASSWORD alone creates the first admin under the documented default e-mail. */
class AdminDefaultEmailTest {

    @RegisterExtension
    static final TestServer server = new TestServer(Map.of("bank.admin.email", TestServer.UNSET));
    private static final ApiClient api = server.client();

    @Test
    void the_first_admin_is_admin_at_bankcore_local_when_no_email_is_set() {
        String token = api.login("admin@bankcore.local", TestServer.ADMIN_PASSWORD);

        Reply me = api.get("/users/me").token(token).send();

        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("role").getStringValue()).isEqualTo("ADMIN");
    }
}
