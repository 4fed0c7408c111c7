package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every 401 says how to authenticate, with RFC 6750's error code for what was wrong. */
class BearerChallengeTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();

    private static String challenge(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        return reply.header("WWW-Authenticate").orElseThrow(() -> new AssertionError("no challenge: " + reply));
    }

    @Test
    void no_token_gets_the_bare_challenge() {
        assertThat(challenge(api.get("/users/me").send())).isEqualTo("Bearer realm=\"bankcore\"");
    }

    @Test
    void a_bad_or_forged_token_is_an_invalid_token() {
        assertThat(challenge(api.get("/users/me").token("not.a.jwt").send()))
                .startsWith("Bearer realm=\"bankcore\", error=\"invalid_token\"");
    }

    @Test
    void an_authorization_header_that_is_not_a_bearer_token_is_an_invalid_request() {
        assertThat(challenge(api.get("/users/me").header("Authorization", "Basic YWRhOnNlY3JldA==").send()))
                .startsWith("Bearer realm=\"bankcore\", error=\"invalid_request\"");
    }

    @Test
    void wrong_credentials_on_login_are_challenged_too() {
        Reply reply = api.post("/login").json(Json.object("username", "nobody@example.test", "password",
                "wrong-password")).send();
        assertThat(challenge(reply)).isEqualTo("Bearer realm=\"bankcore\"");
        assertThat(reply.problemType()).isEqualTo("bad-credentials");
    }
}
