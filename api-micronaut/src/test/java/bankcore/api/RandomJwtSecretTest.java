package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import bankcore.api.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without BANK_JWT_SECRET the server signs with a random secret of its own: its tokens work, guessed ones do not. */
class RandomJwtSecretTest {

    @RegisterExtension
    static final TestServer server = new TestServer(Map.of("bank.jwt.secret", ""));
    private static final ApiClient api = server.client();

    @Test
    void tokens_from_login_are_signed_and_accepted() {
        String token = api.login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);

        assertThat(Tokens.algorithm(token)).isEqualTo("HS256");
        assertThat(api.get("/users/me").token(token).send().status()).isEqualTo(200);
    }

    @Test
    void a_token_signed_with_the_test_secret_is_refused() {
        String forged = Tokens.signed(TestServer.JWT_SECRET, "1", "ADMIN", Instant.now().plusSeconds(600));

        Reply reply = api.get("/users/me").token(forged).send();

        assertThat(reply.status()).isEqualTo(401);
    }
}
