package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The security headers, one test each, on successes and on errors alike. */
class SecurityHeadersTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @Test
    void every_response_forbids_content_type_sniffing() {
        for (Reply reply : variedResponses()) {
            assertThat(reply.header("X-Content-Type-Options")).as(reply.toString()).hasValue("nosniff");
        }
    }

    @Test
    void every_response_sends_no_referrer() {
        for (Reply reply : variedResponses()) {
            assertThat(reply.header("Referrer-Policy")).as(reply.toString()).hasValue("no-referrer");
        }
    }

    @Test
    void tokens_accounts_and_money_are_never_cached() {
        Bank.Person ada = bank.newCustomerWith("Ada Headers", "10.00");
        List<Reply> sensitive = List.of(
                api.post("/login").json(Json.object("username", ada.email(), "password", ada.password())).send(),
                api.get("/users/me").token(ada.token()).send(),
                api.get("/accounts/" + ada.accountId()).token(ada.token()).send(),
                api.get("/accounts/" + ada.accountId() + "/statement").token(ada.token()).send(),
                api.post("/login").json(Json.object("username", ada.email(), "password", "wrong-password")).send());
        for (Reply reply : sensitive) {
            assertThat(reply.header("Cache-Control")).as(reply.toString()).hasValue("no-store");
        }
    }

    @Test
    void json_responses_carry_a_policy_that_allows_nothing_and_no_framing() {
        for (Reply reply : variedResponses().subList(0, 5)) {
            assertThat(reply.header("Content-Security-Policy")).as(reply.toString())
                    .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'none'")
                            .contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void the_swagger_ui_page_may_run_only_its_own_scripts_and_may_not_be_framed() {
        Reply page = api.get("/swagger-ui/index.html").send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self' 'sha256-").doesNotContain("script-src 'self' 'unsafe-inline'").contains("frame-ancestors 'none'"));
        assertThat(page.header("X-Frame-Options")).hasValue("DENY");
    }

    /** JSON successes and errors of several kinds, and last the one HTML page. */
    private static List<Reply> variedResponses() {
        return List.of(
                api.get("/health").send(),
                api.get("/users/me").send(),
                api.get("/no-such-page").send(),
                api.post("/login").json("{").send(),
                api.post("/login").json(Json.object("username", "nobody@example.test", "password", "whatever-pass"))
                        .send(),
                api.get("/swagger-ui/index.html").send());
    }
}
