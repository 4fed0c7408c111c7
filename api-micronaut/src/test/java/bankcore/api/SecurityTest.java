package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import bankcore.api.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Bearer tokens: only well-formed, unexpired tokens signed with our secret get in. */
class SecurityTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();

    private static void assertUnauthorized(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void login_returns_a_bearer_token_that_opens_admin_endpoints() {
        Reply login = api.post("/login")
                .json("{\"username\":\"ADMIN@bank.test\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}").send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("token_type").getStringValue()).isEqualTo("Bearer");
        assertThat(login.json().get("expires_in").getLongValue()).isPositive();

        String token = login.json().get("access_token").getStringValue();
        assertThat(Tokens.algorithm(token)).isEqualTo("HS256");
        Reply metrics = api.get("/metrics").token(token).send();
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body()).contains("# TYPE");
    }

    @Test
    void login_with_a_wrong_password_is_401_problem() {
        Reply reply = api.post("/login")
                .json("{\"username\":\"" + TestServer.ADMIN_EMAIL + "\",\"password\":\"wrong\"}").send();
        assertUnauthorized(reply);
    }

    @Test
    void login_accepts_a_form_as_swagger_and_oauth2_clients_send_it() {
        Reply reply = api.post("/login").body("username=" + TestServer.ADMIN_EMAIL + "&password="
                + TestServer.ADMIN_PASSWORD, "application/x-www-form-urlencoded").send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void missing_token_is_401() {
        assertUnauthorized(api.get("/metrics").send());
    }

    @Test
    void malformed_token_is_401() {
        assertUnauthorized(api.get("/metrics").token("not.a.jwt").send());
        assertUnauthorized(api.get("/metrics").header("Authorization", "Bearer").send());
        assertUnauthorized(api.get("/metrics").header("Authorization", "Basic YWRtaW46YWRtaW4=").send());
    }

    @Test
    void expired_token_is_401() {
        String expired = Tokens.signed(TestServer.JWT_SECRET, "1", "ADMIN", Instant.now().minusSeconds(60));
        assertUnauthorized(api.get("/metrics").token(expired).send());
    }

    @Test
    void token_signed_with_another_key_is_401() {
        String forged = Tokens.signed("another-secret-that-is-long-enough-0123456789", "1", "ADMIN",
                Instant.now().plusSeconds(600));
        assertUnauthorized(api.get("/metrics").token(forged).send());
    }

    @Test
    void unsigned_token_with_alg_none_is_401() {
        assertUnauthorized(api.get("/metrics").token(Tokens.unsigned("1", "ADMIN")).send());
    }

    @Test
    void customer_on_an_admin_endpoint_is_403_problem() {
        String customer = new Bank(api).newCustomer("Carl Customer").token();
        Reply reply = api.get("/metrics").token(customer).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_valid_self_made_token_proves_the_signature_check_is_what_refuses_the_others() {
        String good = Tokens.signed(TestServer.JWT_SECRET, "1", "ADMIN", Instant.now().plusSeconds(600));
        assertThat(api.get("/metrics").token(good).send().status()).isEqualTo(200);
    }
}
