package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.RawHttp;
import bankcore.api.support.Json;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed logins slow the address they come from, not the owner elsewhere. */
class LoginThrottlingTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @Test
    void an_attacker_cannot_lock_the_owner_out_from_another_address() {
        Bank.Person ada = bank.newCustomer("Ada Owner");
        String wrong = Json.object("username", ada.email(), "password", "guessed-wrong");
        String right = Json.object("username", ada.email(), "password", ada.password());
        List<Integer> attacker = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attacker.add(RawHttp.postJson("127.0.0.3", server.uri(), "/login", wrong).status());
        }

        assertThat(attacker).startsWith(401, 401, 401, 401, 401).endsWith(429);
        assertThat(RawHttp.postJson("127.0.0.3", server.uri(), "/login", right).status())
                .as("the attacker's address waits, even with the right password").isEqualTo(429);
        assertThat(RawHttp.postJson("127.0.0.4", server.uri(), "/login", right).status())
                .as("the owner at another address gets in").isEqualTo(200);
    }

    @Test
    void thirty_wrong_logins_to_thirty_emails_from_one_address_are_slowed_with_retry_after() {
        RawHttp.Response last = null;
        int refusedForSpeed = 0;
        for (int i = 0; i < 30; i++) {
            last = RawHttp.postJson("127.0.0.5", server.uri(), "/login", Json.object(
                    "username", "nobody" + i + "@example.test", "password", "whatever-password"));
            if (last.status() == 429) {
                refusedForSpeed++;
            }
        }

        assertThat(refusedForSpeed).isGreaterThanOrEqualTo(9);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(Long.parseLong(last.header("Retry-After").orElseThrow())).isPositive();
    }
}
